# csv carries the main list: the movements, or with --people the people
# (lists joined with ';').
sh: . "$TESTS/cli/gitfx.sh"; gitfx_two r diff-hand && cd r && "$RUNGS" --as-of 2026-06-30 diff HEAD~1 HEAD --format csv && "$RUNGS" --as-of 2026-06-30 diff HEAD~1 HEAD --format csv --people
exit: 0
<<<stdout
role,tier_before,tier_after,people,tier_drop
fresh,,ready-now,1,false
fresh,,ready-soon,4,false
gone,ready-now,,4,false
gone,ready-soon,,1,false
r2,ready-now,ready-soon,1,true
r2,develop,develop,1,false
r3,ready-now,ready-now,1,false
r3,ready-now,ready-soon,1,true
r3,develop,develop,1,false
role,employee,name,relation,readiness_before,readiness_after,tier_before,tier_after,months_before,months_after,tier_drop
fresh,E4,Dee,candidate,,1,,ready-now,,0,false
fresh,E1,Ann,candidate,,0.5,,ready-soon,,1,false
fresh,E2,Bob,candidate,,0.5,,ready-soon,,1,false
fresh,E3,Cid,candidate,,0.5,,ready-soon,,1,false
fresh,E5,Eve,aspirant;candidate,,0,,ready-soon,,2,false
gone,E1,Ann,candidate,1,,ready-now,,0,,false
gone,E2,Bob,candidate,1,,ready-now,,0,,false
gone,E3,Cid,candidate,1,,ready-now,,0,,false
gone,E4,Dee,candidate,1,,ready-now,,0,,false
gone,E5,Eve,candidate,0,,ready-soon,,1,,false
r2,E2,Bob,incumbent,1,0.833333333,ready-now,ready-soon,0,1,true
r2,E3,Cid,aspirant;candidate,0.5,0.416666667,develop,develop,3,4,false
r3,E1,Ann,candidate,0.916666667,0.933333333,ready-now,ready-now,1,1,false
r3,E2,Bob,candidate,0.916666667,0.8,ready-now,ready-soon,1,2,true
r3,E3,Cid,candidate,0.5,0.533333333,develop,develop,4,5,false
<<<end
