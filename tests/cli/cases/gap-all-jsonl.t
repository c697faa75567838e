# --all --by employee --format jsonl: one person per line; people without a
# target get nulls.
run: -C ../data-examples --as-of 2026-11-22 gap --all --by employee --format jsonl
exit: 0
<<<stdout
{"employee":"E1001","name":"Annelies de Graaf","role":"chief-executive-officer","target":null,"readiness":null,"tier":null,"months":null,"gaps":[]}
{"employee":"E1002","name":"Rahul Iyer","role":"head-of-data-5","target":null,"readiness":null,"tier":null,"months":null,"gaps":[]}
{"employee":"E1003","name":"Zoë Müller","role":"director-engineering-5","target":null,"readiness":null,"tier":null,"months":null,"gaps":[]}
{"employee":"E1004","name":"José Álvarez","role":"group-product-manager-5","target":null,"readiness":null,"tier":null,"months":null,"gaps":[]}
{"employee":"E1005","name":"Ingrid Bakker","role":"head-of-people-5","target":null,"readiness":null,"tier":null,"months":null,"gaps":[]}
{"employee":"E1006","name":"Ethan Tremblay","role":"vp-sales-5","target":"chief-executive-officer","readiness":0.777407407,"tier":"develop","months":32,"gaps":["change-management","strategic-thinking"]}
{"employee":"E1007","name":"Chiara Esposito","role":"head-of-customer-success-5","target":null,"readiness":null,"tier":null,"months":null,"gaps":[]}
{"employee":"E1008","name":"Łukasz Nowak","role":"analytics-manager-4","target":"head-of-data-5","readiness":0.953125,"tier":"ready-soon","months":7,"gaps":["strategic-thinking","communication"]}
{"employee":"E1009","name":"田中 美咲","role":"data-scientist-4","target":"principal-data-scientist-5","readiness":0.875555556,"tier":"develop","months":22,"gaps":["presentation","strategic-thinking"]}
{"employee":"E1010","name":"Daan de Vries","role":"data-engineer-3","target":"site-reliability-engineer-3","readiness":0.954166667,"tier":"ready-soon","months":7,"gaps":["kubernetes","go"]}
{"employee":"E1011","name":"Oluwaseun Adeyemi","role":"data-scientist-3","target":"data-scientist-4","readiness":0.948717949,"tier":"ready-soon","months":9,"gaps":["machine-learning","experimentation"]}
{"employee":"E1012","name":"Hana Nováková","role":"data-scientist-3","target":"data-scientist-4","readiness":0.731318681,"tier":"develop","months":46,"gaps":["coaching","python"]}
{"employee":"E1013","name":"Tiago Santos","role":"data-engineer-2","target":"data-engineer-3","readiness":1,"tier":"ready-now","months":0,"gaps":[]}
{"employee":"E1014","name":"Sanne de Jong","role":"data-engineer-2","target":"data-engineer-3","readiness":0.578787879,"tier":"develop","months":33,"gaps":["etl","observability"]}
{"employee":"E1015","name":"Marek Dvořák","role":"data-engineer-2","target":"data-engineer-3","readiness":0.591630592,"tier":"develop","months":31,"gaps":["etl","observability"]}
{"employee":"E1016","name":"Amara Okafor","role":"data-analyst-3","target":"analytics-manager-4","readiness":0.872727273,"tier":"ready-soon","months":12,"gaps":["leadership","prioritization"]}
{"employee":"E1017","name":"Felix Wagner","role":"data-analyst-3","target":"product-manager-3","readiness":0.715555556,"tier":"develop","months":20,"gaps":["prioritization","product-discovery"]}
{"employee":"E1018","name":"Ayşe Yılmaz","role":"data-analyst-2","target":"data-analyst-3","readiness":1,"tier":"ready-now","months":0,"gaps":[]}
{"employee":"E1019","name":"Jonas Becker","role":"data-analyst-2","target":"data-analyst-3","readiness":0.929292929,"tier":"ready-soon","months":5,"gaps":["sql","stakeholder-management"]}
{"employee":"E1020","name":"Inês Costa","role":"data-analyst-2","target":"data-scientist-3","readiness":0.759259259,"tier":"develop","months":21,"gaps":["python","statistics"]}
{"employee":"E1021","name":"Noah Bouchard","role":"data-analyst-1","target":"data-analyst-2","readiness":0.9,"tier":"ready-soon","months":3,"gaps":["python"]}
{"employee":"E1022","name":"김지민","role":"data-analyst-1","target":"data-analyst-2","readiness":0.656666667,"tier":"develop","months":17,"gaps":["python","sql"]}
{"employee":"E1023","name":"Femke Jansen","role":"data-analyst-1","target":"product-analyst-2","readiness":0.839285714,"tier":"ready-soon","months":6,"gaps":["product-analytics","sql"]}
{"employee":"E1024","name":"Kwame Mensah","role":"engineering-manager-4","target":"director-engineering-5","readiness":1,"tier":"ready-now","months":0,"gaps":[]}
{"employee":"E1025","name":"Priya Raghunathan","role":"engineering-manager-4","target":"director-engineering-5","readiness":0.576388889,"tier":"develop","months":51,"gaps":["strategic-thinking","change-management"]}
{"employee":"E1026","name":"Björn Lindqvist","role":"staff-engineer-5","target":null,"readiness":null,"tier":null,"months":null,"gaps":[]}
{"employee":"E1027","name":"Noor Haddad","role":"security-engineer-4","target":"staff-engineer-5","readiness":0.326315789,"tier":"develop","months":124,"gaps":["go","testing"]}
{"employee":"E1028","name":"Sven Lindgren","role":"senior-software-engineer-4","target":"staff-engineer-5","readiness":0.935087719,"tier":"ready-soon","months":10,"gaps":["system-design","api-design"]}
{"employee":"E1029","name":"Dmitri Volkov","role":"site-reliability-engineer-3","target":"senior-software-engineer-4","readiness":0.712345679,"tier":"develop","months":35,"gaps":["testing","go"]}
{"employee":"E1030","name":"Lena Schmidt","role":"site-reliability-engineer-3","target":"security-engineer-4","readiness":0.631944444,"tier":"develop","months":22,"gaps":["application-security","data-privacy"]}
{"employee":"E1031","name":"Arjun Mehta","role":"software-engineer-3","target":"senior-software-engineer-4","readiness":1,"tier":"ready-now","months":0,"gaps":[]}
{"employee":"E1032","name":"Maarten Visser","role":"software-engineer-3","target":"site-reliability-engineer-3","readiness":0.866666667,"tier":"ready-soon","months":6,"gaps":["cloud-infrastructure","incident-response"]}
{"employee":"E1033","name":"Yuki Sato","role":"software-engineer-2","target":"software-engineer-3","readiness":0.914814815,"tier":"ready-soon","months":5,"gaps":["testing","observability"]}
{"employee":"E1034","name":"Mateus Carvalho","role":"software-engineer-2","target":"data-engineer-2","readiness":0.90625,"tier":"ready-soon","months":3,"gaps":["etl"]}
{"employee":"E1035","name":"Chloé Dubois","role":"senior-software-engineer-4","target":"engineering-manager-4","readiness":0.938271605,"tier":"ready-soon","months":4,"gaps":["leadership"]}
{"employee":"E1036","name":"王伟","role":"software-engineer-3","target":"senior-software-engineer-4","readiness":0.972222222,"tier":"ready-soon","months":5,"gaps":["go"]}
{"employee":"E1037","name":"Rafael Sousa","role":"software-engineer-3","target":"product-manager-3","readiness":0.6125,"tier":"develop","months":20,"gaps":["product-discovery","prioritization"]}
{"employee":"E1038","name":"Olivia Gagnon","role":"software-engineer-2","target":"software-engineer-3","readiness":1,"tier":"ready-now","months":0,"gaps":[]}
{"employee":"E1039","name":"Kenji Watanabe","role":"software-engineer-2","target":"software-engineer-3","readiness":0.533333333,"tier":"develop","months":63,"gaps":["communication","system-design"]}
{"employee":"E1040","name":"Marta Ferreira","role":"software-engineer-2","target":"software-engineer-3","readiness":0.72,"tier":"develop","months":19,"gaps":["go","testing"]}
{"employee":"E1041","name":"Liam Roy","role":"software-engineer-1","target":"software-engineer-2","readiness":0.833333333,"tier":"ready-soon","months":4,"gaps":["testing","go"]}
{"employee":"E1042","name":"Beatriz Oliveira","role":"software-engineer-1","target":"software-engineer-2","readiness":0.440740741,"tier":"develop","months":23,"gaps":["testing","go"]}
{"employee":"E1043","name":"Jakub Kowalczyk","role":"software-engineer-1","target":"software-engineer-2","readiness":1,"tier":"ready-now","months":0,"gaps":[]}
{"employee":"E1044","name":"Aaliyah Johnson","role":"software-engineer-1","target":"software-engineer-2","readiness":0.255555556,"tier":"develop","months":36,"gaps":["testing","api-design"]}
{"employee":"E1045","name":"Siobhán O'Connor","role":"senior-product-manager-4","target":"group-product-manager-5","readiness":0.893518519,"tier":"develop","months":23,"gaps":["coaching","leadership"]}
{"employee":"E1046","name":"François Lefèvre","role":"product-manager-3","target":"senior-product-manager-4","readiness":0.935714286,"tier":"ready-soon","months":6,"gaps":["product-discovery","pricing"]}
{"employee":"E1047","name":"Nguyễn Thị Lan","role":"product-manager-3","target":"senior-product-manager-4","readiness":1,"tier":"ready-now","months":0,"gaps":[]}
{"employee":"E1048","name":"Tomás Ó Briain","role":"product-manager-3","target":"senior-product-manager-4","readiness":0.645833333,"tier":"develop","months":42,"gaps":["strategic-thinking","product-discovery"]}
{"employee":"E1049","name":"Ava Côté","role":"ux-researcher-3","target":"product-manager-3","readiness":0.875,"tier":"ready-soon","months":9,"gaps":["prioritization","product-analytics"]}
{"employee":"E1050","name":"Mia Hoffmann","role":"product-analyst-2","target":"product-manager-3","readiness":0.933333333,"tier":"ready-soon","months":3,"gaps":["product-discovery"]}
{"employee":"E1051","name":"Karim Benali","role":"product-analyst-2","target":"data-analyst-3","readiness":0.586363636,"tier":"develop","months":23,"gaps":["freight-operations","python"]}
{"employee":"E1052","name":"Sofia Rossi","role":"product-analyst-2","target":"product-manager-3","readiness":0.29,"tier":"develop","months":53,"gaps":["prioritization","product-discovery"]}
{"employee":"E1053","name":"Małgorzata Wiśniewska","role":"people-operations-manager-4","target":"head-of-people-5","readiness":0.90625,"tier":"ready-soon","months":10,"gaps":["leadership","strategic-thinking"]}
{"employee":"E1054","name":"Fatima Zahra El Amrani","role":"hr-business-partner-3","target":"people-operations-manager-4","readiness":0.90625,"tier":"ready-soon","months":7,"gaps":["leadership","data-privacy"]}
{"employee":"E1055","name":"Grace Mwangi","role":"hr-business-partner-3","target":"people-operations-manager-4","readiness":0.477083333,"tier":"develop","months":48,"gaps":["excel","project-management"]}
{"employee":"E1056","name":"Lucas Moreau","role":"talent-acquisition-partner-2","target":"hr-business-partner-3","readiness":0.540123457,"tier":"develop","months":26,"gaps":["conflict-resolution","coaching"]}
{"employee":"E1057","name":"Emma Gauthier","role":"talent-acquisition-partner-2","target":"account-executive-2","readiness":0.939393939,"tier":"ready-soon","months":3,"gaps":["solution-selling"]}
{"employee":"E1058","name":"Hannah Klein","role":"people-coordinator-1","target":"talent-acquisition-partner-2","readiness":1,"tier":"ready-now","months":0,"gaps":[]}
{"employee":"E1059","name":"Diego Hernández","role":"people-coordinator-1","target":"talent-acquisition-partner-2","readiness":0.152380952,"tier":"develop","months":34,"gaps":["talent-acquisition","hiring"]}
{"employee":"E1060","name":"Olumide Bakare","role":"sales-manager-4","target":"vp-sales-5","readiness":0.90625,"tier":"ready-soon","months":10,"gaps":["leadership","strategic-thinking"]}
{"employee":"E1061","name":"Eva Lindholm","role":"sales-manager-4","target":"vp-sales-5","readiness":0.557291667,"tier":"develop","months":65,"gaps":["stakeholder-management","strategic-thinking"]}
{"employee":"E1062","name":"Marcus Thompson","role":"account-executive-3","target":"sales-manager-4","readiness":1,"tier":"ready-now","months":0,"gaps":[]}
{"employee":"E1063","name":"Isabelle Martin","role":"account-executive-3","target":"solutions-engineer-3","readiness":0.638888889,"tier":"develop","months":15,"gaps":["product-knowledge","sql"]}
{"employee":"E1064","name":"Daniel Cohen","role":"account-executive-2","target":"account-executive-3","readiness":0.907051282,"tier":"ready-soon","months":12,"gaps":["solution-selling","customer-empathy"]}
{"employee":"E1065","name":"Valentina Cruz","role":"account-executive-2","target":"account-executive-3","readiness":0.77008547,"tier":"develop","months":29,"gaps":["stakeholder-management","negotiation"]}
{"employee":"E1066","name":"Ryan O'Neill","role":"sales-development-rep-1","target":"account-executive-2","readiness":0.977272727,"tier":"ready-now","months":3,"gaps":["collaboration","freight-operations"]}
{"employee":"E1067","name":"Zainab Hussain","role":"sales-development-rep-1","target":"account-executive-2","readiness":0.863636364,"tier":"ready-soon","months":9,"gaps":["solution-selling","customer-empathy"]}
{"employee":"E1068","name":"Pieter Janssens","role":"account-executive-3","target":"sales-manager-4","readiness":0.231481481,"tier":"develop","months":57,"gaps":["leadership","coaching"]}
{"employee":"E1069","name":"Clara Schneider","role":"account-executive-2","target":"account-executive-3","readiness":0.903846154,"tier":"ready-soon","months":8,"gaps":["solution-selling","pricing"]}
{"employee":"E1070","name":"Anders Nilsson","role":"account-executive-2","target":"customer-success-manager-2","readiness":0.954545455,"tier":"ready-now","months":5,"gaps":["customer-empathy"]}
{"employee":"E1071","name":"Laura Bianchi","role":"sales-development-rep-1","target":"account-executive-2","readiness":0.499368687,"tier":"develop","months":36,"gaps":["product-knowledge","collaboration"]}
{"employee":"E1072","name":"Tobias Meier","role":"sales-development-rep-1","target":"account-executive-2","readiness":0.386363636,"tier":"develop","months":38,"gaps":["solution-selling","negotiation"]}
{"employee":"E1073","name":"Elif Demir","role":"account-executive-2","target":"account-executive-3","readiness":0.858974359,"tier":"develop","months":15,"gaps":["negotiation","solution-selling"]}
{"employee":"E1074","name":"Adebayo Ogunleye","role":"customer-success-lead-4","target":"head-of-customer-success-5","readiness":0.895833333,"tier":"ready-soon","months":12,"gaps":["leadership","stakeholder-management"]}
{"employee":"E1075","name":"Sophie Laurent","role":"customer-success-lead-4","target":"head-of-customer-success-5","readiness":0.59375,"tier":"develop","months":38,"gaps":["financial-acumen","strategic-thinking"]}
{"employee":"E1076","name":"Rui Almeida","role":"solutions-engineer-3","target":"software-engineer-3","readiness":0.905555556,"tier":"ready-soon","months":6,"gaps":["go","testing"]}
{"employee":"E1077","name":"Nadia Petrova","role":"solutions-engineer-3","target":"product-manager-3","readiness":0.681111111,"tier":"develop","months":22,"gaps":["prioritization","product-discovery"]}
{"employee":"E1078","name":"Carolina Mendes","role":"customer-success-manager-3","target":"customer-success-lead-4","readiness":0.984375,"tier":"ready-now","months":2,"gaps":["stakeholder-management"]}
{"employee":"E1079","name":"Joost van Dijk","role":"customer-success-manager-3","target":"account-executive-3","readiness":0.961538462,"tier":"ready-soon","months":5,"gaps":["solution-selling"]}
{"employee":"E1080","name":"Lucía Romero","role":"customer-success-manager-2","target":"customer-success-manager-3","readiness":0.98974359,"tier":"ready-now","months":2,"gaps":["product-knowledge"]}
{"employee":"E1081","name":"Bram Peeters","role":"customer-success-manager-2","target":"customer-success-manager-3","readiness":0.948717949,"tier":"ready-soon","months":5,"gaps":["account-management"]}
{"employee":"E1082","name":"Ana Ruiz","role":"support-specialist-1","target":"customer-success-manager-2","readiness":0.863636364,"tier":"ready-soon","months":6,"gaps":["account-management","customer-onboarding"]}
{"employee":"E1083","name":"Mohammed Al-Farsi","role":"support-specialist-1","target":"software-engineer-1","readiness":0.425,"tier":"develop","months":17,"gaps":["api-design","javascript"]}
{"employee":"E1084","name":"Jessica Nguyen","role":"customer-success-manager-3","target":"customer-success-lead-4","readiness":0.28125,"tier":"develop","months":60,"gaps":["coaching","leadership"]}
{"employee":"E1085","name":"Samuel Osei","role":"customer-success-manager-2","target":"customer-success-manager-3","readiness":0.764957265,"tier":"develop","months":20,"gaps":["supply-chain","account-management"]}
{"employee":"E1086","name":"陈静","role":"customer-success-manager-2","target":"product-manager-3","readiness":0.621111111,"tier":"develop","months":21,"gaps":["freight-operations","prioritization"]}
{"employee":"E1087","name":"Matteo Ricci","role":"support-specialist-1","target":"customer-success-manager-2","readiness":0.984848485,"tier":"ready-now","months":2,"gaps":["problem-solving"]}
{"employee":"E1088","name":"Ella Morrison","role":"support-specialist-1","target":"customer-success-manager-2","readiness":0.506060606,"tier":"develop","months":39,"gaps":["account-management","customer-onboarding"]}
{"employee":"E1089","name":"Kofi Asante","role":"support-specialist-1","target":"sales-development-rep-1","readiness":0.791666667,"tier":"ready-soon","months":12,"gaps":["collaboration","customer-empathy"]}
{"employee":"E1090","name":"Freya Andersen","role":"support-specialist-1","target":"customer-success-manager-2","readiness":0.487878788,"tier":"develop","months":37,"gaps":["account-management","stakeholder-management"]}
<<<end
