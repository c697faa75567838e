# REV1...REV2 with no common ancestor: exit 2.
sh: . "$TESTS/cli/gitfx.sh"; gitfx_two r diff-hand && cd r && git switch -q --orphan other && git commit -q --allow-empty -m other && "$RUNGS" diff main...other
exit: 2
<<<stderr
rungs: no common ancestor of 'main' and 'other'
<<<end
