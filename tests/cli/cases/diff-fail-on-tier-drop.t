# --fail-on tier-drop: E2 drops a tier, so the run exits 1 after writing
# the whole report (jsonl: one movement a line).
sh: . "$TESTS/cli/gitfx.sh"; gitfx_two r diff-hand && cd r && "$RUNGS" --as-of 2026-06-30 diff HEAD~1 HEAD --fail-on tier-drop --format jsonl
exit: 1
<<<stdout
{"role":"fresh","tier_before":null,"tier_after":"ready-now","people":1,"tier_drop":false}
{"role":"fresh","tier_before":null,"tier_after":"ready-soon","people":4,"tier_drop":false}
{"role":"gone","tier_before":"ready-now","tier_after":null,"people":4,"tier_drop":false}
{"role":"gone","tier_before":"ready-soon","tier_after":null,"people":1,"tier_drop":false}
{"role":"r2","tier_before":"ready-now","tier_after":"ready-soon","people":1,"tier_drop":true}
{"role":"r2","tier_before":"develop","tier_after":"develop","people":1,"tier_drop":false}
{"role":"r3","tier_before":"ready-now","tier_after":"ready-now","people":1,"tier_drop":false}
{"role":"r3","tier_before":"ready-now","tier_after":"ready-soon","people":1,"tier_drop":true}
{"role":"r3","tier_before":"develop","tier_after":"develop","people":1,"tier_drop":false}
<<<end
