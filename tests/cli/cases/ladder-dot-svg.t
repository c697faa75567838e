# The whole architecture as dot renders with Graphviz: dot -Tsvg succeeds
# (no warning either) and yields an <svg document with one cluster per
# family (7) and one edge per written move (87).
sh: set -o pipefail; "$RUNGS" -C "$TESTS/../data-examples" ladder --format dot | dot -Tsvg > out.svg && grep -c '<svg' out.svg && grep -c 'class="cluster"' out.svg && grep -c 'class="edge"' out.svg
exit: 0
<<<stdout
1
7
87
<<<end
