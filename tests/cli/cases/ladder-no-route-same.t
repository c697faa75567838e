# From a role to itself: no route.
run: -C ../data-examples ladder --from data-analyst-1 --to data-analyst-1 --format json
exit: 1
<<<stderr
rungs: no route from 'data-analyst-1' to 'data-analyst-1' within 3 steps (they are the same role)
<<<end
