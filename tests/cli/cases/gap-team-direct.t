# --team --direct: E1002's direct reports only (8 of the 16).
run: -C ../data-examples --as-of 2026-11-22 gap --team E1002 --direct
exit: 0
<<<stdout
Group:            team of E1002 (direct reports)
Measured against: each person's target
As of:            2026-11-22
People:           8
Measured:         8

People
Employee  Name               Role                 Target                       Measured against             Readiness  Tier        Months  Largest gaps
E1008     Łukasz Nowak       analytics-manager-4  head-of-data-5               head-of-data-5                   95.3%  ready-soon       7  strategic-thinking, communication
E1009     田中 美咲          data-scientist-4     principal-data-scientist-5   principal-data-scientist-5       87.6%  develop         22  presentation, strategic-thinking
E1010     Daan de Vries      data-engineer-3      site-reliability-engineer-3  site-reliability-engineer-3      95.4%  ready-soon       7  kubernetes, go
E1011     Oluwaseun Adeyemi  data-scientist-3     data-scientist-4             data-scientist-4                 94.9%  ready-soon       9  machine-learning, experimentation
E1012     Hana Nováková      data-scientist-3     data-scientist-4             data-scientist-4                 73.1%  develop         46  coaching, python
E1013     Tiago Santos       data-engineer-2      data-engineer-3              data-engineer-3                 100.0%  ready-now        0  -
E1014     Sanne de Jong      data-engineer-2      data-engineer-3              data-engineer-3                  57.9%  develop         33  etl, observability
E1015     Marek Dvořák       data-engineer-2      data-engineer-3              data-engineer-3                  59.2%  develop         31  etl, observability
<<<end
