# --explain: each requirement with the credited level, its share of the readiness
# (weight * min(credited, L)/L / sum of weights; the shares add up to the readiness:
# 6 * 9.1% + 18.2% + 14.1% + 6.1% = 92.9%) and what is missing.
run: -C ../data-examples --as-of 2026-11-22 match E1019 --explain --limit 1
exit: 0
<<<stdout
Employee: E1019
Name:     Jonas Becker
Target:   data-analyst-3
As of:    2026-11-22

Jobs
Id            Kind  Title                                  Score  Readiness  Growth  Tier        Months  Helps most  Holds back
OPP-2026-001  job   Senior Data Analyst (Freight Pricing)  97.9%      92.9%  100.0%  ready-soon       5  python      sql

Development
Id            Kind      Title                                      Score  Readiness  Growth  Tier     Months  Helps most     Holds back
OPP-2026-015  rotation  HR Business Partner rotation (six months)  18.5%      18.5%   36.0%  develop      60  communication  conflict-resolution

OPP-2026-001: requirements
Skill                   Req  Credited  Via  Weight  Essential  Contribution  Missing
communication             3         3  -         1  no                 9.1%        0
data-modeling             3         3  -         1  no                 9.1%        0
data-visualization        3         3  -         1  no                 9.1%        0
freight-operations        2         2  -         1  no                 9.1%        0
presentation              3      3.33  -         1  no                 9.1%        0
python                    3         3  -         2  yes               18.2%        0
sql                       4      3.11  -         2  yes               14.1%     0.89
stakeholder-management    3         2  -         1  no                 6.1%        1
statistics                3         3  -         1  no                 9.1%        0

OPP-2026-015: requirements
Skill                   Req  Credited  Via  Weight  Essential  Contribution  Missing
change-management         2         0  -         1  no                 0.0%        2
coaching                  3         0  -         1  no                 0.0%        3
communication             3         3  -         1  no                11.1%        0
conflict-resolution       3         0  -         2  no                 0.0%        3
employment-law            3         0  -         1  no                 0.0%        3
hris                      2         0  -         1  no                 0.0%        2
stakeholder-management    3         2  -         1  no                 7.4%        1
total-rewards             2         0  -         1  no                 0.0%        2
<<<end
