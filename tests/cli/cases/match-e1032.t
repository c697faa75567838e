# E1032 (software-engineer-3, aspires to site-reliability-engineer-3). Jobs by tier then
# score: OPP-2026-002 (SRE-3, aspired: 82.4% + 5 = 87.4%) ready-soon. Development:
# OPP-2026-019 (shadowing, role site-reliability-engineer-3 = an aspiration): SPEC 2.8
# score = readiness + aspiration_bonus = 0.866666667 + 0.05 = 0.916666667 (SPEC 3:
# development rows carry the same keys). Other numbers checked against an independent
# implementation of SPEC 2.1-2.8.
run: -C ../data-examples --as-of 2026-11-22 match E1032
exit: 0
<<<stdout
Employee: E1032
Name:     Maarten Visser
Target:   site-reliability-engineer-3
As of:    2026-11-22

Jobs
Id            Kind  Title                                  Score  Readiness  Growth  Tier        Months  Helps most            Holds back
OPP-2026-002  job   Site Reliability Engineer (Platform)   87.4%      82.4%  100.0%  ready-soon      11  cloud-infrastructure  cloud-infrastructure
OPP-2026-005  job   Security Engineer (second seat)        58.4%      58.4%  100.0%  develop         20  communication         application-security
OPP-2026-018  job   Solutions Engineer (Berlin)            29.7%      29.7%    0.0%  develop         51  javascript            product-knowledge
OPP-2026-001  job   Senior Data Analyst (Freight Pricing)  29.4%      29.4%    0.0%  develop         58  python                sql
OPP-2026-004  job   Account Executive (DACH)               22.9%      22.9%    0.0%  develop         53  collaboration         negotiation
OPP-2026-003  job   Analytics Manager (Customer Insights)  10.4%      10.4%    0.0%  develop        101  communication         leadership

Development
Id            Kind       Title                             Score  Readiness  Growth  Tier        Months  Helps most            Holds back
OPP-2026-019  shadowing  Shadow on-call with the SRE team  91.7%      86.7%  100.0%  ready-soon       6  cloud-infrastructure  cloud-infrastructure
<<<end
