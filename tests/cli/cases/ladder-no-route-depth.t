# The one route from data-analyst-1 to head-of-data-5 takes 4 steps: none
# within the default depth 3.
run: -C ../data-examples ladder --from data-analyst-1 --to head-of-data-5
exit: 1
<<<stderr
rungs: no route from 'data-analyst-1' to 'head-of-data-5' within 3 steps
<<<end
