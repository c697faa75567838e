# check FILE... with two files, people.csv among them: both are checked.
run: -C repos/unknown-refs check repos/unknown-refs/people.csv repos/unknown-refs/learning.csv
exit: 1
<<<stderr
repos/unknown-refs/learning.csv:2: error: unknown skill 'pythn' (did you mean 'python'?)
repos/unknown-refs/learning.csv:3: error: unknown skill 'kubernetes'
repos/unknown-refs/people.csv:3: warning: aspiration 'analyst-3' of 'E2' is not a known role; ignored
repos/unknown-refs/people.csv:4: warning: role 'analyst-9' of 'E3' has no profile; the employee is kept with no current requirements
repos/unknown-refs/people.csv:4: warning: manager 'E11' of 'E3' is not in the file
<<<end
