# review-team as JSON: the window, the count and the rows.
run: -C ../data-examples --as-of 2026-11-22 review --team E1002 --format json
exit: 0
<<<stdout
{
  "from": "2026-06-30",
  "to": "2026-09-30",
  "as_of": "2026-11-22",
  "group": {
    "team": "E1002"
  },
  "people_count": 16,
  "people": [
    {
      "employee": "E1008",
      "name": "Łukasz Nowak",
      "target": "head-of-data-5",
      "readiness_from": 0.90162037,
      "readiness_to": 0.903356481,
      "change": 0.001736111,
      "tier": "develop",
      "overdue": 1,
      "stale": 2,
      "unverified": 0
    },
    {
      "employee": "E1009",
      "name": "田中 美咲",
      "target": "principal-data-scientist-5",
      "readiness_from": 0.846666667,
      "readiness_to": 0.846666667,
      "change": 0,
      "tier": "develop",
      "overdue": 0,
      "stale": 1,
      "unverified": 0
    },
    {
      "employee": "E1010",
      "name": "Daan de Vries",
      "target": "site-reliability-engineer-3",
      "readiness_from": 0.931944444,
      "readiness_to": 0.931944444,
      "change": 0,
      "tier": "ready-soon",
      "overdue": 0,
      "stale": 2,
      "unverified": 0
    },
    {
      "employee": "E1011",
      "name": "Oluwaseun Adeyemi",
      "target": "data-scientist-4",
      "readiness_from": 0.915384615,
      "readiness_to": 0.91025641,
      "change": -0.005128205,
      "tier": "develop",
      "overdue": 1,
      "stale": 1,
      "unverified": 0
    },
    {
      "employee": "E1012",
      "name": "Hana Nováková",
      "target": "data-scientist-4",
      "readiness_from": 0.703846154,
      "readiness_to": 0.709340659,
      "change": 0.005494505,
      "tier": "develop",
      "overdue": 0,
      "stale": 2,
      "unverified": 0
    },
    {
      "employee": "E1013",
      "name": "Tiago Santos",
      "target": "data-engineer-3",
      "readiness_from": 0.97979798,
      "readiness_to": 0.97979798,
      "change": 0,
      "tier": "ready-now",
      "overdue": 0,
      "stale": 1,
      "unverified": 0
    },
    {
      "employee": "E1014",
      "name": "Sanne de Jong",
      "target": "data-engineer-3",
      "readiness_from": 0.495959596,
      "readiness_to": 0.495959596,
      "change": 0,
      "tier": "develop",
      "overdue": 0,
      "stale": 0,
      "unverified": 0
    },
    {
      "employee": "E1015",
      "name": "Marek Dvořák",
      "target": "data-engineer-3",
      "readiness_from": 0.595959596,
      "readiness_to": 0.588383838,
      "change": -0.007575758,
      "tier": "develop",
      "overdue": 0,
      "stale": 0,
      "unverified": 0
    },
    {
      "employee": "E1016",
      "name": "Amara Okafor",
      "target": "analytics-manager-4",
      "readiness_from": 0.827272727,
      "readiness_to": 0.827272727,
      "change": 0,
      "tier": "develop",
      "overdue": 0,
      "stale": 1,
      "unverified": 0
    },
    {
      "employee": "E1017",
      "name": "Felix Wagner",
      "target": "product-manager-3",
      "readiness_from": 0.715555556,
      "readiness_to": 0.715555556,
      "change": 0,
      "tier": "develop",
      "overdue": 0,
      "stale": 1,
      "unverified": 0
    },
    {
      "employee": "E1018",
      "name": "Ayşe Yılmaz",
      "target": "data-analyst-3",
      "readiness_from": 0.96969697,
      "readiness_to": 0.96969697,
      "change": 0,
      "tier": "ready-soon",
      "overdue": 0,
      "stale": 2,
      "unverified": 0
    },
    {
      "employee": "E1019",
      "name": "Jonas Becker",
      "target": "data-analyst-3",
      "readiness_from": 0.886363636,
      "readiness_to": 0.886363636,
      "change": 0,
      "tier": "develop",
      "overdue": 2,
      "stale": 0,
      "unverified": 0
    },
    {
      "employee": "E1020",
      "name": "Inês Costa",
      "target": "data-scientist-3",
      "readiness_from": 0.759259259,
      "readiness_to": 0.759259259,
      "change": 0,
      "tier": "develop",
      "overdue": 0,
      "stale": 1,
      "unverified": 0
    },
    {
      "employee": "E1021",
      "name": "Noah Bouchard",
      "target": "data-analyst-2",
      "readiness_from": 0.857777778,
      "readiness_to": 0.857777778,
      "change": 0,
      "tier": "ready-soon",
      "overdue": 0,
      "stale": 0,
      "unverified": 0
    },
    {
      "employee": "E1022",
      "name": "김지민",
      "target": "data-analyst-2",
      "readiness_from": 0,
      "readiness_to": 0.656666667,
      "change": 0.656666667,
      "tier": "develop",
      "overdue": 0,
      "stale": 0,
      "unverified": 8
    },
    {
      "employee": "E1023",
      "name": "Femke Jansen",
      "target": "product-analyst-2",
      "readiness_from": 0.793650794,
      "readiness_to": 0.775793651,
      "change": -0.017857143,
      "tier": "ready-soon",
      "overdue": 0,
      "stale": 0,
      "unverified": 0
    }
  ]
}
<<<end
