# A ladder of the job architecture reads skills, roles, the learning
# catalog and people (for incumbents), not plans, opportunities or the
# evidence log: a broken plan or opportunities file does not stop it, and
# its output is that of the intact repo. --for reads everything.
sh: copy_repo "$TESTS/../data-examples" d && printf 'employee: [\n' >d/plans/E1008.yaml && printf 'garbage: {\n' >d/opportunities.yaml && printf 'not,a,log\n\001\n' >d/assessments.csv && "$RUNGS" -C "$TESTS/../data-examples" ladder >want && "$RUNGS" -C d ladder >got && cmp want got && echo same && "$RUNGS" -C d ladder --for E1008 --to head-of-data-5
exit: 3
<<<stdout
same
<<<stderr
d/assessments.csv:1: error: header lacks required columns 'employee', 'skill', 'level', 'date', 'source'
d/opportunities.yaml:2:1: error: the file ends where a value was expected (is it cut short?)
d/plans/E1008.yaml:2:1: error: the file ends where a value was expected (is it cut short?)
<<<end
