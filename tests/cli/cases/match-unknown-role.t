# An unknown role: a usage error with a suggestion.
run: -C ../data-examples --as-of 2026-11-22 match --role head-of-data-6
exit: 2
<<<stderr
rungs: unknown role 'head-of-data-6' (did you mean 'head-of-data-5'?)
<<<end
