# An unknown employee: a usage error with a suggestion.
run: -C ../data-examples --as-of 2026-11-22 match E1180
exit: 2
<<<stderr
rungs: unknown employee 'E1180' (did you mean 'E1080'?)
<<<end
