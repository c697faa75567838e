# The cache never changes a result: each command prints the same bytes and
# exits the same cold, warm and with --no-cache; after rows are appended;
# after the log is edited; and with two processes building it at once.
sh: copy_repo "$TESTS/../data-examples" d && rm -rf d/.rungs && run() { "$RUNGS" -C d --as-of 2026-06-30 "$@" 2>&1; echo "exit $?"; } && same() { a=$(run --no-cache "$@"); b=$(run "$@"); c=$(run "$@"); if [ "$a" = "$b" ] && [ "$a" = "$c" ]; then echo "same: $*"; else echo "DIFFERENT: $*"; fi; } && cmds() { same check; same gap E1019 --explain; same gap E1019; same gap E0404; same gap --all --by skill; same match E1019; same match --all --limit 3; same review --org; same review E1019; } && cmds && ls -A d/.rungs | grep -vx plans-listing && printf 'E1019,sql,5,2026-06-01,manager,E1018,\nE1018,python,4,2026-06-02,test,Quiz,\n' >>d/assessments.csv && cmds && sed -i 's/^E1019,\(.*\),2026-/E1019,\1,2025-/' d/assessments.csv && cmds && rm -rf d/.rungs && { run gap --all >p1 & run gap --all >p2 & wait; } && run --no-cache gap --all >p3 && cmp p1 p3 && cmp p2 p3 && echo "two at once: same"
exit: 0
<<<stdout
same: check
same: gap E1019 --explain
same: gap E1019
same: gap E0404
same: gap --all --by skill
same: match E1019
same: match --all --limit 3
same: review --org
same: review E1019
.gitignore
evidence
lock
plans
same: check
same: gap E1019 --explain
same: gap E1019
same: gap E0404
same: gap --all --by skill
same: match E1019
same: match --all --limit 3
same: review --org
same: review E1019
same: check
same: gap E1019 --explain
same: gap E1019
same: gap E0404
same: gap --all --by skill
same: match E1019
same: match --all --limit 3
same: review --org
same: review E1019
two at once: same
<<<end
