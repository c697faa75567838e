# CSV: the candidates with the pinned keys as columns.
run: -C ../data-examples --as-of 2026-11-22 match --opening OPP-2026-002 --format csv
exit: 0
<<<stdout
employee,name,role,readiness,tier,months
E1010,Daan de Vries,data-engineer-3,0.930555556,ready-soon,8
E1032,Maarten Visser,software-engineer-3,0.824074074,ready-soon,11
E1028,Sven Lindgren,senior-software-engineer-4,0.821759259,ready-soon,11
E1026,Björn Lindqvist,staff-engineer-5,0.833333333,develop,13
E1035,Chloé Dubois,senior-software-engineer-4,0.824074074,develop,19
E1031,Arjun Mehta,software-engineer-3,0.782407407,develop,16
E1036,王伟,software-engineer-3,0.694444444,develop,21
E1038,Olivia Gagnon,software-engineer-2,0.657407407,develop,17
E1013,Tiago Santos,data-engineer-2,0.656481481,develop,27
E1076,Rui Almeida,solutions-engineer-3,0.62037037,develop,22
<<<end
