# No route at all: head-of-data-5 leads only to the chief executive.
run: -C ../data-examples ladder --from head-of-data-5 --to data-analyst-1
exit: 1
<<<stderr
rungs: no route from 'head-of-data-5' to 'data-analyst-1' within 3 steps
<<<end
