# diff needs people.csv and assessments.csv: exit 3 naming the file.
sh: . "$TESTS/cli/gitfx.sh"; gitfx_two r diff-hand && rm r/people.csv && "$RUNGS" -C r diff
exit: 3
<<<stderr
r/people.csv: error: required file not found
<<<end
