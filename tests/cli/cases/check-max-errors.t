# max_errors: 3 in rungs.yaml: 3 diagnostics per file, then one note counting
# the rest; the exit status counts them all.
run: -C repos/max-errors check
exit: 1
<<<stderr
repos/max-errors/people.csv:3: error: invalid employee id 'E 2' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/max-errors/people.csv:4: error: empty name
repos/max-errors/people.csv:5: error: expected 3 fields, found 2
repos/max-errors/people.csv: note: … and 3 more
repos/max-errors/roles/analyst-2.yaml:5:10: error: unknown skill 'sqll' (did you mean 'sql'?)
repos/max-errors/roles/analyst-2.yaml:5:19: error: unknown skill 'pyton' (did you mean 'python'?)
repos/max-errors/roles/analyst-2.yaml:5:29: error: unknown skill 'comunication' (did you mean 'communication'?)
repos/max-errors/roles/analyst-2.yaml: note: … and 1 more
<<<end
