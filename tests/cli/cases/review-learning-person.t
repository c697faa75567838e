# repos/review-learning: P1 completed item ab (workshop, 16 h, developing a and
# b: two course rows of 2026-08-01) and c1 (course, 5 h) in the window.
# Learning completed lists each row with the catalog's title, kind and hours,
# but the learning took 16 + 5 = 21 hours (rungs prints 37: ab counted twice).
run: -C repos/review-learning --as-of 2026-11-22 review P1
<<<stdout
Development review
Employee:          P1
Name:              Pat
Role:              r0
Target:            r1
From:              2026-06-30
To:                2026-09-30
Readiness at from: 0.0%
Readiness at to:   50.0%
Change:            50.0%
Tier at from:      ready-soon
Tier at to:        ready-soon
Learning hours:    21
Suggested mentor:  -

Skill changes in the window
Skill  From  To  Change  Evidence in the window
a         0   2       2  course ab 2 (2026-08-01)
b         0   2       2  course ab 2 (2026-08-01)
c         0   1       1  course c1 1 (2026-08-02)

Plan milestones
Milestone  Due  Done  Status
(none)

Learning completed in the window
Date        Item  Title             Kind      Hours  Skill  Level
2026-08-01  ab    A and B together  workshop     16  a          2
2026-08-01  ab    A and B together  workshop     16  b          2
2026-08-02  c1    C one             course        5  c          1

Stale evidence on required skills
Skill  Newest evidence  Age (days)
(none)

Unverified (self-only) evidence on required skills
Skill  Newest evidence  Level
(none)

Next: the gaps that matter most
Skill  Req  Credited  Gap  Hours  Learning
c        2         1    1     40  -

Next: development opportunities
Id  Kind  Title  Growth
(none)
<<<end
