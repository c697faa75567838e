# A complete last line without a line end about an employee no longer
# present is a used row like any other: counted in the warning.
run: -C repos/csv-lastline-gone check
exit: 0
<<<stderr
repos/csv-lastline-gone/assessments.csv: warning: 2 rows about employees or skills no longer present skipped (line 3: employee 'E9'; line 4: employee 'E8')
<<<end
