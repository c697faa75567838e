# An opening with no role (OPP-2026-008 gives skills only): no incumbents, no level rule.
run: -C ../data-examples --as-of 2026-11-22 match --opening OPP-2026-008 --limit 5 --format json
exit: 0
<<<stdout
{
  "role": null,
  "as_of": "2026-11-22",
  "bench": {
    "incumbents": 0,
    "ready_now": 4,
    "ready_soon": 22
  },
  "candidates": [
    {
      "employee": "E1016",
      "name": "Amara Okafor",
      "role": "data-analyst-3",
      "readiness": 1,
      "tier": "ready-now",
      "months": 0
    },
    {
      "employee": "E1018",
      "name": "Ayşe Yılmaz",
      "role": "data-analyst-2",
      "readiness": 1,
      "tier": "ready-now",
      "months": 0
    },
    {
      "employee": "E1019",
      "name": "Jonas Becker",
      "role": "data-analyst-2",
      "readiness": 1,
      "tier": "ready-now",
      "months": 0
    },
    {
      "employee": "E1017",
      "name": "Felix Wagner",
      "role": "data-analyst-3",
      "readiness": 0.977777778,
      "tier": "ready-now",
      "months": 1
    },
    {
      "employee": "E1020",
      "name": "Inês Costa",
      "role": "data-analyst-2",
      "readiness": 0.833333333,
      "tier": "ready-soon",
      "months": 2
    }
  ],
  "opening": "OPP-2026-008",
  "critical": false
}
<<<end
