# --mentors goes with EMPLOYEE.
run: -C ../data-examples --as-of 2026-11-22 match --role head-of-data-5 --mentors
exit: 2
<<<stderr
rungs: --mentors goes with EMPLOYEE
usage: rungs match EMPLOYEE [--kind K,...] [--mentors] [--limit N] [--explain]
   or: rungs match (--role ROLE | --opening ID) [--limit N] [--explain]
   or: rungs match --all [--since DATE] [--min-tier T] [--limit N] | --assign
<<<end
