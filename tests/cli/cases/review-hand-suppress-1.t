# repos/review-hand with min_group_size 1: nothing is hidden.
# Departments: eng 1/3, data 0/3 (E5 50%, E6 58.3%, E7 50% -> 52.8%), ops 1/1:
# the highest rate is ops' 100%, so eng (33.3% < 80%) and data are flagged.
# Evidence health: data 9 with 1 unverified = 11.1%; ops 2, none.
sh: copy_repo "$TESTS/repos/review-hand" r && echo "min_group_size: 1" > r/rungs.yaml && "$RUNGS" -C r --as-of 2026-11-22 review --org
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
data               9   0.0%       11.1%
eng               12  16.7%        0.0%
ops                2   0.0%        0.0%

Learning in the window on skills no target or opening requires
Skill  Hours
art       10
music      4

Equity by department
Group  People  Mean readiness  Ready now  Ready soon  Develop  Ready-now rate  Below 4/5
data        3           52.8%          0           1        2            0.0%  yes
eng         4           88.9%          1           2        0           33.3%  yes
ops         1          100.0%          1           0        0          100.0%  no

Equity by location
Group   People  Mean readiness  Ready now  Ready soon  Develop  Ready-now rate  Below 4/5
Berlin       5           70.8%          1           1        2           25.0%  yes
Lisbon       3           80.6%          1           2        0           33.3%  no
<<<end
