# --to 2026-Q2 (2026-06-30) before --from 2026-Q4 (2026-09-30).
run: -C ../data-examples --as-of 2026-11-22 review E1019 --from 2026-Q4 --to 2026-Q2
exit: 2
<<<stderr
rungs: --to comes before --from
usage: rungs review EMPLOYEE [--from DATE] [--to DATE]
   or: rungs review (--team MANAGER | --department D | --all | --org) [--from DATE] [--to DATE]
                    [--fail-on overdue|stale|risk]
<<<end
