# Families and tracks are free text: quotes, a backslash and < > & in them
# stay inside dot's quoted strings, and dot -Tsvg renders the family name
# as written (escaped for XML).
sh: set -o pipefail; "$RUNGS" -C "$TESTS/repos/ladder-quotes" ladder --format dot | dot -Tsvg > out.svg && grep -c '<svg' out.svg && grep -o '>Data &quot;Core&quot; \\ R&amp;D &lt;x&gt;<' out.svg
exit: 0
<<<stdout
1
>Data &quot;Core&quot; \ R&amp;D &lt;x&gt;<
<<<end
