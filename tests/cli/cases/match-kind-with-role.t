# --kind does not apply to candidates.
run: -C ../data-examples --as-of 2026-11-22 match --role head-of-data-5 --kind job
exit: 2
<<<stderr
rungs: --kind goes with EMPLOYEE or --all
usage: rungs match EMPLOYEE [--kind K,...] [--mentors] [--limit N] [--explain]
   or: rungs match (--role ROLE | --opening ID) [--limit N] [--explain]
   or: rungs match --all [--since DATE] [--min-tier T] [--limit N] | --assign
<<<end
