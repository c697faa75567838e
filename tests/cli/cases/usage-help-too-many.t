# help takes one command at most.
run: help check extra
exit: 2
<<<stderr
rungs: too many arguments
usage: rungs help [COMMAND]
<<<end
