# By hand (numbers worked out in match-hand-e01-json.t): jobs OPP-10, OPP-7
# (ready-now, 100%, by id), OPP-2 (50.0%, growth 33.3%, ready-soon, 1),
# OPP-1 (score 59.2% = 54.2% + 5 for the aspired tgt, growth 100%, develop, 4);
# development DEV-2 (growth 66.7%, readiness 50.0%, develop 3), DEV-7 (66.7%,
# 33.3%), DEV-3 (16.7%, 83.3%), DEV-6 (16.7%, 66.7%).
run: -C repos/match-hand --as-of 2026-06-30 match E01
exit: 0
<<<stdout
Employee: E01
Name:     Ann
Target:   tgt
As of:    2026-06-30

Jobs
Id      Kind  Title                Score  Readiness  Growth  Tier        Months  Helps most  Holds back
OPP-10  job   C desk              100.0%     100.0%    0.0%  ready-now        0  c           -
OPP-7   job   Ops support         100.0%     100.0%    0.0%  ready-now        0  a           -
OPP-2   job   Lead opening         50.0%      50.0%   33.3%  ready-soon       1  a           a
OPP-1   job   Analyst II opening   59.2%      54.2%  100.0%  develop          4  c           a

Development
Id     Kind      Title            Score  Readiness  Growth  Tier        Months  Helps most  Holds back
DEV-2  project   A and B project  50.0%      50.0%   66.7%  develop          3  a           b
DEV-7  rotation  Lead rotation    33.3%      33.3%   66.7%  ready-soon       2  a           a
DEV-3  gig       B and C gig      83.3%      83.3%   16.7%  ready-soon       1  c           b
DEV-6  rotation  B rotation       66.7%      66.7%   16.7%  ready-soon       1  b           b
<<<end
