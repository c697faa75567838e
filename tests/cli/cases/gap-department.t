# --department: everyone in department data, E1002 included; E1002 has no
# target (no plan, no aspiration, no promotion from head-of-data-5), so the
# row is shown but not measured.
run: -C ../data-examples --as-of 2026-11-22 gap --department data
exit: 0
<<<stdout
Group:            department data
Measured against: each person's target
As of:            2026-11-22
People:           17
Measured:         16

People
Employee  Name               Role                 Target                       Measured against             Readiness  Tier        Months  Largest gaps
E1002     Rahul Iyer         head-of-data-5       -                            -                                    -  -                -  -
E1008     Łukasz Nowak       analytics-manager-4  head-of-data-5               head-of-data-5                   95.3%  ready-soon       7  strategic-thinking, communication
E1009     田中 美咲          data-scientist-4     principal-data-scientist-5   principal-data-scientist-5       87.6%  develop         22  presentation, strategic-thinking
E1010     Daan de Vries      data-engineer-3      site-reliability-engineer-3  site-reliability-engineer-3      95.4%  ready-soon       7  kubernetes, go
E1011     Oluwaseun Adeyemi  data-scientist-3     data-scientist-4             data-scientist-4                 94.9%  ready-soon       9  machine-learning, experimentation
E1012     Hana Nováková      data-scientist-3     data-scientist-4             data-scientist-4                 73.1%  develop         46  coaching, python
E1013     Tiago Santos       data-engineer-2      data-engineer-3              data-engineer-3                 100.0%  ready-now        0  -
E1014     Sanne de Jong      data-engineer-2      data-engineer-3              data-engineer-3                  57.9%  develop         33  etl, observability
E1015     Marek Dvořák       data-engineer-2      data-engineer-3              data-engineer-3                  59.2%  develop         31  etl, observability
E1016     Amara Okafor       data-analyst-3       analytics-manager-4          analytics-manager-4              87.3%  ready-soon      12  leadership, prioritization
E1017     Felix Wagner       data-analyst-3       product-manager-3            product-manager-3                71.6%  develop         20  prioritization, product-discovery
E1018     Ayşe Yılmaz        data-analyst-2       data-analyst-3               data-analyst-3                  100.0%  ready-now        0  -
E1019     Jonas Becker       data-analyst-2       data-analyst-3               data-analyst-3                   92.9%  ready-soon       5  sql, stakeholder-management
E1020     Inês Costa         data-analyst-2       data-scientist-3             data-scientist-3                 75.9%  develop         21  python, statistics
E1021     Noah Bouchard      data-analyst-1       data-analyst-2               data-analyst-2                   90.0%  ready-soon       3  python
E1022     김지민             data-analyst-1       data-analyst-2               data-analyst-2                   65.7%  develop         17  python, sql
E1023     Femke Jansen       data-analyst-1       product-analyst-2            product-analyst-2                83.9%  ready-soon       6  product-analytics, sql
<<<end
