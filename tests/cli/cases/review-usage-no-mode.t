# review needs EMPLOYEE, --team, --department, --all or --org.
run: -C ../data-examples --as-of 2026-11-22 review
exit: 2
<<<stderr
rungs: give EMPLOYEE, --team, --department, --all or --org
usage: rungs review EMPLOYEE [--from DATE] [--to DATE]
   or: rungs review (--team MANAGER | --department D | --all | --org) [--from DATE] [--to DATE]
                    [--fail-on overdue|stale|risk]
<<<end
