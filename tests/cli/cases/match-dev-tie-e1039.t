# Development ties: OPP-2026-012 (gig) and OPP-2026-015 (rotation) give E1039 the same
# growth (0.168224299) and the same readiness (0): by id.
run: -C ../data-examples --as-of 2026-11-22 match E1039 --format csv
exit: 0
<<<stdout
id,kind,title,score,readiness,growth,tier,months,employee,list,helps,holds_back,role,aspired
OPP-2026-018,job,Solutions Engineer (Berlin),0.208333333,0.208333333,0.056074766,develop,63,E1039,jobs,javascript,product-knowledge,solutions-engineer-3,false
OPP-2026-002,job,Site Reliability Engineer (Platform),0.195987654,0.195987654,0.38317757,develop,55,E1039,jobs,go,cloud-infrastructure,site-reliability-engineer-3,false
OPP-2026-004,job,Account Executive (DACH),0.069444444,0.069444444,0.186915888,develop,79,E1039,jobs,collaboration,negotiation,account-executive-2,false
OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0,0,0.168224299,develop,94,E1039,jobs,,sql,data-analyst-3,false
OPP-2026-003,job,Analytics Manager (Customer Insights),0,0,0.168224299,develop,122,E1039,jobs,,stakeholder-management,analytics-manager-4,false
OPP-2026-005,job,Security Engineer (second seat),0,0,0.560747664,develop,71,E1039,jobs,,application-security,security-engineer-4,false
OPP-2026-019,shadowing,Shadow on-call with the SRE team,0.176388889,0.176388889,0.38317757,develop,56,E1039,development,go,cloud-infrastructure,site-reliability-engineer-3,false
OPP-2026-012,gig,Interview panel for the 2027 graduate intake,0,0,0.168224299,develop,19,E1039,development,,communication,,false
OPP-2026-015,rotation,HR Business Partner rotation (six months),0,0,0.168224299,develop,88,E1039,development,,conflict-resolution,hr-business-partner-3,false
<<<end
