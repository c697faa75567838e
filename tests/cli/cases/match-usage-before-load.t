# A bad --since is a usage error (exit 2) found before the data repo is
# read, as for every other usage error: here the repo does not even exist.
run: -C repos/match-does-not-exist --as-of 2026-11-22 match --all --since 2026-13-01
exit: 2
<<<stderr
rungs: invalid --since date '2026-13-01' (YYYY-MM-DD, today or YYYY-Qn)
usage: rungs match EMPLOYEE [--kind K,...] [--mentors] [--limit N] [--explain]
   or: rungs match (--role ROLE | --opening ID) [--limit N] [--explain]
   or: rungs match --all [--since DATE] [--min-tier T] [--limit N] | --assign
<<<end
