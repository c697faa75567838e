# Complete last lines without a line end are used: E3, on the last line of
# people.csv, is known to assessments.csv and plans/E3.yaml (which itself has
# no final line end), and the quoted last field of learning.csv is read.
run: -C repos/csv-lastline-ok check
exit: 0
<<<end
