# --fail-on takes overdue, stale or risk.
run: -C ../data-examples --as-of 2026-11-22 review --all --fail-on develop
exit: 2
<<<stderr
rungs: --fail-on takes overdue, stale or risk, not 'develop'
usage: rungs review EMPLOYEE [--from DATE] [--to DATE]
   or: rungs review (--team MANAGER | --department D | --all | --org) [--from DATE] [--to DATE]
                    [--fail-on overdue|stale|risk]
<<<end
