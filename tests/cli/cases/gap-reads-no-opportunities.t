# A gap has nothing to do with open opportunities: gap reads no
# opportunities.yaml, so a broken one does not stop it and its output is that
# of the intact repo. match, which ranks opportunities, still refuses it.
sh: copy_repo "$TESTS/../data-examples" d && printf 'garbage: {\n' >d/opportunities.yaml && for a in "gap E1008" "gap --all --by skill" "gap --team E1001 --format json"; do "$RUNGS" -C "$TESTS/../data-examples" --as-of 2026-06-30 $a >want && "$RUNGS" -C d --as-of 2026-06-30 $a >got && cmp want got && echo "$a: same"; done; "$RUNGS" -C d --as-of 2026-06-30 match E1008 >/dev/null; echo "match: exit $?"
exit: 0
<<<stdout
gap E1008: same
gap --all --by skill: same
gap --team E1001 --format json: same
match: exit 3
<<<stderr
d/opportunities.yaml:2:1: error: the file ends where a value was expected (is it cut short?)
<<<end
