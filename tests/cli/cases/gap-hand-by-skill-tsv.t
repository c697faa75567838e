# --by skill in tsv (numbers as in gap-hand-by-skill.t).
run: -C repos/gap-hand --as-of 2026-06-30 gap --all --by skill --format tsv
exit: 0
<<<stdout
skill	name	people	total	mean	essential	learning
python	Python	3	20.1	6.7	0	py-intro;py-mid
sql	SQL	2	6.833333333	3.416666667	2	sql-basics;sql-mid
modeling	Data modeling	2	2.708333333	1.354166667	0	model-book
comms	Communication	1	2	2	0	
<<<end
