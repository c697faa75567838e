# --color takes auto, always or never.
run: --color sometimes check
exit: 2
<<<stderr
rungs: --color takes auto, always or never, not 'sometimes'
usage: rungs [GLOBAL OPTIONS] COMMAND [ARGS]  (see 'rungs --help')
<<<end
