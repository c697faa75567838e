# --for without --to: usage error.
run: -C ../data-examples ladder --for E1019
exit: 2
<<<stderr
rungs: --for needs --to ROLE
usage: rungs ladder [FAMILY] | --from ROLE [--to ROLE] [--depth N] [--limit N] [--suggest]
   or: rungs ladder --for EMPLOYEE --to ROLE [--tracks] [--depth N] [--limit N]
<<<end
