# An unknown --format (after the command) is a usage error; nothing is checked.
run: -C repos/good check --format yaml
exit: 2
<<<stderr
rungs: unknown format 'yaml' (table, csv, tsv, json, jsonl, md, dot, mermaid)
usage: rungs [GLOBAL OPTIONS] COMMAND [ARGS]  (see 'rungs --help')
<<<end
