# E1019 (data-analyst-2, aspires to data-analyst-3). OPP-2026-001 ready-soon 92.9% (+5 for
# the aspiration = 97.9%); development OPP-2026-015 then -009 (growth tie 36%, readiness
# 18.5% > 16.7%). Numbers checked against an independent implementation of SPEC 2.1-2.8.
run: -C ../data-examples --as-of 2026-11-22 match E1019 --format jsonl
exit: 0
<<<stdout
{"id":"OPP-2026-001","kind":"job","title":"Senior Data Analyst (Freight Pricing)","score":0.979292929,"readiness":0.929292929,"growth":1,"tier":"ready-soon","months":5,"employee":"E1019","list":"jobs","helps":"python","holds_back":"sql","role":"data-analyst-3","aspired":true}
{"id":"OPP-2026-003","kind":"job","title":"Analytics Manager (Customer Insights)","score":0.403846154,"readiness":0.403846154,"growth":0.36,"tier":"develop","months":65,"employee":"E1019","list":"jobs","helps":"data-visualization","holds_back":"leadership","role":"analytics-manager-4","aspired":false}
{"id":"OPP-2026-004","kind":"job","title":"Account Executive (DACH)","score":0.333333333,"readiness":0.333333333,"growth":0,"tier":"develop","months":60,"employee":"E1019","list":"jobs","helps":"communication","holds_back":"negotiation","role":"account-executive-2","aspired":false}
{"id":"OPP-2026-018","kind":"job","title":"Solutions Engineer (Berlin)","score":0.25,"readiness":0.25,"growth":0,"tier":"develop","months":70,"employee":"E1019","list":"jobs","helps":"presentation","holds_back":"product-knowledge","role":"solutions-engineer-3","aspired":false}
{"id":"OPP-2026-005","kind":"job","title":"Security Engineer (second seat)","score":0.125,"readiness":0.125,"growth":0,"tier":"develop","months":56,"employee":"E1019","list":"jobs","helps":"communication","holds_back":"application-security","role":"security-engineer-4","aspired":false}
{"id":"OPP-2026-002","kind":"job","title":"Site Reliability Engineer (Platform)","score":0,"readiness":0,"growth":0,"tier":"develop","months":78,"employee":"E1019","list":"jobs","helps":null,"holds_back":"cloud-infrastructure","role":"site-reliability-engineer-3","aspired":false}
{"id":"OPP-2026-015","kind":"rotation","title":"HR Business Partner rotation (six months)","score":0.185185185,"readiness":0.185185185,"growth":0.36,"tier":"develop","months":60,"employee":"E1019","list":"development","helps":"communication","holds_back":"conflict-resolution","role":"hr-business-partner-3","aspired":false}
{"id":"OPP-2026-009","kind":"shadowing","title":"Shadow the Group Product Manager for a quarter","score":0.166666667,"readiness":0.166666667,"growth":0.36,"tier":"develop","months":47,"employee":"E1019","list":"development","helps":"stakeholder-management","holds_back":"prioritization","role":null,"aspired":false}
<<<end
