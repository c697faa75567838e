# -o into a directory without write permission: the temporary cannot be
# created, so nothing is written (exit 4) and the previous report stays.
# Root writes anywhere, so as root rungs runs as nobody (setpriv).
sh: . "$TESTS/cli/hostile.sh"; base; mkdir ro; echo previous > ro/report.csv; chmod 555 ro; as_nobody; $RUNAS "$RUNGS" -C r --as-of 2026-06-30 gap --all --format csv -o ro/report.csv; echo "exit $?"; ls -A ro; cat ro/report.csv
exit: 0
<<<stdout
exit 4
report.csv
previous
<<<stderr
rungs: ro/report.csv: cannot write: permission denied
<<<end
