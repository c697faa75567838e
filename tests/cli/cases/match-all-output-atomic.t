# match --all writes its rows as they are computed, and -o stays atomic: to a full device
# (/dev/full, written in place) or to standard output on one, the first rows that cannot be
# written stop the run (exit 4); a file size limit makes a write fail half way (EFBIG with
# SIGXFSZ ignored: exit 4) or kills the process mid-write (exit 153); either way the
# previous report is intact and no temporary file is left. The reports here (--limit 0)
# are larger than what is written at once.
sh: D="$TESTS/../data-examples"; run() { "$RUNGS" -C "$D" --as-of 2026-11-22 --format csv "$@" match --all --limit 0; }; echo previous > report.csv; run -o /dev/full; echo "exit $?"; run >/dev/full; echo "exit $?"; (trap "" XFSZ; ulimit -f 8; run -o report.csv); echo "exit $?"; sh -c "ulimit -f 8; \"\$@\"; echo \"exit \$?\"" sh "$RUNGS" -C "$D" --as-of 2026-11-22 match --all --limit 0 -o report.csv 2>/dev/null; ls -A; cat report.csv; run -o report.csv; echo "exit $?"; ls -A; wc -l < report.csv
exit: 0
<<<stdout
exit 4
exit 4
exit 4
exit 153
report.csv
previous
exit 0
report.csv
648
<<<stderr
rungs: /dev/full: cannot write: no space left on device
rungs: standard output: cannot write: no space left on device
rungs: report.csv: cannot write: file too large
<<<end
