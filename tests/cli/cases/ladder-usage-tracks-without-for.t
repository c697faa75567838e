# --tracks without --for: usage error.
run: -C ../data-examples ladder --from data-analyst-1 --tracks
exit: 2
<<<stderr
rungs: --tracks goes with --for
usage: rungs ladder [FAMILY] | --from ROLE [--to ROLE] [--depth N] [--limit N] [--suggest]
   or: rungs ladder --for EMPLOYEE --to ROLE [--tracks] [--depth N] [--limit N]
<<<end
