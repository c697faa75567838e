# Two families: usage error.
run: -C ../data-examples ladder data sales
exit: 2
<<<stderr
rungs: one family at a time
usage: rungs ladder [FAMILY] | --from ROLE [--to ROLE] [--depth N] [--limit N] [--suggest]
   or: rungs ladder --for EMPLOYEE --to ROLE [--tracks] [--depth N] [--limit N]
<<<end
