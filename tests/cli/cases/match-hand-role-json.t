# By hand, repos/match-hand as of 2026-06-30: candidates for tgt (level 2,
# {a 3 w2 essential, b 4, c 2}, weights 4; months = sum of gaps; soon 2).
# Everyone but the incumbent E02 (every role is level >= 2 - 2):
#   E04 a4 b4 c2: 1, 0 months: ready-now
#   E03 a3 b4 c1 (a 3 since 03-01): (2 + 1 + 1/2)/4 = 0.875, 1 month:
#     ready-soon
#   E05 a5 b5: (2 + 1 + 0)/4 = 0.75, c gap 2: 2 months: ready-soon
#   E01 a1 b2 c2: (2/3 + 1/2 + 1)/4 = 0.541666667, 4 months: develop
#   E06 a4: (2 + 0 + 0)/4 = 0.5, 4 + 2 = 6 months: develop
#   E07 nothing: 0, 3 + 4 + 2 = 9 months: develop
# Bench: 1 incumbent, 1 ready-now, 2 ready-soon.
run: -C repos/match-hand --as-of 2026-06-30 match --role tgt --format json
exit: 0
<<<stdout
{
  "role": "tgt",
  "as_of": "2026-06-30",
  "bench": {
    "incumbents": 1,
    "ready_now": 1,
    "ready_soon": 2
  },
  "candidates": [
    {
      "employee": "E04",
      "name": "Dee",
      "role": "r3",
      "readiness": 1,
      "tier": "ready-now",
      "months": 0
    },
    {
      "employee": "E03",
      "name": "Cid",
      "role": "r1",
      "readiness": 0.875,
      "tier": "ready-soon",
      "months": 1
    },
    {
      "employee": "E05",
      "name": "Eve",
      "role": "r4",
      "readiness": 0.75,
      "tier": "ready-soon",
      "months": 2
    },
    {
      "employee": "E01",
      "name": "Ann",
      "role": "r1",
      "readiness": 0.541666667,
      "tier": "develop",
      "months": 4
    },
    {
      "employee": "E06",
      "name": "Fay",
      "role": "r3",
      "readiness": 0.5,
      "tier": "develop",
      "months": 6
    },
    {
      "employee": "E07",
      "name": "Gus",
      "role": "r1",
      "readiness": 0,
      "tier": "develop",
      "months": 9
    }
  ],
  "critical": true
}
<<<end
