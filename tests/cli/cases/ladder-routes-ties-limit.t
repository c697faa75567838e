# The tie of ladder-routes-ties cut by --limit 2: the second route is
# still the one through data-analyst-3 (the ids decide before the limit).
run: -C ../data-examples ladder --from data-analyst-1 --to senior-product-manager-4 --depth 4 --limit 2 --format csv
exit: 0
<<<stdout
rank,steps,increase,route
1,3,47,data-analyst-1;product-analyst-2;product-manager-3;senior-product-manager-4
2,4,56,data-analyst-1;data-analyst-2;data-analyst-3;product-manager-3;senior-product-manager-4
<<<end
