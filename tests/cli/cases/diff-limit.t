# --limit 1: only the first candidate of each version (as match --role
# --limit 1 ranks them) is looked at, besides incumbents and aspirants; E3
# stays for r2 as an aspirant.
sh: . "$TESTS/cli/gitfx.sh"; gitfx_two r diff-hand && cd r && "$RUNGS" --as-of 2026-06-30 diff HEAD~1 HEAD --people --limit 1 --format tsv
exit: 0
<<<stdout
role	employee	name	relation	readiness_before	readiness_after	tier_before	tier_after	months_before	months_after	tier_drop
fresh	E4	Dee	candidate		1		ready-now		0	false
fresh	E5	Eve	aspirant		0		ready-soon		2	false
gone	E1	Ann	candidate	1		ready-now		0		false
r2	E2	Bob	incumbent	1	0.833333333	ready-now	ready-soon	0	1	true
r2	E3	Cid	aspirant	0.5	0.416666667	develop	develop	3	4	false
r3	E1	Ann	candidate	0.916666667	0.933333333	ready-now	ready-now	1	1	false
<<<end
