# Errors in the sources table of rungs.yaml. With rungs.yaml invalid the
# rest of the repo is not loaded (paths and columns could be wrong).
run: -C repos/sources-bad check
exit: 1
<<<stderr
repos/sources-bad/rungs.yaml:5:9: error: source 'exam' has no weight
repos/sources-bad/rungs.yaml:5:19: error: combine: expected 'mean' or 'max', found 'maximum'
repos/sources-bad/rungs.yaml:6:13: error: source weight: '0' is out of range (greater than 0, at most 1000000000)
<<<end
