# The example data repo shipped with rungs checks clean.
run: -C ../data-examples check
exit: 0
<<<end
