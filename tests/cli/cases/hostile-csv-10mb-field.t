# A 10 MB single field, unquoted (a name in people.csv) and quoted over many
# lines (a note in assessments.csv): each row is refused at the 1 MiB row
# limit with the line it starts on; the rest of the file still loads. No
# report is written.
sh: . "$TESTS/cli/hostile.sh"; base; { printf 'E3,'; big 10485760; printf ',analyst-1,E1\nE4,Cy Park,analyst-1,E1\n'; } >> r/people.csv; { printf 'E1,python,1,2026-01-11,self,,"'; for i in $(seq 160); do big 65536; echo; done; printf '"\nE2,python,1,2026-01-11,self,,\n'; } >> r/assessments.csv; check; attempt gap --all
exit: 0
<<<stdout
check: exit 1
gap --all: exit 3
<<<stderr
r/assessments.csv:4: error: quoted field runs past 1048576 bytes (a missing closing quote?); the rest of the file is not read
r/people.csv:4: error: line longer than 1048576 bytes
r/assessments.csv:4: error: quoted field runs past 1048576 bytes (a missing closing quote?); the rest of the file is not read
r/people.csv:4: error: line longer than 1048576 bytes
<<<end
