# E1019 (data-analyst-2, aspires to data-analyst-3). OPP-2026-001 ready-soon 92.9% (+5 for
# the aspiration = 97.9%); development OPP-2026-015 then -009 (growth tie 36%, readiness
# 18.5% > 16.7%). Numbers checked against an independent implementation of SPEC 2.1-2.8.
run: -C ../data-examples --as-of 2026-11-22 match E1019
exit: 0
<<<stdout
Employee: E1019
Name:     Jonas Becker
Target:   data-analyst-3
As of:    2026-11-22

Jobs
Id            Kind  Title                                  Score  Readiness  Growth  Tier        Months  Helps most          Holds back
OPP-2026-001  job   Senior Data Analyst (Freight Pricing)  97.9%      92.9%  100.0%  ready-soon       5  python              sql
OPP-2026-003  job   Analytics Manager (Customer Insights)  40.4%      40.4%   36.0%  develop         65  data-visualization  leadership
OPP-2026-004  job   Account Executive (DACH)               33.3%      33.3%    0.0%  develop         60  communication       negotiation
OPP-2026-018  job   Solutions Engineer (Berlin)            25.0%      25.0%    0.0%  develop         70  presentation        product-knowledge
OPP-2026-005  job   Security Engineer (second seat)        12.5%      12.5%    0.0%  develop         56  communication       application-security
OPP-2026-002  job   Site Reliability Engineer (Platform)    0.0%       0.0%    0.0%  develop         78  -                   cloud-infrastructure

Development
Id            Kind       Title                                           Score  Readiness  Growth  Tier     Months  Helps most              Holds back
OPP-2026-015  rotation   HR Business Partner rotation (six months)       18.5%      18.5%   36.0%  develop      60  communication           conflict-resolution
OPP-2026-009  shadowing  Shadow the Group Product Manager for a quarter  16.7%      16.7%   36.0%  develop      47  stakeholder-management  prioritization
<<<end
