# E1022 (joined 2026-09-01): every row is a self-assessment of 2026-09-19, in
# the window: each skill moves from 0 to its self level; stakeholder-management
# stays 0 (a self 0) so it is not a change. Every required skill with rows is
# unverified (self-only), stakeholder-management at 0 too. Readiness for
# data-analyst-2 (first aspiration) goes from 0 to 65.7%. Milestones as of
# 2026-11-22: done 2026-10-13; sql-basics due 2026-12-15 (23 days) -> due-soon;
# sql 3 due 2027-06-30 -> on-track.
run: -C ../data-examples --as-of 2026-11-22 review E1022
exit: 0
<<<stdout
Development review
Employee:          E1022
Name:              김지민
Role:              data-analyst-1
Target:            data-analyst-2
From:              2026-06-30
To:                2026-09-30
Readiness at from: 0.0%
Readiness at to:   65.7%
Change:            65.7%
Tier at from:      develop
Tier at to:        develop
Learning hours:    0
Suggested mentor:  E1018 (Ayşe Yılmaz)

Skill changes in the window
Skill               From  To  Change  Evidence in the window
communication          0   2       2  self E1022 2 (2026-09-19)
data-visualization     0   2       2  self E1022 2 (2026-09-19)
excel                  0   3       3  self E1022 3 (2026-09-19)
freight-operations     0   1       1  self E1022 1 (2026-09-19)
project-management     0   1       1  self E1022 1 (2026-09-19)
python                 0   1       1  self E1022 1 (2026-09-19)
sql                    0   2       2  self E1022 2 (2026-09-19)
statistics             0   1       1  self E1022 1 (2026-09-19)

Plan milestones
Milestone                                            Due         Done        Status
Onboarding: shadow the weekly freight-volume report  2026-10-15  2026-10-13  done
Complete SQL Basics (sql-basics)                     2026-12-15  -           due-soon
sql to 3                                             2027-06-30  -           on-track

Learning completed in the window
Date  Item  Title  Kind  Hours  Skill  Level
(none)

Stale evidence on required skills
Skill  Newest evidence  Age (days)
(none)

Unverified (self-only) evidence on required skills
Skill                   Newest evidence  Level
communication           2026-09-19           2
data-visualization      2026-09-19           2
excel                   2026-09-19           3
freight-operations      2026-09-19           1
python                  2026-09-19           1
sql                     2026-09-19           2
stakeholder-management  2026-09-19           0
statistics              2026-09-19           1

Next: the gaps that matter most
Skill                   Req  Credited  Gap  Hours  Learning
python                    2         1    1     20  python-for-analysts
sql                       3         2    1     16  sql-intermediate
stakeholder-management    2       0.8  1.2     48  -

Next: development opportunities
Id            Kind        Title                                      Growth
OPP-2026-008  project     Carbon-emissions dashboard for shippers     36.6%
OPP-2026-015  rotation    HR Business Partner rotation (six months)   26.8%
OPP-2026-010  mentorship  Machine-learning mentoring circle           24.4%
<<<end
