# CSV rows with too few or too many fields, each an error at its line; a
# blank line is skipped; a quoted comma is part of the field.
run: -C repos/csv-fields check
exit: 1
<<<stderr
repos/csv-fields/assessments.csv:3: error: expected 7 fields, found 8
repos/csv-fields/assessments.csv:4: error: expected 7 fields, found 5
repos/csv-fields/people.csv:3: error: expected 4 fields, found 3
repos/csv-fields/people.csv:4: error: expected 4 fields, found 5
repos/csv-fields/people.csv:7: error: expected 4 fields, found 1
repos/csv-fields/people.csv:8: error: expected 4 fields, found 6
<<<end
