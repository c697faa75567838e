# gap over a group writes its people rows as they are measured, and -o stays atomic: to a
# full device (/dev/full, written in place) or to standard output on one, the first rows
# that cannot be written stop the run (exit 4, also when --fail-on would give 1: the table,
# written once every row is measured); a file size limit makes a write fail half way (EFBIG
# with SIGXFSZ ignored: exit 4) or kills the process mid-write (exit 153); either way the
# previous report is intact and no temporary file is left. 2 700 people (data-examples
# copied 30 times) make reports larger than what is written at once.
sh: copy_repo "$TESTS/../data-examples" d && rm -r d/plans && for f in people assessments; do awk -F, 'NR == 1 { print; next } { for (k = 1; k <= 30; k++) { s = $0; gsub(/E1[0-9][0-9][0-9]/, "&-" k, s); print s } }' "$TESTS/../data-examples/$f.csv" >d/$f.csv; done && mkdir o && cd o && run() { "$RUNGS" -C ../d --as-of 2026-06-30 --no-cache --format csv "$@" gap --all; }; echo previous > report.csv; run -o /dev/full; echo "exit $?"; run >/dev/full; echo "exit $?"; "$RUNGS" -C ../d --as-of 2026-06-30 --no-cache -o /dev/full gap --all --fail-on develop; echo "exit $?"; (trap "" XFSZ; ulimit -f 8; run -o report.csv); echo "exit $?"; sh -c "ulimit -f 8; \"\$@\"; echo \"exit \$?\"" sh "$RUNGS" -C ../d --as-of 2026-06-30 --no-cache gap --all -o report.csv 2>/dev/null; ls -A; cat report.csv; run -o report.csv; echo "exit $?"; ls -A; wc -l < report.csv
exit: 0
<<<stdout
exit 4
exit 4
exit 4
exit 4
exit 153
report.csv
previous
exit 0
report.csv
2701
<<<stderr
rungs: /dev/full: cannot write: no space left on device
rungs: standard output: cannot write: no space left on device
rungs: /dev/full: cannot write: no space left on device
rungs: report.csv: cannot write: file too large
<<<end
