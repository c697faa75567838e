# --limit takes a number from 0.
run: -C ../data-examples --as-of 2026-11-22 match E1018 --limit -1
exit: 2
<<<stderr
rungs: --limit takes a number from 0, not '-1'
usage: rungs match EMPLOYEE [--kind K,...] [--mentors] [--limit N] [--explain]
   or: rungs match (--role ROLE | --opening ID) [--limit N] [--explain]
   or: rungs match --all [--since DATE] [--min-tier T] [--limit N] | --assign
<<<end
