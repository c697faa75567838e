# The same repo with --strict: the warning makes the run fail.
run: -C repos/assess-gone check --strict
exit: 1
<<<stderr
repos/assess-gone/assessments.csv: warning: 5 rows about employees or skills no longer present skipped (line 3: employee 'E9'; line 4: skill 'scala'; line 5: employee 'E10'; …)
<<<end
