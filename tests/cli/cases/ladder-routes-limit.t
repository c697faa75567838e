# --limit 2: the two best.
run: -C ../data-examples ladder --from data-analyst-1 --to head-of-data-5 --depth 5 --limit 2 --format csv
exit: 0
<<<stdout
rank,steps,increase,route
1,4,65,data-analyst-1;data-analyst-2;data-analyst-3;analytics-manager-4;head-of-data-5
2,5,73,data-analyst-1;data-analyst-2;data-scientist-3;data-scientist-4;principal-data-scientist-5;head-of-data-5
<<<end
