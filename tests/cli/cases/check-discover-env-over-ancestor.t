# $RUNGS_DIR wins over the nearest ancestor holding rungs.yaml (good/ has one).
sh: cd "$TESTS/repos/good/roles" && RUNGS_DIR=../../role-filename "$RUNGS" check
exit: 0
<<<stderr
../../role-filename/roles/data/analyst-4.yaml:1:5: warning: role id 'Analyst-4' differs from the file name
../../role-filename/roles/data/analyst-two.yaml:1:5: warning: role id 'analyst-2' differs from the file name
<<<end
