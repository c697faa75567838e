# Without -C, $RUNGS_DIR names the repo; paths are shown joined with it.
sh: cd "$TESTS" && RUNGS_DIR=repos/role-filename "$RUNGS" check
exit: 0
<<<stderr
repos/role-filename/roles/data/analyst-4.yaml:1:5: warning: role id 'Analyst-4' differs from the file name
repos/role-filename/roles/data/analyst-two.yaml:1:5: warning: role id 'analyst-2' differs from the file name
<<<end
