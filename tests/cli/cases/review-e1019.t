# E1019's quarter, table. As of 2026-11-22 (Q4) the window is Q3:
# 2026-06-30 < date <= 2026-09-30. Checked by hand (SPEC 2.1, default sources):
#   excel at from: self 4 (w1), manager 3 (w2) = 10/3 = 3.33; at to the peer 3
#     of 2026-09-16 joins: 13/4 = 3.25 -> change -0.08, moved by that row.
#     No other skill has a row in the window or one leaving the 730-day window.
#   readiness for data-analyst-3 (plan target) is 88.6% at both dates (as gap
#     as of 2026-06-30 and 2026-09-30 gives), develop (16 months).
# Milestones as of 2026-11-22: the presentation done 2026-09-24; sql 4 due
# 2026-10-31 with sql 28/9 = 3.11 -> overdue; sql-advanced due 2026-11-15 ->
# overdue; stakeholder-management 3 due 2027-02-28 (98 days) with self 2,
# manager 2 (11-18) = 2 -> on-track.
# No course row in the window; nothing required is stale (newest rows of
# 2026) or self-only. Next: sql (w2 x 0.89) and stakeholder-management (1).
run: -C ../data-examples --as-of 2026-11-22 review E1019
exit: 0
<<<stdout
Development review
Employee:          E1019
Name:              Jonas Becker
Role:              data-analyst-2
Target:            data-analyst-3
From:              2026-06-30
To:                2026-09-30
Readiness at from: 88.6%
Readiness at to:   88.6%
Change:            0.0%
Tier at from:      develop
Tier at to:        develop
Learning hours:    0
Suggested mentor:  E1016 (Amara Okafor)

Skill changes in the window
Skill  From    To  Change  Evidence in the window
excel  3.33  3.25   -0.08  peer E1020 3 (2026-09-16)

Plan milestones
Milestone                                                       Due         Done        Status
Present the Q3 lane-profitability analysis to the pricing team  2026-09-30  2026-09-24  done
sql to 4                                                        2026-10-31  -           overdue
Complete Advanced SQL and Query Tuning (sql-advanced)           2026-11-15  -           overdue
stakeholder-management to 3                                     2027-02-28  -           on-track

Learning completed in the window
Date  Item  Title  Kind  Hours  Skill  Level
(none)

Stale evidence on required skills
Skill  Newest evidence  Age (days)
(none)

Unverified (self-only) evidence on required skills
Skill  Newest evidence  Level
(none)

Next: the gaps that matter most
Skill                   Req  Credited   Gap  Hours  Learning
sql                       4      3.11  0.89     24  sql-advanced
stakeholder-management    3         2     1     12  stakeholder-mastery

Next: development opportunities
Id            Kind       Title                                           Growth
OPP-2026-015  rotation   HR Business Partner rotation (six months)        36.0%
OPP-2026-009  shadowing  Shadow the Group Product Manager for a quarter   36.0%
<<<end
