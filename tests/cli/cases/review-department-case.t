# A department named in another case: the usage error suggests the
# department, as gap --department does (rungs review prints no suggestion).
run: -C ../data-examples --as-of 2026-11-22 review --department Data
exit: 2
<<<stderr
rungs: no one is in department 'Data' (did you mean 'data'?)
<<<end
