# An unknown kind in --kind.
run: -C ../data-examples --as-of 2026-11-22 match E1018 --kind job,rotaton
exit: 2
<<<stderr
rungs: unknown kind 'rotaton' (job, rotation, project, shadowing, mentorship, gig)
usage: rungs match EMPLOYEE [--kind K,...] [--mentors] [--limit N] [--explain]
   or: rungs match (--role ROLE | --opening ID) [--limit N] [--explain]
   or: rungs match --all [--since DATE] [--min-tier T] [--limit N] | --assign
<<<end
