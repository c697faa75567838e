# A report read through a pipe whose reader stops early (head): the cache
# was written before the first row, so the run that SIGPIPE ends leaves a
# whole cache and no temporary file, and the next run uses it unchanged.
sh: copy_repo "$TESTS/../data-examples" d && rm -rf d/.rungs && { "$RUNGS" -C d --as-of 2026-06-30 gap --all --format csv | head -n 1; } && ls -A d/.rungs | grep -vx plans-listing && a=$("$RUNGS" -C d --as-of 2026-06-30 gap --all --format csv) && b=$("$RUNGS" -C d --no-cache --as-of 2026-06-30 gap --all --format csv) && [ "$a" = "$b" ] && echo same
exit: 0
<<<stdout
employee,name,role,target,measured,readiness,tier,months,gaps
.gitignore
evidence
lock
plans
same
<<<end
