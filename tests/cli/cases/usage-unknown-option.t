# An unknown option of a command: exit 2 with the command's usage line.
run: check --bogus
exit: 2
<<<stderr
rungs: unknown option '--bogus'
usage: rungs check [--strict] [--defs] [FILE...]
<<<end
