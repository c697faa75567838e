# Errors in a role file: every diagnostic on stderr, exit 3, no report.
run: -C repos/gap-bad-role --as-of 2026-06-30 gap E101
exit: 3
<<<stderr
repos/gap-bad-role/roles/analyst-2.yaml:8:3: error: unknown skill 'sqll' (did you mean 'sql'?)
repos/gap-bad-role/roles/analyst-2.yaml:10:30: error: weight: '-1' is out of range (greater than 0, at most 1000000000)
<<<end
