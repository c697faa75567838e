# --kind rotation,project: E1022 (plan target data-analyst-2) keeps OPP-2026-008 (project,
# growth 36.6%) and OPP-2026-015 (rotation, 26.8%); no jobs, and the mentorship,
# shadowing and gig opportunities she would otherwise see are left out.
run: -C ../data-examples --as-of 2026-11-22 match E1022 --kind rotation,project
exit: 0
<<<stdout
Employee: E1022
Name:     김지민
Target:   data-analyst-2
As of:    2026-11-22

Jobs
Id  Kind  Title  Score  Readiness  Growth  Tier  Months  Helps most  Holds back
(none)

Development
Id            Kind      Title                                      Score  Readiness  Growth  Tier        Months  Helps most          Holds back
OPP-2026-008  project   Carbon-emissions dashboard for shippers    56.7%      56.7%   36.6%  ready-soon       7  data-visualization  data-visualization
OPP-2026-015  rotation  HR Business Partner rotation (six months)  10.4%      10.4%   26.8%  develop         71  communication       conflict-resolution
<<<end
