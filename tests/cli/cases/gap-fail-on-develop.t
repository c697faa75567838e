# --fail-on develop: E1008's team has people in develop: the report is
# written and the exit status is 1.
run: -C ../data-examples --as-of 2026-11-22 gap --team E1008 --fail-on develop --format csv
exit: 1
<<<stdout
employee,name,role,target,measured,readiness,tier,months,gaps
E1016,Amara Okafor,data-analyst-3,analytics-manager-4,analytics-manager-4,0.872727273,ready-soon,12,leadership;prioritization
E1017,Felix Wagner,data-analyst-3,product-manager-3,product-manager-3,0.715555556,develop,20,prioritization;product-discovery
E1018,Ayşe Yılmaz,data-analyst-2,data-analyst-3,data-analyst-3,1,ready-now,0,
E1019,Jonas Becker,data-analyst-2,data-analyst-3,data-analyst-3,0.929292929,ready-soon,5,sql;stakeholder-management
E1020,Inês Costa,data-analyst-2,data-scientist-3,data-scientist-3,0.759259259,develop,21,python;statistics
E1021,Noah Bouchard,data-analyst-1,data-analyst-2,data-analyst-2,0.9,ready-soon,3,python
E1022,김지민,data-analyst-1,data-analyst-2,data-analyst-2,0.656666667,develop,17,python;sql
E1023,Femke Jansen,data-analyst-1,product-analyst-2,product-analyst-2,0.839285714,ready-soon,6,product-analytics;sql
<<<end
