# --team without --direct reaches E103 through E101; E103 is develop: exit 1.
run: -C repos/gap-hand --as-of 2026-06-30 gap --team E100 --fail-on develop --format csv
exit: 1
<<<stdout
employee,name,role,target,measured,readiness,tier,months,gaps
E101,Ana Silva,analyst-1,analyst-2,analyst-2,0.481150794,ready-soon,4,python;sql
E102,Ben Ode,analyst-1,analyst-2,analyst-2,0.9,ready-now,2,python
E103,Cy Park,analyst-1,analyst-2,analyst-2,0,develop,11,python;sql
<<<end
