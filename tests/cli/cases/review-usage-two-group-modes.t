# Only one of EMPLOYEE, --team, --department, --all, --org.
run: -C ../data-examples --as-of 2026-11-22 review --all --department data
exit: 2
<<<stderr
rungs: give only one of EMPLOYEE, --team, --department, --all, --org
usage: rungs review EMPLOYEE [--from DATE] [--to DATE]
   or: rungs review (--team MANAGER | --department D | --all | --org) [--from DATE] [--to DATE]
                    [--fail-on overdue|stale|risk]
<<<end
