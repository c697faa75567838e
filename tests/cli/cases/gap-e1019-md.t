# gap EMPLOYEE --format md: readiness as a percentage with one decimal,
# levels with up to two decimals, as in the table.
run: -C ../data-examples --as-of 2026-11-22 gap E1019 --format md
exit: 0
<<<stdout
- **Employee:** E1019
- **Name:** Jonas Becker
- **Current role:** data-analyst-2
- **Target:** data-analyst-3
- **Measured against:** data-analyst-3
- **As of:** 2026-11-22
- **Readiness:** 92.9%
- **Tier:** ready-soon
- **Hours:** 36
- **Months:** 5

### Skills

| Skill |  | Req | Level | Credited | Via | Gap | Weight | Essential | Evidence | Hours | Learning |
|---|---|---:|---:|---:|---|---:|---:|---|---|---:|---|
| sql | ███░· | 4 | 3.11 | 3.11 | - | 0.89 | 2 | yes | self, peer, manager, course, test · 2026-06-22 | 24 | sql-advanced |
| stakeholder-management | ██░·· | 3 | 2 | 2 | - | 1 | 1 | no | self, manager · 2026-11-18 | 12 | stakeholder-mastery |
| communication | ███·· | 3 | 3 | 3 | - | 0 | 1 | no | self, manager · 2026-06-15 | 0 | - |
| data-modeling | ███·· | 3 | 3 | 3 | - | 0 | 1 | no | self, peer, manager · 2026-11-04 | 0 | - |
| data-visualization | ███·· | 3 | 3 | 3 | - | 0 | 1 | no | peer, manager · 2026-02-20 | 0 | - |
| freight-operations | ██··· | 2 | 2 | 2 | - | 0 | 1 | no | self, manager · 2026-06-25 | 0 | - |
| presentation | ███·· | 3 | 3.33 | 3.33 | - | 0 | 1 | no | self, manager · 2026-11-13 | 0 | - |
| python | ███·· | 3 | 3 | 3 | - | 0 | 2 | yes | self, manager · 2026-06-16 | 0 | - |
| statistics | ███·· | 3 | 3 | 3 | - | 0 | 1 | no | self, manager, course, test · 2026-11-18 | 0 | - |
<<<end
