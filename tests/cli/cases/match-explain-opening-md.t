# --explain for several candidates of an opening: the ranking keeps only each candidate's
# tier, readiness and months, and the rows shown are scored again to be explained; the
# requirements (E1009's data-modeling credited via sql) are those the ranking used
# (expected output from rungs before candidates kept only their ranking keys).
run: -C ../data-examples --as-of 2026-11-22 match --opening OPP-2026-001 --explain --limit 3 --format md
exit: 0
<<<stdout
- **Role:** data-analyst-3
- **Opening:** OPP-2026-001
- **As of:** 2026-11-22

### Internal candidates

| Employee | Name | Current role | Readiness | Tier | Months |
|---|---|---|---:|---|---:|
| E1018 | Ayşe Yılmaz | data-analyst-2 | 100.0% | ready-now | 0 |
| E1019 | Jonas Becker | data-analyst-2 | 92.9% | ready-soon | 5 |
| E1009 | 田中 美咲 | data-scientist-4 | 78.8% | ready-soon | 8 |

### E1018: requirements

| Skill | Req | Credited | Via | Weight | Essential | Contribution | Missing |
|---|---:|---:|---|---:|---|---:|---:|
| communication | 3 | 4.33 | - | 1 | no | 9.1% | 0 |
| data-modeling | 3 | 3 | - | 1 | no | 9.1% | 0 |
| data-visualization | 3 | 3 | - | 1 | no | 9.1% | 0 |
| freight-operations | 2 | 2 | - | 1 | no | 9.1% | 0 |
| presentation | 3 | 3 | - | 1 | no | 9.1% | 0 |
| python | 3 | 4 | - | 2 | yes | 18.2% | 0 |
| sql | 4 | 4 | - | 2 | yes | 18.2% | 0 |
| stakeholder-management | 3 | 3 | - | 1 | no | 9.1% | 0 |
| statistics | 3 | 3 | - | 1 | no | 9.1% | 0 |

### E1019: requirements

| Skill | Req | Credited | Via | Weight | Essential | Contribution | Missing |
|---|---:|---:|---|---:|---|---:|---:|
| communication | 3 | 3 | - | 1 | no | 9.1% | 0 |
| data-modeling | 3 | 3 | - | 1 | no | 9.1% | 0 |
| data-visualization | 3 | 3 | - | 1 | no | 9.1% | 0 |
| freight-operations | 2 | 2 | - | 1 | no | 9.1% | 0 |
| presentation | 3 | 3.33 | - | 1 | no | 9.1% | 0 |
| python | 3 | 3 | - | 2 | yes | 18.2% | 0 |
| sql | 4 | 3.11 | - | 2 | yes | 14.1% | 0.89 |
| stakeholder-management | 3 | 2 | - | 1 | no | 6.1% | 1 |
| statistics | 3 | 3 | - | 1 | no | 9.1% | 0 |

### E1009: requirements

| Skill | Req | Credited | Via | Weight | Essential | Contribution | Missing |
|---|---:|---:|---|---:|---|---:|---:|
| communication | 3 | 4 | - | 1 | no | 9.1% | 0 |
| data-modeling | 3 | 1.5 | sql | 1 | no | 4.5% | 1.5 |
| data-visualization | 3 | 3 | - | 1 | no | 9.1% | 0 |
| freight-operations | 2 | 0 | - | 1 | no | 0.0% | 2 |
| presentation | 3 | 2 | - | 1 | no | 6.1% | 1 |
| python | 3 | 5 | - | 2 | yes | 18.2% | 0 |
| sql | 4 | 3 | - | 2 | yes | 13.6% | 1 |
| stakeholder-management | 3 | 3 | - | 1 | no | 9.1% | 0 |
| statistics | 3 | 4.33 | - | 1 | no | 9.1% | 0 |
<<<end
