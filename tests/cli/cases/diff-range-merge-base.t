# REV1...REV2 compares REV2 with where it left REV1 (git merge-base), as a
# pull request is reviewed: the commit main made since (r1 retitled) is not
# in it, while 'main feature' shows it. The merge base is named by its short id.
sh: . "$TESTS/cli/gitfx.sh"; gitfx_init r && gitfx_records r diff-hand && gitfx_defs r diff-hand v1 && gitfx_commit r v1 && git -C r switch -q -c feature && gitfx_defs r diff-hand v2 && gitfx_commit r v2 && git -C r switch -q main && sed -i "s/^title: Analyst I$/title: Junior Analyst/" r/roles/r1.yaml && gitfx_commit r retitle && cd r && "$RUNGS" --as-of 2026-06-30 diff main...feature --format md | head -n 4 && "$RUNGS" --as-of 2026-06-30 diff main feature --format md | head -n 4 && "$RUNGS" --as-of 2026-06-30 diff main feature | grep title-changed
exit: 0
<<<stdout
- **From:** e23a3cc
- **To:** feature (21fa967)
- **As of:** 2026-06-30
- **Changes:** 12
- **From:** main (667bc53)
- **To:** feature (21fa967)
- **As of:** 2026-06-30
- **Changes:** 13
role         new-name  title-changed       -        Old name        New name    -
role         r1        title-changed       -        Junior Analyst  Analyst I   -
<<<end
