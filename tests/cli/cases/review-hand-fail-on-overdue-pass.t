# --fail-on overdue: nothing in data is overdue -> exit 0.
run: -C repos/review-hand --as-of 2026-11-22 review --department data --fail-on overdue --format csv
<<<stdout
employee,name,target,readiness_from,readiness_to,change,tier,overdue,stale,unverified
E5,Eve,lead-3,0.5,0.5,0,develop,0,0,0
E6,Fay,ana-2,0.583333333,0.583333333,0,ready-soon,0,0,0
E7,Gus,lead-3,0.5,0.5,0,develop,0,0,1
<<<end
