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
# The organisation audit (as of 2026-11-22).
# Succession (critical: ana-2, chief, eng-2, lead-3; candidates are people not
# in the role whose role level >= its level - 2):
#   ana-2 (sql 3, python 2): incumbent E5; E2, E3, E4 (83.3%, 40 h) and E6
#     (58.3%, 80 h) ready-soon; E1, E7, E8 develop -> 0 now, 4 soon: not at risk
#   chief (lead 4, comms 4, sql 2; level 4, so only E1, E2, E5 of level >= 2):
#     E1 (1 + 1 + 1/2)/3 = 83.3%, sql gap 1, 40 h -> ready-soon; E2 lead 80 h +
#     comms 0.6 x 40 = 104 h = 13 months -> develop; E5 200 h -> develop:
#     0 now, 1 soon -> AT RISK
#   eng-2: E4 ready-now -> not at risk (E3, E5, E6 ready-soon)
#   lead-3 (lead 3, comms 3): incumbent E1; E2 ready-soon (40 h), E8
#     (1/3 + 1)/2 with lead gap 2 = 80 h, 10 months -> ready-soon; the others
#     develop: 0 now, 2 soon -> not at risk.
# Single points of failure (a level some role requires that exactly one person
# holds): comms 4 (E1; chief), lead 3 (E1; lead-3), lead 4 (E1; chief),
# sql 3 (E5; ana-2). python 3 has two holders (E2, E4).
# Supply and demand: open opportunities OPP-1 (ana-2: sql 3, python 2) and
# OPP-2 (sql 5, python 5) (OPP-3 is filled, OPP-4 closed 2026-10-31) and the
# targets of E2..E8; supply counted at the lowest level demanded:
#   python: OPP-1, OPP-2, E3, E4, E6 = 5 at >= 2; holders E2, E3, E4, E5 = 4 -> 1
#   comms: E2, E5, E7, E8 = 4 at 3; holders E1, E2 (3.4), E7, E8 = 4 -> 0
#   lead: E2, E5, E7 (3), E8 (1) = 4 at 1; holders E1, E2, E5, E8 = 4 -> 0
#   sql: OPP-1, OPP-2, E3, E4, E6 = 5 at 2; holders E2..E7 = 6 -> -1
# Bottlenecks: OPP-2 (everyone develop: the best, E2/E4/E5, are far from 5);
# OPP-1 has four ready-soon. Roles aspired to by 3 or more with nothing open:
# lead-3 (E2, E5, E7; OPP-3 is filled).
# Evidence health (required skills with rows, per person, as of 2026-11-22):
#   eng: E1 2, E2 4, E3 3 (comms stale), E4 3 (python stale) = 12, 2 stale
#   = 16.7%, 0 unverified. data (9, 1 unverified) and ops (2) are hidden.
# Learning alignment: targets and open opportunities ask for sql, python,
# comms, lead; course rows in the window on other skills: E3 art-101 (10 h,
# 2026-09-30), E6 music-101 (4 h) = 14 h (E6's art of 06-30 and E7's of 10-05
# are outside; E2's comms-201 is on comms).
# Equity by department: ops (1 person) < 2 is hidden; as the only hidden
# group, data (3, the next smallest) is hidden too. eng: E2, E3, E4 measured
# (E1 has no target): (5/6 + 5/6 + 1)/3 = 88.9%, 1 ready-now = 33.3%.
# Equity by location: Berlin E2 5/6, E4 1, E5 1/2, E7 1/2 -> 17/24 = 70.8%,
# 1/4 = 25% ready-now; Lisbon E3 5/6, E6 7/12, E8 1 -> 29/36 = 80.6%, 1/3.
# 25% < 0.8 x 33.3% = 26.7% -> Berlin flagged; Lisbon not.
run: -C repos/review-hand --as-of 2026-11-22 review --org
exit: 0
<<<stdout
Organisation audit
As of:                                     2026-11-22
From:                                      2026-06-30
To:                                        2026-09-30
Learning hours on skills nothing asks for: 14

Succession of critical roles
Role    Incumbents  Ready now  Ready soon  At risk
ana-2            1          0           4  no
chief            0          0           1  yes
eng-2            1          1           3  no
lead-3           1          0           2  no

Single points of failure
Skill  Level  Only holder  Required by
comms      4  E1           chief
lead       3  E1           lead-3
lead       4  E1           chief
sql        3  E5           ana-2

Supply and demand, largest shortfall first
Skill   Level  Demand  Supply  Shortfall
python      2       5       4          1
comms       3       4       4          0
lead        1       4       4          0
sql         2       5       6         -1

Open opportunities with no ready-now or ready-soon candidate
Opportunity  Kind  Title
OPP-2        gig   Query engine rewrite

Roles many aspire to, with nothing open
Role    People aspiring
lead-3                3

Evidence health by department
Department  Evidence  Stale  Unverified
data               -      -           -
eng               12  16.7%        0.0%
ops                -      -           -

Learning in the window on skills no target or opening requires
Skill  Hours
art       10
music      4

Equity by department
Group  People  Mean readiness  Ready now  Ready soon  Develop  Ready-now rate  Below 4/5
data        -               -          -           -        -               -  -
eng         4           88.9%          1           2        0           33.3%  no
ops         -               -          -           -        -               -  -

Equity by location
Group   People  Mean readiness  Ready now  Ready soon  Develop  Ready-now rate  Below 4/5
Berlin       5           70.8%          1           1        2           25.0%  yes
Lisbon       3           80.6%          1           2        0           33.3%  no
<<<end
