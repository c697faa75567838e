# Two 4-step routes with the same increase (56): the role ids decide,
# data-analyst-3 before product-analyst-2 at the third position.
run: -C ../data-examples ladder --from data-analyst-1 --to senior-product-manager-4 --depth 4 --format csv
exit: 0
<<<stdout
rank,steps,increase,route
1,3,47,data-analyst-1;product-analyst-2;product-manager-3;senior-product-manager-4
2,4,56,data-analyst-1;data-analyst-2;data-analyst-3;product-manager-3;senior-product-manager-4
3,4,56,data-analyst-1;data-analyst-2;product-analyst-2;product-manager-3;senior-product-manager-4
4,4,74,data-analyst-1;product-analyst-2;product-manager-3;ux-researcher-3;senior-product-manager-4
<<<end
