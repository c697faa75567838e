# ladder takes people (its incumbents) from the cache when the log is not
# read: after gap has filled .rungs/, a ladder is the same bytes as one
# with --no-cache, and as one before the cache existed.
sh: copy_repo "$TESTS/../data-examples" d && rm -rf d/.rungs && "$RUNGS" -C d ladder --format json >cold && test ! -e d/.rungs/evidence && "$RUNGS" -C d --as-of 2026-06-30 gap --all >/dev/null && test -s d/.rungs/evidence && "$RUNGS" -C d ladder --format json >warm && "$RUNGS" -C d --no-cache ladder --format json >nocache && cmp cold warm && cmp cold nocache && grep -c '"incumbents": [1-9]' warm
exit: 0
<<<stdout
40
<<<end
