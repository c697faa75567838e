# review needs assessments.csv: exit 3 naming the file.
run: -C repos/gap-no-assessments --as-of 2026-11-22 review --org
exit: 3
<<<stderr
repos/gap-no-assessments/assessments.csv: error: required file not found
<<<end
