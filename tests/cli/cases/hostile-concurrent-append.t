# The cron case: while one process appends rows to assessments.csv, each in
# two writes (a row is briefly half there, without its line end), readers
# run over and over. A reader sees complete rows only: the half row is the
# unterminated last line, ignored with a warning - never an error, never
# read as data. (A reader sees a half row about every other time: that
# some of 20 do is all but certain.) Afterwards every row is there and the
# file checks clean.
sh: . "$TESTS/cli/hostile.sh"; base; ( i=0; while [ ! -e stop ] && [ $i -lt 100000 ]; do i=$((i + 1)); printf 'E1,python,%d,2026-01-11,se' $((i % 3 + 1)); sleep 0.002; printf 'lf,E1,row %d\n' $i; done >> r/assessments.csv; echo $i > written ) & bad=0 half=0; for k in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do "$RUNGS" -C r check 2> err; rc=$?; if [ $rc != 0 ] || grep -qv 'warning: incomplete last line ignored: expected 7 fields, found 5$' err; then bad=$((bad + 1)); cat err; fi; [ -s err ] && half=$((half + 1)); done; touch stop; wait; echo "readers that saw a problem: $bad"; [ $half -gt 0 ] && echo "some readers saw a half row"; n=$(cat written); [ "$(grep -c ',row ' r/assessments.csv)" = "$n" ] && echo "every row written is in the file"; check
exit: 0
<<<stdout
readers that saw a problem: 0
some readers saw a half row
every row written is in the file
check: exit 0
<<<end
