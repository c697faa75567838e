# Global and command options interleaved, in --opt=value form too.
run: check --strict -C repos/role-filename --max-errors=1 --format=table
exit: 1
<<<stderr
repos/role-filename/roles/data/analyst-4.yaml:1:5: warning: role id 'Analyst-4' differs from the file name
repos/role-filename/roles/data/analyst-two.yaml:1:5: warning: role id 'analyst-2' differs from the file name
<<<end
