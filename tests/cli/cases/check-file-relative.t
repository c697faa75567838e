# Named files that are clean say nothing; only the named file with a
# problem is reported.
run: -C repos/role-filename check repos/role-filename/roles/data/analyst-two.yaml repos/role-filename/skills.yaml
exit: 0
<<<stderr
repos/role-filename/roles/data/analyst-two.yaml:1:5: warning: role id 'analyst-2' differs from the file name
<<<end
