# check FOLDER: every file below it; plans are checked against people.csv.
run: -C repos/unknown-refs check repos/unknown-refs/plans
exit: 1
<<<stderr
repos/unknown-refs/plans/E1.yaml:2:9: error: unknown role 'analyst-3' (did you mean 'analyst-1'?)
repos/unknown-refs/plans/E1.yaml:3:9: error: unknown employee 'E9' (did you mean 'E1'?)
repos/unknown-refs/plans/E1.yaml:5:12: error: unknown skill 'sqll' (did you mean 'sql'?)
repos/unknown-refs/plans/E7.yaml:1:11: error: unknown employee 'E17' (did you mean 'E1'?)
<<<end
