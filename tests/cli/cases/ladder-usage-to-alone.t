# --to without --from or --for: usage error.
run: -C ../data-examples ladder --to head-of-data-5
exit: 2
<<<stderr
rungs: --to goes with --from or --for
usage: rungs ladder [FAMILY] | --from ROLE [--to ROLE] [--depth N] [--limit N] [--suggest]
   or: rungs ladder --for EMPLOYEE --to ROLE [--tracks] [--depth N] [--limit N]
<<<end
