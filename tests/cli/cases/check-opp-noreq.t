# An opportunity needs a role or skills: an empty skills: (null or {}) is no
# skills. Unknown kind and status with suggestions; capacity >= 1; a level
# must come from somewhere.
run: -C repos/opp-noreq check
exit: 1
<<<stderr
repos/opp-noreq/opportunities.yaml:1:3: error: opportunity 'OPP-1' needs 'role' or 'skills'
repos/opp-noreq/opportunities.yaml:6:3: error: opportunity 'OPP-2' needs 'role' or 'skills', and its 'skills' are empty
repos/opp-noreq/opportunities.yaml:8:9: error: kind: unknown value 'rotaton' (did you mean 'rotation'?)
repos/opp-noreq/opportunities.yaml:10:11: error: status: unknown value 'opened' (did you mean 'open'?)
repos/opp-noreq/opportunities.yaml:11:13: error: capacity: '0' is out of range (1 to 1000000)
repos/opp-noreq/opportunities.yaml:14:12: error: requirement 'sql' has no level
repos/opp-noreq/opportunities.yaml:20:3: error: opportunity 'OPP-6' needs 'role' or 'skills', and its 'skills' are empty
<<<end
