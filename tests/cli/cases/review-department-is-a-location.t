# Berlin is a location, not a department: no one is in department 'Berlin',
# the same usage error as for any other name no department has (rungs
# looks the name up among departments and locations together, and prints
# an empty report with exit 0).
run: -C ../data-examples --as-of 2026-11-22 review --department Berlin
exit: 2
<<<stderr
rungs: no one is in department 'Berlin'
<<<end
