# Helpers for the hostile-input cases (tests/cli/cases/hostile-*.t), sourced
# by their one-line `sh:` snippet in the case's temporary folder:
#
#   sh: . "$TESTS/cli/hostile.sh"; base; <break one file of r/>; check; attempt gap --all
#
# base          copies repos/hostile-base, a small valid repo, to ./r
# check [ARG…]  runs `rungs -C r check ARG…` and prints "check: exit N"
# attempt CMD…  runs `rungs -C r --as-of 2026-06-30 CMD… -o report.out` and
#               prints "CMD…: exit N", then every file it left beside r/
#               ("left: NAME"): a failed run must leave no report and no
#               temporary file behind
# big N         writes N bytes of 'x' to stdout (big hostile files are made
#               at test time, never committed)
# as_nobody CMD… runs CMD as the unprivileged user nobody when the tests run
#               as root (root reads files without read permission), else as is
# skip REASON   marks the case skipped (run-case exits 77)

base() {
	copy_repo "$TESTS/repos/hostile-base" r
	rm -f r/README.md
	chmod -R u+w r
}

# A hostile file must not make rungs hang: past the timeout the case fails
# (exit 124) instead of blocking the suite.
check() {
	timeout 300 ${RUNAS:-} "$RUNGS" -C r check "$@"
	echo "check: exit $?"
}

attempt() {
	timeout 300 ${RUNAS:-} "$RUNGS" -C r --as-of 2026-06-30 "$@" -o report.out
	echo "$*: exit $?"
	ls -A | grep -vx r | sed 's/^/left: /'
}

big() {
	head -c "$1" /dev/zero | tr '\0' x
}

skip() {
	echo "$*" > "$SKIP"
	exit 0
}

# Sets RUNAS for check and attempt. Everything the process needs must be
# reachable by nobody: the case's folder and the binary.
as_nobody() {
	if [ "$(id -u)" != 0 ]; then
		RUNAS=
		return
	fi
	command -v setpriv > /dev/null || skip "running as root without setpriv: root reads any file"
	RUNAS="setpriv --reuid=65534 --regid=65534 --clear-groups"
	chmod go+rx .. 2>/dev/null; chmod 777 .
	$RUNAS test -x "$RUNGS" || skip "running as root and nobody cannot run $RUNGS"
	$RUNAS test -r r/skills.yaml || skip "running as root and nobody cannot read the case's folder"
}
