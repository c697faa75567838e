# Two rungs processes at once, ten times over: both write the same -o
# report and two more write to stdout. Each run succeeds, the report is
# always one complete run's output (renames are atomic, the temporaries
# are private), no temporary is left, and the outputs equal a lone run's.
# Each process is waited for by its pid: bash's `wait -n` can miss a job
# that ended before it was called, and report 127.
sh: D="$TESTS/../data-examples"; "$RUNGS" -C "$D" --as-of 2026-06-30 gap --all --format csv > want.csv; for k in 1 2 3 4 5 6 7 8 9 10; do "$RUNGS" -C "$D" --as-of 2026-06-30 gap --all --format csv -o report.csv & p1=$!; "$RUNGS" -C "$D" --as-of 2026-06-30 gap --all --format csv -o report.csv & p2=$!; "$RUNGS" -C "$D" --as-of 2026-06-30 gap --all --format csv > out1.csv & p3=$!; "$RUNGS" -C "$D" --as-of 2026-06-30 gap --all --format csv > out2.csv & p4=$!; fails=0; for p in $p1 $p2 $p3 $p4; do wait "$p" || fails=$((fails + 1)); done; [ $fails = 0 ] || echo "round $k: $fails failed"; cmp -s report.csv want.csv || echo "round $k: report differs"; cmp -s out1.csv want.csv && cmp -s out2.csv want.csv || echo "round $k: stdout differs"; done; ls -A; wc -l < want.csv
exit: 0
<<<stdout
out1.csv
out2.csv
report.csv
want.csv
91
<<<end
