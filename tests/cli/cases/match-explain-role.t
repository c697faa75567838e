# --explain for candidates: E1008 for head-of-data-5; the shares add up to the readiness
# (7 * 1/12 + 0.9375/12 + 2/12 + 1.5/12 = 95.3%); strategic-thinking (essential) misses 1.
run: -C ../data-examples --as-of 2026-11-22 match --role head-of-data-5 --explain --limit 1
exit: 0
<<<stdout
Succession bench (critical role)
Role:       head-of-data-5
Opening:    -
As of:      2026-11-22
Incumbents: 1
Ready now:  0
Ready soon: 1

Internal candidates
Employee  Name          Current role         Readiness  Tier        Months
E1008     Łukasz Nowak  analytics-manager-4      95.3%  ready-soon       7

E1008: requirements
Skill                   Req  Credited  Via  Weight  Essential  Contribution  Missing
coaching                  4         4  -         1  no                 8.3%        0
communication             4      3.75  -         1  no                 7.8%     0.25
data-modeling             3         3  -         1  no                 8.3%        0
data-privacy              3         3  -         1  no                 8.3%        0
financial-acumen          3         3  -         1  no                 8.3%        0
hiring                    4         4  -         1  no                 8.3%        0
leadership                4         4  -         2  yes               16.7%        0
machine-learning          2         2  -         1  no                 8.3%        0
stakeholder-management    4         5  -         1  no                 8.3%        0
strategic-thinking        4         3  -         2  yes               12.5%        1
<<<end
