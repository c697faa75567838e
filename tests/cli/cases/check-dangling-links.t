# Symbolic links pointing nowhere are unreadable files: errors, exit 1. A
# data file kept outside the repo and linked in (people.csv here) must not be
# silently taken as absent.
run: -C repos/dangling-links check
exit: 1
<<<stderr
repos/dangling-links/people.csv: error: cannot read file: no such file or directory
repos/dangling-links/roles/analyst-9.yaml: error: cannot read file: no such file or directory
<<<end
