# --strict -q: the warnings fail the run, so they are shown; a run must not
# fail without saying why.
run: -C repos/unknown-keys check --strict -q
exit: 1
<<<stderr
repos/unknown-keys/opportunities.yaml:3:3: warning: unknown key 'closess' in an opportunity (did you mean 'closes'?)
repos/unknown-keys/plans/E1.yaml:2:1: warning: unknown key 'mentr' in a plan (did you mean 'mentor'?)
repos/unknown-keys/plans/E1.yaml:5:5: warning: unknown key 'dew' in a milestone
repos/unknown-keys/roles/analyst-2.yaml:2:1: warning: unknown key 'titel' in a role (did you mean 'title'?)
repos/unknown-keys/roles/analyst-2.yaml:6:19: warning: unknown key 'wieght' in a requirement (did you mean 'weight'?)
repos/unknown-keys/roles/analyst-2.yaml:7:1: warning: unknown key 'nxt' in a role (did you mean 'next'?)
repos/unknown-keys/rungs.yaml:1:1: warning: unknown key 'max_error' in rungs.yaml (did you mean 'max_errors'?)
repos/unknown-keys/rungs.yaml:2:1: warning: unknown key 'path' in rungs.yaml (did you mean 'paths'?)
repos/unknown-keys/rungs.yaml:3:9: warning: unknown key 'poeple' in paths (did you mean 'people'?)
repos/unknown-keys/skills.yaml:5:5: warning: unknown key 'categry' in a skill (did you mean 'category'?)
repos/unknown-keys/skills.yaml:8:5: warning: unknown key 'owner' in a skill
<<<end
