# --org --fail-on risk: six of the eight critical roles are at risk -> exit 1 after the report.
run: -C ../data-examples --as-of 2026-11-22 review --org --fail-on risk --format csv
exit: 1
<<<stdout
role,incumbents,ready_now,ready_soon,at_risk
chief-executive-officer,1,0,0,true
director-engineering-5,1,1,0,false
group-product-manager-5,1,0,0,true
head-of-data-5,1,0,1,true
principal-data-scientist-5,0,0,0,true
sales-manager-4,2,1,0,false
security-engineer-4,1,0,0,true
staff-engineer-5,1,0,1,true
<<<end
