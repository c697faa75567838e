# --explain, by hand: OPP-10 {c 2}: c credited 2, weight 1 of 1: contribution
# 1*2/2 / 1 = 100.0%, nothing missing. DEV-2 {a 2 essential, b 4}: a credited
# 1: 1*(1/2) / 2 = 25.0%, missing 1; b credited 2: 1*(2/4) / 2 = 25.0%,
# missing 2 (readiness 50.0%).
run: -C repos/match-hand --as-of 2026-06-30 match E01 --limit 1 --explain
exit: 0
<<<stdout
Employee: E01
Name:     Ann
Target:   tgt
As of:    2026-06-30

Jobs
Id      Kind  Title    Score  Readiness  Growth  Tier       Months  Helps most  Holds back
OPP-10  job   C desk  100.0%     100.0%    0.0%  ready-now       0  c           -

Development
Id     Kind     Title            Score  Readiness  Growth  Tier     Months  Helps most  Holds back
DEV-2  project  A and B project  50.0%      50.0%   66.7%  develop       3  a           b

OPP-10: requirements
Skill  Req  Credited  Via  Weight  Essential  Contribution  Missing
c        2         2  -         1  no               100.0%        0

DEV-2: requirements
Skill  Req  Credited  Via  Weight  Essential  Contribution  Missing
a        2         1  -         1  yes               25.0%        1
b        4         2  -         1  no                25.0%        2
<<<end
