# Global options may follow the command.
run: check -C repos/role-filename
exit: 0
<<<stderr
repos/role-filename/roles/data/analyst-4.yaml:1:5: warning: role id 'Analyst-4' differs from the file name
repos/role-filename/roles/data/analyst-two.yaml:1:5: warning: role id 'analyst-2' differs from the file name
<<<end
