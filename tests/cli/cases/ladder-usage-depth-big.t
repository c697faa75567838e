# --depth beyond 20: usage error.
run: -C ../data-examples ladder --from data-analyst-1 --depth 21
exit: 2
<<<stderr
rungs: --depth takes a number from 1 to 20, not '21'
usage: rungs ladder [FAMILY] | --from ROLE [--to ROLE] [--depth N] [--limit N] [--suggest]
   or: rungs ladder --for EMPLOYEE --to ROLE [--tracks] [--depth N] [--limit N]
<<<end
