# E1032 (software-engineer-3, aspires to site-reliability-engineer-3). Jobs by tier then
# score: OPP-2026-002 (SRE-3, aspired: 82.4% + 5 = 87.4%) ready-soon. Development:
# OPP-2026-019 (shadowing, role site-reliability-engineer-3 = an aspiration): SPEC 2.8
# score = readiness + aspiration_bonus = 0.866666667 + 0.05 = 0.916666667 (SPEC 3:
# development rows carry the same keys). Other numbers checked against an independent
# implementation of SPEC 2.1-2.8.
run: -C ../data-examples --as-of 2026-11-22 match E1032 --format jsonl
exit: 0
<<<stdout
{"id":"OPP-2026-002","kind":"job","title":"Site Reliability Engineer (Platform)","score":0.874074074,"readiness":0.824074074,"growth":1,"tier":"ready-soon","months":11,"employee":"E1032","list":"jobs","helps":"cloud-infrastructure","holds_back":"cloud-infrastructure","role":"site-reliability-engineer-3","aspired":true}
{"id":"OPP-2026-005","kind":"job","title":"Security Engineer (second seat)","score":0.584027778,"readiness":0.584027778,"growth":1,"tier":"develop","months":20,"employee":"E1032","list":"jobs","helps":"communication","holds_back":"application-security","role":"security-engineer-4","aspired":false}
{"id":"OPP-2026-018","kind":"job","title":"Solutions Engineer (Berlin)","score":0.296875,"readiness":0.296875,"growth":0,"tier":"develop","months":51,"employee":"E1032","list":"jobs","helps":"javascript","holds_back":"product-knowledge","role":"solutions-engineer-3","aspired":false}
{"id":"OPP-2026-001","kind":"job","title":"Senior Data Analyst (Freight Pricing)","score":0.293939394,"readiness":0.293939394,"growth":0,"tier":"develop","months":58,"employee":"E1032","list":"jobs","helps":"python","holds_back":"sql","role":"data-analyst-3","aspired":false}
{"id":"OPP-2026-004","kind":"job","title":"Account Executive (DACH)","score":0.229166667,"readiness":0.229166667,"growth":0,"tier":"develop","months":53,"employee":"E1032","list":"jobs","helps":"collaboration","holds_back":"negotiation","role":"account-executive-2","aspired":false}
{"id":"OPP-2026-003","kind":"job","title":"Analytics Manager (Customer Insights)","score":0.103846154,"readiness":0.103846154,"growth":0,"tier":"develop","months":101,"employee":"E1032","list":"jobs","helps":"communication","holds_back":"leadership","role":"analytics-manager-4","aspired":false}
{"id":"OPP-2026-019","kind":"shadowing","title":"Shadow on-call with the SRE team","score":0.916666667,"readiness":0.866666667,"growth":1,"tier":"ready-soon","months":6,"employee":"E1032","list":"development","helps":"cloud-infrastructure","holds_back":"cloud-infrastructure","role":"site-reliability-engineer-3","aspired":true}
<<<end
