# Unknown skills, roles, mentors and employees in definitions, each with a
# "did you mean" when a name is close; in people.csv unknown roles, managers
# and aspirations are warnings.
run: -C repos/unknown-refs check
exit: 1
<<<stderr
repos/unknown-refs/learning.csv:2: error: unknown skill 'pythn' (did you mean 'python'?)
repos/unknown-refs/learning.csv:3: error: unknown skill 'kubernetes'
repos/unknown-refs/opportunities.yaml:2:9: error: unknown role 'analst-1' (did you mean 'analyst-1'?)
repos/unknown-refs/opportunities.yaml:3:12: error: unknown skill 'comunication' (did you mean 'communication'?)
repos/unknown-refs/people.csv:3: warning: aspiration 'analyst-3' of 'E2' is not a known role; ignored
repos/unknown-refs/people.csv:4: warning: role 'analyst-9' of 'E3' has no profile; the employee is kept with no current requirements
repos/unknown-refs/people.csv:4: warning: manager 'E11' of 'E3' is not in the file
repos/unknown-refs/plans/E1.yaml:2:9: error: unknown role 'analyst-3' (did you mean 'analyst-1'?)
repos/unknown-refs/plans/E1.yaml:3:9: error: unknown employee 'E9' (did you mean 'E1'?)
repos/unknown-refs/plans/E1.yaml:5:12: error: unknown skill 'sqll' (did you mean 'sql'?)
repos/unknown-refs/plans/E7.yaml:1:11: error: unknown employee 'E17' (did you mean 'E1'?)
repos/unknown-refs/roles/analyst-2.yaml:5:10: error: unknown role 'analyst-l' (did you mean 'analyst-1'?)
repos/unknown-refs/roles/analyst-2.yaml:7:3: error: unknown skill 'sqll' (did you mean 'sql'?)
repos/unknown-refs/roles/analyst-2.yaml:8:3: error: unknown skill 'kubernetes'
repos/unknown-refs/skills.yaml:6:15: error: unknown skill 'pythn' (did you mean 'python'?)
repos/unknown-refs/skills.yaml:6:27: error: unknown skill 'data-modeling'
<<<end
