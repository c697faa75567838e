# A repository without a commit yet: HEAD names nothing.
sh: . "$TESTS/cli/gitfx.sh"; gitfx_init r && gitfx_records r diff-hand && gitfx_defs r diff-hand v1 && "$RUNGS" -C r diff
exit: 2
<<<stderr
rungs: unknown revision 'HEAD' (no commit yet?)
<<<end
