# --as-of: YYYY-MM-DD, today or YYYY-Qn, nothing else.
run: --as-of yesterday check
exit: 2
<<<stderr
rungs: invalid --as-of date 'yesterday' (YYYY-MM-DD, today or YYYY-Qn)
usage: rungs [GLOBAL OPTIONS] COMMAND [ARGS]  (see 'rungs --help')
<<<end
