# An option missing its value at the end of the line.
run: check -C
exit: 2
<<<stderr
rungs: option '-C' needs a value (DIR)
usage: rungs [GLOBAL OPTIONS] COMMAND [ARGS]
<<<end
