# A flag given a value.
run: check --strict=yes
exit: 2
<<<stderr
rungs: option '--strict' takes no value
usage: rungs check [--strict] [--defs] [FILE...]
<<<end
