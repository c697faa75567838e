# Everyone (90 people) as CSV; people without a target have empty readiness and tier.
run: -C ../data-examples --as-of 2026-11-22 review --all --format csv
<<<stdout
employee,name,target,readiness_from,readiness_to,change,tier,overdue,stale,unverified
E1001,Annelies de Graaf,,,,,,0,1,6
E1002,Rahul Iyer,,,,,,0,1,0
E1003,Zoë Müller,,,,,,0,2,0
E1004,José Álvarez,,,,,,0,2,0
E1005,Ingrid Bakker,,,,,,0,1,0
E1006,Ethan Tremblay,chief-executive-officer,0.744814815,0.744814815,0,develop,0,1,0
E1007,Chiara Esposito,,,,,,0,1,0
E1008,Łukasz Nowak,head-of-data-5,0.90162037,0.903356481,0.001736111,develop,1,2,0
E1009,田中 美咲,principal-data-scientist-5,0.846666667,0.846666667,0,develop,0,1,0
E1010,Daan de Vries,site-reliability-engineer-3,0.931944444,0.931944444,0,ready-soon,0,2,0
E1011,Oluwaseun Adeyemi,data-scientist-4,0.915384615,0.91025641,-0.005128205,develop,1,1,0
E1012,Hana Nováková,data-scientist-4,0.703846154,0.709340659,0.005494505,develop,0,2,0
E1013,Tiago Santos,data-engineer-3,0.97979798,0.97979798,0,ready-now,0,1,0
E1014,Sanne de Jong,data-engineer-3,0.495959596,0.495959596,0,develop,0,0,0
E1015,Marek Dvořák,data-engineer-3,0.595959596,0.588383838,-0.007575758,develop,0,0,0
E1016,Amara Okafor,analytics-manager-4,0.827272727,0.827272727,0,develop,0,1,0
E1017,Felix Wagner,product-manager-3,0.715555556,0.715555556,0,develop,0,1,0
E1018,Ayşe Yılmaz,data-analyst-3,0.96969697,0.96969697,0,ready-soon,0,2,0
E1019,Jonas Becker,data-analyst-3,0.886363636,0.886363636,0,develop,2,0,0
E1020,Inês Costa,data-scientist-3,0.759259259,0.759259259,0,develop,0,1,0
E1021,Noah Bouchard,data-analyst-2,0.857777778,0.857777778,0,ready-soon,0,0,0
E1022,김지민,data-analyst-2,0,0.656666667,0.656666667,develop,0,0,8
E1023,Femke Jansen,product-analyst-2,0.793650794,0.775793651,-0.017857143,ready-soon,0,0,0
E1024,Kwame Mensah,director-engineering-5,0.948148148,0.948148148,0,ready-soon,0,1,0
E1025,Priya Raghunathan,director-engineering-5,0.583333333,0.576388889,-0.006944444,develop,0,1,0
E1026,Björn Lindqvist,,,,,,0,3,0
E1027,Noor Haddad,staff-engineer-5,0.326315789,0.326315789,0,develop,0,0,0
E1028,Sven Lindgren,staff-engineer-5,0.909356725,0.909356725,0,develop,1,2,0
E1029,Dmitri Volkov,senior-software-engineer-4,0.704938272,0.704938272,0,develop,0,1,0
E1030,Lena Schmidt,security-engineer-4,0.604166667,0.604166667,0,develop,0,2,0
E1031,Arjun Mehta,senior-software-engineer-4,0.981481481,0.981481481,0,ready-soon,0,1,0
E1032,Maarten Visser,site-reliability-engineer-3,0.833333333,0.833333333,0,ready-soon,0,2,0
E1033,Yuki Sato,software-engineer-3,0.862962963,0.862962963,0,ready-soon,0,0,0
E1034,Mateus Carvalho,data-engineer-2,0.902777778,0.892361111,-0.010416667,ready-soon,0,0,0
E1035,Chloé Dubois,engineering-manager-4,0.891975309,0.891975309,0,ready-soon,0,4,0
E1036,王伟,senior-software-engineer-4,0.972222222,0.972222222,0,ready-soon,0,2,0
E1037,Rafael Sousa,product-manager-3,0.568055556,0.568055556,0,develop,0,2,0
E1038,Olivia Gagnon,software-engineer-3,0.955555556,0.961111111,0.005555556,ready-now,0,0,0
E1039,Kenji Watanabe,software-engineer-3,0.52962963,0.533333333,0.003703704,develop,0,2,0
E1040,Marta Ferreira,software-engineer-3,0.675555556,0.675555556,0,develop,0,0,0
E1041,Liam Roy,software-engineer-2,0.833333333,0.833333333,0,ready-soon,0,0,0
E1042,Beatriz Oliveira,software-engineer-2,0.32962963,0.32962963,0,develop,0,0,0
E1043,Jakub Kowalczyk,software-engineer-2,0.944444444,0.944444444,0,ready-soon,0,0,0
E1044,Aaliyah Johnson,software-engineer-2,0,0.218518519,0.218518519,develop,0,0,3
E1045,Siobhán O'Connor,group-product-manager-5,0.893518519,0.893518519,0,develop,0,2,0
E1046,François Lefèvre,senior-product-manager-4,0.915873016,0.915873016,0,ready-soon,0,1,0
E1047,Nguyễn Thị Lan,senior-product-manager-4,0.985714286,0.985714286,0,ready-now,0,1,0
E1048,Tomás Ó Briain,senior-product-manager-4,0.645833333,0.645833333,0,develop,0,2,0
E1049,Ava Côté,product-manager-3,0.819444444,0.819444444,0,develop,0,0,0
E1050,Mia Hoffmann,product-manager-3,0.866666667,0.883333333,0.016666667,ready-soon,1,1,0
E1051,Karim Benali,data-analyst-3,0.573737374,0.571212121,-0.002525253,develop,0,0,0
E1052,Sofia Rossi,product-manager-3,0.29,0.29,0,develop,0,0,0
E1053,Małgorzata Wiśniewska,head-of-people-5,0.90625,0.90625,0,ready-soon,0,2,0
E1054,Fatima Zahra El Amrani,people-operations-manager-4,0.878472222,0.878472222,0,ready-soon,1,2,0
E1055,Grace Mwangi,people-operations-manager-4,0.477083333,0.477083333,0,develop,0,1,0
E1056,Lucas Moreau,hr-business-partner-3,0.555555556,0.540123457,-0.015432099,develop,0,0,0
E1057,Emma Gauthier,account-executive-2,0.883838384,0.883838384,0,ready-soon,0,2,0
E1058,Hannah Klein,talent-acquisition-partner-2,1,1,0,ready-now,0,0,0
E1059,Diego Hernández,talent-acquisition-partner-2,0.152380952,0.152380952,0,develop,0,1,1
E1060,Olumide Bakare,vp-sales-5,0.885416667,0.895833333,0.010416667,ready-soon,0,2,0
E1061,Eva Lindholm,vp-sales-5,0.555059524,0.557291667,0.002232143,develop,0,0,0
E1062,Marcus Thompson,sales-manager-4,0.981481481,0.981481481,0,ready-now,0,0,0
E1063,Isabelle Martin,solutions-engineer-3,0.590277778,0.590277778,0,develop,0,1,0
E1064,Daniel Cohen,account-executive-3,0.870726496,0.870726496,0,develop,0,0,0
E1065,Valentina Cruz,account-executive-3,0.729059829,0.729059829,0,develop,0,0,0
E1066,Ryan O'Neill,account-executive-2,0.928787879,0.928787879,0,ready-now,0,1,0
E1067,Zainab Hussain,account-executive-2,0.863636364,0.863636364,0,ready-soon,0,2,2
E1068,Pieter Janssens,sales-manager-4,0.231481481,0.231481481,0,develop,0,11,0
E1069,Clara Schneider,account-executive-3,0.844871795,0.851282051,0.006410256,develop,0,1,0
E1070,Anders Nilsson,customer-success-manager-2,0.954545455,0.954545455,0,ready-now,0,3,0
E1071,Laura Bianchi,account-executive-2,0.512626263,0.499368687,-0.013257576,develop,0,0,0
E1072,Tobias Meier,account-executive-2,0,0.386363636,0.386363636,develop,0,0,1
E1073,Elif Demir,account-executive-3,0.858974359,0.858974359,0,develop,0,2,0
E1074,Adebayo Ogunleye,head-of-customer-success-5,0.885416667,0.875,-0.010416667,develop,0,1,0
E1075,Sophie Laurent,head-of-customer-success-5,0.597222222,0.59375,-0.003472222,develop,0,0,0
E1076,Rui Almeida,software-engineer-3,0.905555556,0.905555556,0,ready-soon,0,1,0
E1077,Nadia Petrova,product-manager-3,0.583333333,0.572222222,-0.011111111,develop,0,1,0
E1078,Carolina Mendes,customer-success-lead-4,0.979166667,0.963541667,-0.015625,ready-now,0,2,0
E1079,Joost van Dijk,account-executive-3,0.911965812,0.920512821,0.008547009,ready-soon,0,0,0
E1080,Lucía Romero,customer-success-manager-3,0.94017094,0.94017094,0,ready-soon,0,1,0
E1081,Bram Peeters,customer-success-manager-3,0.876923077,0.876923077,0,develop,0,1,0
E1082,Ana Ruiz,customer-success-manager-2,0.863636364,0.863636364,0,ready-soon,0,0,0
E1083,Mohammed Al-Farsi,software-engineer-1,0.433333333,0.425,-0.008333333,develop,1,1,0
E1084,Jessica Nguyen,customer-success-lead-4,0.28125,0.28125,0,develop,0,1,0
E1085,Samuel Osei,customer-success-manager-3,0.694444444,0.692307692,-0.002136752,develop,0,0,0
E1086,陈静,product-manager-3,0.621111111,0.621111111,0,develop,0,0,0
E1087,Matteo Ricci,customer-success-manager-2,0.87962963,0.87962963,0,ready-soon,0,2,0
E1088,Ella Morrison,customer-success-manager-2,0.506060606,0.506060606,0,develop,0,0,0
E1089,Kofi Asante,sales-development-rep-1,0.740740741,0.736111111,-0.00462963,develop,0,3,0
E1090,Freya Andersen,customer-success-manager-2,0,0,0,develop,0,0,10
<<<end
