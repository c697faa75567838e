# A data repo outside any git repository: a clear error, exit 3.
sh: . "$TESTS/cli/gitfx.sh"; mkdir r && gitfx_records r diff-hand && gitfx_defs r diff-hand v1 && GIT_CEILING_DIRECTORIES="$PWD" "$RUNGS" -C r diff
exit: 3
<<<stderr
rungs: not a git repository: 'r' (rungs diff compares git revisions of the definitions)
<<<end
