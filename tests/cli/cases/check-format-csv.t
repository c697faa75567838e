# check --format csv: one row per diagnostic.
run: -C repos/role-filename check --format csv
exit: 0
<<<stdout
file,line,col,severity,message
repos/role-filename/roles/data/analyst-4.yaml,1,5,warning,role id 'Analyst-4' differs from the file name
repos/role-filename/roles/data/analyst-two.yaml,1,5,warning,role id 'analyst-2' differs from the file name
<<<end
