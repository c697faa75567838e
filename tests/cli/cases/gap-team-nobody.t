# a manager id with no reports: a warning, an empty report
run: -C ../data-examples --as-of 2026-11-22 gap --team E1013 --format csv
exit: 0
<<<stdout
employee,name,role,target,measured,readiness,tier,months,gaps
<<<stderr
rungs: warning: 'E1013' manages no one
<<<end
