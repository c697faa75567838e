# Memory running out, anywhere: under address-space limits from the least a
# run can start with up to 600 MB, every command either succeeds or exits 4 saying
# exactly "rungs: out of memory" -- never a crash, never a silent failure,
# never exit 3 with what a half-read file seemed to say. Runs with and
# without the cache; afterwards the cache gives what --no-cache gives. (A
# sanitizer build or valgrind needs far more address space: skipped.)
sh: if [ "${RUNGS_VALGRIND:-0}" = 1 ] || ! (ulimit -v 200000; "$RUNGS" --version) >/dev/null 2>&1; then echo "needs an address-space limit the binary can run under" >"$SKIP"; exit 0; fi; copy_repo "$TESTS/../data-examples" d && lo=4000 && until (ulimit -v $lo; "$RUNGS" --version) >/dev/null 2>&1; do lo=$((lo + 1000)); done && for c in "gap --all" "gap E1008" "match --role head-of-data-5" "match E1008" "match --all" "review --org" "review E1008" "check" "ladder"; do ok=0 oom=0 bad=0; for cache in --no-cache ""; do v=$lo; while [ $v -le 600000 ]; do err=$( (ulimit -v $v; "$RUNGS" -C d --as-of 2026-06-30 $cache $c 2>&1 >/dev/null); echo "exit $?"); case "$err" in "exit 0") ok=$((ok + 1)) ;; "rungs: out of memory"?"exit 4") oom=$((oom + 1)) ;; *) bad=$((bad + 1)); echo "BAD $c $cache under $v: $err" ;; esac; v=$((v + v / 8)); done; done; [ $ok -gt 0 ] && [ $oom -gt 0 ] && [ $bad = 0 ] && echo "$c: ok"; done; for c in "gap --all" "review --org"; do [ "$("$RUNGS" -C d --as-of 2026-06-30 $c)" = "$("$RUNGS" -C d --as-of 2026-06-30 --no-cache $c)" ] && echo "$c: cache intact"; done
exit: 0
<<<stdout
gap --all: ok
gap E1008: ok
match --role head-of-data-5: ok
match E1008: ok
match --all: ok
review --org: ok
review E1008: ok
check: ok
ladder: ok
gap --all: cache intact
review --org: cache intact
<<<end
