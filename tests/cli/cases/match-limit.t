# --limit 1: the first row of each list.
run: -C ../data-examples --as-of 2026-11-22 match E1019 --limit 1
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
<<<end
