# No mode at all.
run: -C ../data-examples --as-of 2026-11-22 match
exit: 2
<<<stderr
rungs: give EMPLOYEE, --role, --opening, --all or --assign
usage: rungs match EMPLOYEE [--kind K,...] [--mentors] [--limit N] [--explain]
   or: rungs match (--role ROLE | --opening ID) [--limit N] [--explain]
   or: rungs match --all [--since DATE] [--min-tier T] [--limit N] | --assign
<<<end
