# E1018 (data-analyst-2, plan target data-analyst-3) already meets data-analyst-3: G is empty, so
# no development opportunity has growth and the development list is empty; OPP-2026-001
# (data-analyst-3, aspired) is ready-now with score 1 + 0.05. OPP-2026-006 (filled),
# -014 (opens 2027-01-11), -016 (closed) are not open; -007 (data-engineer-2) and
# everything else kind != job has growth 0. Numbers checked against an independent
# implementation of SPEC 2.1-2.8.
run: -C ../data-examples --as-of 2026-11-22 match E1018 --format md
exit: 0
<<<stdout
- **Employee:** E1018
- **Name:** Ayşe Yılmaz
- **Target:** data-analyst-3
- **As of:** 2026-11-22

### Jobs

| Id | Kind | Title | Score | Readiness | Growth | Tier | Months | Helps most | Holds back |
|---|---|---|---:|---:|---:|---|---:|---|---|
| OPP-2026-001 | job | Senior Data Analyst (Freight Pricing) | 105.0% | 100.0% | 0.0% | ready-now | 0 | python | - |
| OPP-2026-003 | job | Analytics Manager (Customer Insights) | 42.3% | 42.3% | 0.0% | develop | 66 | stakeholder-management | leadership |
| OPP-2026-004 | job | Account Executive (DACH) | 33.3% | 33.3% | 0.0% | develop | 60 | communication | negotiation |
| OPP-2026-005 | job | Security Engineer (second seat) | 25.0% | 25.0% | 0.0% | develop | 41 | communication | application-security |
| OPP-2026-018 | job | Solutions Engineer (Berlin) | 25.0% | 25.0% | 0.0% | develop | 70 | presentation | product-knowledge |
| OPP-2026-002 | job | Site Reliability Engineer (Platform) | 0.0% | 0.0% | 0.0% | develop | 78 | - | cloud-infrastructure |

### Development

(none)
<<<end
