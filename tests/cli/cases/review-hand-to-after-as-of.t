# --to after --as-of: as of 2026-10-01, E7's art-101 row of 2026-10-05 is not
# yet in effect (SPEC 1.4), even though --to 2026-Q4 (2026-12-31) is later:
# no skill change, no learning in the window, 0 learning hours. (rungs counts
# the row: art 0 -> 2 and 10 learning hours.) The expected output keeps To as
# given; refusing a --to after --as-of would be as good.
run: -C repos/review-hand --as-of 2026-10-01 review E7 --to 2026-Q4
exit: 2
<<<stderr
rungs: --to is after --as-of: rows after it are not yet in effect
usage: rungs review EMPLOYEE [--from DATE] [--to DATE]
   or: rungs review (--team MANAGER | --department D | --all | --org) [--from DATE] [--to DATE]
                    [--fail-on overdue|stale|risk]
<<<end
