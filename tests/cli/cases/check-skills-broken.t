# A syntax error in skills.yaml is one error, not one per skill reference in
# every other file (roles, learning, plans, assessments).
run: -C repos/skills-broken check
exit: 1
<<<stderr
repos/skills-broken/skills.yaml:2:7: error: did not find expected ',' or '}' while parsing a flow mapping
<<<end
