# E1032 (software-engineer-3, aspires to site-reliability-engineer-3). Jobs by tier then
# score: OPP-2026-002 (SRE-3, aspired: 82.4% + 5 = 87.4%) ready-soon. Development:
# OPP-2026-019 (shadowing, role site-reliability-engineer-3 = an aspiration): SPEC 2.8
# score = readiness + aspiration_bonus = 0.866666667 + 0.05 = 0.916666667 (SPEC 3:
# development rows carry the same keys). Other numbers checked against an independent
# implementation of SPEC 2.1-2.8.
run: -C ../data-examples --as-of 2026-11-22 match E1032 --format csv
exit: 0
<<<stdout
id,kind,title,score,readiness,growth,tier,months,employee,list,helps,holds_back,role,aspired
OPP-2026-002,job,Site Reliability Engineer (Platform),0.874074074,0.824074074,1,ready-soon,11,E1032,jobs,cloud-infrastructure,cloud-infrastructure,site-reliability-engineer-3,true
OPP-2026-005,job,Security Engineer (second seat),0.584027778,0.584027778,1,develop,20,E1032,jobs,communication,application-security,security-engineer-4,false
OPP-2026-018,job,Solutions Engineer (Berlin),0.296875,0.296875,0,develop,51,E1032,jobs,javascript,product-knowledge,solutions-engineer-3,false
OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.293939394,0.293939394,0,develop,58,E1032,jobs,python,sql,data-analyst-3,false
OPP-2026-004,job,Account Executive (DACH),0.229166667,0.229166667,0,develop,53,E1032,jobs,collaboration,negotiation,account-executive-2,false
OPP-2026-003,job,Analytics Manager (Customer Insights),0.103846154,0.103846154,0,develop,101,E1032,jobs,communication,leadership,analytics-manager-4,false
OPP-2026-019,shadowing,Shadow on-call with the SRE team,0.916666667,0.866666667,1,ready-soon,6,E1032,development,cloud-infrastructure,cloud-infrastructure,site-reliability-engineer-3,true
<<<end
