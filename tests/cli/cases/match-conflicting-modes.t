# EMPLOYEE and --role are two modes.
run: -C ../data-examples --as-of 2026-11-22 match E1018 --role head-of-data-5
exit: 2
<<<stderr
rungs: give only one of EMPLOYEE, --role, --opening, --all, --assign
usage: rungs match EMPLOYEE [--kind K,...] [--mentors] [--limit N] [--explain]
   or: rungs match (--role ROLE | --opening ID) [--limit N] [--explain]
   or: rungs match --all [--since DATE] [--min-tier T] [--limit N] | --assign
<<<end
