# review-team as CSV: one row per person, the keys as columns, r-rounded numbers.
run: -C ../data-examples --as-of 2026-11-22 review --team E1002 --format csv
<<<stdout
employee,name,target,readiness_from,readiness_to,change,tier,overdue,stale,unverified
E1008,Łukasz Nowak,head-of-data-5,0.90162037,0.903356481,0.001736111,develop,1,2,0
E1009,田中 美咲,principal-data-scientist-5,0.846666667,0.846666667,0,develop,0,1,0
E1010,Daan de Vries,site-reliability-engineer-3,0.931944444,0.931944444,0,ready-soon,0,2,0
E1011,Oluwaseun Adeyemi,data-scientist-4,0.915384615,0.91025641,-0.005128205,develop,1,1,0
E1012,Hana Nováková,data-scientist-4,0.703846154,0.709340659,0.005494505,develop,0,2,0
E1013,Tiago Santos,data-engineer-3,0.97979798,0.97979798,0,ready-now,0,1,0
E1014,Sanne de Jong,data-engineer-3,0.495959596,0.495959596,0,develop,0,0,0
E1015,Marek Dvořák,data-engineer-3,0.595959596,0.588383838,-0.007575758,develop,0,0,0
E1016,Amara Okafor,analytics-manager-4,0.827272727,0.827272727,0,develop,0,1,0
E1017,Felix Wagner,product-manager-3,0.715555556,0.715555556,0,develop,0,1,0
E1018,Ayşe Yılmaz,data-analyst-3,0.96969697,0.96969697,0,ready-soon,0,2,0
E1019,Jonas Becker,data-analyst-3,0.886363636,0.886363636,0,develop,2,0,0
E1020,Inês Costa,data-scientist-3,0.759259259,0.759259259,0,develop,0,1,0
E1021,Noah Bouchard,data-analyst-2,0.857777778,0.857777778,0,ready-soon,0,0,0
E1022,김지민,data-analyst-2,0,0.656666667,0.656666667,develop,0,0,8
E1023,Femke Jansen,product-analyst-2,0.793650794,0.775793651,-0.017857143,ready-soon,0,0,0
<<<end
