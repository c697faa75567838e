# A manager id with no reports: an empty report and a warning, as gap --team
# gives (rungs review prints no warning).
run: -C ../data-examples --as-of 2026-11-22 review --team E1013 --format csv
<<<stdout
employee,name,target,readiness_from,readiness_to,change,tier,overdue,stale,unverified
<<<stderr
rungs: warning: 'E1013' manages no one
<<<end
