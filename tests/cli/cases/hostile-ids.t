# Identifiers that could be taken for paths or act on a terminal - with /,
# .., spaces, a DEL, a C1 control, a bidirectional override, a leading dot
# or dash - are errors wherever an id is written: a role file, a plan,
# opportunities, people, assessments and learning rows. The messages show
# them escaped. A role that extends itself and a role file cut off in the
# middle of a flow mapping are reported too.
sh: . "$TESTS/cli/hostile.sh"; base; printf 'id: ../../etc/passwd\ntitle: T\nfamily: data\nlevel: 1\n' > r/roles/escape.yaml; printf 'id: analyst-3\ntitle: T\nfamily: data\nlevel: 3\nextends: analyst-3\n' > r/roles/analyst-3.yaml; printf 'id: analyst-4\ntitle: T\nfamily: data\nlevel: 4\nskills: {sql: 3, pyth' > r/roles/analyst-4.yaml; printf 'employee: "E1\\x7f"\n' > r/plans/E9.yaml; printf -- '- id: "OPP 2"\n  role: analyst-1\n- id: "\\u202eOPP"\n  role: analyst-1\n' >> r/opportunities.yaml; printf 'E3,Cy,.hidden,E1\n-E4,Dee,analyst-1,E1\nE5,Eve,analyst-1,E1/../E2\n' >> r/people.csv; printf 'E1,sql\302\2331,2,2026-01-10,self,,\nE 2,sql,2,2026-01-10,self,,\n' >> r/assessments.csv; printf 'py/2,Py,course,python,0,2,10\n' >> r/learning.csv; check; attempt gap --all
exit: 0
<<<stdout
check: exit 1
gap --all: exit 3
<<<stderr
r/assessments.csv:4: error: invalid skill 'sql\u009b1' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
r/assessments.csv:5: error: invalid employee id 'E 2' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
r/learning.csv:3: error: invalid learning item id 'py/2' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
r/opportunities.yaml:4:7: error: opportunity id: invalid identifier 'OPP 2' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
r/opportunities.yaml:6:7: error: opportunity id: invalid identifier '\u202eOPP' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
r/people.csv:4: error: invalid role '.hidden' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
r/people.csv:5: error: invalid employee id '-E4' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
r/people.csv:6: error: invalid manager 'E1/../E2' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
r/plans/E9.yaml:1:11: error: employee: invalid identifier 'E1\x7f' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
r/roles/analyst-3.yaml: warning: role 'analyst-3' cannot be reached from any entry-level role (no `next` path leads to it)
r/roles/analyst-3.yaml:5:10: error: role 'analyst-3' extends itself
r/roles/analyst-4.yaml:5:9: error: the file ends inside a flow mapping started here (is it cut short?)
r/roles/escape.yaml:1:5: error: role id: invalid identifier '../../etc/passwd' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
r/assessments.csv:4: error: invalid skill 'sql\u009b1' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
r/assessments.csv:5: error: invalid employee id 'E 2' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
r/learning.csv:3: error: invalid learning item id 'py/2' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
r/people.csv:4: error: invalid role '.hidden' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
r/people.csv:5: error: invalid employee id '-E4' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
r/people.csv:6: error: invalid manager 'E1/../E2' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
r/plans/E9.yaml:1:11: error: employee: invalid identifier 'E1\x7f' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
r/roles/analyst-3.yaml:5:10: error: role 'analyst-3' extends itself
r/roles/analyst-4.yaml:5:9: error: the file ends inside a flow mapping started here (is it cut short?)
r/roles/escape.yaml:1:5: error: role id: invalid identifier '../../etc/passwd' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
<<<end
