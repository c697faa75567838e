# The organisation audit as of 2026-11-22 (window Q3 2026), table. Spot checks:
#   succession: head-of-data-5 has no ready-now and one ready-soon successor ->
#     at risk; sales-manager-4 has one ready-now -> not.
#   equity: executive and people have fewer than 5 people (min_group_size) and
#     are hidden; two groups are hidden, so no third one is. data: 2 ready-now
#     of 16 with a target = 12.5% < 0.8 x 20% (engineering, sales) -> flagged;
#     customer-success 3/17 = 17.6% >= 16% -> not.
#   learning alignment: the only course rows of Q3 (E1072's Crucial
#     Conversations) are on communication and conflict-resolution, which
#     targets require -> 0 hours.
run: -C ../data-examples --as-of 2026-11-22 review --org
exit: 0
<<<stdout
Organisation audit
As of:                                     2026-11-22
From:                                      2026-06-30
To:                                        2026-09-30
Learning hours on skills nothing asks for: 0

Succession of critical roles
Role                        Incumbents  Ready now  Ready soon  At risk
chief-executive-officer              1          0           0  yes
director-engineering-5               1          1           0  no
group-product-manager-5              1          0           0  yes
head-of-data-5                       1          0           1  yes
principal-data-scientist-5           0          0           0  yes
sales-manager-4                      2          1           0  no
security-engineer-4                  1          0           0  yes
staff-engineer-5                     1          0           1  yes

Single points of failure
Skill                 Level  Only holder  Required by
application-security      4  E1027        security-engineer-4
customer-empathy          4  E1049        ux-researcher-3
experimentation           4  E1009        data-scientist-4, principal-data-scientist-5
freight-operations        4  E1001        chief-executive-officer
leadership                5  E1003        chief-executive-officer
machine-learning          4  E1009        data-scientist-4
pricing                   4  E1060        vp-sales-5
system-design             5  E1026        staff-engineer-5
user-research             4  E1049        ux-researcher-3

Supply and demand, largest shortfall first
Skill                   Level  Demand  Supply  Shortfall
product-discovery           3      12       4          8
collaboration               2      36      30          6
prioritization              3      16      10          6
observability               2      17      12          5
user-research               2      11       6          5
cloud-infrastructure        2      21      18          3
leadership                  3      20      17          3
product-analytics           2      13      10          3
stakeholder-management      2      57      54          3
ci-cd                       1      23      21          2
customer-empathy            2      22      20          2
go                          2      18      16          2
incident-response           2      16      14          2
presentation                2      31      29          2
statistics                  2      13      11          2
strategic-thinking          3      18      16          2
application-security        4       2       1          1
employment-law              3       5       4          1
kubernetes                  3       4       3          1
total-rewards               2       5       4          1
coaching                    2      30      30          0
data-modeling               2      10      10          0
hris                        2       4       4          0
negotiation                 2      21      21          0
project-management          2      14      14          0
python                      2      19      19          0
talent-acquisition          3       2       2          0
testing                     1      18      18          0
typescript                  2      14      14          0
account-management          2      17      18         -1
data-privacy                2       5       6         -1
problem-solving             2      23      24         -1
sql                         2      21      22         -1
api-design                  1      17      19         -2
customer-onboarding         2      10      12         -2
product-knowledge           2      21      23         -2
change-management           2       8      11         -3
etl                         2       5       8         -3
experimentation             2       6       9         -3
freight-operations          1      39      42         -3
hiring                      2      18      21         -3
javascript                  2      17      20         -3
machine-learning            2       6       9         -3
pricing                     1      20      23         -3
solution-selling            1      16      19         -3
system-design               2      18      21         -3
financial-acumen            2      11      15         -4
communication               2      66      73         -7
conflict-resolution         3       5      12         -7
excel                       3       5      12         -7
crm                         1      19      27         -8
supply-chain                2       3      11         -8
data-visualization          2      14      23         -9

Open opportunities with no ready-now or ready-soon candidate
Opportunity   Kind      Title
OPP-2026-003  job       Analytics Manager (Customer Insights)
OPP-2026-005  job       Security Engineer (second seat)
OPP-2026-015  rotation  HR Business Partner rotation (six months)
OPP-2026-018  job       Solutions Engineer (Berlin)

Roles many aspire to, with nothing open
Role                        People aspiring
account-executive-3                       5
customer-success-manager-2                4
customer-success-manager-3                3
engineering-manager-4                     3
product-manager-3                         6
senior-software-engineer-4                3
software-engineer-2                       3
software-engineer-3                       6

Evidence health by department
Department        Evidence  Stale  Unverified
customer-success       199   7.5%        5.0%
data                   170   8.8%        4.7%
engineering            264   9.5%        1.1%
executive                -      -           -
people                   -      -           -
product                102   8.8%        0.0%
sales                  165  14.5%        1.8%

Learning in the window on skills no target or opening requires
Skill  Hours
(none)

Equity by department
Group             People  Mean readiness  Ready now  Ready soon  Develop  Ready-now rate  Below 4/5
customer-success      18           74.6%          3           6        8           17.6%  no
data                  17           83.2%          2           7        7           12.5%  yes
engineering           22           75.9%          4           7        9           20.0%  no
executive              -               -          -           -        -               -  -
people                 -               -          -           -        -               -  -
product                9           77.0%          1           3        4           12.5%  yes
sales                 15           74.9%          3           4        8           20.0%  no

Equity by location
Group      People  Mean readiness  Ready now  Ready soon  Develop  Ready-now rate  Below 4/5
Berlin         23           88.0%          6           8        6           30.0%  no
Lisbon         22           71.3%          3           6       11           15.0%  yes
Rotterdam      21           70.8%          1           7       11            5.3%  yes
Toronto        24           75.7%          4           9       11           16.7%  yes
<<<end
