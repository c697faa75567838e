# ... nor in TSV, also for --role.
run: -C ../data-examples --as-of 2026-11-22 match --role head-of-data-5 --explain --format tsv
exit: 2
<<<stderr
rungs: --explain shows in table, md, json and jsonl, not in tsv
usage: rungs match EMPLOYEE [--kind K,...] [--mentors] [--limit N] [--explain]
   or: rungs match (--role ROLE | --opening ID) [--limit N] [--explain]
   or: rungs match --all [--since DATE] [--min-tier T] [--limit N] | --assign
<<<end
