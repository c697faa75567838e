# Control characters in the data never reach the terminal raw: tabs, line
# ends and escape sequences are shown escaped in diagnostics.
run: -C repos/control-chars check
exit: 1
<<<stderr
repos/control-chars/people.csv:2: error: invalid employee id 'E\t8' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/control-chars/people.csv:3: error: invalid employee id 'E\n9' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/control-chars/people.csv:5: error: invalid role '\x1b[31mred' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/control-chars/roles/analyst-2.yaml:5:10: error: required skill: invalid identifier 'sq\tl' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/control-chars/roles/analyst-2.yaml:5:22: error: required skill: invalid identifier '\x1b[2Jx' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
<<<end
