# E1019 (data-analyst-2, aspires to data-analyst-3). OPP-2026-001 ready-soon 92.9% (+5 for
# the aspiration = 97.9%); development OPP-2026-015 then -009 (growth tie 36%, readiness
# 18.5% > 16.7%). Numbers checked against an independent implementation of SPEC 2.1-2.8.
run: -C ../data-examples --as-of 2026-11-22 match E1019 --format csv
exit: 0
<<<stdout
id,kind,title,score,readiness,growth,tier,months,employee,list,helps,holds_back,role,aspired
OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.979292929,0.929292929,1,ready-soon,5,E1019,jobs,python,sql,data-analyst-3,true
OPP-2026-003,job,Analytics Manager (Customer Insights),0.403846154,0.403846154,0.36,develop,65,E1019,jobs,data-visualization,leadership,analytics-manager-4,false
OPP-2026-004,job,Account Executive (DACH),0.333333333,0.333333333,0,develop,60,E1019,jobs,communication,negotiation,account-executive-2,false
OPP-2026-018,job,Solutions Engineer (Berlin),0.25,0.25,0,develop,70,E1019,jobs,presentation,product-knowledge,solutions-engineer-3,false
OPP-2026-005,job,Security Engineer (second seat),0.125,0.125,0,develop,56,E1019,jobs,communication,application-security,security-engineer-4,false
OPP-2026-002,job,Site Reliability Engineer (Platform),0,0,0,develop,78,E1019,jobs,,cloud-infrastructure,site-reliability-engineer-3,false
OPP-2026-015,rotation,HR Business Partner rotation (six months),0.185185185,0.185185185,0.36,develop,60,E1019,development,communication,conflict-resolution,hr-business-partner-3,false
OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.166666667,0.166666667,0.36,develop,47,E1019,development,stakeholder-management,prioritization,,false
<<<end
