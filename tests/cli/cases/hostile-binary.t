# Files that are not text: NUL bytes in a role and in people.csv, a binary
# (an ELF header) as skills.yaml, an .xlsx workbook saved as learning.csv,
# a UTF-16 export as assessments.csv and a UTF-16 plan. Each is one error
# naming the file (and the line of the first bad byte where it helps).
sh: . "$TESTS/cli/hostile.sh"; base; printf 'id: analyst-2\ntitle: Ana\000lyst\nfamily: data\nlevel: 2\n' > r/roles/analyst-2.yaml; printf 'E3,Cy\000Park,analyst-1,E1\n' >> r/people.csv; printf '\177ELF\002\001\001\000\000\000\000\000\000\000\000\000\003\000>\000\001\000\000\000' > r/skills.yaml; printf 'PK\003\004\024\000\006\000\010\000\000\000!\000' > r/learning.csv; printf '\377\376e\000m\000p\000l\000o\000y\000e\000e\000\n\000' > r/assessments.csv; printf 'e\000m\000p\000l\000o\000y\000e\000e\000:\000 \000E\0001\000\n\000' > r/plans/E1.yaml; check; attempt gap --all
exit: 0
<<<stdout
check: exit 1
gap --all: exit 3
<<<stderr
r/assessments.csv: error: file is UTF-16; export it as CSV in UTF-8
r/learning.csv: error: file is a ZIP archive (a spreadsheet workbook?); export it as CSV in UTF-8
r/opportunities.yaml:3:9: error: unknown role 'analyst-2' (did you mean 'analyst-1'?)
r/people.csv:4: error: file contains NUL bytes; it is not a CSV text file
r/plans/E1.yaml: error: file is UTF-16; save it as UTF-8
r/roles/analyst-1.yaml:6:8: error: unknown role 'analyst-2' (did you mean 'analyst-1'?)
r/roles/analyst-2.yaml:2:11: error: file contains control characters or NUL bytes
r/skills.yaml:1:1: error: file contains control characters or NUL bytes
r/assessments.csv: error: file is UTF-16; export it as CSV in UTF-8
r/learning.csv: error: file is a ZIP archive (a spreadsheet workbook?); export it as CSV in UTF-8
r/people.csv:4: error: file contains NUL bytes; it is not a CSV text file
r/plans/E1.yaml: error: file is UTF-16; save it as UTF-8
r/roles/analyst-1.yaml:6:8: error: unknown role 'analyst-2' (did you mean 'analyst-1'?)
r/roles/analyst-2.yaml:2:11: error: file contains control characters or NUL bytes
r/skills.yaml:1:1: error: file contains control characters or NUL bytes
<<<end
