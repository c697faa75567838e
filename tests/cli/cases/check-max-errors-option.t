# --max-errors 2 overrides max_errors of rungs.yaml.
run: -C repos/max-errors check --max-errors 2
exit: 1
<<<stderr
repos/max-errors/people.csv:3: error: invalid employee id 'E 2' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/max-errors/people.csv:4: error: empty name
repos/max-errors/people.csv: note: … and 4 more
repos/max-errors/roles/analyst-2.yaml:5:10: error: unknown skill 'sqll' (did you mean 'sql'?)
repos/max-errors/roles/analyst-2.yaml:5:19: error: unknown skill 'pyton' (did you mean 'python'?)
repos/max-errors/roles/analyst-2.yaml: note: … and 2 more
<<<end
