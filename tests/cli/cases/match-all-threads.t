# match --all on one thread and on more (RUNGS_THREADS; unset: one per processor) writes
# the same bytes in every format, with --since, --min-tier, --kind and --limit: people are
# matched in blocks on several threads and the blocks written in employee order.
sh: D="$TESTS/../data-examples"; for f in table csv tsv json jsonl md; do for o in "" "--since 2026-06-30" "--min-tier ready-soon --limit 0" "--kind job,gig --limit 1"; do RUNGS_THREADS=1 "$RUNGS" -C "$D" --as-of 2026-11-22 --format $f match --all $o >one || echo "$f $o: exit $?"; test -s one || echo "$f $o: nothing written"; for t in 2 ""; do RUNGS_THREADS=$t "$RUNGS" -C "$D" --as-of 2026-11-22 --format $f match --all $o >more; cmp -s one more || echo "$f $o: $t threads differ"; done; done; done; RUNGS_THREADS=9 "$RUNGS" -C "$D" --as-of 2026-11-22 match --all --limit 0 >more && "$RUNGS" -C "$D" --as-of 2026-11-22 match --all --limit 0 | cmp - more && echo same
exit: 0
<<<stdout
same
<<<end
