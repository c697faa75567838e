# -q hides warnings, not errors: the note counting the errors left out by
# --max-errors is still shown.
run: check -C repos/max-errors -q --max-errors=1
exit: 1
<<<stderr
repos/max-errors/people.csv:3: error: invalid employee id 'E 2' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/max-errors/people.csv: note: … and 5 more
repos/max-errors/roles/analyst-2.yaml:5:10: error: unknown skill 'sqll' (did you mean 'sql'?)
repos/max-errors/roles/analyst-2.yaml: note: … and 3 more
<<<end
