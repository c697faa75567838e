# E05 (r4, level 4; no target: no development) as JSONL, by hand: OPP-3 is her own
# role; OPP-2 {a 2} and OPP-4 {a 1} 1 ready-now (by id); OPP-1 tgt (2 + 1 + 0)/4 = 0.75,
# c gap 2 = 2 months: ready-soon; OPP-7 {a 1, c 2} (1 + 0)/2 = 0.5, 2 months; OPP-10
# {c 2} 0, 2 months: ready-soon (tier before score).
run: -C repos/match-hand --as-of 2026-06-30 match E05 --format jsonl
exit: 0
<<<stdout
{"id":"OPP-2","kind":"job","title":"Lead opening","score":1,"readiness":1,"growth":0,"tier":"ready-now","months":0,"employee":"E05","list":"jobs","helps":"a","holds_back":null,"role":"r3","aspired":false}
{"id":"OPP-4","kind":"job","title":"Analyst I opening","score":1,"readiness":1,"growth":0,"tier":"ready-now","months":0,"employee":"E05","list":"jobs","helps":"a","holds_back":null,"role":"r1","aspired":false}
{"id":"OPP-1","kind":"job","title":"Analyst II opening","score":0.75,"readiness":0.75,"growth":0,"tier":"ready-soon","months":2,"employee":"E05","list":"jobs","helps":"a","holds_back":"c","role":"tgt","aspired":false}
{"id":"OPP-7","kind":"job","title":"Ops support","score":0.5,"readiness":0.5,"growth":0,"tier":"ready-soon","months":2,"employee":"E05","list":"jobs","helps":"a","holds_back":"c","role":null,"aspired":false}
{"id":"OPP-10","kind":"job","title":"C desk","score":0,"readiness":0,"growth":0,"tier":"ready-soon","months":2,"employee":"E05","list":"jobs","helps":null,"holds_back":"c","role":null,"aspired":false}
<<<end
