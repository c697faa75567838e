# A missing skills.yaml: one error naming it, and no cascade of unknown skills.
run: -C repos/missing-skills check
exit: 1
<<<stderr
repos/missing-skills/skills.yaml: error: required file not found
<<<end
