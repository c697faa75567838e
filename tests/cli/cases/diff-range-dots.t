# REV1..REV2 reads as REV1 REV2, and an empty side is HEAD (git's way).
sh: . "$TESTS/cli/gitfx.sh"; gitfx_two r diff-hand && cd r && "$RUNGS" --as-of 2026-06-30 diff HEAD~1..HEAD --format tsv > a && "$RUNGS" --as-of 2026-06-30 diff HEAD~1.. --format tsv > b && cmp a b && head -n 3 a
exit: 0
<<<stdout
role	tier_before	tier_after	people	tier_drop
fresh		ready-now	1	false
fresh		ready-soon	4	false
<<<end
