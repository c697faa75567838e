# An unknown --role: a usage error with a suggestion.
run: -C ../data-examples --as-of 2026-11-22 gap E1019 --role data-analyst-9
exit: 2
<<<stderr
rungs: unknown role 'data-analyst-9' (did you mean 'data-analyst-1'?)
<<<end
