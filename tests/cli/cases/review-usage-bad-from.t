# A --from that is neither a date, today nor a quarter.
run: -C ../data-examples --as-of 2026-11-22 review E1019 --from 2026-Q5
exit: 2
<<<stderr
rungs: invalid --from date '2026-Q5' (YYYY-MM-DD, today or YYYY-Qn)
usage: rungs review EMPLOYEE [--from DATE] [--to DATE]
   or: rungs review (--team MANAGER | --department D | --all | --org) [--from DATE] [--to DATE]
                    [--fail-on overdue|stale|risk]
<<<end
