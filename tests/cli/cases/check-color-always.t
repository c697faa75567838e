# --color always colours the file name and the severity, like compilers.
run: -C repos/role-filename --color always check
exit: 0
<<<stderr
[1mrepos/role-filename/roles/data/analyst-4.yaml:1:5: [0m[1;35mwarning[0m: role id 'Analyst-4' differs from the file name
[1mrepos/role-filename/roles/data/analyst-two.yaml:1:5: [0m[1;35mwarning[0m: role id 'analyst-2' differs from the file name
<<<end
