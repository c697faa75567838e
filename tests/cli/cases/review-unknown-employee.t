# An employee not in people.csv.
run: -C ../data-examples --as-of 2026-11-22 review E9999
exit: 2
<<<stderr
rungs: unknown employee 'E9999'
<<<end
