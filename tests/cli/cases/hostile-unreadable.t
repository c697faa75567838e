# Files and a folder without read permission: each is an error naming it
# ("permission denied"), the rest loads. Root reads any file, so when the
# tests run as root rungs runs as the user nobody (setpriv); without setpriv
# the case is skipped.
sh: . "$TESTS/cli/hostile.sh"; base; mkdir r/roles/locked; cp r/roles/analyst-2.yaml r/roles/locked/other.yaml; chmod 000 r/people.csv r/roles/analyst-2.yaml r/roles/locked; as_nobody; check; attempt gap --all
exit: 0
<<<stdout
check: exit 1
gap --all: exit 3
<<<stderr
r/opportunities.yaml:3:9: error: unknown role 'analyst-2' (did you mean 'analyst-1'?)
r/people.csv: error: cannot read file: permission denied
r/plans/E1.yaml:2:9: error: unknown role 'analyst-2' (did you mean 'analyst-1'?)
r/roles/analyst-1.yaml:6:8: error: unknown role 'analyst-2' (did you mean 'analyst-1'?)
r/roles/analyst-2.yaml: error: cannot read file: permission denied
r/roles/locked: error: cannot read folder: permission denied
r/people.csv: error: cannot read file: permission denied
r/plans/E1.yaml:2:9: error: unknown role 'analyst-2' (did you mean 'analyst-1'?)
r/roles/analyst-1.yaml:6:8: error: unknown role 'analyst-2' (did you mean 'analyst-1'?)
r/roles/analyst-2.yaml: error: cannot read file: permission denied
r/roles/locked: error: cannot read folder: permission denied
<<<end
