# One employee at a time.
run: -C ../data-examples --as-of 2026-11-22 match E1018 E1019
exit: 2
<<<stderr
rungs: one employee at a time; for everyone use --all
usage: rungs match EMPLOYEE [--kind K,...] [--mentors] [--limit N] [--explain]
   or: rungs match (--role ROLE | --opening ID) [--limit N] [--explain]
   or: rungs match --all [--since DATE] [--min-tier T] [--limit N] | --assign
<<<end
