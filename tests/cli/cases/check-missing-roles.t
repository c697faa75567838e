# A missing roles/ folder: one error naming it, and no cascade of "role has no
# profile" warnings from people.csv.
run: -C repos/missing-roles check
exit: 1
<<<stderr
repos/missing-roles/roles: error: required folder not found
<<<end
