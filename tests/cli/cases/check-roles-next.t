# next: a dangling role (with and without a suggestion), a role listing
# itself, a role listed twice (warning), an empty and a null entry.
run: -C repos/roles-next check
exit: 1
<<<stderr
repos/roles-next/roles/analyst-1.yaml:6:19: error: next role: invalid identifier '' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/roles-next/roles/analyst-1.yaml:6:23: error: next role: expected an identifier, found an empty value
repos/roles-next/roles/analyst-2.yaml:7:5: error: unknown role 'analyst-3' (did you mean 'analyst-1'?)
repos/roles-next/roles/analyst-2.yaml:8:5: error: role 'analyst-2' lists itself in 'next'
repos/roles-next/roles/analyst-2.yaml:10:5: warning: role 'analyst-1' is listed twice in 'next'
repos/roles-next/roles/analyst-2.yaml:11:5: error: unknown role 'manager-1'
<<<end
