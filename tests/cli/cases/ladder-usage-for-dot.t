# --for has no graph format: usage error.
run: -C ../data-examples --as-of 2026-11-22 ladder --for E1019 --to analytics-manager-4 --format dot
exit: 2
<<<stderr
rungs: --for shows in table, md, json, jsonl, csv and tsv
usage: rungs ladder [FAMILY] | --from ROLE [--to ROLE] [--depth N] [--limit N] [--suggest]
   or: rungs ladder --for EMPLOYEE --to ROLE [--tracks] [--depth N] [--limit N]
<<<end
