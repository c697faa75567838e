# Roles no entry-level role leads to (the lowest level of each family is
# its entry level): x-3 (only a move out) and z-5; y starts at level 3 and
# z has two entry roles at level 2, none of them warned. Warnings: exit 0.
run: -C repos/ladder-unreachable check
exit: 0
<<<stderr
repos/ladder-unreachable/roles/x-3.yaml: warning: role 'x-3' cannot be reached from any entry-level role (no `next` path leads to it)
repos/ladder-unreachable/roles/z-5.yaml: warning: role 'z-5' cannot be reached from any entry-level role (no `next` path leads to it)
<<<end
