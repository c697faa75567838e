# --fail-on ready-soon: against data-analyst-1 E1016 and E1017 lack excel
# (develop, at or below ready-soon): exit 1.
run: -C ../data-examples --as-of 2026-11-22 gap --team E1008 --role data-analyst-1 --fail-on ready-soon --format csv
exit: 1
<<<stdout
employee,name,role,target,measured,readiness,tier,months,gaps
E1016,Amara Okafor,data-analyst-3,analytics-manager-4,data-analyst-1,0.833333333,develop,15,excel
E1017,Felix Wagner,data-analyst-3,product-manager-3,data-analyst-1,0.833333333,develop,15,excel
E1018,Ayşe Yılmaz,data-analyst-2,data-analyst-3,data-analyst-1,1,ready-now,0,
E1019,Jonas Becker,data-analyst-2,data-analyst-3,data-analyst-1,1,ready-now,0,
E1020,Inês Costa,data-analyst-2,data-scientist-3,data-analyst-1,1,ready-now,0,
E1021,Noah Bouchard,data-analyst-1,data-analyst-2,data-analyst-1,1,ready-now,0,
E1022,김지민,data-analyst-1,data-analyst-2,data-analyst-1,1,ready-now,0,
E1023,Femke Jansen,data-analyst-1,product-analyst-2,data-analyst-1,1,ready-now,0,
<<<end
