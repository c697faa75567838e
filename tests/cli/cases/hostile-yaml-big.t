# Big YAML: a 10 MB title (over the 1 MiB value limit) in a role, a 70 MB
# opportunities.yaml (over the 64 MiB file limit, refused before parsing)
# and a 10 MB comment in a plan (comments are not values: fine).
sh: . "$TESTS/cli/hostile.sh"; base; { printf 'id: analyst-2\ntitle: '; big 10485760; printf '\nfamily: data\nlevel: 2\n'; } > r/roles/analyst-2.yaml; { printf -- '- id: OPP-1\n  role: analyst-2\n# '; big 73400320; echo; } > r/opportunities.yaml; { printf '# '; big 10485760; printf '\n'; cat "$TESTS/repos/hostile-base/plans/E1.yaml"; } > r/plans/E1.yaml.new; mv r/plans/E1.yaml.new r/plans/E1.yaml; check; attempt gap --all
exit: 0
<<<stdout
check: exit 1
gap --all: exit 3
<<<stderr
r/opportunities.yaml: error: file larger than 64 MiB
r/people.csv:3: warning: role 'analyst-2' of 'E2' has no profile; the employee is kept with no current requirements
r/plans/E1.yaml:3:9: error: unknown role 'analyst-2' (did you mean 'analyst-1'?)
r/roles/analyst-1.yaml:6:8: error: unknown role 'analyst-2' (did you mean 'analyst-1'?)
r/roles/analyst-2.yaml:2:8: error: value longer than 1048576 bytes
r/people.csv:3: warning: role 'analyst-2' of 'E2' has no profile; the employee is kept with no current requirements
r/plans/E1.yaml:3:9: error: unknown role 'analyst-2' (did you mean 'analyst-1'?)
r/roles/analyst-1.yaml:6:8: error: unknown role 'analyst-2' (did you mean 'analyst-1'?)
r/roles/analyst-2.yaml:2:8: error: value longer than 1048576 bytes
<<<end
