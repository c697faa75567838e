# An unknown role, with the nearest one suggested.
run: -C ../data-examples ladder --from data-analyst-9
exit: 2
<<<stderr
rungs: unknown role 'data-analyst-9' (did you mean 'data-analyst-1'?)
<<<end
