# repos/review-fourfifths (min_group_size 2): base -> up asks x 1 (essential);
# x 1 is ready-now, x 0 ready-soon (40 h, 5 months).
# Departments: d1 1 of 2 = 50% (2 people is not smaller than 2: shown); d2 2 of
# 5 = 40%, exactly 0.8 x 50%: not below, not flagged; d3 1 of 5 = 20% < 40%:
# flagged. Locations: Here 3 of 7 = 42.9%; There 1 of 5 = 20% < 34.3%: flagged.
# Supply and demand: everyone's target asks x 1: demand 12, supply 4.
run: -C repos/review-fourfifths --as-of 2026-11-22 review --org
<<<stdout
Organisation audit
As of:                                     2026-11-22
From:                                      2026-06-30
To:                                        2026-09-30
Learning hours on skills nothing asks for: 0

Succession of critical roles
Role  Incumbents  Ready now  Ready soon  At risk
(none)

Single points of failure
Skill  Level  Only holder  Required by
(none)

Supply and demand, largest shortfall first
Skill  Level  Demand  Supply  Shortfall
x          1      12       4          8

Open opportunities with no ready-now or ready-soon candidate
Opportunity  Kind  Title
(none)

Roles many aspire to, with nothing open
Role  People aspiring
(none)

Evidence health by department
Department  Evidence  Stale  Unverified
d1                 1   0.0%        0.0%
d2                 2   0.0%        0.0%
d3                 1   0.0%        0.0%

Learning in the window on skills no target or opening requires
Skill  Hours
(none)

Equity by department
Group  People  Mean readiness  Ready now  Ready soon  Develop  Ready-now rate  Below 4/5
d1          2           50.0%          1           1        0           50.0%  no
d2          5           40.0%          2           3        0           40.0%  no
d3          5           20.0%          1           4        0           20.0%  yes

Equity by location
Group  People  Mean readiness  Ready now  Ready soon  Develop  Ready-now rate  Below 4/5
Here        7           42.9%          3           4        0           42.9%  no
There       5           20.0%          1           4        0           20.0%  yes
<<<end
