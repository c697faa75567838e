# A column named twice in a header (case-insensitively) is an error.
run: -C repos/csv-dup-columns check
exit: 1
<<<stderr
repos/csv-dup-columns/people.csv:1: error: column 'id' appears twice in the header
repos/csv-dup-columns/people.csv:1: error: column 'name' appears twice in the header
<<<end
