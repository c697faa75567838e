# A revision git does not know: exit 2, whichever side it is.
sh: . "$TESTS/cli/gitfx.sh"; gitfx_two r diff-hand && cd r && { "$RUNGS" diff v9; echo "exit $?"; "$RUNGS" diff HEAD~1 nope; echo "exit $?"; "$RUNGS" diff HEAD~5...HEAD; }
exit: 2
<<<stdout
exit 2
exit 2
<<<stderr
rungs: unknown revision 'v9'
rungs: unknown revision 'nope'
rungs: unknown revision 'HEAD~5'
<<<end
