# E1019's review as the markdown document to share (same content as review-e1019).
run: -C ../data-examples --as-of 2026-11-22 review E1019 --format md
exit: 0
<<<stdout
### Development review

- **Employee:** E1019
- **Name:** Jonas Becker
- **Role:** data-analyst-2
- **Target:** data-analyst-3
- **From:** 2026-06-30
- **To:** 2026-09-30
- **Readiness at from:** 88.6%
- **Readiness at to:** 88.6%
- **Change:** 0.0%
- **Tier at from:** develop
- **Tier at to:** develop
- **Learning hours:** 0
- **Suggested mentor:** E1016 (Amara Okafor)

### Skill changes in the window

| Skill | From | To | Change | Evidence in the window |
|---|---:|---:|---:|---|
| excel | 3.33 | 3.25 | -0.08 | peer E1020 3 (2026-09-16) |

### Plan milestones

| Milestone | Due | Done | Status |
|---|---|---|---|
| Present the Q3 lane-profitability analysis to the pricing team | 2026-09-30 | 2026-09-24 | done |
| sql to 4 | 2026-10-31 | - | overdue |
| Complete Advanced SQL and Query Tuning (sql-advanced) | 2026-11-15 | - | overdue |
| stakeholder-management to 3 | 2027-02-28 | - | on-track |

### Learning completed in the window

(none)

### Stale evidence on required skills

(none)

### Unverified (self-only) evidence on required skills

(none)

### Next: the gaps that matter most

| Skill | Req | Credited | Gap | Hours | Learning |
|---|---:|---:|---:|---:|---|
| sql | 4 | 3.11 | 0.89 | 24 | sql-advanced |
| stakeholder-management | 3 | 2 | 1 | 12 | stakeholder-mastery |

### Next: development opportunities

| Id | Kind | Title | Growth |
|---|---|---|---:|
| OPP-2026-015 | rotation | HR Business Partner rotation (six months) | 36.0% |
| OPP-2026-009 | shadowing | Shadow the Group Product Manager for a quarter | 36.0% |
<<<end
