# --min-tier goes with --all.
run: -C ../data-examples --as-of 2026-11-22 match --role head-of-data-5 --min-tier ready-now
exit: 2
<<<stderr
rungs: --since and --min-tier go with --all
usage: rungs match EMPLOYEE [--kind K,...] [--mentors] [--limit N] [--explain]
   or: rungs match (--role ROLE | --opening ID) [--limit N] [--explain]
   or: rungs match --all [--since DATE] [--min-tier T] [--limit N] | --assign
<<<end
