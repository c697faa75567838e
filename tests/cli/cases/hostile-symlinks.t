# Symbolic links under roles/ and plans/: two links pointing at each other
# and one pointing at itself are loops; a link up to the repo is a folder
# already scanned; links leading outside the repo (to /etc/passwd, to /etc,
# to a role and a plan in another repo) are refused, not followed; a link to
# a role elsewhere in the repo is fine, and so is a link outside that would
# not be read anyway (notes.txt). A FIFO named like a role is refused:
# reading it would block forever (the helpers time out, so a regression
# fails instead of hanging).
sh: . "$TESTS/cli/hostile.sh"; base; mkdir r/shared r/roles/sub; ln -s /etc/hostname r/roles/notes.txt; mv r/roles/analyst-2.yaml r/shared/; ln -s ../shared/analyst-2.yaml r/roles/analyst-2.yaml; ln -s b.yaml r/roles/a.yaml; ln -s a.yaml r/roles/b.yaml; ln -s self.yaml r/roles/self.yaml; ln -s ../.. r/roles/sub/up; ln -s /etc/passwd r/roles/passwd.yaml; ln -s /etc r/roles/etc; ln -s "$TESTS/repos/good/roles/data/data-analyst-1.yaml" r/roles/sub/stranger.yaml; ln -s "$TESTS/repos/good/plans/E1003.yaml" r/plans/E3.yaml; mkfifo r/roles/fifo.yaml; check; attempt gap --all
exit: 0
<<<stdout
check: exit 1
gap --all: exit 3
<<<stderr
r/plans/E3.yaml: error: symbolic link leads outside the data repo; not followed
r/roles/a.yaml: error: symbolic link loop
r/roles/b.yaml: error: symbolic link loop
r/roles/etc: error: symbolic link leads outside the data repo; not followed
r/roles/fifo.yaml: error: cannot read file: not a regular file
r/roles/passwd.yaml: error: symbolic link leads outside the data repo; not followed
r/roles/self.yaml: error: symbolic link loop
r/roles/sub/stranger.yaml: error: symbolic link leads outside the data repo; not followed
r/roles/sub/up: warning: folder already scanned (a symbolic link loop?); skipped
r/plans/E3.yaml: error: symbolic link leads outside the data repo; not followed
r/roles/a.yaml: error: symbolic link loop
r/roles/b.yaml: error: symbolic link loop
r/roles/etc: error: symbolic link leads outside the data repo; not followed
r/roles/fifo.yaml: error: cannot read file: not a regular file
r/roles/passwd.yaml: error: symbolic link leads outside the data repo; not followed
r/roles/self.yaml: error: symbolic link loop
r/roles/sub/stranger.yaml: error: symbolic link leads outside the data repo; not followed
r/roles/sub/up: warning: folder already scanned (a symbolic link loop?); skipped
<<<end
