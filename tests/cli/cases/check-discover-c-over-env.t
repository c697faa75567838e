# -C wins over $RUNGS_DIR.
sh: cd "$TESTS" && RUNGS_DIR=repos/no-such-repo "$RUNGS" -C repos/role-filename check
exit: 0
<<<stderr
repos/role-filename/roles/data/analyst-4.yaml:1:5: warning: role id 'Analyst-4' differs from the file name
repos/role-filename/roles/data/analyst-two.yaml:1:5: warning: role id 'analyst-2' differs from the file name
<<<end
