# --all: every employee's top 3 jobs and top 3 development opportunities (ids byte order,
# employees in id order). Checked pair by pair against an independent implementation of
# SPEC 2.1-2.8.
# Development rows whose opportunity's role is an aspiration (E1010, E1032, E1033
# OPP-2026-019; E1034 OPP-2026-007; E1056 OPP-2026-015) score readiness + 0.05
# (SPEC 2.8's score; SPEC 3: development rows carry the same keys).
run: -C ../data-examples --as-of 2026-11-22 match --all --format csv
exit: 0
<<<stdout
employee,name,list,id,kind,title,score,readiness,growth,tier,months,helps,holds_back,role,aspired
E1001,Annelies de Graaf,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.435897436,0.435897436,0,develop,62,leadership,data-visualization,analytics-manager-4,false
E1001,Annelies de Graaf,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.348484848,0.348484848,0,develop,50,communication,sql,data-analyst-3,false
E1001,Annelies de Graaf,jobs,OPP-2026-004,job,Account Executive (DACH),0.25,0.25,0,develop,61,communication,negotiation,account-executive-2,false
E1002,Rahul Iyer,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.573504274,0.573504274,0,develop,61,leadership,data-visualization,analytics-manager-4,false
E1002,Rahul Iyer,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.348737374,0.348737374,0,develop,39,communication,sql,data-analyst-3,false
E1002,Rahul Iyer,jobs,OPP-2026-005,job,Security Engineer (second seat),0.25,0.25,0,develop,50,communication,application-security,security-engineer-4,false
E1003,Zoë Müller,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.525641026,0.525641026,0,develop,58,leadership,data-visualization,analytics-manager-4,false
E1003,Zoë Müller,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.373737374,0.373737374,0,develop,48,python,sql,data-analyst-3,false
E1003,Zoë Müller,jobs,OPP-2026-005,job,Security Engineer (second seat),0.25,0.25,0,develop,41,communication,application-security,security-engineer-4,false
E1004,José Álvarez,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.646153846,0.646153846,0,develop,39,leadership,stakeholder-management,analytics-manager-4,false
E1004,José Álvarez,jobs,OPP-2026-004,job,Account Executive (DACH),0.381944444,0.381944444,0,develop,54,communication,negotiation,account-executive-2,false
E1004,José Álvarez,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.324242424,0.324242424,0,develop,53,communication,sql,data-analyst-3,false
E1005,Ingrid Bakker,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.430769231,0.430769231,0,develop,66,leadership,hiring,analytics-manager-4,false
E1005,Ingrid Bakker,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.190909091,0.190909091,0,develop,52,stakeholder-management,sql,data-analyst-3,false
E1005,Ingrid Bakker,jobs,OPP-2026-004,job,Account Executive (DACH),0.097222222,0.097222222,0,develop,65,communication,negotiation,account-executive-2,false
E1006,Ethan Tremblay,jobs,OPP-2026-004,job,Account Executive (DACH),0.55,0.55,0,develop,51,negotiation,solution-selling,account-executive-2,false
E1006,Ethan Tremblay,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.515384615,0.515384615,0,develop,58,leadership,data-visualization,analytics-manager-4,false
E1006,Ethan Tremblay,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.338383838,0.338383838,0,develop,50,communication,sql,data-analyst-3,false
E1007,Chiara Esposito,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.517948718,0.517948718,0,develop,68,leadership,data-visualization,analytics-manager-4,false
E1007,Chiara Esposito,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.245454545,0.245454545,0,develop,69,stakeholder-management,python,data-analyst-3,false
E1007,Chiara Esposito,jobs,OPP-2026-004,job,Account Executive (DACH),0.086111111,0.086111111,0,develop,79,communication,negotiation,account-executive-2,false
E1008,Łukasz Nowak,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.723484848,0.723484848,0,ready-soon,9,sql,python,data-analyst-3,false
E1008,Łukasz Nowak,jobs,OPP-2026-005,job,Security Engineer (second seat),0.25,0.25,0,develop,50,communication,application-security,security-engineer-4,false
E1008,Łukasz Nowak,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.203125,0.203125,0,develop,73,sql,product-knowledge,solutions-engineer-3,false
E1008,Łukasz Nowak,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0.9375,0.9375,0.888888889,ready-now,5,leadership,strategic-thinking,,false
E1009,田中 美咲,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.787878788,0.787878788,0.130434783,ready-soon,8,python,freight-operations,data-analyst-3,false
E1009,田中 美咲,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.679487179,0.679487179,0,develop,38,stakeholder-management,hiring,analytics-manager-4,false
E1009,田中 美咲,jobs,OPP-2026-005,job,Security Engineer (second seat),0.208333333,0.208333333,0.130434783,develop,43,communication,application-security,security-engineer-4,false
E1009,田中 美咲,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0.625,0.625,0.260869565,develop,15,coaching,leadership,,false
E1009,田中 美咲,development,OPP-2026-008,project,Carbon-emissions dashboard for shippers,0.733333333,0.733333333,0.130434783,ready-soon,2,data-visualization,freight-operations,,false
E1009,田中 美咲,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.416666667,0.416666667,0.130434783,develop,32,stakeholder-management,prioritization,,false
E1010,Daan de Vries,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.980555556,0.930555556,1,ready-soon,8,cloud-infrastructure,kubernetes,site-reliability-engineer-3,true
E1010,Daan de Vries,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.404040404,0.404040404,0,develop,72,python,communication,data-analyst-3,false
E1010,Daan de Vries,jobs,OPP-2026-005,job,Security Engineer (second seat),0.334375,0.334375,0,develop,48,cloud-infrastructure,application-security,security-engineer-4,false
E1010,Daan de Vries,development,OPP-2026-019,shadowing,Shadow on-call with the SRE team,1.004166667,0.954166667,1,ready-now,7,cloud-infrastructure,kubernetes,site-reliability-engineer-3,true
E1011,Oluwaseun Adeyemi,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.777777778,0.777777778,0,ready-soon,11,python,freight-operations,data-analyst-3,false
E1011,Oluwaseun Adeyemi,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.611111111,0.611111111,0,develop,47,stakeholder-management,hiring,analytics-manager-4,false
E1011,Oluwaseun Adeyemi,jobs,OPP-2026-005,job,Security Engineer (second seat),0.347916667,0.347916667,0,develop,41,communication,application-security,security-engineer-4,false
E1011,Oluwaseun Adeyemi,development,OPP-2026-010,mentorship,Machine-learning mentoring circle,0.916666667,0.916666667,0.75,ready-now,5,experimentation,machine-learning,,false
E1012,Hana Nováková,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.687878788,0.687878788,0.173553719,develop,20,python,freight-operations,data-analyst-3,false
E1012,Hana Nováková,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.366666667,0.366666667,0.462809917,develop,74,sql,leadership,analytics-manager-4,false
E1012,Hana Nováková,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.1875,0.1875,0,develop,73,sql,product-knowledge,solutions-engineer-3,false
E1012,Hana Nováková,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.155555556,0.155555556,0.462809917,develop,67,communication,conflict-resolution,hr-business-partner-3,false
E1012,Hana Nováková,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0,0,0.289256198,develop,52,,leadership,,false
E1012,Hana Nováková,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.1,0.1,0.173553719,develop,54,stakeholder-management,prioritization,,false
E1013,Tiago Santos,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.656481481,0.656481481,0,develop,27,cloud-infrastructure,incident-response,site-reliability-engineer-3,false
E1013,Tiago Santos,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.56969697,0.56969697,0,develop,38,python,data-visualization,data-analyst-3,false
E1013,Tiago Santos,jobs,OPP-2026-005,job,Security Engineer (second seat),0.326041667,0.326041667,0,develop,46,cloud-infrastructure,application-security,security-engineer-4,false
E1014,Sanne de Jong,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.454545455,0.454545455,0.224137931,develop,46,sql,data-visualization,data-analyst-3,false
E1014,Sanne de Jong,jobs,OPP-2026-005,job,Security Engineer (second seat),0.30625,0.30625,0.086206897,develop,43,cloud-infrastructure,application-security,security-engineer-4,false
E1014,Sanne de Jong,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.291666667,0.291666667,0,develop,63,javascript,product-knowledge,solutions-engineer-3,false
E1014,Sanne de Jong,development,OPP-2026-019,shadowing,Shadow on-call with the SRE team,0.366666667,0.366666667,0.344827586,develop,51,cloud-infrastructure,incident-response,site-reliability-engineer-3,false
E1014,Sanne de Jong,development,OPP-2026-010,mentorship,Machine-learning mentoring circle,0.244444444,0.244444444,0.068965517,develop,33,python,machine-learning,,false
E1015,Marek Dvořák,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.369408369,0.369408369,0.140909091,develop,74,sql,communication,data-analyst-3,false
E1015,Marek Dvořák,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.337962963,0.337962963,0.381818182,develop,52,cloud-infrastructure,incident-response,site-reliability-engineer-3,false
E1015,Marek Dvořák,jobs,OPP-2026-005,job,Security Engineer (second seat),0.209375,0.209375,0,develop,63,cloud-infrastructure,application-security,security-engineer-4,false
E1015,Marek Dvořák,development,OPP-2026-019,shadowing,Shadow on-call with the SRE team,0.4,0.4,0.413636364,develop,53,cloud-infrastructure,incident-response,site-reliability-engineer-3,false
E1015,Marek Dvořák,development,OPP-2026-010,mentorship,Machine-learning mentoring circle,0.185185185,0.185185185,0.127272727,develop,36,python,machine-learning,,false
E1016,Amara Okafor,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.826923077,0.776923077,1,develop,24,stakeholder-management,customer-empathy,analytics-manager-4,true
E1016,Amara Okafor,jobs,OPP-2026-004,job,Account Executive (DACH),0.25,0.25,0,develop,61,communication,negotiation,account-executive-2,false
E1016,Amara Okafor,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.25,0.25,0,develop,70,presentation,product-knowledge,solutions-engineer-3,false
E1016,Amara Okafor,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0.4375,0.4375,0.526315789,develop,34,leadership,leadership,,false
E1016,Amara Okafor,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.416666667,0.416666667,0.263157895,develop,35,stakeholder-management,product-discovery,,false
E1016,Amara Okafor,development,OPP-2026-011,gig,Pricing model refresh for the 2027 tender season,0.1,0.1,0.210526316,develop,29,statistics,excel,,false
E1017,Felix Wagner,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.5,0.5,0.46728972,develop,52,stakeholder-management,leadership,analytics-manager-4,false
E1017,Felix Wagner,jobs,OPP-2026-004,job,Account Executive (DACH),0.270833333,0.270833333,0,develop,59,communication,negotiation,account-executive-2,false
E1017,Felix Wagner,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.236111111,0.236111111,0,develop,71,sql,product-knowledge,solutions-engineer-3,false
E1017,Felix Wagner,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.555555556,0.555555556,0.607476636,develop,25,stakeholder-management,strategic-thinking,,false
E1017,Felix Wagner,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.209876543,0.209876543,0.046728972,develop,60,communication,conflict-resolution,hr-business-partner-3,false
E1018,Ayşe Yılmaz,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),1.05,1,0,ready-now,0,python,,data-analyst-3,true
E1018,Ayşe Yılmaz,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.423076923,0.423076923,0,develop,66,stakeholder-management,leadership,analytics-manager-4,false
E1018,Ayşe Yılmaz,jobs,OPP-2026-004,job,Account Executive (DACH),0.333333333,0.333333333,0,develop,60,communication,negotiation,account-executive-2,false
E1019,Jonas Becker,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.979292929,0.929292929,1,ready-soon,5,python,sql,data-analyst-3,true
E1019,Jonas Becker,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.403846154,0.403846154,0.36,develop,65,data-visualization,leadership,analytics-manager-4,false
E1019,Jonas Becker,jobs,OPP-2026-004,job,Account Executive (DACH),0.333333333,0.333333333,0,develop,60,communication,negotiation,account-executive-2,false
E1019,Jonas Becker,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.185185185,0.185185185,0.36,develop,60,communication,conflict-resolution,hr-business-partner-3,false
E1019,Jonas Becker,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.166666667,0.166666667,0.36,develop,47,stakeholder-management,prioritization,,false
E1020,Inês Costa,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.782323232,0.732323232,0.285714286,develop,17,sql,python,data-analyst-3,true
E1020,Inês Costa,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.371794872,0.371794872,0,develop,75,data-visualization,leadership,analytics-manager-4,false
E1020,Inês Costa,jobs,OPP-2026-004,job,Account Executive (DACH),0.208333333,0.208333333,0,develop,62,communication,negotiation,account-executive-2,false
E1020,Inês Costa,development,OPP-2026-010,mentorship,Machine-learning mentoring circle,0.522222222,0.522222222,0.714285714,develop,21,python,machine-learning,,false
E1021,Noah Bouchard,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.636363636,0.636363636,1,develop,20,sql,python,data-analyst-3,false
E1021,Noah Bouchard,jobs,OPP-2026-004,job,Account Executive (DACH),0.1875,0.1875,0,develop,63,communication,negotiation,account-executive-2,false
E1021,Noah Bouchard,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.1875,0.1875,0,develop,73,sql,product-knowledge,solutions-engineer-3,false
E1021,Noah Bouchard,development,OPP-2026-010,mentorship,Machine-learning mentoring circle,0.311111111,0.311111111,1,develop,25,experimentation,machine-learning,,false
E1021,Noah Bouchard,development,OPP-2026-019,shadowing,Shadow on-call with the SRE team,0.05,0.05,1,develop,79,python,cloud-infrastructure,site-reliability-engineer-3,false
E1022,김지민,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.433333333,0.433333333,1,develop,37,sql,python,data-analyst-3,false
E1022,김지민,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.166666667,0.166666667,0,develop,73,sql,product-knowledge,solutions-engineer-3,false
E1022,김지민,jobs,OPP-2026-004,job,Account Executive (DACH),0.138888889,0.138888889,0.12195122,develop,65,communication,negotiation,account-executive-2,false
E1022,김지민,development,OPP-2026-008,project,Carbon-emissions dashboard for shippers,0.566666667,0.566666667,0.365853659,ready-soon,7,data-visualization,data-visualization,,false
E1022,김지민,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.103703704,0.103703704,0.268292683,develop,71,communication,conflict-resolution,hr-business-partner-3,false
E1022,김지민,development,OPP-2026-010,mentorship,Machine-learning mentoring circle,0.211111111,0.211111111,0.243902439,develop,33,python,machine-learning,,false
E1023,Femke Jansen,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.51010101,0.51010101,0.307692308,develop,32,communication,python,data-analyst-3,false
E1023,Femke Jansen,jobs,OPP-2026-004,job,Account Executive (DACH),0.319444444,0.319444444,0,develop,53,communication,negotiation,account-executive-2,false
E1023,Femke Jansen,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.194444444,0.194444444,0,develop,73,sql,product-knowledge,solutions-engineer-3,false
E1023,Femke Jansen,development,OPP-2026-008,project,Carbon-emissions dashboard for shippers,0.711111111,0.711111111,0.307692308,ready-soon,6,data-visualization,data-visualization,,false
E1023,Femke Jansen,development,OPP-2026-010,mentorship,Machine-learning mentoring circle,0.255555556,0.255555556,0.076923077,develop,25,experimentation,machine-learning,,false
E1024,Kwame Mensah,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.538461538,0.538461538,0,develop,56,leadership,data-visualization,analytics-manager-4,false
E1024,Kwame Mensah,jobs,OPP-2026-005,job,Security Engineer (second seat),0.25,0.25,0,develop,41,communication,application-security,security-engineer-4,false
E1024,Kwame Mensah,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.242424242,0.242424242,0,develop,50,communication,sql,data-analyst-3,false
E1025,Priya Raghunathan,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.521367521,0.521367521,0.037209302,develop,63,leadership,data-visualization,analytics-manager-4,false
E1025,Priya Raghunathan,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.416666667,0.416666667,0,develop,35,communication,python,data-analyst-3,false
E1025,Priya Raghunathan,jobs,OPP-2026-005,job,Security Engineer (second seat),0.25,0.25,0,develop,41,communication,application-security,security-engineer-4,false
E1025,Priya Raghunathan,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0.583333333,0.583333333,0.595348837,develop,27,leadership,strategic-thinking,,false
E1025,Priya Raghunathan,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.25,0.25,0.334883721,develop,45,stakeholder-management,prioritization,,false
E1025,Priya Raghunathan,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.462962963,0.462962963,0.181395349,develop,30,conflict-resolution,employment-law,hr-business-partner-3,false
E1026,Björn Lindqvist,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.833333333,0.833333333,0,develop,13,cloud-infrastructure,ci-cd,site-reliability-engineer-3,false
E1026,Björn Lindqvist,jobs,OPP-2026-005,job,Security Engineer (second seat),0.6125,0.6125,0,develop,18,cloud-infrastructure,application-security,security-engineer-4,false
E1026,Björn Lindqvist,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.358974359,0.358974359,0,develop,69,leadership,stakeholder-management,analytics-manager-4,false
E1027,Noor Haddad,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.559259259,0.559259259,0.201086957,develop,41,cloud-infrastructure,ci-cd,site-reliability-engineer-3,false
E1027,Noor Haddad,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.2,0.2,0.010869565,develop,57,communication,sql,data-analyst-3,false
E1027,Noor Haddad,jobs,OPP-2026-004,job,Account Executive (DACH),0.166666667,0.166666667,0.054347826,develop,62,communication,negotiation,account-executive-2,false
E1027,Noor Haddad,development,OPP-2026-019,shadowing,Shadow on-call with the SRE team,0.52,0.52,0.201086957,develop,42,cloud-infrastructure,ci-cd,site-reliability-engineer-3,false
E1027,Noor Haddad,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0,0,0.190217391,develop,52,,leadership,,false
E1027,Noor Haddad,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.17037037,0.17037037,0.092391304,develop,65,communication,conflict-resolution,hr-business-partner-3,false
E1028,Sven Lindgren,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.821759259,0.821759259,0,ready-soon,11,cloud-infrastructure,kubernetes,site-reliability-engineer-3,false
E1028,Sven Lindgren,jobs,OPP-2026-005,job,Security Engineer (second seat),0.5890625,0.5890625,0,develop,18,cloud-infrastructure,application-security,security-engineer-4,false
E1028,Sven Lindgren,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.320512821,0.320512821,0.076923077,develop,76,leadership,stakeholder-management,analytics-manager-4,false
E1028,Sven Lindgren,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.305555556,0.305555556,0.307692308,develop,38,strategic-thinking,prioritization,,false
E1028,Sven Lindgren,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0.625,0.625,0.230769231,develop,15,coaching,leadership,,false
E1028,Sven Lindgren,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.283950617,0.283950617,0.076923077,develop,50,coaching,conflict-resolution,hr-business-partner-3,false
E1029,Dmitri Volkov,jobs,OPP-2026-005,job,Security Engineer (second seat),0.584375,0.584375,0,develop,18,cloud-infrastructure,application-security,security-engineer-4,false
E1029,Dmitri Volkov,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.293939394,0.293939394,0.054669704,develop,58,python,sql,data-analyst-3,false
E1029,Dmitri Volkov,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.257692308,0.257692308,0.054669704,develop,86,coaching,stakeholder-management,analytics-manager-4,false
E1029,Dmitri Volkov,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.414814815,0.414814815,0.054669704,develop,39,conflict-resolution,employment-law,hr-business-partner-3,false
E1029,Dmitri Volkov,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.1,0.1,0.054669704,develop,54,stakeholder-management,prioritization,,false
E1030,Lena Schmidt,jobs,OPP-2026-005,job,Security Engineer (second seat),0.681944444,0.631944444,1,develop,22,application-security,application-security,security-engineer-4,true
E1030,Lena Schmidt,jobs,OPP-2026-004,job,Account Executive (DACH),0.180555556,0.180555556,0.096774194,develop,55,collaboration,negotiation,account-executive-2,false
E1030,Lena Schmidt,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.175757576,0.175757576,0.096774194,develop,65,communication,sql,data-analyst-3,false
E1030,Lena Schmidt,development,OPP-2026-012,gig,Interview panel for the 2027 graduate intake,0.333333333,0.333333333,0.096774194,ready-soon,6,communication,hiring,,false
E1030,Lena Schmidt,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.103703704,0.103703704,0.096774194,develop,71,communication,conflict-resolution,hr-business-partner-3,false
E1031,Arjun Mehta,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.782407407,0.782407407,0,develop,16,cloud-infrastructure,kubernetes,site-reliability-engineer-3,false
E1031,Arjun Mehta,jobs,OPP-2026-005,job,Security Engineer (second seat),0.584375,0.584375,0,develop,18,cloud-infrastructure,application-security,security-engineer-4,false
E1031,Arjun Mehta,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.333333333,0.333333333,0,develop,70,leadership,stakeholder-management,analytics-manager-4,false
E1032,Maarten Visser,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.874074074,0.824074074,1,ready-soon,11,cloud-infrastructure,cloud-infrastructure,site-reliability-engineer-3,true
E1032,Maarten Visser,jobs,OPP-2026-005,job,Security Engineer (second seat),0.584027778,0.584027778,1,develop,20,communication,application-security,security-engineer-4,false
E1032,Maarten Visser,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.296875,0.296875,0,develop,51,javascript,product-knowledge,solutions-engineer-3,false
E1032,Maarten Visser,development,OPP-2026-019,shadowing,Shadow on-call with the SRE team,0.916666667,0.866666667,1,ready-soon,6,cloud-infrastructure,cloud-infrastructure,site-reliability-engineer-3,true
E1033,Yuki Sato,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.655324074,0.605324074,0.3,develop,21,cloud-infrastructure,kubernetes,site-reliability-engineer-3,true
E1033,Yuki Sato,jobs,OPP-2026-005,job,Security Engineer (second seat),0.490364583,0.490364583,0,develop,23,communication,application-security,security-engineer-4,false
E1033,Yuki Sato,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.3125,0.3125,0,develop,49,api-design,product-knowledge,solutions-engineer-3,false
E1033,Yuki Sato,development,OPP-2026-019,shadowing,Shadow on-call with the SRE team,0.654166667,0.604166667,0.3,develop,22,cloud-infrastructure,ci-cd,site-reliability-engineer-3,true
E1034,Mateus Carvalho,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.435185185,0.435185185,0,develop,45,cloud-infrastructure,incident-response,site-reliability-engineer-3,false
E1034,Mateus Carvalho,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.425252525,0.425252525,0,develop,73,python,communication,data-analyst-3,false
E1034,Mateus Carvalho,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.347222222,0.347222222,0,develop,62,javascript,product-knowledge,solutions-engineer-3,false
E1034,Mateus Carvalho,development,OPP-2026-007,rotation,Data Engineering rotation (three months),0.95625,0.90625,1,ready-soon,3,etl,etl,data-engineer-2,true
E1035,Chloé Dubois,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.824074074,0.824074074,0,develop,19,incident-response,collaboration,site-reliability-engineer-3,false
E1035,Chloé Dubois,jobs,OPP-2026-005,job,Security Engineer (second seat),0.561111111,0.561111111,0,develop,20,communication,application-security,security-engineer-4,false
E1035,Chloé Dubois,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.457264957,0.457264957,1,develop,65,stakeholder-management,data-visualization,analytics-manager-4,false
E1035,Chloé Dubois,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0.520833333,0.520833333,1,develop,29,leadership,strategic-thinking,,false
E1036,王伟,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.694444444,0.694444444,0,develop,21,incident-response,kubernetes,site-reliability-engineer-3,false
E1036,王伟,jobs,OPP-2026-005,job,Security Engineer (second seat),0.514583333,0.514583333,0,develop,23,communication,application-security,security-engineer-4,false
E1036,王伟,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.334615385,0.334615385,0,develop,78,coaching,stakeholder-management,analytics-manager-4,false
E1037,Rafael Sousa,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.507716049,0.507716049,0,develop,23,incident-response,cloud-infrastructure,site-reliability-engineer-3,false
E1037,Rafael Sousa,jobs,OPP-2026-005,job,Security Engineer (second seat),0.403125,0.403125,0,develop,27,communication,application-security,security-engineer-4,false
E1037,Rafael Sousa,jobs,OPP-2026-004,job,Account Executive (DACH),0.3125,0.3125,0.066115702,develop,50,collaboration,negotiation,account-executive-2,false
E1037,Rafael Sousa,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.416666667,0.416666667,0.694214876,develop,25,prioritization,strategic-thinking,,false
E1037,Rafael Sousa,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.185185185,0.185185185,0.099173554,develop,60,communication,conflict-resolution,hr-business-partner-3,false
E1037,Rafael Sousa,development,OPP-2026-008,project,Carbon-emissions dashboard for shippers,0.233333333,0.233333333,0.066115702,develop,22,freight-operations,data-visualization,,false
E1038,Olivia Gagnon,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.657407407,0.657407407,0,develop,17,cloud-infrastructure,kubernetes,site-reliability-engineer-3,false
E1038,Olivia Gagnon,jobs,OPP-2026-005,job,Security Engineer (second seat),0.597916667,0.597916667,0,develop,18,communication,application-security,security-engineer-4,false
E1038,Olivia Gagnon,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.3125,0.3125,0,develop,49,api-design,product-knowledge,solutions-engineer-3,false
E1039,Kenji Watanabe,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.208333333,0.208333333,0.056074766,develop,63,javascript,product-knowledge,solutions-engineer-3,false
E1039,Kenji Watanabe,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.195987654,0.195987654,0.38317757,develop,55,go,cloud-infrastructure,site-reliability-engineer-3,false
E1039,Kenji Watanabe,jobs,OPP-2026-004,job,Account Executive (DACH),0.069444444,0.069444444,0.186915888,develop,79,collaboration,negotiation,account-executive-2,false
E1039,Kenji Watanabe,development,OPP-2026-019,shadowing,Shadow on-call with the SRE team,0.176388889,0.176388889,0.38317757,develop,56,go,cloud-infrastructure,site-reliability-engineer-3,false
E1039,Kenji Watanabe,development,OPP-2026-012,gig,Interview panel for the 2027 graduate intake,0,0,0.168224299,develop,19,,communication,,false
E1039,Kenji Watanabe,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0,0,0.168224299,develop,88,,conflict-resolution,hr-business-partner-3,false
E1040,Marta Ferreira,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.45127866,0.45127866,0.240963855,develop,25,go,cloud-infrastructure,site-reliability-engineer-3,false
E1040,Marta Ferreira,jobs,OPP-2026-005,job,Security Engineer (second seat),0.292013889,0.292013889,0.331325301,develop,31,communication,application-security,security-engineer-4,false
E1040,Marta Ferreira,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.25,0.25,0.090361446,develop,51,javascript,product-knowledge,solutions-engineer-3,false
E1040,Marta Ferreira,development,OPP-2026-019,shadowing,Shadow on-call with the SRE team,0.46031746,0.46031746,0.240963855,develop,26,go,cloud-infrastructure,site-reliability-engineer-3,false
E1040,Marta Ferreira,development,OPP-2026-012,gig,Interview panel for the 2027 graduate intake,0.333333333,0.333333333,0.090361446,ready-soon,6,communication,hiring,,false
E1040,Marta Ferreira,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.103703704,0.103703704,0.090361446,develop,71,communication,conflict-resolution,hr-business-partner-3,false
E1041,Liam Roy,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.208333333,0.208333333,0,develop,63,javascript,product-knowledge,solutions-engineer-3,false
E1041,Liam Roy,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.166666667,0.166666667,0.333333333,develop,55,collaboration,cloud-infrastructure,site-reliability-engineer-3,false
E1041,Liam Roy,jobs,OPP-2026-004,job,Account Executive (DACH),0.083333333,0.083333333,0,develop,77,collaboration,negotiation,account-executive-2,false
E1041,Liam Roy,development,OPP-2026-019,shadowing,Shadow on-call with the SRE team,0.15,0.15,0.333333333,develop,56,collaboration,cloud-infrastructure,site-reliability-engineer-3,false
E1042,Beatriz Oliveira,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.166666667,0.166666667,0.106382979,develop,63,javascript,product-knowledge,solutions-engineer-3,false
E1042,Beatriz Oliveira,jobs,OPP-2026-004,job,Account Executive (DACH),0.083333333,0.083333333,0,develop,77,collaboration,negotiation,account-executive-2,false
E1042,Beatriz Oliveira,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.074074074,0.074074074,0.319148936,develop,68,collaboration,cloud-infrastructure,site-reliability-engineer-3,false
E1042,Beatriz Oliveira,development,OPP-2026-019,shadowing,Shadow on-call with the SRE team,0.066666667,0.066666667,0.319148936,develop,69,collaboration,cloud-infrastructure,site-reliability-engineer-3,false
E1043,Jakub Kowalczyk,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.222222222,0.222222222,0,develop,52,go,cloud-infrastructure,site-reliability-engineer-3,false
E1043,Jakub Kowalczyk,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.208333333,0.208333333,0,develop,63,javascript,product-knowledge,solutions-engineer-3,false
E1043,Jakub Kowalczyk,jobs,OPP-2026-004,job,Account Executive (DACH),0.083333333,0.083333333,0,develop,77,collaboration,negotiation,account-executive-2,false
E1044,Aaliyah Johnson,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.125,0.125,0.157068063,develop,77,javascript,product-knowledge,solutions-engineer-3,false
E1044,Aaliyah Johnson,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0,0,0,develop,94,,sql,data-analyst-3,false
E1044,Aaliyah Johnson,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0,0,0.392670157,develop,78,,cloud-infrastructure,site-reliability-engineer-3,false
E1044,Aaliyah Johnson,development,OPP-2026-019,shadowing,Shadow on-call with the SRE team,0,0,0.392670157,develop,79,,cloud-infrastructure,site-reliability-engineer-3,false
E1045,Siobhán O'Connor,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.692307692,0.692307692,0.285714286,develop,23,leadership,sql,analytics-manager-4,false
E1045,Siobhán O'Connor,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.424242424,0.424242424,0,develop,35,communication,sql,data-analyst-3,false
E1045,Siobhán O'Connor,jobs,OPP-2026-004,job,Account Executive (DACH),0.368055556,0.368055556,0,develop,56,communication,negotiation,account-executive-2,false
E1045,Siobhán O'Connor,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0.6875,0.6875,0.714285714,develop,17,leadership,coaching,,false
E1045,Siobhán O'Connor,development,OPP-2026-012,gig,Interview panel for the 2027 graduate intake,0.833333333,0.833333333,0.142857143,ready-soon,1,communication,hiring,,false
E1045,Siobhán O'Connor,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.296296296,0.296296296,0.142857143,develop,45,communication,conflict-resolution,hr-business-partner-3,false
E1046,François Lefèvre,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.561965812,0.561965812,0,develop,33,stakeholder-management,leadership,analytics-manager-4,false
E1046,François Lefèvre,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.454545455,0.454545455,0,develop,34,communication,sql,data-analyst-3,false
E1046,François Lefèvre,jobs,OPP-2026-004,job,Account Executive (DACH),0.375,0.375,0,develop,55,communication,negotiation,account-executive-2,false
E1046,François Lefèvre,development,OPP-2026-011,gig,Pricing model refresh for the 2027 tender season,0.083333333,0.083333333,0.384615385,develop,29,pricing,excel,,false
E1047,Nguyễn Thị Lan,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.621367521,0.621367521,0,develop,35,leadership,hiring,analytics-manager-4,false
E1047,Nguyễn Thị Lan,jobs,OPP-2026-004,job,Account Executive (DACH),0.395833333,0.395833333,0,develop,52,communication,negotiation,account-executive-2,false
E1047,Nguyễn Thị Lan,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.390909091,0.390909091,0,develop,44,communication,sql,data-analyst-3,false
E1048,Tomás Ó Briain,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.445454545,0.445454545,0.178571429,develop,39,communication,python,data-analyst-3,false
E1048,Tomás Ó Briain,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.424358974,0.424358974,0.214285714,develop,62,prioritization,leadership,analytics-manager-4,false
E1048,Tomás Ó Briain,jobs,OPP-2026-004,job,Account Executive (DACH),0.270833333,0.270833333,0.107142857,develop,58,communication,negotiation,account-executive-2,false
E1048,Tomás Ó Briain,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0,0,0.357142857,develop,52,,leadership,,false
E1048,Tomás Ó Briain,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.645833333,0.645833333,0.321428571,develop,18,prioritization,strategic-thinking,,false
E1048,Tomás Ó Briain,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.185185185,0.185185185,0.214285714,develop,60,communication,conflict-resolution,hr-business-partner-3,false
E1049,Ava Côté,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.540909091,0.540909091,0.052631579,develop,30,communication,sql,data-analyst-3,false
E1049,Ava Côté,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.444871795,0.444871795,0.947368421,develop,48,stakeholder-management,leadership,analytics-manager-4,false
E1049,Ava Côté,jobs,OPP-2026-004,job,Account Executive (DACH),0.326388889,0.326388889,0.052631579,develop,52,communication,negotiation,account-executive-2,false
E1049,Ava Côté,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.666666667,0.666666667,0.631578947,develop,20,product-discovery,strategic-thinking,,false
E1049,Ava Côté,development,OPP-2026-008,project,Carbon-emissions dashboard for shippers,0.53,0.53,0.052631579,ready-soon,6,presentation,data-visualization,,false
E1050,Mia Hoffmann,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.599145299,0.599145299,0,develop,39,stakeholder-management,leadership,analytics-manager-4,false
E1050,Mia Hoffmann,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.56969697,0.56969697,0,develop,32,communication,python,data-analyst-3,false
E1050,Mia Hoffmann,jobs,OPP-2026-004,job,Account Executive (DACH),0.319444444,0.319444444,0,develop,53,communication,negotiation,account-executive-2,false
E1050,Mia Hoffmann,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.666666667,0.666666667,1,develop,18,prioritization,strategic-thinking,,false
E1051,Karim Benali,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.636363636,0.586363636,1,develop,23,sql,freight-operations,data-analyst-3,true
E1051,Karim Benali,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.430769231,0.430769231,0.246487867,develop,62,product-analytics,leadership,analytics-manager-4,false
E1051,Karim Benali,jobs,OPP-2026-004,job,Account Executive (DACH),0.252314815,0.252314815,0.268199234,develop,58,pricing,negotiation,account-executive-2,false
E1051,Karim Benali,development,OPP-2026-008,project,Carbon-emissions dashboard for shippers,0.577777778,0.577777778,0.351213282,ready-soon,5,data-visualization,freight-operations,,false
E1051,Karim Benali,development,OPP-2026-010,mentorship,Machine-learning mentoring circle,0.477777778,0.477777778,0.153256705,develop,20,experimentation,machine-learning,,false
E1051,Karim Benali,development,OPP-2026-011,gig,Pricing model refresh for the 2027 tender season,0.266666667,0.266666667,0.137931034,develop,28,pricing,excel,,false
E1052,Sofia Rossi,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.556565657,0.556565657,0.20212766,develop,23,sql,python,data-analyst-3,false
E1052,Sofia Rossi,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.462820513,0.462820513,0.414893617,develop,61,customer-empathy,leadership,analytics-manager-4,false
E1052,Sofia Rossi,jobs,OPP-2026-004,job,Account Executive (DACH),0.229166667,0.229166667,0.106382979,develop,53,communication,negotiation,account-executive-2,false
E1052,Sofia Rossi,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.1,0.1,0.734042553,develop,54,stakeholder-management,prioritization,,false
E1052,Sofia Rossi,development,OPP-2026-008,project,Carbon-emissions dashboard for shippers,0.566666667,0.566666667,0.106382979,ready-soon,5,data-visualization,data-visualization,,false
E1052,Sofia Rossi,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.155555556,0.155555556,0.095744681,develop,67,communication,conflict-resolution,hr-business-partner-3,false
E1053,Małgorzata Wiśniewska,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.417948718,0.417948718,0,develop,72,leadership,data-visualization,analytics-manager-4,false
E1053,Małgorzata Wiśniewska,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.204040404,0.204040404,0,develop,71,stakeholder-management,sql,data-analyst-3,false
E1053,Małgorzata Wiśniewska,jobs,OPP-2026-005,job,Security Engineer (second seat),0.197222222,0.197222222,0,develop,56,data-privacy,application-security,security-engineer-4,false
E1053,Małgorzata Wiśniewska,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0.8125,0.8125,1,ready-soon,10,leadership,leadership,,false
E1054,Fatima Zahra El Amrani,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.337121212,0.337121212,0,develop,51,python,sql,data-analyst-3,false
E1054,Fatima Zahra El Amrani,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.334935897,0.334935897,0.652173913,develop,78,stakeholder-management,data-visualization,analytics-manager-4,false
E1054,Fatima Zahra El Amrani,jobs,OPP-2026-005,job,Security Engineer (second seat),0.170138889,0.170138889,0.347826087,develop,57,communication,application-security,security-engineer-4,false
E1054,Fatima Zahra El Amrani,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0.40625,0.40625,0.652173913,develop,37,leadership,leadership,,false
E1055,Grace Mwangi,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.374358974,0.374358974,0.152542373,develop,68,stakeholder-management,leadership,analytics-manager-4,false
E1055,Grace Mwangi,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.242424242,0.242424242,0,develop,50,communication,sql,data-analyst-3,false
E1055,Grace Mwangi,jobs,OPP-2026-004,job,Account Executive (DACH),0.166666667,0.166666667,0,develop,62,communication,negotiation,account-executive-2,false
E1055,Grace Mwangi,development,OPP-2026-011,gig,Pricing model refresh for the 2027 tender season,0,0,0.254237288,develop,29,,excel,,false
E1055,Grace Mwangi,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0.35,0.35,0.152542373,develop,38,coaching,leadership,,false
E1056,Lucas Moreau,jobs,OPP-2026-004,job,Account Executive (DACH),0.327291667,0.327291667,0.112781955,develop,59,negotiation,solution-selling,account-executive-2,false
E1056,Lucas Moreau,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.261363636,0.261363636,0.203007519,develop,65,python,sql,data-analyst-3,false
E1056,Lucas Moreau,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.238782051,0.238782051,0.383458647,develop,85,hiring,leadership,analytics-manager-4,false
E1056,Lucas Moreau,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.590123457,0.540123457,1,develop,26,conflict-resolution,conflict-resolution,hr-business-partner-3,true
E1056,Lucas Moreau,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0.125,0.125,0.180451128,develop,42,coaching,leadership,,false
E1056,Lucas Moreau,development,OPP-2026-012,gig,Interview panel for the 2027 graduate intake,0.791666667,0.791666667,0.112781955,ready-soon,7,hiring,communication,,false
E1057,Emma Gauthier,jobs,OPP-2026-004,job,Account Executive (DACH),0.957407407,0.907407407,1,ready-soon,6,negotiation,solution-selling,account-executive-2,true
E1057,Emma Gauthier,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.393939394,0.393939394,0,develop,36,communication,sql,data-analyst-3,false
E1057,Emma Gauthier,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.384615385,0.384615385,0,develop,60,communication,leadership,analytics-manager-4,false
E1058,Hannah Klein,jobs,OPP-2026-004,job,Account Executive (DACH),0.415277778,0.415277778,0,develop,44,negotiation,solution-selling,account-executive-2,false
E1058,Hannah Klein,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.196969697,0.196969697,0,develop,53,communication,sql,data-analyst-3,false
E1058,Hannah Klein,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.1,0.1,0,develop,71,presentation,product-knowledge,solutions-engineer-3,false
E1059,Diego Hernández,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.203030303,0.203030303,0.154929577,develop,58,presentation,sql,data-analyst-3,false
E1059,Diego Hernández,jobs,OPP-2026-004,job,Account Executive (DACH),0.138888889,0.138888889,0.281690141,develop,64,presentation,negotiation,account-executive-2,false
E1059,Diego Hernández,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.125,0.125,0,develop,72,presentation,product-knowledge,solutions-engineer-3,false
E1059,Diego Hernández,development,OPP-2026-012,gig,Interview panel for the 2027 graduate intake,0.333333333,0.333333333,0.281690141,ready-soon,6,communication,hiring,,false
E1059,Diego Hernández,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.237962963,0.237962963,0.154929577,develop,71,hris,conflict-resolution,hr-business-partner-3,false
E1059,Diego Hernández,development,OPP-2026-011,gig,Pricing model refresh for the 2027 tender season,0.166666667,0.166666667,0.14084507,develop,15,excel,pricing,,false
E1060,Olumide Bakare,jobs,OPP-2026-004,job,Account Executive (DACH),0.544444444,0.544444444,0,develop,48,negotiation,collaboration,account-executive-2,false
E1060,Olumide Bakare,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.492307692,0.492307692,0,develop,68,leadership,data-visualization,analytics-manager-4,false
E1060,Olumide Bakare,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.139393939,0.139393939,0,develop,71,stakeholder-management,sql,data-analyst-3,false
E1060,Olumide Bakare,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0.8125,0.8125,1,ready-soon,10,leadership,leadership,,false
E1061,Eva Lindholm,jobs,OPP-2026-004,job,Account Executive (DACH),0.520833333,0.520833333,0,develop,56,negotiation,communication,account-executive-2,false
E1061,Eva Lindholm,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.294871795,0.294871795,0.317647059,develop,98,leadership,stakeholder-management,analytics-manager-4,false
E1061,Eva Lindholm,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.125,0.125,0,develop,77,solution-selling,product-knowledge,solutions-engineer-3,false
E1061,Eva Lindholm,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0.578125,0.578125,0.458823529,develop,28,leadership,strategic-thinking,,false
E1061,Eva Lindholm,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0,0,0.423529412,develop,60,,prioritization,,false
E1061,Eva Lindholm,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.111111111,0.111111111,0.211764706,develop,73,coaching,conflict-resolution,hr-business-partner-3,false
E1062,Marcus Thompson,jobs,OPP-2026-004,job,Account Executive (DACH),1,1,0,ready-now,0,negotiation,,account-executive-2,false
E1062,Marcus Thompson,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.573076923,0.573076923,0,develop,53,leadership,prioritization,analytics-manager-4,false
E1062,Marcus Thompson,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.395833333,0.395833333,0,develop,48,product-knowledge,api-design,solutions-engineer-3,false
E1063,Isabelle Martin,jobs,OPP-2026-004,job,Account Executive (DACH),0.916666667,0.916666667,0,ready-now,10,negotiation,crm,account-executive-2,false
E1063,Isabelle Martin,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.688888889,0.638888889,1,develop,15,product-knowledge,product-knowledge,solutions-engineer-3,true
E1063,Isabelle Martin,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.351515152,0.351515152,0.391304348,develop,47,communication,sql,data-analyst-3,false
E1063,Isabelle Martin,development,OPP-2026-008,project,Carbon-emissions dashboard for shippers,0.413333333,0.413333333,0.391304348,develop,17,freight-operations,data-visualization,,false
E1064,Daniel Cohen,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.455288462,0.455288462,0.325301205,develop,64,stakeholder-management,prioritization,analytics-manager-4,false
E1064,Daniel Cohen,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.347727273,0.347727273,0.036144578,develop,47,freight-operations,sql,data-analyst-3,false
E1064,Daniel Cohen,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.3125,0.3125,0.096385542,develop,49,solution-selling,product-knowledge,solutions-engineer-3,false
E1064,Daniel Cohen,development,OPP-2026-012,gig,Interview panel for the 2027 graduate intake,0.8125,0.8125,0.036144578,ready-soon,2,communication,hiring,,false
E1064,Daniel Cohen,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.550925926,0.550925926,0.036144578,develop,29,conflict-resolution,employment-law,hr-business-partner-3,false
E1065,Valentina Cruz,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.319444444,0.319444444,0.040650407,develop,51,product-knowledge,product-knowledge,solutions-engineer-3,false
E1065,Valentina Cruz,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.281818182,0.281818182,0.243902439,develop,58,communication,sql,data-analyst-3,false
E1065,Valentina Cruz,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.2,0.2,0.203252033,develop,87,customer-empathy,leadership,analytics-manager-4,false
E1065,Valentina Cruz,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.160493827,0.160493827,0.203252033,develop,67,communication,conflict-resolution,hr-business-partner-3,false
E1065,Valentina Cruz,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.111111111,0.111111111,0.203252033,develop,54,stakeholder-management,prioritization,,false
E1065,Valentina Cruz,development,OPP-2026-011,gig,Pricing model refresh for the 2027 tender season,0.333333333,0.333333333,0.12195122,develop,28,negotiation,excel,,false
E1066,Ryan O'Neill,jobs,OPP-2026-004,job,Account Executive (DACH),0.973611111,0.923611111,1,ready-now,6,solution-selling,negotiation,account-executive-2,true
E1066,Ryan O'Neill,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.418686869,0.418686869,0.333333333,develop,53,python,sql,data-analyst-3,false
E1066,Ryan O'Neill,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.333333333,0.333333333,0,develop,49,product-knowledge,product-knowledge,solutions-engineer-3,false
E1066,Ryan O'Neill,development,OPP-2026-019,shadowing,Shadow on-call with the SRE team,0.155555556,0.155555556,0.666666667,develop,69,python,cloud-infrastructure,site-reliability-engineer-3,false
E1066,Ryan O'Neill,development,OPP-2026-008,project,Carbon-emissions dashboard for shippers,0.396666667,0.396666667,0.333333333,develop,18,freight-operations,data-visualization,,false
E1067,Zainab Hussain,jobs,OPP-2026-004,job,Account Executive (DACH),0.869444444,0.819444444,1,ready-soon,12,negotiation,solution-selling,account-executive-2,true
E1067,Zainab Hussain,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.324242424,0.324242424,0.130434783,develop,47,communication,sql,data-analyst-3,false
E1067,Zainab Hussain,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.296875,0.296875,0.260869565,develop,52,product-knowledge,product-knowledge,solutions-engineer-3,false
E1067,Zainab Hussain,development,OPP-2026-008,project,Carbon-emissions dashboard for shippers,0.566666667,0.566666667,0.130434783,ready-soon,8,data-visualization,sql,,false
E1068,Pieter Janssens,jobs,OPP-2026-004,job,Account Executive (DACH),0.916666667,0.916666667,0.095238095,ready-now,10,negotiation,crm,account-executive-2,false
E1068,Pieter Janssens,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.351515152,0.351515152,0,develop,47,communication,sql,data-analyst-3,false
E1068,Pieter Janssens,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.333333333,0.333333333,0,develop,49,product-knowledge,product-knowledge,solutions-engineer-3,false
E1068,Pieter Janssens,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0,0,0.476190476,develop,52,,leadership,,false
E1068,Pieter Janssens,development,OPP-2026-012,gig,Interview panel for the 2027 graduate intake,0.5,0.5,0.142857143,ready-soon,4,communication,hiring,,false
E1068,Pieter Janssens,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.222222222,0.222222222,0.142857143,develop,58,communication,conflict-resolution,hr-business-partner-3,false
E1069,Clara Schneider,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.327272727,0.327272727,0.142857143,develop,50,communication,sql,data-analyst-3,false
E1069,Clara Schneider,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.3125,0.3125,0.142857143,develop,51,product-knowledge,product-knowledge,solutions-engineer-3,false
E1069,Clara Schneider,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.257692308,0.257692308,0,develop,80,stakeholder-management,leadership,analytics-manager-4,false
E1069,Clara Schneider,development,OPP-2026-011,gig,Pricing model refresh for the 2027 tender season,0.333333333,0.333333333,0.285714286,develop,28,negotiation,excel,,false
E1069,Clara Schneider,development,OPP-2026-008,project,Carbon-emissions dashboard for shippers,0.34,0.34,0.142857143,develop,20,freight-operations,data-visualization,,false
E1070,Anders Nilsson,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.479166667,0.479166667,0,develop,34,product-knowledge,api-design,solutions-engineer-3,false
E1070,Anders Nilsson,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.393939394,0.393939394,0,develop,36,communication,sql,data-analyst-3,false
E1070,Anders Nilsson,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.25,0.25,1,develop,73,data-visualization,leadership,analytics-manager-4,false
E1071,Laura Bianchi,jobs,OPP-2026-004,job,Account Executive (DACH),0.521643519,0.471643519,1,develop,39,solution-selling,negotiation,account-executive-2,true
E1071,Laura Bianchi,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.212878788,0.212878788,0.177865613,develop,61,communication,sql,data-analyst-3,false
E1071,Laura Bianchi,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.182291667,0.182291667,0.249011858,develop,64,solution-selling,product-knowledge,solutions-engineer-3,false
E1071,Laura Bianchi,development,OPP-2026-011,gig,Pricing model refresh for the 2027 tender season,0.125,0.125,0.18972332,develop,29,negotiation,excel,,false
E1071,Laura Bianchi,development,OPP-2026-008,project,Carbon-emissions dashboard for shippers,0.231666667,0.231666667,0.154150198,develop,21,freight-operations,data-visualization,,false
E1071,Laura Bianchi,development,OPP-2026-019,shadowing,Shadow on-call with the SRE team,0.022222222,0.022222222,0.126482213,develop,76,collaboration,cloud-infrastructure,site-reliability-engineer-3,false
E1072,Tobias Meier,jobs,OPP-2026-004,job,Account Executive (DACH),0.354166667,0.354166667,1,develop,41,communication,negotiation,account-executive-2,false
E1072,Tobias Meier,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.256060606,0.256060606,0.137931034,develop,47,communication,sql,data-analyst-3,false
E1072,Tobias Meier,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.0625,0.0625,0.448275862,develop,74,presentation,product-knowledge,solutions-engineer-3,false
E1072,Tobias Meier,development,OPP-2026-011,gig,Pricing model refresh for the 2027 tender season,0.25,0.25,0.206896552,develop,14,excel,pricing,,false
E1072,Tobias Meier,development,OPP-2026-008,project,Carbon-emissions dashboard for shippers,0.416666667,0.416666667,0.137931034,ready-soon,9,data-visualization,sql,,false
E1072,Tobias Meier,development,OPP-2026-019,shadowing,Shadow on-call with the SRE team,0.033333333,0.033333333,0.068965517,develop,74,collaboration,cloud-infrastructure,site-reliability-engineer-3,false
E1073,Elif Demir,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.333333333,0.333333333,0,develop,49,product-knowledge,product-knowledge,solutions-engineer-3,false
E1073,Elif Demir,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.321212121,0.321212121,0.166666667,develop,48,communication,sql,data-analyst-3,false
E1073,Elif Demir,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.23974359,0.23974359,0.166666667,develop,77,customer-empathy,leadership,analytics-manager-4,false
E1073,Elif Demir,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.185185185,0.185185185,0.166666667,develop,60,communication,conflict-resolution,hr-business-partner-3,false
E1073,Elif Demir,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.166666667,0.166666667,0.166666667,develop,47,stakeholder-management,prioritization,,false
E1074,Adebayo Ogunleye,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.523076923,0.523076923,0.307692308,develop,60,leadership,data-visualization,analytics-manager-4,false
E1074,Adebayo Ogunleye,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.127272727,0.127272727,0,develop,73,stakeholder-management,sql,data-analyst-3,false
E1074,Adebayo Ogunleye,jobs,OPP-2026-005,job,Security Engineer (second seat),0.05,0.05,0,develop,65,communication,application-security,security-engineer-4,false
E1074,Adebayo Ogunleye,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0.8125,0.8125,0.615384615,ready-soon,10,leadership,leadership,,false
E1075,Sophie Laurent,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.503846154,0.503846154,0.162790698,develop,61,leadership,data-visualization,analytics-manager-4,false
E1075,Sophie Laurent,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.15,0.15,0,develop,73,stakeholder-management,sql,data-analyst-3,false
E1075,Sophie Laurent,jobs,OPP-2026-004,job,Account Executive (DACH),0.054166667,0.054166667,0,develop,81,communication,negotiation,account-executive-2,false
E1075,Sophie Laurent,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0.5625,0.5625,0.558139535,develop,30,leadership,strategic-thinking,,false
E1075,Sophie Laurent,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.5,0.5,0.279069767,develop,30,prioritization,product-discovery,,false
E1075,Sophie Laurent,development,OPP-2026-012,gig,Interview panel for the 2027 graduate intake,0.575,0.575,0.069767442,ready-soon,10,hiring,communication,,false
E1076,Rui Almeida,jobs,OPP-2026-002,job,Site Reliability Engineer (Platform),0.62037037,0.62037037,0,develop,22,cloud-infrastructure,kubernetes,site-reliability-engineer-3,false
E1076,Rui Almeida,jobs,OPP-2026-004,job,Account Executive (DACH),0.477777778,0.477777778,0,develop,29,solution-selling,negotiation,account-executive-2,false
E1076,Rui Almeida,jobs,OPP-2026-005,job,Security Engineer (second seat),0.472916667,0.472916667,0,develop,24,communication,application-security,security-engineer-4,false
E1077,Nadia Petrova,jobs,OPP-2026-004,job,Account Executive (DACH),0.381018519,0.381018519,0.25210084,develop,39,presentation,negotiation,account-executive-2,false
E1077,Nadia Petrova,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.348484848,0.348484848,0.378151261,develop,37,presentation,python,data-analyst-3,false
E1077,Nadia Petrova,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.297008547,0.297008547,0.504201681,develop,60,stakeholder-management,leadership,analytics-manager-4,false
E1077,Nadia Petrova,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.555555556,0.555555556,0.462184874,develop,23,prioritization,strategic-thinking,,false
E1077,Nadia Petrova,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.148148148,0.148148148,0.25210084,develop,62,communication,conflict-resolution,hr-business-partner-3,false
E1077,Nadia Petrova,development,OPP-2026-008,project,Carbon-emissions dashboard for shippers,0.5,0.5,0.12605042,ready-soon,6,presentation,data-visualization,,false
E1078,Carolina Mendes,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.652564103,0.652564103,1,develop,36,leadership,sql,analytics-manager-4,false
E1078,Carolina Mendes,jobs,OPP-2026-004,job,Account Executive (DACH),0.603356481,0.603356481,0,develop,28,negotiation,solution-selling,account-executive-2,false
E1078,Carolina Mendes,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.509722222,0.509722222,0,develop,35,product-knowledge,api-design,solutions-engineer-3,false
E1079,Joost van Dijk,jobs,OPP-2026-004,job,Account Executive (DACH),1,1,0,ready-now,0,negotiation,,account-executive-2,false
E1079,Joost van Dijk,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.520833333,0.520833333,0,develop,34,customer-onboarding,product-knowledge,solutions-engineer-3,false
E1079,Joost van Dijk,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.412121212,0.412121212,0,develop,44,communication,python,data-analyst-3,false
E1080,Lucía Romero,jobs,OPP-2026-004,job,Account Executive (DACH),0.616666667,0.616666667,0,develop,29,negotiation,solution-selling,account-executive-2,false
E1080,Lucía Romero,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.408333333,0.408333333,1,develop,41,product-knowledge,api-design,solutions-engineer-3,false
E1080,Lucía Romero,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.321212121,0.321212121,0,develop,49,freight-operations,sql,data-analyst-3,false
E1081,Bram Peeters,jobs,OPP-2026-004,job,Account Executive (DACH),0.533333333,0.533333333,0,develop,34,negotiation,solution-selling,account-executive-2,false
E1081,Bram Peeters,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.495833333,0.495833333,0,develop,40,product-knowledge,api-design,solutions-engineer-3,false
E1081,Bram Peeters,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.396969697,0.396969697,0,develop,47,stakeholder-management,sql,data-analyst-3,false
E1082,Ana Ruiz,jobs,OPP-2026-004,job,Account Executive (DACH),0.597222222,0.547222222,0,develop,26,solution-selling,negotiation,account-executive-2,true
E1082,Ana Ruiz,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.4375,0.4375,0.333333333,develop,34,product-knowledge,api-design,solutions-engineer-3,false
E1082,Ana Ruiz,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.333333333,0.333333333,0,develop,39,data-visualization,sql,data-analyst-3,false
E1083,Mohammed Al-Farsi,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.416666667,0.416666667,0.533333333,develop,53,product-knowledge,api-design,solutions-engineer-3,false
E1083,Mohammed Al-Farsi,jobs,OPP-2026-004,job,Account Executive (DACH),0.399305556,0.399305556,0.2,develop,38,customer-empathy,negotiation,account-executive-2,false
E1083,Mohammed Al-Farsi,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.387878788,0.387878788,0,develop,48,sql,python,data-analyst-3,false
E1083,Mohammed Al-Farsi,development,OPP-2026-019,shadowing,Shadow on-call with the SRE team,0.041666667,0.041666667,0.2,develop,73,collaboration,cloud-infrastructure,site-reliability-engineer-3,false
E1084,Jessica Nguyen,jobs,OPP-2026-004,job,Account Executive (DACH),0.533333333,0.533333333,0,develop,34,negotiation,solution-selling,account-executive-2,false
E1084,Jessica Nguyen,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.419444444,0.419444444,0,develop,41,product-knowledge,api-design,solutions-engineer-3,false
E1084,Jessica Nguyen,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.275757576,0.275757576,0,develop,49,stakeholder-management,sql,data-analyst-3,false
E1084,Jessica Nguyen,development,OPP-2026-017,mentorship,Leadership mentoring with a department head,0,0,0.375,develop,52,,leadership,,false
E1084,Jessica Nguyen,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.185185185,0.185185185,0.3125,develop,60,stakeholder-management,conflict-resolution,hr-business-partner-3,false
E1084,Jessica Nguyen,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.25,0.25,0.1875,develop,45,stakeholder-management,prioritization,,false
E1085,Samuel Osei,jobs,OPP-2026-004,job,Account Executive (DACH),0.415972222,0.415972222,0.277777778,develop,42,product-knowledge,solution-selling,account-executive-2,false
E1085,Samuel Osei,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.308080808,0.308080808,0.177777778,develop,40,data-visualization,sql,data-analyst-3,false
E1085,Samuel Osei,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.284375,0.284375,0.333333333,develop,45,product-knowledge,product-knowledge,solutions-engineer-3,false
E1085,Samuel Osei,development,OPP-2026-011,gig,Pricing model refresh for the 2027 tender season,0.125,0.125,0.133333333,develop,29,negotiation,excel,,false
E1085,Samuel Osei,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.180555556,0.180555556,0.111111111,develop,47,stakeholder-management,prioritization,,false
E1085,Samuel Osei,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.154320988,0.154320988,0.111111111,develop,62,stakeholder-management,conflict-resolution,hr-business-partner-3,false
E1086,陈静,jobs,OPP-2026-003,job,Analytics Manager (Customer Insights),0.357692308,0.357692308,0.387323944,develop,64,customer-empathy,leadership,analytics-manager-4,false
E1086,陈静,jobs,OPP-2026-004,job,Account Executive (DACH),0.321759259,0.321759259,0.281690141,develop,40,customer-empathy,negotiation,account-executive-2,false
E1086,陈静,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.298611111,0.298611111,0,develop,47,product-knowledge,api-design,solutions-engineer-3,false
E1086,陈静,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.5,0.5,0.528169014,develop,25,prioritization,strategic-thinking,,false
E1086,陈静,development,OPP-2026-008,project,Carbon-emissions dashboard for shippers,0.117777778,0.117777778,0.211267606,develop,21,presentation,data-visualization,,false
E1086,陈静,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.160493827,0.160493827,0.176056338,develop,62,communication,conflict-resolution,hr-business-partner-3,false
E1087,Matteo Ricci,jobs,OPP-2026-004,job,Account Executive (DACH),0.416666667,0.416666667,0,develop,37,communication,negotiation,account-executive-2,false
E1087,Matteo Ricci,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.416666667,0.416666667,0,develop,39,product-knowledge,api-design,solutions-engineer-3,false
E1087,Matteo Ricci,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.275757576,0.275757576,0,develop,49,communication,sql,data-analyst-3,false
E1088,Ella Morrison,jobs,OPP-2026-004,job,Account Executive (DACH),0.305555556,0.305555556,0.178571429,develop,45,product-knowledge,negotiation,account-executive-2,false
E1088,Ella Morrison,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.166666667,0.166666667,0.357142857,develop,61,product-knowledge,product-knowledge,solutions-engineer-3,false
E1088,Ella Morrison,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.160606061,0.160606061,0.196428571,develop,65,communication,sql,data-analyst-3,false
E1088,Ella Morrison,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.103703704,0.103703704,0.107142857,develop,71,communication,conflict-resolution,hr-business-partner-3,false
E1088,Ella Morrison,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.066666667,0.066666667,0.107142857,develop,56,stakeholder-management,prioritization,,false
E1088,Ella Morrison,development,OPP-2026-008,project,Carbon-emissions dashboard for shippers,0.166666667,0.166666667,0.089285714,develop,22,freight-operations,data-visualization,,false
E1089,Kofi Asante,jobs,OPP-2026-004,job,Account Executive (DACH),0.452430556,0.452430556,1,develop,24,crm,negotiation,account-executive-2,false
E1089,Kofi Asante,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.235606061,0.235606061,0.272727273,develop,64,communication,sql,data-analyst-3,false
E1089,Kofi Asante,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.203125,0.203125,0,develop,53,product-knowledge,product-knowledge,solutions-engineer-3,false
E1089,Kofi Asante,development,OPP-2026-019,shadowing,Shadow on-call with the SRE team,0.083333333,0.083333333,0.363636364,develop,74,python,cloud-infrastructure,site-reliability-engineer-3,false
E1089,Kofi Asante,development,OPP-2026-012,gig,Interview panel for the 2027 graduate intake,0.375,0.375,0.272727273,ready-soon,6,communication,hiring,,false
E1089,Kofi Asante,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.116666667,0.116666667,0.272727273,develop,71,communication,conflict-resolution,hr-business-partner-3,false
E1090,Freya Andersen,jobs,OPP-2026-004,job,Account Executive (DACH),0.277777778,0.277777778,0.25862069,develop,53,product-knowledge,negotiation,account-executive-2,false
E1090,Freya Andersen,jobs,OPP-2026-018,job,Solutions Engineer (Berlin),0.208333333,0.208333333,0.25862069,develop,47,product-knowledge,product-knowledge,solutions-engineer-3,false
E1090,Freya Andersen,jobs,OPP-2026-001,job,Senior Data Analyst (Freight Pricing),0.127272727,0.127272727,0.310344828,develop,73,freight-operations,sql,data-analyst-3,false
E1090,Freya Andersen,development,OPP-2026-015,rotation,HR Business Partner rotation (six months),0.051851852,0.051851852,0.224137931,develop,81,communication,conflict-resolution,hr-business-partner-3,false
E1090,Freya Andersen,development,OPP-2026-009,shadowing,Shadow the Group Product Manager for a quarter,0.033333333,0.033333333,0.137931034,develop,58,stakeholder-management,prioritization,,false
E1090,Freya Andersen,development,OPP-2026-008,project,Carbon-emissions dashboard for shippers,0.206666667,0.206666667,0.086206897,develop,21,freight-operations,data-visualization,,false
<<<end
