# Messages that quote the command line or the data show escape sequences
# escaped: an unknown employee, format, option and output path given with
# control characters, and a "did you mean" department from people.csv.
sh: . "$TESTS/cli/hostile.sh"; base; printf 'id,name,role,manager,department\nE1,Ana,analyst-1,,"\033]0;pwned\007ops"\nE2,Ben,analyst-2,E1,ops\n' > r/people.csv; e=$(printf '\033[2J\302\233E1'); "$RUNGS" -C r gap "$e"; echo "exit $?"; "$RUNGS" -C r --format "$e" gap E1; echo "exit $?"; "$RUNGS" -C r gap E1 "--$e"; echo "exit $?"; "$RUNGS" -C r gap E1 -o "nowhere/$e"; echo "exit $?"; "$RUNGS" -C r gap --department "$(printf '\033]0;pwned\007opps')"; echo "exit $?"
exit: 0
<<<stdout
exit 2
exit 2
exit 2
exit 4
exit 2
<<<stderr
rungs: unknown employee '\x1b[2J\u009bE1'
rungs: unknown format '\x1b[2J\u009bE1' (table, csv, tsv, json, jsonl, md, dot, mermaid)
usage: rungs [GLOBAL OPTIONS] COMMAND [ARGS]  (see 'rungs --help')
rungs: unknown option '--\x1b[2J\u009bE1'
usage: rungs gap EMPLOYEE [--role ROLE] [--explain]
   or: rungs gap (--team MANAGER [--direct] | --department D | --all) [--role ROLE] [--by employee|skill]
                 [--fail-on develop|ready-soon]
rungs: nowhere/\x1b[2J\u009bE1: cannot write: no such file or directory
rungs: no one is in department '\x1b]0;pwned\x07opps' (did you mean '\x1b]0;pwned\x07ops'?)
<<<end
