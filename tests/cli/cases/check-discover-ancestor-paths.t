# Repo found as an ancestor: paths are shown relative to the working
# directory (unknown-keys/roles), as ../FILE.
sh: cd "$TESTS/repos/unknown-keys/roles" && "$RUNGS" check
exit: 0
<<<stderr
../opportunities.yaml:3:3: warning: unknown key 'closess' in an opportunity (did you mean 'closes'?)
../plans/E1.yaml:2:1: warning: unknown key 'mentr' in a plan (did you mean 'mentor'?)
../plans/E1.yaml:5:5: warning: unknown key 'dew' in a milestone
../roles/analyst-2.yaml:2:1: warning: unknown key 'titel' in a role (did you mean 'title'?)
../roles/analyst-2.yaml:6:19: warning: unknown key 'wieght' in a requirement (did you mean 'weight'?)
../roles/analyst-2.yaml:7:1: warning: unknown key 'nxt' in a role (did you mean 'next'?)
../rungs.yaml:1:1: warning: unknown key 'max_error' in rungs.yaml (did you mean 'max_errors'?)
../rungs.yaml:2:1: warning: unknown key 'path' in rungs.yaml (did you mean 'paths'?)
../rungs.yaml:3:9: warning: unknown key 'poeple' in paths (did you mean 'people'?)
../skills.yaml:5:5: warning: unknown key 'categry' in a skill (did you mean 'category'?)
../skills.yaml:8:5: warning: unknown key 'owner' in a skill
<<<end
