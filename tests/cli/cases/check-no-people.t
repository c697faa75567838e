# people.csv is optional for check. Without it, the employees named in plans
# and assessments cannot be checked: they are not all "unknown" (as with
# --defs, ids are checked as ids only), and no assessment row is "no longer
# present".
run: -C repos/no-people check
exit: 0
<<<end
