# The same in JSON.
run: -C ../data-examples --as-of 2026-11-22 match --assign --format json
exit: 0
<<<stdout
{
  "as_of": "2026-11-22",
  "openings": 6,
  "assigned": 4,
  "total_readiness": 3.930555556,
  "assignments": [
    {
      "opening": "OPP-2026-001",
      "title": "Senior Data Analyst (Freight Pricing)",
      "employee": "E1018",
      "name": "Ayşe Yılmaz",
      "readiness": 1,
      "tier": "ready-now"
    },
    {
      "opening": "OPP-2026-002",
      "title": "Site Reliability Engineer (Platform)",
      "employee": "E1010",
      "name": "Daan de Vries",
      "readiness": 0.930555556,
      "tier": "ready-soon"
    },
    {
      "opening": "OPP-2026-004",
      "title": "Account Executive (DACH)",
      "employee": "E1062",
      "name": "Marcus Thompson",
      "readiness": 1,
      "tier": "ready-now"
    },
    {
      "opening": "OPP-2026-004",
      "title": "Account Executive (DACH)",
      "employee": "E1079",
      "name": "Joost van Dijk",
      "readiness": 1,
      "tier": "ready-now"
    }
  ]
}
<<<end
