# A million columns: in a data row (a row of a million commas, just under
# the 1 MiB row limit) the row is refused, counting its fields, and the rest
# loads; in a header, the file cannot be read. Memory stays bounded: fields
# past the 1024-column limit are counted, not kept.
sh: . "$TESTS/cli/hostile.sh"; base; awk 'BEGIN { printf "E3,Cy Park,analyst-1"; for (i = 0; i < 1000000; i++) printf ","; printf "\nE4,Dee Roy,analyst-1,E1\n" }' >> r/people.csv; { printf 'id,title,kind,skill,from,to,hours'; awk 'BEGIN { for (i = 0; i < 1000000; i++) printf ","; printf "\n" }'; } > r/learning.csv; check; attempt gap --all
exit: 0
<<<stdout
check: exit 1
gap --all: exit 3
<<<stderr
r/learning.csv:1: error: header has 1000007 columns, more than 1024
r/people.csv:4: error: expected 4 fields, found 1000003
r/learning.csv:1: error: header has 1000007 columns, more than 1024
r/people.csv:4: error: expected 4 fields, found 1000003
<<<end
