# An unknown command: exit 2 with the usage line.
run: frobnicate
exit: 2
<<<stderr
rungs: unknown command 'frobnicate'
usage: rungs [GLOBAL OPTIONS] COMMAND [ARGS]  (see 'rungs --help')
<<<end
