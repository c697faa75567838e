# --fail-on tier-drop with no definition change: nothing moves, exit 0;
# tsv still names the columns of the movements.
sh: . "$TESTS/cli/gitfx.sh"; gitfx_two r diff-hand && cd r && "$RUNGS" --as-of 2026-06-30 diff HEAD --fail-on=tier-drop --format tsv && "$RUNGS" --as-of 2026-06-30 diff HEAD --people --format tsv
exit: 0
<<<stdout
role	tier_before	tier_after	people	tier_drop
role	employee	name	relation	readiness_before	readiness_after	tier_before	tier_after	months_before	months_after	tier_drop
<<<end
