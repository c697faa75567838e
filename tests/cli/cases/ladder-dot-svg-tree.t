# The tree of moves as dot, through dot -Tsvg: an <svg, clusters for the
# 4 families it crosses, one edge per move shown (21).
sh: set -o pipefail; "$RUNGS" -C "$TESTS/../data-examples" ladder --from data-analyst-1 --format dot | dot -Tsvg > out.svg && grep -c '<svg' out.svg && grep -c 'class="cluster"' out.svg && grep -c 'class="edge"' out.svg
exit: 0
<<<stdout
1
4
21
<<<end
