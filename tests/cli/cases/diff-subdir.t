# The data repo is a folder of the git repository (data/, found as the
# nearest rungs.yaml); its files are looked up at the revision under that
# prefix. Run from inside it, and with -C from the top.
sh: . "$TESTS/cli/gitfx.sh"; gitfx_init g && mkdir g/data && gitfx_records g/data diff-hand && gitfx_defs g/data diff-hand v1 && gitfx_commit g v1 && gitfx_defs g/data diff-hand v2 && cd g/data/roles && "$RUNGS" --as-of 2026-06-30 diff --format tsv > ../../a && cd ../.. && "$RUNGS" -C data --as-of 2026-06-30 diff --format tsv | cmp - a && head -n 2 a
exit: 0
<<<stdout
role	tier_before	tier_after	people	tier_drop
fresh		ready-now	1	false
<<<end
