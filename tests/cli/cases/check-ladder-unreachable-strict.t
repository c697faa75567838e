# --strict makes the unreachable warnings fail the check.
run: -C repos/ladder-unreachable check --strict
exit: 1
<<<stderr
repos/ladder-unreachable/roles/x-3.yaml: warning: role 'x-3' cannot be reached from any entry-level role (no `next` path leads to it)
repos/ladder-unreachable/roles/z-5.yaml: warning: role 'z-5' cannot be reached from any entry-level role (no `next` path leads to it)
<<<end
