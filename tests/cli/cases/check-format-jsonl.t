# check --format jsonl: one object per diagnostic, valid JSON also for data
# with control characters.
run: -C repos/control-chars check --format jsonl
exit: 1
<<<stdout
{"file":"repos/control-chars/people.csv","line":2,"col":0,"severity":"error","message":"invalid employee id 'E\\t8' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)"}
{"file":"repos/control-chars/people.csv","line":3,"col":0,"severity":"error","message":"invalid employee id 'E\\n9' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)"}
{"file":"repos/control-chars/people.csv","line":5,"col":0,"severity":"error","message":"invalid role '\\x1b[31mred' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)"}
{"file":"repos/control-chars/roles/analyst-2.yaml","line":5,"col":10,"severity":"error","message":"required skill: invalid identifier 'sq\\tl' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)"}
{"file":"repos/control-chars/roles/analyst-2.yaml","line":5,"col":22,"severity":"error","message":"required skill: invalid identifier '\\x1b[2Jx' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)"}
<<<end
