# gap EMPLOYEE --format tsv: as csv, tab-separated.
run: -C ../data-examples --as-of 2026-11-22 gap E1019 --format tsv
exit: 0
<<<stdout
skill	required	level	credited	via	gap	weight	essential	hours	learning	name	employee	role_measured	unmet	sources	newest	unverified
sql	4	3.111111111	3.111111111		0.888888889	2	true	24	sql-advanced	SQL	E1019	data-analyst-3	true	self;peer;manager;course;test	2026-06-22	false
stakeholder-management	3	2	2		1	1	false	12	stakeholder-mastery	Stakeholder Management	E1019	data-analyst-3	false	self;manager	2026-11-18	false
communication	3	3	3		0	1	false	0		Communication	E1019	data-analyst-3	false	self;manager	2026-06-15	false
data-modeling	3	3	3		0	1	false	0		Data Modeling	E1019	data-analyst-3	false	self;peer;manager	2026-11-04	false
data-visualization	3	3	3		0	1	false	0		Data Visualisation	E1019	data-analyst-3	false	peer;manager	2026-02-20	false
freight-operations	2	2	2		0	1	false	0		Freight and Logistics Operations	E1019	data-analyst-3	false	self;manager	2026-06-25	false
presentation	3	3.333333333	3.333333333		0	1	false	0		Presenting and Storytelling	E1019	data-analyst-3	false	self;manager	2026-11-13	false
python	3	3	3		0	2	true	0		Python	E1019	data-analyst-3	false	self;manager	2026-06-16	false
statistics	3	3	3		0	1	false	0		Statistics	E1019	data-analyst-3	false	self;manager;course;test	2026-11-18	false
<<<end
