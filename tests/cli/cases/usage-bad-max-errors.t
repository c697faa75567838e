# --max-errors takes a number.
run: --max-errors many check
exit: 2
<<<stderr
rungs: --max-errors takes a number from 0 to 1000000, not 'many'
usage: rungs [GLOBAL OPTIONS] COMMAND [ARGS]  (see 'rungs --help')
<<<end
