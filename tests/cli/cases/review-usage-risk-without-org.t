# --fail-on risk is about the org audit's succession.
run: -C ../data-examples --as-of 2026-11-22 review --team E1002 --fail-on risk
exit: 2
<<<stderr
rungs: --fail-on risk goes with --org
usage: rungs review EMPLOYEE [--from DATE] [--to DATE]
   or: rungs review (--team MANAGER | --department D | --all | --org) [--from DATE] [--to DATE]
                    [--fail-on overdue|stale|risk]
<<<end
