# By hand (8 h a level, 8 h a month: months = sum of gaps; soon_months 2).
# Open jobs: JOB-A ja {a 4}, JOB-B jb {b 4, c 4}, JOB-C jc {a 1} capacity 2
# (JOB-D is filled; ROT-A is not a job). Pairs at ready-soon or better:
#   P1 a4 b4 c3: A 1, B (1 + 3/4)/2 = 0.875 (1 month), C 1
#   P2 a3: A 3/4 (1 month), C 1      P3 a2: A 2/4 (2 months), C 1
#   P4 a1, P5 a1: C 1 (A 1/4 with 3 months: develop)
# B has only P1, so P1 -> B (0.875); A then takes P2 (0.75 > P3's 0.5); C
# takes two of P3, P4, P5 at 1 each: total 0.875 + 0.75 + 2 = 3.625. A greedy
# pass taking P1 -> A (1) first leaves B empty: at most 1 + 2 = 3. Among the
# equal C choices the smallest person indexes: P3 and P4 (not P5).
run: -C repos/match-assign --as-of 2026-06-30 match --assign --format json
exit: 0
<<<stdout
{
  "as_of": "2026-06-30",
  "openings": 3,
  "assigned": 4,
  "total_readiness": 3.625,
  "assignments": [
    {
      "opening": "JOB-A",
      "title": "A specialist",
      "employee": "P2",
      "name": "Quin",
      "readiness": 0.75,
      "tier": "ready-soon"
    },
    {
      "opening": "JOB-B",
      "title": "B specialist",
      "employee": "P1",
      "name": "Pia",
      "readiness": 0.875,
      "tier": "ready-soon"
    },
    {
      "opening": "JOB-C",
      "title": "Generalists",
      "employee": "P3",
      "name": "Rae",
      "readiness": 1,
      "tier": "ready-now"
    },
    {
      "opening": "JOB-C",
      "title": "Generalists",
      "employee": "P4",
      "name": "Sol",
      "readiness": 1,
      "tier": "ready-now"
    }
  ]
}
<<<end
