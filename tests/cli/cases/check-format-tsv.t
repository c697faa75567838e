# check --format tsv.
run: -C repos/csv-quotes check --format tsv
exit: 1
<<<stdout
file	line	col	severity	message
repos/csv-quotes/assessments.csv	2	0	error	unterminated quoted field
repos/csv-quotes/people.csv	3	0	error	malformed quoted field (a quote inside a field must be doubled)
repos/csv-quotes/people.csv	4	0	error	malformed quoted field (a quote inside a field must be doubled)
<<<end
