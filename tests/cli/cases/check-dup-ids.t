# Duplicate ids: skills, roles (two files), opportunities, employees. Each
# names where the first one is, and the later one is the one reported.
run: -C repos/dup-ids check
exit: 1
<<<stderr
repos/dup-ids/opportunities.yaml:5:7: error: duplicate opportunity 'OPP-1' (first at line 1)
repos/dup-ids/people.csv:4: error: duplicate employee 'E1' (first at line 2)
repos/dup-ids/people.csv:6: error: duplicate employee 'E2' (first at line 3)
repos/dup-ids/roles/other/analyst-1.yaml:1:5: error: duplicate role 'analyst-1' (also defined in repos/dup-ids/roles/analyst-1.yaml)
repos/dup-ids/skills.yaml:11:9: error: duplicate skill 'sql' (first at line 3)
repos/dup-ids/skills.yaml:13:9: error: duplicate skill 'python' (first at line 6)
<<<end
