# One employee at a time.
run: -C ../data-examples --as-of 2026-11-22 review E1019 E1022
exit: 2
<<<stderr
rungs: one employee at a time
usage: rungs review EMPLOYEE [--from DATE] [--to DATE]
   or: rungs review (--team MANAGER | --department D | --all | --org) [--from DATE] [--to DATE]
                    [--fail-on overdue|stale|risk]
<<<end
