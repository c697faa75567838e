# A last line without a line end that is not a complete valid row (too few
# fields, an empty last field, an open quote) may be an append in progress:
# a warning, the row ignored, exit 0.
run: -C repos/csv-lastline-bad check
exit: 0
<<<stderr
repos/csv-lastline-bad/assessments.csv:3: warning: incomplete last line ignored: expected 5 fields, found 4
repos/csv-lastline-bad/learning.csv:3: warning: incomplete last line ignored: empty hours
repos/csv-lastline-bad/people.csv:4: warning: incomplete last line ignored: unterminated quoted field
<<<end
