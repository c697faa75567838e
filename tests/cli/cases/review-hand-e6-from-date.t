# repos/review-hand, --from 2026-06-29: now E6's art-101 row of 2026-06-30 is
# inside the window (from is exclusive, so the day after it counts): art moves
# 0 -> 2 and art-101 (10 h) joins music-101 (4 h): 14 learning hours. --to
# 2026-09-30 is inclusive.
run: -C repos/review-hand --as-of 2026-11-22 review E6 --from 2026-06-29 --to 2026-09-30
<<<stdout
Development review
Employee:          E6
Name:              Fay
Role:              ana-1
Target:            ana-2
From:              2026-06-29
To:                2026-09-30
Readiness at from: 58.3%
Readiness at to:   58.3%
Change:            0.0%
Tier at from:      ready-soon
Tier at to:        ready-soon
Learning hours:    14
Suggested mentor:  -

Skill changes in the window
Skill  From  To  Change  Evidence in the window
art       0   2       2  course art-101 2 (2026-06-30)
comms     0   2       2  self E6 2 (2026-07-01); manager E5 2 (2026-07-20)
music     0   2       2  course music-101 2 (2026-07-15)

Plan milestones
Milestone  Due  Done  Status
(none)

Learning completed in the window
Date        Item       Title      Kind      Hours  Skill  Level
2026-06-30  art-101    Art 101    course       10  art        2
2026-07-15  music-101  Music 101  workshop      4  music      2

Stale evidence on required skills
Skill  Newest evidence  Age (days)
(none)

Unverified (self-only) evidence on required skills
Skill  Newest evidence  Level
(none)

Next: the gaps that matter most
Skill   Req  Credited  Gap  Hours  Learning
python    2         1    1     40  -
sql       3         2    1     40  -

Next: development opportunities
Id     Kind  Title                 Growth
OPP-2  gig   Query engine rewrite  100.0%
<<<end
