# help for an unknown command.
run: help nope
exit: 2
<<<stderr
rungs: unknown command 'nope'
usage: rungs help [COMMAND]
<<<end
