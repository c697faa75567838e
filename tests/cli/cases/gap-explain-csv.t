# --explain has no csv form: a usage error, not a JSON blob in a cell
run: -C ../data-examples gap E1019 --explain --format csv
exit: 2
<<<stderr
rungs: --explain shows in table, md, json and jsonl, not in csv
usage: rungs gap EMPLOYEE [--role ROLE] [--explain]
   or: rungs gap (--team MANAGER [--direct] | --department D | --all) [--role ROLE] [--by employee|skill]
                 [--fail-on develop|ready-soon]
<<<end
