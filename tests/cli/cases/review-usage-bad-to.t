# A --to that is not a real calendar date.
run: -C ../data-examples --as-of 2026-11-22 review E1019 --to 2026-02-29
exit: 2
<<<stderr
rungs: invalid --to date '2026-02-29' (YYYY-MM-DD, today or YYYY-Qn)
usage: rungs review EMPLOYEE [--from DATE] [--to DATE]
   or: rungs review (--team MANAGER | --department D | --all | --org) [--from DATE] [--to DATE]
                    [--fail-on overdue|stale|risk]
<<<end
