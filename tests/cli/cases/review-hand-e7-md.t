# repos/review-hand, hand-computed (default sources: test w3, manager w2,
# course w2 max, self w1; hours_per_level 40, 8 h/month, soon_months 12,
# max_level_jump 2, stale_days 365; min_group_size 2). As of 2026-11-22 the
# window is 2026-06-30 < date <= 2026-09-30. Levels as of 2026-11-22:
#   E1 Ann  lead-3 (eng, Berlin), no target (lead-3's next is chief, another
#           family): lead 4, comms 4, sql 1
#   E2 Bob  eng-2 (eng, Berlin) -> lead-3 (aspiration): python 3, sql 2,
#           lead 2, comms (test 3 w3, course 4 w2) = 17/5 = 3.4
#   E3 Cid  eng-1 (eng, Lisbon) -> eng-2 (plan): python 2, sql 2, comms 2
#   E4 Dee  eng-1 (eng, Berlin) -> eng-2 (promotion): python 3, sql 2, comms 2
#   E5 Eve  ana-2 (data, Berlin) -> lead-3 (plan): sql 3, python 2, comms 2, lead 1
#   E6 Fay  ana-1 (data, Lisbon) -> ana-2 (promotion): sql 2, python 1, comms 2
#   E7 Gus  ana-1 (data, Berlin) -> lead-3 (aspiration): sql 2 (self only), comms 3
#   E8 Hal  ops-1 (ops, Lisbon) -> ops-2 (promotion): comms 3, lead 1
# Readiness for the targets: E2 (2/3 + 1)/2 = 83.3% ready-soon (lead gap 1,
# 40 h); E3 83.3% ready-soon; E4 100% ready-now; E5 (1/3 + 2/3)/2 = 50%
# develop (lead 2 + comms 1 = 120 h = 15 months); E6 (2/3 + 1/2)/2 = 58.3%
# ready-soon (80 h); E7 (0 + 1)/2 = 50% develop (120 h); E8 100% ready-now.
#
# E7's review as markdown: sql is self-only (unverified, required by ana-1);
# art-101 of 2026-10-05 is after the window. Mentor: E1 (lead 4 >= 4 on the
# only gap, lead 3 -> value 1); E5, E7's manager, is left out anyway.
run: -C repos/review-hand --as-of 2026-11-22 review E7 --format md
exit: 0
<<<stdout
### Development review

- **Employee:** E7
- **Name:** Gus
- **Role:** ana-1
- **Target:** lead-3
- **From:** 2026-06-30
- **To:** 2026-09-30
- **Readiness at from:** 50.0%
- **Readiness at to:** 50.0%
- **Change:** 0.0%
- **Tier at from:** develop
- **Tier at to:** develop
- **Learning hours:** 0
- **Suggested mentor:** E1 (Ann)

### Skill changes in the window

(none)

### Plan milestones

(none)

### Learning completed in the window

(none)

### Stale evidence on required skills

(none)

### Unverified (self-only) evidence on required skills

| Skill | Newest evidence | Level |
|---|---|---:|
| sql | 2026-04-01 | 2 |

### Next: the gaps that matter most

| Skill | Req | Credited | Gap | Hours | Learning |
|---|---:|---:|---:|---:|---|
| lead | 3 | 0 | 3 | 120 | - |

### Next: development opportunities

(none)
<<<end
