# A table of gap over a group measures every row before it writes the first, keeping each
# person's row in a few bytes meanwhile: months past 2^32 (a billion hours a level, a
# thousandth of an hour a month) and the nulls of a person with nothing to measure against
# (E100) come back as they were measured, on one thread or two, in the table and in jsonl
# (expected output from rungs before gap streamed its rows).
sh: copy_repo "$TESTS/repos/gap-hand" r && printf "evidence_max_age_days: 365\nhours_per_level: 1000000000\nlearning_hours_per_month: 0.001\nsoon_months: 4\n" >r/rungs.yaml && for f in table jsonl; do RUNGS_THREADS=1 "$RUNGS" -C r --as-of 2026-06-30 --no-cache --format $f gap --all >one && RUNGS_THREADS=2 "$RUNGS" -C r --as-of 2026-06-30 --no-cache --format $f gap --all >two && cmp one two && cat one; done
exit: 0
<<<stdout
Group:            everyone (4 people)
Measured against: each person's target
As of:            2026-06-30
People:           4
Measured:         3

People
Employee  Name       Role       Target     Measured against  Readiness  Tier              Months  Largest gaps
E100      Mara Lead  lead-2     -          -                         -  -                      -  -
E101      Ana Silva  analyst-1  analyst-2  analyst-2             48.1%  develop            33000  python, sql
E102      Ben Ode    analyst-1  analyst-2  analyst-2             90.0%  ready-now          12000  python
E103      Cy Park    analyst-1  analyst-2  analyst-2              0.0%  develop    4000000036000  python, sql
{"employee":"E100","name":"Mara Lead","role":"lead-2","target":null,"measured":null,"readiness":null,"tier":null,"months":null,"gaps":[]}
{"employee":"E101","name":"Ana Silva","role":"analyst-1","target":"analyst-2","measured":"analyst-2","readiness":0.481150794,"tier":"develop","months":33000,"gaps":["python","sql"]}
{"employee":"E102","name":"Ben Ode","role":"analyst-1","target":"analyst-2","measured":"analyst-2","readiness":0.9,"tier":"ready-now","months":12000,"gaps":["python"]}
{"employee":"E103","name":"Cy Park","role":"analyst-1","target":"analyst-2","measured":"analyst-2","readiness":0,"tier":"develop","months":4000000036000,"gaps":["python","sql"]}
<<<end
