# extends cycles (a 3-cycle and a 2-cycle, each reported once, at the role
# with the smallest id) and a role extending itself; a role extending a
# member of a cycle is not reported again.
run: -C repos/roles-extends check
exit: 1
<<<stderr
repos/roles-extends/roles/cyc-a.yaml:5:10: error: extends cycle: cyc-a -> cyc-c -> cyc-b -> cyc-a
repos/roles-extends/roles/selfish.yaml:5:10: error: role 'selfish' extends itself
repos/roles-extends/roles/two-a.yaml:5:10: error: extends cycle: two-a -> two-b -> two-a
<<<end
