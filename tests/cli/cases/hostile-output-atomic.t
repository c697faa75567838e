# -o is atomic. A full device (/dev/full) is written in place and reported
# (exit 4), never replaced by a renamed file. A file size limit makes a
# write fail half way (EFBIG with SIGXFSZ ignored: exit 4) or kills the
# process mid-write (SIGXFSZ's default action: exit 153); either way the
# previous report is intact and no temporary file is left, not even by the
# killed run. A data error (exit 3) leaves the previous report too.
sh: D="$TESTS/../data-examples"; echo previous > report.csv; "$RUNGS" -C "$D" --as-of 2026-06-30 gap --all --format csv -o /dev/full; echo "exit $?"; test -c /dev/full && echo "/dev/full is still a device"; ls -A /dev | grep '^\.full' ; (trap '' XFSZ; ulimit -f 1; "$RUNGS" -C "$D" --as-of 2026-06-30 gap --all --format csv -o report.csv); echo "exit $?"; sh -c 'ulimit -f 1; "$@"; echo "exit $?"' sh "$RUNGS" -C "$D" --as-of 2026-06-30 gap --all --format csv -o report.csv 2>/dev/null; "$RUNGS" -C "$TESTS/repos/yaml-tabs" gap --all -o report.csv 2>/dev/null; echo "exit $?"; ls -A; cat report.csv; "$RUNGS" -C "$D" --as-of 2026-06-30 gap --all --format csv -o report.csv; echo "exit $?"; ls -A; wc -l < report.csv
exit: 0
<<<stdout
exit 4
/dev/full is still a device
exit 4
exit 153
exit 3
report.csv
previous
exit 0
report.csv
91
<<<stderr
rungs: /dev/full: cannot write: no space left on device
rungs: report.csv: cannot write: file too large
<<<end
