# --explain does not go with --all.
run: -C ../data-examples --as-of 2026-11-22 match --all --explain
exit: 2
<<<stderr
rungs: --explain goes with EMPLOYEE, --role or --opening
usage: rungs match EMPLOYEE [--kind K,...] [--mentors] [--limit N] [--explain]
   or: rungs match (--role ROLE | --opening ID) [--limit N] [--explain]
   or: rungs match --all [--since DATE] [--min-tier T] [--limit N] | --assign
<<<end
