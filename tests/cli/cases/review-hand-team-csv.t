# E2's team (E3, E4) as CSV; see review-hand-team.
run: -C repos/review-hand --as-of 2026-11-22 review --team E2 --format csv
<<<stdout
employee,name,target,readiness_from,readiness_to,change,tier,overdue,stale,unverified
E3,Cid,eng-2,0.666666667,0.833333333,0.166666667,ready-soon,2,1,0
E4,Dee,eng-2,1,1,0,ready-now,0,1,0
<<<end
