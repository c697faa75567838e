# E1018 (data-analyst-2, plan target data-analyst-3) already meets data-analyst-3: G is empty, so
# no development opportunity has growth and the development list is empty; OPP-2026-001
# (data-analyst-3, aspired) is ready-now with score 1 + 0.05. OPP-2026-006 (filled),
# -014 (opens 2027-01-11), -016 (closed) are not open; -007 (data-engineer-2) and
# everything else kind != job has growth 0. Numbers checked against an independent
# implementation of SPEC 2.1-2.8.
run: -C ../data-examples --as-of 2026-11-22 match E1018 --format csv
exit: 0
<<<stdout
id,kind,title,score,readiness,growth,tier,months,employee,list,helps,holds_back,role,aspired
OPP-2026-001,job,Senior Data Analyst (Freight Pricing),1.05,1,0,ready-now,0,E1018,jobs,python,,data-analyst-3,true
OPP-2026-003,job,Analytics Manager (Customer Insights),0.423076923,0.423076923,0,develop,66,E1018,jobs,stakeholder-management,leadership,analytics-manager-4,false
OPP-2026-004,job,Account Executive (DACH),0.333333333,0.333333333,0,develop,60,E1018,jobs,communication,negotiation,account-executive-2,false
OPP-2026-005,job,Security Engineer (second seat),0.25,0.25,0,develop,41,E1018,jobs,communication,application-security,security-engineer-4,false
OPP-2026-018,job,Solutions Engineer (Berlin),0.25,0.25,0,develop,70,E1018,jobs,presentation,product-knowledge,solutions-engineer-3,false
OPP-2026-002,job,Site Reliability Engineer (Platform),0,0,0,develop,78,E1018,jobs,,cloud-infrastructure,site-reliability-engineer-3,false
<<<end
