# repos/review-learning: no target or open opportunity asks for a or b (P1's
# target r1 asks c). Item ab (16 h) is on both: each skill shows the item's
# 16 hours, but the hours spent on skills nothing asks for are 16, not 32.
# P1's department and location (one person) are suppressed.
run: -C repos/review-learning --as-of 2026-11-22 review --org
<<<stdout
Organisation audit
As of:                                     2026-11-22
From:                                      2026-06-30
To:                                        2026-09-30
Learning hours on skills nothing asks for: 16

Succession of critical roles
Role  Incumbents  Ready now  Ready soon  At risk
(none)

Single points of failure
Skill  Level  Only holder  Required by
c          1  P1           r0

Supply and demand, largest shortfall first
Skill  Level  Demand  Supply  Shortfall
c          2       1       0          1

Open opportunities with no ready-now or ready-soon candidate
Opportunity  Kind  Title
(none)

Roles many aspire to, with nothing open
Role  People aspiring
(none)

Evidence health by department
Department  Evidence  Stale  Unverified
d                  -      -           -

Learning in the window on skills no target or opening requires
Skill  Hours
a         16
b         16

Equity by department
Group  People  Mean readiness  Ready now  Ready soon  Develop  Ready-now rate  Below 4/5
d           -               -          -           -        -               -  -

Equity by location
Group  People  Mean readiness  Ready now  Ready soon  Develop  Ready-now rate  Below 4/5
Here        -               -          -           -        -               -  -
<<<end
