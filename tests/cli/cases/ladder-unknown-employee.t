# An unknown employee for --for.
run: -C ../data-examples ladder --for E109 --to data-analyst-3
exit: 2
<<<stderr
rungs: unknown employee 'E109' (did you mean 'E1009'?)
<<<end
