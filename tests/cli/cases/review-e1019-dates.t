# --from 2026-01-01 --to 2026-11-22: rows dated after 2026-01-01 up to and
# including 2026-11-22 are in the window; the Q4 calibration rows (11-04,
# 11-13, 11-17, 11-18) are listed. At 2026-11-22 stakeholder-management is 2
# (the manager's 2 of 11-18 supersedes the 1 of 06-15), so the tier at the end
# is ready-soon (36 hours, 5 months), as gap E1019 as of 2026-11-22 gives.
run: -C ../data-examples --as-of 2026-11-22 review E1019 --from 2026-01-01 --to 2026-11-22
exit: 0
<<<stdout
Development review
Employee:          E1019
Name:              Jonas Becker
Role:              data-analyst-2
Target:            data-analyst-3
From:              2026-01-01
To:                2026-11-22
Readiness at from: 48.5%
Readiness at to:   92.9%
Change:            44.4%
Tier at from:      develop
Tier at to:        ready-soon
Learning hours:    0
Suggested mentor:  E1016 (Amara Okafor)

Skill changes in the window
Skill                   From    To  Change  Evidence in the window
communication              0     3       3  self E1019 3 (2026-06-03); manager E1008 3 (2026-06-15)
data-modeling              0     3       3  peer E1017 3 (2026-02-13); self E1019 3 (2026-06-05); manager E1008 2 (2026-06-18); manager E1008 3 (2026-11-04)
excel                   3.33  3.25   -0.08  peer E1020 3 (2026-09-16); manager E1008 3 (2026-11-17)
freight-operations         1     2       1  self E1019 2 (2026-06-08); manager E1008 2 (2026-06-25)
presentation               0  3.33    3.33  self E1019 4 (2026-06-05); manager E1008 3 (2026-06-19); manager E1008 3 (2026-11-13)
pricing                    0     1       1  self E1019 1 (2026-04-16)
python                     1     3       2  self E1019 3 (2026-06-05); manager E1008 3 (2026-06-16)
sql                        3  3.11    0.11  peer E1016 3 (2026-02-20); self E1019 4 (2026-06-05); manager E1008 3 (2026-06-22)
stakeholder-management     0     2       2  self E1019 2 (2026-06-01); manager E1008 1 (2026-06-15); manager E1008 2 (2026-11-18)
statistics               2.6     3     0.4  test stats-quiz 3 (2026-05-08); self E1019 3 (2026-06-01); manager E1008 2 (2026-06-22); manager E1008 3 (2026-11-18)

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
