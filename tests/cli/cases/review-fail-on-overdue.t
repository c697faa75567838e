# --fail-on overdue: E1008, E1011 and E1019 have overdue milestones, so the
# report is printed and the exit status is 1.
run: -C ../data-examples --as-of 2026-11-22 review --team E1002 --fail-on overdue
exit: 1
<<<stdout
From:   2026-06-30
To:     2026-09-30
As of:  2026-11-22
People: 16

People
Employee  Name               Target                       Readiness at from  Readiness at to  Change  Tier        Overdue  Stale  Unverified
E1008     Łukasz Nowak       head-of-data-5                           90.2%            90.3%    0.2%  develop           1      2           0
E1009     田中 美咲          principal-data-scientist-5               84.7%            84.7%    0.0%  develop           0      1           0
E1010     Daan de Vries      site-reliability-engineer-3              93.2%            93.2%    0.0%  ready-soon        0      2           0
E1011     Oluwaseun Adeyemi  data-scientist-4                         91.5%            91.0%   -0.5%  develop           1      1           0
E1012     Hana Nováková      data-scientist-4                         70.4%            70.9%    0.5%  develop           0      2           0
E1013     Tiago Santos       data-engineer-3                          98.0%            98.0%    0.0%  ready-now         0      1           0
E1014     Sanne de Jong      data-engineer-3                          49.6%            49.6%    0.0%  develop           0      0           0
E1015     Marek Dvořák       data-engineer-3                          59.6%            58.8%   -0.8%  develop           0      0           0
E1016     Amara Okafor       analytics-manager-4                      82.7%            82.7%    0.0%  develop           0      1           0
E1017     Felix Wagner       product-manager-3                        71.6%            71.6%    0.0%  develop           0      1           0
E1018     Ayşe Yılmaz        data-analyst-3                           97.0%            97.0%    0.0%  ready-soon        0      2           0
E1019     Jonas Becker       data-analyst-3                           88.6%            88.6%    0.0%  develop           2      0           0
E1020     Inês Costa         data-scientist-3                         75.9%            75.9%    0.0%  develop           0      1           0
E1021     Noah Bouchard      data-analyst-2                           85.8%            85.8%    0.0%  ready-soon        0      0           0
E1022     김지민             data-analyst-2                            0.0%            65.7%   65.7%  develop           0      0           8
E1023     Femke Jansen       product-analyst-2                        79.4%            77.6%   -1.8%  ready-soon        0      0           0
<<<end
