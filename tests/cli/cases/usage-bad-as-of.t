# --as-of takes real calendar dates only.
run: --as-of 2026-02-30 -C repos/good check
exit: 2
<<<stderr
rungs: invalid --as-of date '2026-02-30' (YYYY-MM-DD, today or YYYY-Qn)
usage: rungs [GLOBAL OPTIONS] COMMAND [ARGS]  (see 'rungs --help')
<<<end
