# The plans folder's listing is remembered in .rungs/plans-listing once the
# folder has not changed for a few seconds (a change in the same tick as the
# listing could go unseen), and is then taken without reading the folder.
# It never changes a result: a plan added (here a second plan for E1008), a
# plan removed, a plan rewritten in place (no folder changes: its target
# goes back to head-of-data-5) and a new sub-folder each give what
# --no-cache gives.
sh: copy_repo "$TESTS/../data-examples" d && rm -rf d/.rungs && run() { "$RUNGS" -C d --as-of 2026-06-30 "$@" 2>&1; echo "exit $?"; } && same() { a=$(run --no-cache "$@"); b=$(run "$@"); c=$(run "$@"); if [ "$a" = "$b" ] && [ "$a" = "$c" ]; then echo "same: $*"; else echo "DIFFERENT: $*"; fi; } && role() { run --format json gap E1008 | grep -o '"role": "[^"]*"'; } && run gap E1008 >/dev/null && test ! -e d/.rungs/plans-listing && echo "new folder: not remembered" && sleep 4 && run gap E1008 >/dev/null && test -s d/.rungs/plans-listing && echo "remembered" && same gap E1008 && sed 's/^employee: E1011/employee: E1008/' d/plans/E1011.yaml >d/plans/E1008-again.yaml && same gap E1008 && rm d/plans/E1008-again.yaml && same gap E1008 && sed 's/^target: head-of-data-5$/target: data-analyst-3/' d/plans/E1008.yaml >new && mv new d/plans/E1008.yaml && role && sleep 4 && role && sed 's/^target: data-analyst-3$/target: head-of-data-5/' d/plans/E1008.yaml >new && cat new >d/plans/E1008.yaml && role && same gap E1008 && mkdir d/plans/more && sed 's/^employee: E1011/employee: E1001/' d/plans/E1011.yaml >d/plans/more/E1001.yaml && same gap E1001 && same check
exit: 0
<<<stdout
new folder: not remembered
remembered
same: gap E1008
same: gap E1008
same: gap E1008
"role": "data-analyst-3"
"role": "data-analyst-3"
"role": "head-of-data-5"
same: gap E1008
same: gap E1001
same: check
<<<end
