# Same inputs, same bytes: every graph and JSON output is identical across
# runs, locales and time zones.
sh: set -e; for a in "ladder --format dot" "ladder --format mermaid" "ladder --format json" "ladder --from data-analyst-1 --depth 5 --format json" "ladder --from data-analyst-1 --to head-of-data-5 --depth 5 --format json" "--as-of 2026-11-22 ladder --for E1019 --to analytics-manager-4 --format json" "ladder --from data-analyst-2 --suggest --format json"; do LC_ALL=C "$RUNGS" -C "$TESTS/../data-examples" $a > a.out; LC_ALL=de_DE.UTF-8 TZ=Pacific/Kiritimati "$RUNGS" -C "$TESTS/../data-examples" $a > b.out; "$RUNGS" -C "$TESTS/../data-examples" $a > c.out; cmp a.out b.out; cmp a.out c.out; done; echo same
exit: 0
<<<stdout
same
<<<end
