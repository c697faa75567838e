# E1018 (data-analyst-2, plan target data-analyst-3) already meets data-analyst-3: G is empty, so
# no development opportunity has growth and the development list is empty; OPP-2026-001
# (data-analyst-3, aspired) is ready-now with score 1 + 0.05. OPP-2026-006 (filled),
# -014 (opens 2027-01-11), -016 (closed) are not open; -007 (data-engineer-2) and
# everything else kind != job has growth 0. Numbers checked against an independent
# implementation of SPEC 2.1-2.8.
run: -C ../data-examples --as-of 2026-11-22 match E1018 --format jsonl
exit: 0
<<<stdout
{"id":"OPP-2026-001","kind":"job","title":"Senior Data Analyst (Freight Pricing)","score":1.05,"readiness":1,"growth":0,"tier":"ready-now","months":0,"employee":"E1018","list":"jobs","helps":"python","holds_back":null,"role":"data-analyst-3","aspired":true}
{"id":"OPP-2026-003","kind":"job","title":"Analytics Manager (Customer Insights)","score":0.423076923,"readiness":0.423076923,"growth":0,"tier":"develop","months":66,"employee":"E1018","list":"jobs","helps":"stakeholder-management","holds_back":"leadership","role":"analytics-manager-4","aspired":false}
{"id":"OPP-2026-004","kind":"job","title":"Account Executive (DACH)","score":0.333333333,"readiness":0.333333333,"growth":0,"tier":"develop","months":60,"employee":"E1018","list":"jobs","helps":"communication","holds_back":"negotiation","role":"account-executive-2","aspired":false}
{"id":"OPP-2026-005","kind":"job","title":"Security Engineer (second seat)","score":0.25,"readiness":0.25,"growth":0,"tier":"develop","months":41,"employee":"E1018","list":"jobs","helps":"communication","holds_back":"application-security","role":"security-engineer-4","aspired":false}
{"id":"OPP-2026-018","kind":"job","title":"Solutions Engineer (Berlin)","score":0.25,"readiness":0.25,"growth":0,"tier":"develop","months":70,"employee":"E1018","list":"jobs","helps":"presentation","holds_back":"product-knowledge","role":"solutions-engineer-3","aspired":false}
{"id":"OPP-2026-002","kind":"job","title":"Site Reliability Engineer (Platform)","score":0,"readiness":0,"growth":0,"tier":"develop","months":78,"employee":"E1018","list":"jobs","helps":null,"holds_back":"cloud-infrastructure","role":"site-reliability-engineer-3","aspired":false}
<<<end
