# E1002 has no plan target, no aspiration and no promotion from
# head-of-data-5: a clear error asking for --role.
run: -C ../data-examples --as-of 2026-11-22 gap E1002
exit: 2
<<<stderr
rungs: 'E1002' has no target role (no plan target, aspiration or promotion from their role); name one with --role
<<<end
