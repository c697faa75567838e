# Kinds are lowercase words.
run: -C ../data-examples --as-of 2026-11-22 match E1018 --kind JOB
exit: 2
<<<stderr
rungs: unknown kind 'JOB' (job, rotation, project, shadowing, mentorship, gig)
usage: rungs match EMPLOYEE [--kind K,...] [--mentors] [--limit N] [--explain]
   or: rungs match (--role ROLE | --opening ID) [--limit N] [--explain]
   or: rungs match --all [--since DATE] [--min-tier T] [--limit N] | --assign
<<<end
