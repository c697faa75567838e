# --from 2026-Q2 --to 2026-Q3: from is the day before Q2 starts (2026-03-31),
# to is Q3's last day (2026-09-30). Checked by hand:
#   statistics at from: self 3 (2025-06-12) w1, manager 2 w2, course 3 w2 =
#     13/5 = 2.6; at to: self 3 (06-01), manager 2 (06-22), course 3, test 3 w3
#     = 22/8 = 2.75.
#   data-modeling at from: peer 3 only = 3; at to: peer 3, self 3, manager 2 =
#     10/4 = 2.5 (a drop, moved by the manager's 2).
#   excel 3.33 -> 3.25 as in review-e1019.
run: -C ../data-examples --as-of 2026-11-22 review E1019 --from 2026-Q2 --to 2026-Q3
exit: 0
<<<stdout
Development review
Employee:          E1019
Name:              Jonas Becker
Role:              data-analyst-2
Target:            data-analyst-3
From:              2026-03-31
To:                2026-09-30
Readiness at from: 53.0%
Readiness at to:   88.6%
Change:            35.6%
Tier at from:      develop
Tier at to:        develop
Learning hours:    0
Suggested mentor:  E1016 (Amara Okafor)

Skill changes in the window
Skill                   From    To  Change  Evidence in the window
communication              0     3       3  self E1019 3 (2026-06-03); manager E1008 3 (2026-06-15)
data-modeling              3   2.5    -0.5  self E1019 3 (2026-06-05); manager E1008 2 (2026-06-18)
excel                   3.33  3.25   -0.08  peer E1020 3 (2026-09-16)
freight-operations         1     2       1  self E1019 2 (2026-06-08); manager E1008 2 (2026-06-25)
presentation               0  3.33    3.33  self E1019 4 (2026-06-05); manager E1008 3 (2026-06-19)
pricing                    0     1       1  self E1019 1 (2026-04-16)
python                     1     3       2  self E1019 3 (2026-06-05); manager E1008 3 (2026-06-16)
sql                        3  3.11    0.11  self E1019 4 (2026-06-05); manager E1008 3 (2026-06-22)
stakeholder-management     0  1.33    1.33  self E1019 2 (2026-06-01); manager E1008 1 (2026-06-15)
statistics               2.6  2.75    0.15  test stats-quiz 3 (2026-05-08); self E1019 3 (2026-06-01); manager E1008 2 (2026-06-22)

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
