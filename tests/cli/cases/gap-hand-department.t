# --department ops: only E103.
run: -C repos/gap-hand --as-of 2026-06-30 gap --department ops --format csv
exit: 0
<<<stdout
employee,name,role,target,measured,readiness,tier,months,gaps
E103,Cy Park,analyst-1,analyst-2,analyst-2,0,develop,11,python;sql
<<<end
