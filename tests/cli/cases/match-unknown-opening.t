# An unknown opening: a usage error with a suggestion.
run: -C ../data-examples --as-of 2026-11-22 match --opening OPP-2026-02
exit: 2
<<<stderr
rungs: unknown opportunity 'OPP-2026-02' (did you mean 'OPP-2026-002'?)
<<<end
