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
# E6's review: the window's edges for learning. art-101 dated 2026-06-30 (the
# day --from names, outside the window) is not listed and art does not move
# (2 at both dates); music-101 (workshop, 4 h) of 07-15 is. comms moves from 0
# to 2 with a self 2 (07-01) and a manager 2 (07-20): not self-only.
# Next: python 2 (credited 1) and sql 3 (credited 2), both weight 1 gap 1, in
# skill-id order; OPP-2: (min(1, 4) + min(1, 3)) / 2 = 100%.
run: -C repos/review-hand --as-of 2026-11-22 review E6
<<<stdout
Development review
Employee:          E6
Name:              Fay
Role:              ana-1
Target:            ana-2
From:              2026-06-30
To:                2026-09-30
Readiness at from: 58.3%
Readiness at to:   58.3%
Change:            0.0%
Tier at from:      ready-soon
Tier at to:        ready-soon
Learning hours:    4
Suggested mentor:  -

Skill changes in the window
Skill  From  To  Change  Evidence in the window
comms     0   2       2  self E6 2 (2026-07-01); manager E5 2 (2026-07-20)
music     0   2       2  course music-101 2 (2026-07-15)

Plan milestones
Milestone  Due  Done  Status
(none)

Learning completed in the window
Date        Item       Title      Kind      Hours  Skill  Level
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
