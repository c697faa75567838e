# A long option missing its value.
run: check --format
exit: 2
<<<stderr
rungs: option '--format' needs a value (FMT)
usage: rungs [GLOBAL OPTIONS] COMMAND [ARGS]
<<<end
