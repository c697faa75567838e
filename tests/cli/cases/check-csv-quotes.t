# A stray quote inside a field (quoted and unquoted), and an unterminated
# quote that swallows the rest of the file; a multi-line quoted field is fine.
run: -C repos/csv-quotes check
exit: 1
<<<stderr
repos/csv-quotes/assessments.csv:2: error: unterminated quoted field
repos/csv-quotes/people.csv:3: error: malformed quoted field (a quote inside a field must be doubled)
repos/csv-quotes/people.csv:4: error: malformed quoted field (a quote inside a field must be doubled)
<<<end
