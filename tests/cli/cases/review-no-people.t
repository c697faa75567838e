# review needs people.csv: exit 3 naming the file.
run: -C repos/gap-no-people --as-of 2026-11-22 review --all
exit: 3
<<<stderr
repos/gap-no-people/people.csv: error: required file not found
<<<end
