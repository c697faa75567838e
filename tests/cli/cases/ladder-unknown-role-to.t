# An unknown --to role.
run: -C ../data-examples ladder --from data-analyst-1 --to head-of-dta-5
exit: 2
<<<stderr
rungs: unknown role 'head-of-dta-5' (did you mean 'head-of-data-5'?)
<<<end
