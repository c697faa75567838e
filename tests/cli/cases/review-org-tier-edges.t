# The organisation audit counts tiers at their edges (repos/review-org-edges;
# 40 h a level, 8 h a month, soon_months 12: 96 h is ready-soon, more is
# develop), the same on one, two and three threads:
#   crit-d (d 5): P1 d (3 test w3 + 2 manager w2) / 5 = 2.6: 2.4 levels, 96 h,
#     12 months: ready-soon; P2 d 2.4: 104 h, develop; P5 e 2.6 credits d
#     0.9 x 2.6 = 2.34: 106.4 h, develop.
#   crit-c (c 5; c-top takes c from 2 to 5 in 30 h): P3 c 2: 30 h, ready-soon;
#     P4 c 1 cannot take c-top: 160 h, develop (though the cheapest rate,
#     10 h a level, would allow 40 h).
#   crit-w (c 1 weight 9, d 5): P3 and P4 meet c, readiness 9/10 = 90%:
#     ready-now, though d is 200 h away.
#   OPP-D (d 5) has P1 ready-soon, OPP-C (crit-c) P3; OPP-D4 (d 4, c 5) no
#   one: P1 is 56 h + 160 h from it.
#   P6's f is (0.1 x 5 + 0.2 x 5) / (0.1 + 0.2) = 4.999999999999999 (lab and
#   panel, sources of weight 0.1 and 0.2): r() makes it 5, so P6 is the one
#   holder of f at 5, which f-5 requires.
sh: for t in 1 2 3; do RUNGS_THREADS=$t "$RUNGS" -C "$TESTS/repos/review-org-edges" --as-of 2026-06-30 review --org >org$t || exit 1; done; cmp org1 org2 && cmp org1 org3 && cat org1
exit: 0
<<<stdout
Organisation audit
As of:                                     2026-06-30
From:                                      2025-12-31
To:                                        2026-03-31
Learning hours on skills nothing asks for: 0

Succession of critical roles
Role    Incumbents  Ready now  Ready soon  At risk
crit-c           0          0           1  yes
crit-d           0          0           1  yes
crit-w           0          2           0  no

Single points of failure
Skill  Level  Only holder  Required by
e          1  P5           base-3
f          5  P6           f-5

Supply and demand, largest shortfall first
Skill  Level  Demand  Supply  Shortfall
d          4       5       0          5
c          5       4       0          4

Open opportunities with no ready-now or ready-soon candidate
Opportunity  Kind  Title
OPP-D4       gig   D four

Roles many aspire to, with nothing open
Role    People aspiring
crit-d                3

Evidence health by department
Department  Evidence  Stale  Unverified
x                  2   0.0%        0.0%
y                  3   0.0%        0.0%

Learning in the window on skills no target or opening requires
Skill  Hours
(none)

Equity by department
Group  People  Mean readiness  Ready now  Ready soon  Develop  Ready-now rate  Below 4/5
x           2           50.0%          0           1        1            0.0%  no
y           4           35.6%          0           1        2            0.0%  no

Equity by location
Group  People  Mean readiness  Ready now  Ready soon  Develop  Ready-now rate  Below 4/5
Oslo        4           40.0%          0           2        2            0.0%  no
Rome        2           46.8%          0           0        1            0.0%  no
<<<end
