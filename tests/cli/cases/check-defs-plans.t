# --defs without people.csv: plans are checked, but their employee and mentor
# ids only as ids; people.csv warnings are gone.
run: -C repos/unknown-refs check --defs
exit: 1
<<<stderr
repos/unknown-refs/learning.csv:2: error: unknown skill 'pythn' (did you mean 'python'?)
repos/unknown-refs/learning.csv:3: error: unknown skill 'kubernetes'
repos/unknown-refs/opportunities.yaml:2:9: error: unknown role 'analst-1' (did you mean 'analyst-1'?)
repos/unknown-refs/opportunities.yaml:3:12: error: unknown skill 'comunication' (did you mean 'communication'?)
repos/unknown-refs/plans/E1.yaml:2:9: error: unknown role 'analyst-3' (did you mean 'analyst-1'?)
repos/unknown-refs/plans/E1.yaml:5:12: error: unknown skill 'sqll' (did you mean 'sql'?)
repos/unknown-refs/roles/analyst-2.yaml:5:10: error: unknown role 'analyst-l' (did you mean 'analyst-1'?)
repos/unknown-refs/roles/analyst-2.yaml:7:3: error: unknown skill 'sqll' (did you mean 'sql'?)
repos/unknown-refs/roles/analyst-2.yaml:8:3: error: unknown skill 'kubernetes'
repos/unknown-refs/skills.yaml:6:15: error: unknown skill 'pythn' (did you mean 'python'?)
repos/unknown-refs/skills.yaml:6:27: error: unknown skill 'data-modeling'
<<<end
