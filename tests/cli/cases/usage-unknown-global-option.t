# An unknown option before the command is an unknown option, not an unknown
# command.
run: --bogus check
exit: 2
<<<stderr
rungs: unknown option '--bogus'
usage: rungs [GLOBAL OPTIONS] COMMAND [ARGS]  (see 'rungs --help')
<<<end
