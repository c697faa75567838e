# "Billion laughs": nine levels of aliases, each nine times the one before
# (10^9 nodes if expanded). Aliases share nodes and count what they would
# expand to: the document is refused quickly, at the alias that passes the
# 10000-node limit. A few aliases below the limit are fine (skills.yaml).
sh: . "$TESTS/cli/hostile.sh"; base; printf 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n' > r/roles/laughs.yaml; p=a; for l in b c d e f g h i; do printf '%s: &%s [*%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s]\n' $l $l $p $p $p $p $p $p $p $p $p; p=$l; done >> r/roles/laughs.yaml; printf 'scale: &s {1: Aware, 2: Working, 3: Practitioner}\nskills:\n  - {id: sql, name: SQL, levels: *s}\n  - {id: python, name: Python, levels: *s}\n' > r/skills.yaml; cat r/roles/laughs.yaml; check; attempt ladder
exit: 0
<<<stdout
a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
check: exit 1
ladder: exit 3
<<<stderr
r/roles/laughs.yaml:5:8: error: aliases expand to more than 10000 nodes
r/roles/laughs.yaml:5:8: error: aliases expand to more than 10000 nodes
<<<end
