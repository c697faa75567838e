# --from and --for together: usage error.
run: -C ../data-examples ladder --from data-analyst-1 --for E1019 --to head-of-data-5
exit: 2
<<<stderr
rungs: --from and --for go separately
usage: rungs ladder [FAMILY] | --from ROLE [--to ROLE] [--depth N] [--limit N] [--suggest]
   or: rungs ladder --for EMPLOYEE --to ROLE [--tracks] [--depth N] [--limit N]
<<<end
