# Department data (E5, E6, E7) as JSON; see review-hand-team.
run: -C repos/review-hand --as-of 2026-11-22 review --department data --format json
exit: 0
<<<stdout
{
  "from": "2026-06-30",
  "to": "2026-09-30",
  "as_of": "2026-11-22",
  "group": {
    "department": "data"
  },
  "people_count": 3,
  "people": [
    {
      "employee": "E5",
      "name": "Eve",
      "target": "lead-3",
      "readiness_from": 0.5,
      "readiness_to": 0.5,
      "change": 0,
      "tier": "develop",
      "overdue": 0,
      "stale": 0,
      "unverified": 0
    },
    {
      "employee": "E6",
      "name": "Fay",
      "target": "ana-2",
      "readiness_from": 0.583333333,
      "readiness_to": 0.583333333,
      "change": 0,
      "tier": "ready-soon",
      "overdue": 0,
      "stale": 0,
      "unverified": 0
    },
    {
      "employee": "E7",
      "name": "Gus",
      "target": "lead-3",
      "readiness_from": 0.5,
      "readiness_to": 0.5,
      "change": 0,
      "tier": "develop",
      "overdue": 0,
      "stale": 0,
      "unverified": 1
    }
  ]
}
<<<end
