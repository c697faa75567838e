# --team --format csv: one row per person, the gaps joined with ';'.
run: -C ../data-examples --as-of 2026-11-22 gap --team E1002 --format csv
exit: 0
<<<stdout
employee,name,role,target,measured,readiness,tier,months,gaps
E1008,Łukasz Nowak,analytics-manager-4,head-of-data-5,head-of-data-5,0.953125,ready-soon,7,strategic-thinking;communication
E1009,田中 美咲,data-scientist-4,principal-data-scientist-5,principal-data-scientist-5,0.875555556,develop,22,presentation;strategic-thinking
E1010,Daan de Vries,data-engineer-3,site-reliability-engineer-3,site-reliability-engineer-3,0.954166667,ready-soon,7,kubernetes;go
E1011,Oluwaseun Adeyemi,data-scientist-3,data-scientist-4,data-scientist-4,0.948717949,ready-soon,9,machine-learning;experimentation
E1012,Hana Nováková,data-scientist-3,data-scientist-4,data-scientist-4,0.731318681,develop,46,coaching;python
E1013,Tiago Santos,data-engineer-2,data-engineer-3,data-engineer-3,1,ready-now,0,
E1014,Sanne de Jong,data-engineer-2,data-engineer-3,data-engineer-3,0.578787879,develop,33,etl;observability
E1015,Marek Dvořák,data-engineer-2,data-engineer-3,data-engineer-3,0.591630592,develop,31,etl;observability
E1016,Amara Okafor,data-analyst-3,analytics-manager-4,analytics-manager-4,0.872727273,ready-soon,12,leadership;prioritization
E1017,Felix Wagner,data-analyst-3,product-manager-3,product-manager-3,0.715555556,develop,20,prioritization;product-discovery
E1018,Ayşe Yılmaz,data-analyst-2,data-analyst-3,data-analyst-3,1,ready-now,0,
E1019,Jonas Becker,data-analyst-2,data-analyst-3,data-analyst-3,0.929292929,ready-soon,5,sql;stakeholder-management
E1020,Inês Costa,data-analyst-2,data-scientist-3,data-scientist-3,0.759259259,develop,21,python;statistics
E1021,Noah Bouchard,data-analyst-1,data-analyst-2,data-analyst-2,0.9,ready-soon,3,python
E1022,김지민,data-analyst-1,data-analyst-2,data-analyst-2,0.656666667,develop,17,python;sql
E1023,Femke Jansen,data-analyst-1,product-analyst-2,product-analyst-2,0.839285714,ready-soon,6,product-analytics;sql
<<<end
