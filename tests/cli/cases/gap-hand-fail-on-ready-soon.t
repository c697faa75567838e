# --fail-on ready-soon: E101 is ready-soon (at the tier): exit 1.
run: -C repos/gap-hand --as-of 2026-06-30 gap --team E100 --direct --fail-on ready-soon --format csv
exit: 1
<<<stdout
employee,name,role,target,measured,readiness,tier,months,gaps
E101,Ana Silva,analyst-1,analyst-2,analyst-2,0.481150794,ready-soon,4,python;sql
E102,Ben Ode,analyst-1,analyst-2,analyst-2,0.9,ready-now,2,python
<<<end
