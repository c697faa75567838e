# gap over 2 700 people (data-examples copied 30 times, plans left out) is
# measured in blocks on several threads, people written in order and skills
# added up exactly by each thread: one, two and three threads give the same
# bytes, by person and by skill.
sh: copy_repo "$TESTS/../data-examples" d && rm -r d/plans && for f in people assessments; do awk -F, 'NR == 1 { print; next } { for (k = 1; k <= 30; k++) { s = $0; gsub(/E1[0-9][0-9][0-9]/, "&-" k, s); print s } }' "$TESTS/../data-examples/$f.csv" >d/$f.csv; done && run() { "$RUNGS" -C d --as-of 2026-06-30 --no-cache gap --all "$@"; } && for t in 1 2 3; do RUNGS_THREADS=$t run --format json >people$t; RUNGS_THREADS=$t run --by skill >skills$t; done && cmp people1 people2 && cmp people1 people3 && cmp skills1 skills2 && cmp skills1 skills3 && grep -c '"employee"' people1 && sed -n 1,5p skills1
exit: 0
<<<stdout
2700
Group:            everyone (2700 people)
Measured against: each person's target
As of:            2026-06-30
People:           2700
Measured:         2490
<<<end
