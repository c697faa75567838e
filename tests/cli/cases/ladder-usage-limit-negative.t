# --limit -1: usage error.
run: -C ../data-examples ladder --from data-analyst-2 --suggest --limit -1
exit: 2
<<<stderr
rungs: --limit takes a number from 0 to 1000, not '-1'
usage: rungs ladder [FAMILY] | --from ROLE [--to ROLE] [--depth N] [--limit N] [--suggest]
   or: rungs ladder --for EMPLOYEE --to ROLE [--tracks] [--depth N] [--limit N]
<<<end
