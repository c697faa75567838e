# A log of 20 MB: read in windows given back as it goes, in two pieces at
# once (RUNGS_THREADS=1 reads it in one), cached and mapped. Every way gives
# the same bytes.
sh: copy_repo "$TESTS/../data-examples" d && awk 'NR == 1 { print; next } { for (i = 0; i < 100; i++) print }' "$TESTS/../data-examples/assessments.csv" >d/assessments.csv && run() { "$RUNGS" -C d --as-of 2026-06-30 "$@" gap --all --by skill; } && RUNGS_THREADS=1 run --no-cache >one && run --no-cache >two && run >three && run >four && RUNGS_THREADS=1 run >five && cmp one two && cmp one three && cmp one four && cmp one five && test -s one && echo same
exit: 0
<<<stdout
same
<<<end
