# By hand, repos/match-hand as of 2026-06-30: candidates for OPP-7 ({a 1,
# c 2}, no role: no incumbents and no level rule, so E02 in tgt is in).
# Readiness (a part + c part)/2, months = sum of gaps:
#   E01 a1 c2: 1, ready-now; E04 a4 c2: 1, ready-now (by id)
#   E02 a3 c1, E03 a3 c1: (1 + 1/2)/2 = 0.75, 1 month: ready-soon (by id)
#   E05 a5, E06 a4: (1 + 0)/2 = 0.5, 2 months: ready-soon (by id)
#   E07 nothing: 0, 1 + 2 = 3 months: develop
# Bench: 0 incumbents, 2 ready-now, 4 ready-soon.
run: -C repos/match-hand --as-of 2026-06-30 match --opening OPP-7 --format json
exit: 0
<<<stdout
{
  "role": null,
  "as_of": "2026-06-30",
  "bench": {
    "incumbents": 0,
    "ready_now": 2,
    "ready_soon": 4
  },
  "candidates": [
    {
      "employee": "E01",
      "name": "Ann",
      "role": "r1",
      "readiness": 1,
      "tier": "ready-now",
      "months": 0
    },
    {
      "employee": "E04",
      "name": "Dee",
      "role": "r3",
      "readiness": 1,
      "tier": "ready-now",
      "months": 0
    },
    {
      "employee": "E02",
      "name": "Bob",
      "role": "tgt",
      "readiness": 0.75,
      "tier": "ready-soon",
      "months": 1
    },
    {
      "employee": "E03",
      "name": "Cid",
      "role": "r1",
      "readiness": 0.75,
      "tier": "ready-soon",
      "months": 1
    },
    {
      "employee": "E05",
      "name": "Eve",
      "role": "r4",
      "readiness": 0.5,
      "tier": "ready-soon",
      "months": 2
    },
    {
      "employee": "E06",
      "name": "Fay",
      "role": "r3",
      "readiness": 0.5,
      "tier": "ready-soon",
      "months": 2
    },
    {
      "employee": "E07",
      "name": "Gus",
      "role": "r1",
      "readiness": 0,
      "tier": "develop",
      "months": 3
    }
  ],
  "opening": "OPP-7",
  "critical": false
}
<<<end
