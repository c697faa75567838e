# Role profiles: id, family and level are required; a profile is a mapping;
# a child may override only some fields of an inherited requirement, but a
# new requirement needs a level.
run: -C repos/roles-required check
exit: 1
<<<stderr
repos/roles-required/roles/bare.yaml:1:1: error: role 'bare' has no 'family'
repos/roles-required/roles/bare.yaml:1:1: error: role 'bare' has no 'level'
repos/roles-required/roles/child.yaml:7:3: error: requirement 'python' has no level
repos/roles-required/roles/listed.yaml:1:1: error: a role: expected a mapping, found a sequence
repos/roles-required/roles/no-id.yaml:1:1: error: role has no 'id'
<<<end
