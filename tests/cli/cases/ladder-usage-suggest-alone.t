# --suggest without --from: usage error.
run: -C ../data-examples ladder --suggest
exit: 2
<<<stderr
rungs: --suggest goes with --from alone
usage: rungs ladder [FAMILY] | --from ROLE [--to ROLE] [--depth N] [--limit N] [--suggest]
   or: rungs ladder --for EMPLOYEE --to ROLE [--tracks] [--depth N] [--limit N]
<<<end
