# The organisation audit over 2 700 people (data-examples copied 30 times,
# plans left out; application-security rows only in the 30th copy, so its
# level-4 holder is one person halfway down the list) tallies each thread's
# share and adds the tallies up: one, two and three threads give the same
# bytes.
sh: copy_repo "$TESTS/../data-examples" d && rm -r d/plans && for f in people assessments; do awk -F, 'NR == 1 { print; next } { for (k = 1; k <= 30; k++) { if (k < 30 && /,application-security,/) continue; s = $0; gsub(/E1[0-9][0-9][0-9]/, "&-" k, s); print s } }' "$TESTS/../data-examples/$f.csv" >d/$f.csv; done && for t in 1 2 3; do RUNGS_THREADS=$t "$RUNGS" -C d --as-of 2026-06-30 --no-cache review --org --format json >org$t; done && cmp org1 org2 && cmp org1 org3 && grep -c '"role"' org1 && grep -m1 -A7 '"single_points_of_failure"' org1
exit: 0
<<<stdout
44
  "single_points_of_failure": [
    {
      "skill": "application-security",
      "level": 4,
      "holder": "E1027-30",
      "roles": [
        "security-engineer-4"
      ]
<<<end
