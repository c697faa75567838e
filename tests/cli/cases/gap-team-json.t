# --team --format json.
run: -C ../data-examples --as-of 2026-11-22 gap --team E1002 --format json
exit: 0
<<<stdout
{
  "as_of": "2026-11-22",
  "group": {
    "team": "E1002",
    "direct": false
  },
  "role": null,
  "people_count": 16,
  "measured": 16,
  "people": [
    {
      "employee": "E1008",
      "name": "Łukasz Nowak",
      "role": "analytics-manager-4",
      "target": "head-of-data-5",
      "measured": "head-of-data-5",
      "readiness": 0.953125,
      "tier": "ready-soon",
      "months": 7,
      "gaps": [
        "strategic-thinking",
        "communication"
      ]
    },
    {
      "employee": "E1009",
      "name": "田中 美咲",
      "role": "data-scientist-4",
      "target": "principal-data-scientist-5",
      "measured": "principal-data-scientist-5",
      "readiness": 0.875555556,
      "tier": "develop",
      "months": 22,
      "gaps": [
        "presentation",
        "strategic-thinking"
      ]
    },
    {
      "employee": "E1010",
      "name": "Daan de Vries",
      "role": "data-engineer-3",
      "target": "site-reliability-engineer-3",
      "measured": "site-reliability-engineer-3",
      "readiness": 0.954166667,
      "tier": "ready-soon",
      "months": 7,
      "gaps": [
        "kubernetes",
        "go"
      ]
    },
    {
      "employee": "E1011",
      "name": "Oluwaseun Adeyemi",
      "role": "data-scientist-3",
      "target": "data-scientist-4",
      "measured": "data-scientist-4",
      "readiness": 0.948717949,
      "tier": "ready-soon",
      "months": 9,
      "gaps": [
        "machine-learning",
        "experimentation"
      ]
    },
    {
      "employee": "E1012",
      "name": "Hana Nováková",
      "role": "data-scientist-3",
      "target": "data-scientist-4",
      "measured": "data-scientist-4",
      "readiness": 0.731318681,
      "tier": "develop",
      "months": 46,
      "gaps": [
        "coaching",
        "python"
      ]
    },
    {
      "employee": "E1013",
      "name": "Tiago Santos",
      "role": "data-engineer-2",
      "target": "data-engineer-3",
      "measured": "data-engineer-3",
      "readiness": 1,
      "tier": "ready-now",
      "months": 0,
      "gaps": []
    },
    {
      "employee": "E1014",
      "name": "Sanne de Jong",
      "role": "data-engineer-2",
      "target": "data-engineer-3",
      "measured": "data-engineer-3",
      "readiness": 0.578787879,
      "tier": "develop",
      "months": 33,
      "gaps": [
        "etl",
        "observability"
      ]
    },
    {
      "employee": "E1015",
      "name": "Marek Dvořák",
      "role": "data-engineer-2",
      "target": "data-engineer-3",
      "measured": "data-engineer-3",
      "readiness": 0.591630592,
      "tier": "develop",
      "months": 31,
      "gaps": [
        "etl",
        "observability"
      ]
    },
    {
      "employee": "E1016",
      "name": "Amara Okafor",
      "role": "data-analyst-3",
      "target": "analytics-manager-4",
      "measured": "analytics-manager-4",
      "readiness": 0.872727273,
      "tier": "ready-soon",
      "months": 12,
      "gaps": [
        "leadership",
        "prioritization"
      ]
    },
    {
      "employee": "E1017",
      "name": "Felix Wagner",
      "role": "data-analyst-3",
      "target": "product-manager-3",
      "measured": "product-manager-3",
      "readiness": 0.715555556,
      "tier": "develop",
      "months": 20,
      "gaps": [
        "prioritization",
        "product-discovery"
      ]
    },
    {
      "employee": "E1018",
      "name": "Ayşe Yılmaz",
      "role": "data-analyst-2",
      "target": "data-analyst-3",
      "measured": "data-analyst-3",
      "readiness": 1,
      "tier": "ready-now",
      "months": 0,
      "gaps": []
    },
    {
      "employee": "E1019",
      "name": "Jonas Becker",
      "role": "data-analyst-2",
      "target": "data-analyst-3",
      "measured": "data-analyst-3",
      "readiness": 0.929292929,
      "tier": "ready-soon",
      "months": 5,
      "gaps": [
        "sql",
        "stakeholder-management"
      ]
    },
    {
      "employee": "E1020",
      "name": "Inês Costa",
      "role": "data-analyst-2",
      "target": "data-scientist-3",
      "measured": "data-scientist-3",
      "readiness": 0.759259259,
      "tier": "develop",
      "months": 21,
      "gaps": [
        "python",
        "statistics"
      ]
    },
    {
      "employee": "E1021",
      "name": "Noah Bouchard",
      "role": "data-analyst-1",
      "target": "data-analyst-2",
      "measured": "data-analyst-2",
      "readiness": 0.9,
      "tier": "ready-soon",
      "months": 3,
      "gaps": [
        "python"
      ]
    },
    {
      "employee": "E1022",
      "name": "김지민",
      "role": "data-analyst-1",
      "target": "data-analyst-2",
      "measured": "data-analyst-2",
      "readiness": 0.656666667,
      "tier": "develop",
      "months": 17,
      "gaps": [
        "python",
        "sql"
      ]
    },
    {
      "employee": "E1023",
      "name": "Femke Jansen",
      "role": "data-analyst-1",
      "target": "product-analyst-2",
      "measured": "product-analyst-2",
      "readiness": 0.839285714,
      "tier": "ready-soon",
      "months": 6,
      "gaps": [
        "product-analytics",
        "sql"
      ]
    }
  ]
}
<<<end
