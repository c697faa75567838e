# Two rungs processes at once, ten times over: both write the same -o
# report and two more write to stdout. Each run succeeds, the report is
# always one complete run's output (renames are atomic, the temporaries
# are private), no temporary is left, and the outputs equal a lone run's.
sh: D="$TESTS/../data-examples"; "$RUNGS" -C "$D" --as-of 2026-06-30 gap --all --format csv > want.csv; for k in 1 2 3 4 5 6 7 8 9 10; do "$RUNGS" -C "$D" --as-of 2026-06-30 gap --all --format csv -o report.csv & "$RUNGS" -C "$D" --as-of 2026-06-30 gap --all --format csv -o report.csv & "$RUNGS" -C "$D" --as-of 2026-06-30 gap --all --format csv > out1.csv & "$RUNGS" -C "$D" --as-of 2026-06-30 gap --all --format csv > out2.csv & fails=0; for j in 1 2 3 4; do wait -n || fails=$((fails + 1)); done; [ $fails = 0 ] || echo "round $k: $fails failed"; cmp -s report.csv want.csv || echo "round $k: report differs"; cmp -s out1.csv want.csv && cmp -s out2.csv want.csv || echo "round $k: stdout differs"; done; ls -A; wc -l < want.csv
exit: 0
<<<stdout
out1.csv
out2.csv
report.csv
want.csv
91
<<<end
