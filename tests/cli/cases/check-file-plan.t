# check PLAN: a plan is checked against people.csv (its employee E17 is
# unknown), not read as if --defs had been given.
run: -C repos/unknown-refs check repos/unknown-refs/plans/E7.yaml
exit: 1
<<<stderr
repos/unknown-refs/plans/E7.yaml:1:11: error: unknown employee 'E17' (did you mean 'E1'?)
<<<end
