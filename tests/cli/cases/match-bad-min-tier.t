# --min-tier takes a tier name.
run: -C ../data-examples --as-of 2026-11-22 match --all --min-tier ready
exit: 2
<<<stderr
rungs: --min-tier takes ready-now, ready-soon or develop, not 'ready'
usage: rungs match EMPLOYEE [--kind K,...] [--mentors] [--limit N] [--explain]
   or: rungs match (--role ROLE | --opening ID) [--limit N] [--explain]
   or: rungs match --all [--since DATE] [--min-tier T] [--limit N] | --assign
<<<end
