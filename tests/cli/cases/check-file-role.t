# check FILE reports only on the named file; the rest of the repo is read as
# context and says nothing.
run: -C repos/unknown-refs check repos/unknown-refs/roles/analyst-2.yaml
exit: 1
<<<stderr
repos/unknown-refs/roles/analyst-2.yaml:5:10: error: unknown role 'analyst-l' (did you mean 'analyst-1'?)
repos/unknown-refs/roles/analyst-2.yaml:7:3: error: unknown skill 'sqll' (did you mean 'sql'?)
repos/unknown-refs/roles/analyst-2.yaml:8:3: error: unknown skill 'kubernetes'
<<<end
