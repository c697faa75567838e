# A role whose id differs from its file name is a warning (ids compare
# exactly: Analyst-4 is not analyst-4); .yml files and subfolders are read,
# other files in roles/ are not.
run: -C repos/role-filename check
exit: 0
<<<stderr
repos/role-filename/roles/data/analyst-4.yaml:1:5: warning: role id 'Analyst-4' differs from the file name
repos/role-filename/roles/data/analyst-two.yaml:1:5: warning: role id 'analyst-2' differs from the file name
<<<end
