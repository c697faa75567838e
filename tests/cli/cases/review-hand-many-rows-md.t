# repos/review-hand with 31 more peer rows (3, PEER-ASSESSOR-10..40, dated
# 2026-08-01..31) and a manager 4 (E5, 2026-09-01) for E7's comms: at to,
# test 3 (w3), peer 3 (w1), manager 4 (w2) = 20/6 = 3.33. The evidence cell
# lists every row of the window, the manager's 4 that moved the level last
# (rungs cuts the text at 511 bytes, mid-word, and drops the manager row).
sh: copy_repo "$TESTS/repos/review-hand" r && for d in $(seq 1 31); do printf "E7,comms,3,2026-08-%02d,peer,PEER-ASSESSOR-%d,\n" $d $((d + 9)); done >> r/assessments.csv && echo "E7,comms,4,2026-09-01,manager,E5," >> r/assessments.csv && "$RUNGS" -C r --as-of 2026-11-22 review E7 --format md
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

| Skill | From | To | Change | Evidence in the window |
|---|---:|---:|---:|---|
| comms | 3 | 3.33 | 0.33 | peer PEER-ASSESSOR-10 3 (2026-08-01); peer PEER-ASSESSOR-11 3 (2026-08-02); peer PEER-ASSESSOR-12 3 (2026-08-03); peer PEER-ASSESSOR-13 3 (2026-08-04); peer PEER-ASSESSOR-14 3 (2026-08-05); peer PEER-ASSESSOR-15 3 (2026-08-06); peer PEER-ASSESSOR-16 3 (2026-08-07); peer PEER-ASSESSOR-17 3 (2026-08-08); peer PEER-ASSESSOR-18 3 (2026-08-09); peer PEER-ASSESSOR-19 3 (2026-08-10); peer PEER-ASSESSOR-20 3 (2026-08-11); peer PEER-ASSESSOR-21 3 (2026-08-12); peer PEER-ASSESSOR-22 3 (2026-08-13); peer PEER-ASSESSOR-23 3 (2026-08-14); peer PEER-ASSESSOR-24 3 (2026-08-15); peer PEER-ASSESSOR-25 3 (2026-08-16); peer PEER-ASSESSOR-26 3 (2026-08-17); peer PEER-ASSESSOR-27 3 (2026-08-18); peer PEER-ASSESSOR-28 3 (2026-08-19); peer PEER-ASSESSOR-29 3 (2026-08-20); peer PEER-ASSESSOR-30 3 (2026-08-21); peer PEER-ASSESSOR-31 3 (2026-08-22); peer PEER-ASSESSOR-32 3 (2026-08-23); peer PEER-ASSESSOR-33 3 (2026-08-24); peer PEER-ASSESSOR-34 3 (2026-08-25); peer PEER-ASSESSOR-35 3 (2026-08-26); peer PEER-ASSESSOR-36 3 (2026-08-27); peer PEER-ASSESSOR-37 3 (2026-08-28); peer PEER-ASSESSOR-38 3 (2026-08-29); peer PEER-ASSESSOR-39 3 (2026-08-30); peer PEER-ASSESSOR-40 3 (2026-08-31); manager E5 4 (2026-09-01) |

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
