# Headers lacking required columns: one error per file naming all of them.
run: -C repos/csv-missing-columns check
exit: 1
<<<stderr
repos/csv-missing-columns/assessments.csv:1: error: header lacks required columns 'date', 'source'
repos/csv-missing-columns/learning.csv:1: error: header lacks required column 'hours'
repos/csv-missing-columns/people.csv:1: error: header lacks required column 'role'
<<<end
