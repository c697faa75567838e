# A FAMILY with --for: usage error.
run: -C ../data-examples ladder data --for E1019 --to data-analyst-3
exit: 2
<<<stderr
rungs: FAMILY goes alone
usage: rungs ladder [FAMILY] | --from ROLE [--to ROLE] [--depth N] [--limit N] [--suggest]
   or: rungs ladder --for EMPLOYEE --to ROLE [--tracks] [--depth N] [--limit N]
<<<end
