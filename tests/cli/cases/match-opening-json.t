# The pinned shape for --opening; the bench is there too (2 incumbents).
run: -C ../data-examples --as-of 2026-11-22 match --opening OPP-2026-002 --format json
exit: 0
<<<stdout
{
  "role": "site-reliability-engineer-3",
  "as_of": "2026-11-22",
  "bench": {
    "incumbents": 2,
    "ready_now": 0,
    "ready_soon": 3
  },
  "candidates": [
    {
      "employee": "E1010",
      "name": "Daan de Vries",
      "role": "data-engineer-3",
      "readiness": 0.930555556,
      "tier": "ready-soon",
      "months": 8
    },
    {
      "employee": "E1032",
      "name": "Maarten Visser",
      "role": "software-engineer-3",
      "readiness": 0.824074074,
      "tier": "ready-soon",
      "months": 11
    },
    {
      "employee": "E1028",
      "name": "Sven Lindgren",
      "role": "senior-software-engineer-4",
      "readiness": 0.821759259,
      "tier": "ready-soon",
      "months": 11
    },
    {
      "employee": "E1026",
      "name": "Björn Lindqvist",
      "role": "staff-engineer-5",
      "readiness": 0.833333333,
      "tier": "develop",
      "months": 13
    },
    {
      "employee": "E1035",
      "name": "Chloé Dubois",
      "role": "senior-software-engineer-4",
      "readiness": 0.824074074,
      "tier": "develop",
      "months": 19
    },
    {
      "employee": "E1031",
      "name": "Arjun Mehta",
      "role": "software-engineer-3",
      "readiness": 0.782407407,
      "tier": "develop",
      "months": 16
    },
    {
      "employee": "E1036",
      "name": "王伟",
      "role": "software-engineer-3",
      "readiness": 0.694444444,
      "tier": "develop",
      "months": 21
    },
    {
      "employee": "E1038",
      "name": "Olivia Gagnon",
      "role": "software-engineer-2",
      "readiness": 0.657407407,
      "tier": "develop",
      "months": 17
    },
    {
      "employee": "E1013",
      "name": "Tiago Santos",
      "role": "data-engineer-2",
      "readiness": 0.656481481,
      "tier": "develop",
      "months": 27
    },
    {
      "employee": "E1076",
      "name": "Rui Almeida",
      "role": "solutions-engineer-3",
      "readiness": 0.62037037,
      "tier": "develop",
      "months": 22
    }
  ],
  "opening": "OPP-2026-002",
  "critical": false
}
<<<end
