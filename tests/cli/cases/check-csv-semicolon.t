# A semicolon-separated export: one clear error per file, not a list of
# missing columns.
run: -C repos/csv-semicolon check
exit: 1
<<<stderr
repos/csv-semicolon/assessments.csv:1: error: file is semicolon-separated; rungs reads comma-separated CSV (export with ',' as the separator)
repos/csv-semicolon/people.csv:1: error: file is semicolon-separated; rungs reads comma-separated CSV (export with ',' as the separator)
<<<end
