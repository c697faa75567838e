# dot is for ladder graphs only.
run: -C ../data-examples --as-of 2026-11-22 review E1019 --format dot
exit: 2
<<<stderr
rungs: --format dot is for graphs: rungs ladder
usage: rungs review EMPLOYEE [--from DATE] [--to DATE]
   or: rungs review (--team MANAGER | --department D | --all | --org) [--from DATE] [--to DATE]
                    [--fail-on overdue|stale|risk]
<<<end
