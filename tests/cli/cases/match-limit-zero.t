# --limit 0: every candidate (the default shows 10): everyone whose role is at least level
# 5 - 2 = 3, except the incumbent E1002.
run: -C ../data-examples --as-of 2026-11-22 match --role head-of-data-5 --limit 0 --format csv
exit: 0
<<<stdout
employee,name,role,readiness,tier,months
E1008,Łukasz Nowak,analytics-manager-4,0.953125,ready-soon,7
E1024,Kwame Mensah,engineering-manager-4,0.75,develop,26
E1003,Zoë Müller,director-engineering-5,0.743055556,develop,28
E1006,Ethan Tremblay,vp-sales-5,0.689583333,develop,38
E1004,José Álvarez,group-product-manager-5,0.666666667,develop,46
E1007,Chiara Esposito,head-of-customer-success-5,0.658333333,develop,44
E1001,Annelies de Graaf,chief-executive-officer,0.625,develop,41
E1060,Olumide Bakare,sales-manager-4,0.616666667,develop,48
E1074,Adebayo Ogunleye,customer-success-lead-4,0.559722222,develop,61
E1005,Ingrid Bakker,head-of-people-5,0.541666667,develop,48
E1016,Amara Okafor,data-analyst-3,0.541666667,develop,51
E1053,Małgorzata Wiśniewska,people-operations-manager-4,0.536111111,develop,57
E1045,Siobhán O'Connor,senior-product-manager-4,0.527777778,develop,60
E1009,田中 美咲,data-scientist-4,0.520833333,develop,44
E1025,Priya Raghunathan,engineering-manager-4,0.506944444,develop,49
E1047,Nguyễn Thị Lan,product-manager-3,0.479166667,develop,66
E1062,Marcus Thompson,account-executive-3,0.455555556,develop,70
E1026,Björn Lindqvist,staff-engineer-5,0.4375,develop,60
E1078,Carolina Mendes,customer-success-manager-3,0.421875,develop,74
E1028,Sven Lindgren,senior-software-engineer-4,0.4125,develop,56
E1011,Oluwaseun Adeyemi,data-scientist-3,0.386574074,develop,69
E1035,Chloé Dubois,senior-software-engineer-4,0.386111111,develop,70
E1046,François Lefèvre,product-manager-3,0.361111111,develop,73
E1061,Eva Lindholm,sales-manager-4,0.338541667,develop,99
E1075,Sophie Laurent,customer-success-lead-4,0.321875,develop,87
E1036,王伟,software-engineer-3,0.3125,develop,85
E1054,Fatima Zahra El Amrani,hr-business-partner-3,0.29224537,develop,89
E1055,Grace Mwangi,hr-business-partner-3,0.283333333,develop,79
E1031,Arjun Mehta,software-engineer-3,0.270833333,develop,82
E1017,Felix Wagner,data-analyst-3,0.2625,develop,87
E1012,Hana Nováková,data-scientist-3,0.2125,develop,95
E1076,Rui Almeida,solutions-engineer-3,0.2125,develop,95
E1029,Dmitri Volkov,site-reliability-engineer-3,0.2125,develop,97
E1027,Noor Haddad,security-engineer-4,0.2,develop,99
E1049,Ava Côté,ux-researcher-3,0.175,develop,102
E1032,Maarten Visser,software-engineer-3,0.170833333,develop,106
E1079,Joost van Dijk,customer-success-manager-3,0.159722222,develop,96
E1048,Tomás Ó Briain,product-manager-3,0.131944444,develop,92
E1063,Isabelle Martin,account-executive-3,0.125,develop,103
E1068,Pieter Janssens,account-executive-3,0.125,develop,103
E1037,Rafael Sousa,software-engineer-3,0.104166667,develop,105
E1084,Jessica Nguyen,customer-success-manager-3,0.104166667,develop,105
E1077,Nadia Petrova,solutions-engineer-3,0.097222222,develop,104
E1030,Lena Schmidt,site-reliability-engineer-3,0.086111111,develop,116
E1010,Daan de Vries,data-engineer-3,0.050925926,develop,121
<<<end
