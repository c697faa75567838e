# --max-errors 0 means no limit, as max_errors: 0 in rungs.yaml does (and as
# in compilers); it must not silently fall back to rungs.yaml.
run: -C repos/max-errors check --max-errors 0
exit: 1
<<<stderr
repos/max-errors/people.csv:3: error: invalid employee id 'E 2' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/max-errors/people.csv:4: error: empty name
repos/max-errors/people.csv:5: error: expected 3 fields, found 2
repos/max-errors/people.csv:6: error: invalid role 'analyst 1' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/max-errors/people.csv:7: error: invalid employee id 'E/6' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/max-errors/people.csv:8: error: expected 3 fields, found 4
repos/max-errors/roles/analyst-2.yaml:5:10: error: unknown skill 'sqll' (did you mean 'sql'?)
repos/max-errors/roles/analyst-2.yaml:5:19: error: unknown skill 'pyton' (did you mean 'python'?)
repos/max-errors/roles/analyst-2.yaml:5:29: error: unknown skill 'comunication' (did you mean 'communication'?)
repos/max-errors/roles/analyst-2.yaml:5:51: error: required level: '9' is out of range (0 to 5)
<<<end
