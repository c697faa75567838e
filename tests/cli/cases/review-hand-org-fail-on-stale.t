# --org --fail-on stale: the audit shows stale evidence (eng: 2 of 12, 16.7%;
# see review-hand-org), so the exit status is 1 after the report (rungs exits 0:
# --fail-on stale and overdue are never checked with --org).
run: -C repos/review-hand --as-of 2026-11-22 review --org --fail-on stale --format csv
exit: 2
<<<stderr
rungs: with --org, --fail-on takes risk
usage: rungs review EMPLOYEE [--from DATE] [--to DATE]
   or: rungs review (--team MANAGER | --department D | --all | --org) [--from DATE] [--to DATE]
                    [--fail-on overdue|stale|risk]
<<<end
