# A directory where a file belongs (people.csv/, opportunities.yaml/) is an
# unreadable file: an error naming it. A directory named *.yaml inside roles/
# is a folder like any other.
run: -C repos/dir-as-file check
exit: 1
<<<stderr
repos/dir-as-file/opportunities.yaml: error: cannot read file: it is a directory
repos/dir-as-file/people.csv: error: cannot read file: it is a directory
<<<end
