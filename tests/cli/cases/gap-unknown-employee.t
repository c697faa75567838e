# An unknown employee: a usage error with a suggestion.
run: -C ../data-examples --as-of 2026-11-22 gap E1091
exit: 2
<<<stderr
rungs: unknown employee 'E1091' (did you mean 'E1001'?)
<<<end
