# The routes as CSV, roles joined with ;.
run: -C ../data-examples ladder --from data-analyst-1 --to head-of-data-5 --depth 5 --format csv
exit: 0
<<<stdout
rank,steps,increase,route
1,4,65,data-analyst-1;data-analyst-2;data-analyst-3;analytics-manager-4;head-of-data-5
2,5,73,data-analyst-1;data-analyst-2;data-scientist-3;data-scientist-4;principal-data-scientist-5;head-of-data-5
3,5,75,data-analyst-1;data-analyst-2;data-scientist-3;data-scientist-4;analytics-manager-4;head-of-data-5
4,5,78,data-analyst-1;data-analyst-2;data-scientist-3;data-analyst-3;analytics-manager-4;head-of-data-5
5,5,79,data-analyst-1;product-analyst-2;data-analyst-2;data-analyst-3;analytics-manager-4;head-of-data-5
6,5,89,data-analyst-1;data-analyst-2;data-engineer-2;data-engineer-3;analytics-manager-4;head-of-data-5
7,5,99,data-analyst-1;data-analyst-2;data-analyst-3;data-engineer-3;analytics-manager-4;head-of-data-5
8,5,102,data-analyst-1;data-analyst-2;data-scientist-3;data-engineer-3;analytics-manager-4;head-of-data-5
<<<end
