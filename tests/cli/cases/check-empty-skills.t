# An empty skills.yaml is one error. The roles that name skills are not
# checked against a taxonomy that could not be read: no "unknown skill" cascade.
run: -C repos/empty-skills check
exit: 1
<<<stderr
repos/empty-skills/skills.yaml: error: file is empty; expected 'scale' and 'skills'
<<<end
