# --limit x: usage error.
run: -C ../data-examples ladder --from data-analyst-1 --to head-of-data-5 --limit x
exit: 2
<<<stderr
rungs: --limit takes a number from 0 to 1000, not 'x'
usage: rungs ladder [FAMILY] | --from ROLE [--to ROLE] [--depth N] [--limit N] [--suggest]
   or: rungs ladder --for EMPLOYEE --to ROLE [--tracks] [--depth N] [--limit N]
<<<end
