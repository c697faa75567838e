# --suggest with --to: usage error.
run: -C ../data-examples ladder --from data-analyst-1 --to head-of-data-5 --suggest
exit: 2
<<<stderr
rungs: --suggest goes with --from alone
usage: rungs ladder [FAMILY] | --from ROLE [--to ROLE] [--depth N] [--limit N] [--suggest]
   or: rungs ladder --for EMPLOYEE --to ROLE [--tracks] [--depth N] [--limit N]
<<<end
