# git cannot be run: exit 4.
sh: . "$TESTS/cli/gitfx.sh"; gitfx_two r diff-hand && PATH=/nonexistent "$RUNGS" -C r diff
exit: 4
<<<stderr
rungs: cannot run git: no such file or directory
<<<end
