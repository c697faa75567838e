# --explain --format json: the pinned keys first, then an "explain" object
# per skill with its rows (line, date, source, assessor, level, status) and
# steps.
run: -C ../data-examples --as-of 2026-11-22 gap E1019 --explain --format json
exit: 0
<<<stdout
{
  "employee": "E1019",
  "role": "data-analyst-3",
  "as_of": "2026-11-22",
  "readiness": 0.929292929,
  "tier": "ready-soon",
  "hours": 36,
  "months": 5,
  "skills": [
    {
      "skill": "sql",
      "required": 4,
      "level": 3.111111111,
      "credited": 3.111111111,
      "via": null,
      "gap": 0.888888889,
      "weight": 2,
      "essential": true,
      "hours": 24,
      "learning": [
        "sql-advanced"
      ],
      "name": "SQL",
      "employee": "E1019",
      "role_measured": "data-analyst-3",
      "unmet": true,
      "sources": [
        "self",
        "peer",
        "manager",
        "course",
        "test"
      ],
      "newest": "2026-06-22",
      "unverified": false,
      "explain": {
        "rows": [
          {
            "line": 897,
            "date": "2025-10-29",
            "source": "test",
            "assessor": "sql-assessment",
            "level": 3,
            "status": "counts"
          },
          {
            "line": 937,
            "date": "2025-12-05",
            "source": "course",
            "assessor": "sql-intermediate",
            "level": 3,
            "status": "counts"
          },
          {
            "line": 1233,
            "date": "2026-02-20",
            "source": "peer",
            "assessor": "E1016",
            "level": 3,
            "status": "counts"
          },
          {
            "line": 1598,
            "date": "2026-06-05",
            "source": "self",
            "assessor": "E1019",
            "level": 4,
            "status": "counts"
          },
          {
            "line": 2428,
            "date": "2026-06-22",
            "source": "manager",
            "assessor": "E1008",
            "level": 3,
            "status": "counts"
          }
        ],
        "steps": [
          "pair test sql-assessment: 3 (1 row of 2025-10-29)",
          "pair course sql-intermediate: 3 (1 row of 2025-12-05)",
          "pair peer E1016: 3 (1 row of 2026-02-20)",
          "pair self E1019: 4 (1 row of 2026-06-05)",
          "pair manager E1008: 3 (1 row of 2026-06-22)",
          "source self = mean of 1 pair = 4, weight 1",
          "source peer = mean of 1 pair = 3, weight 1",
          "source manager = mean of 1 pair = 3, weight 2",
          "source course = max of 1 pair = 3, weight 2",
          "source test = mean of 1 pair = 3, weight 3",
          "level = (1 × 4 + 1 × 3 + 2 × 3 + 2 × 3 + 3 × 3) / (1 + 1 + 2 + 2 + 3) = 3.111111111",
          "credited = max(level 3.111111111, 0.5 × data-modeling 3 = 1.5) = 3.111111111",
          "gap = max(0, 4 − 3.111111111) = 0.888888889; essential and not met",
          "readiness term = weight 2 × min(3.111111111, 4) / 4 = 1.555555556",
          "learning sql-advanced (24 h): from 3.111111111 to 4",
          "effort = 24 h of learning + 40 h/level × 0 = 24 h"
        ]
      }
    },
    {
      "skill": "stakeholder-management",
      "required": 3,
      "level": 2,
      "credited": 2,
      "via": null,
      "gap": 1,
      "weight": 1,
      "essential": false,
      "hours": 12,
      "learning": [
        "stakeholder-mastery"
      ],
      "name": "Stakeholder Management",
      "employee": "E1019",
      "role_measured": "data-analyst-3",
      "unmet": false,
      "sources": [
        "self",
        "manager"
      ],
      "newest": "2026-11-18",
      "unverified": false,
      "explain": {
        "rows": [
          {
            "line": 1371,
            "date": "2026-06-01",
            "source": "self",
            "assessor": "E1019",
            "level": 2,
            "status": "counts"
          },
          {
            "line": 1995,
            "date": "2026-06-15",
            "source": "manager",
            "assessor": "E1008",
            "level": 1,
            "status": "superseded"
          },
          {
            "line": 3146,
            "date": "2026-11-18",
            "source": "manager",
            "assessor": "E1008",
            "level": 2,
            "status": "counts"
          }
        ],
        "steps": [
          "pair self E1019: 2 (1 row of 2026-06-01)",
          "pair manager E1008: 2 (1 row of 2026-11-18)",
          "source self = mean of 1 pair = 2, weight 1",
          "source manager = mean of 1 pair = 2, weight 2",
          "level = (1 × 2 + 2 × 2) / (1 + 2) = 2",
          "credited = max(level 2, 0.4 × account-management 0 = 0, 0.4 × communication 3 = 1.2) = 2",
          "gap = max(0, 3 − 2) = 1",
          "readiness term = weight 1 × min(2, 3) / 3 = 0.666666667",
          "learning stakeholder-mastery (12 h): from 2 to 3",
          "effort = 12 h of learning + 40 h/level × 0 = 12 h"
        ]
      }
    },
    {
      "skill": "communication",
      "required": 3,
      "level": 3,
      "credited": 3,
      "via": null,
      "gap": 0,
      "weight": 1,
      "essential": false,
      "hours": 0,
      "learning": [],
      "name": "Communication",
      "employee": "E1019",
      "role_measured": "data-analyst-3",
      "unmet": false,
      "sources": [
        "self",
        "manager"
      ],
      "newest": "2026-06-15",
      "unverified": false,
      "explain": {
        "rows": [
          {
            "line": 1468,
            "date": "2026-06-03",
            "source": "self",
            "assessor": "E1019",
            "level": 3,
            "status": "counts"
          },
          {
            "line": 1994,
            "date": "2026-06-15",
            "source": "manager",
            "assessor": "E1008",
            "level": 3,
            "status": "counts"
          }
        ],
        "steps": [
          "pair self E1019: 3 (1 row of 2026-06-03)",
          "pair manager E1008: 3 (1 row of 2026-06-15)",
          "source self = mean of 1 pair = 3, weight 1",
          "source manager = mean of 1 pair = 3, weight 2",
          "level = (1 × 3 + 2 × 3) / (1 + 2) = 3",
          "credited = max(level 3, 0.5 × presentation 3.333333333 = 1.666666667, 0.4 × stakeholder-management 2 = 0.8) = 3",
          "gap = max(0, 3 − 3) = 0",
          "readiness term = weight 1 × min(3, 3) / 3 = 1"
        ]
      }
    },
    {
      "skill": "data-modeling",
      "required": 3,
      "level": 3,
      "credited": 3,
      "via": null,
      "gap": 0,
      "weight": 1,
      "essential": false,
      "hours": 0,
      "learning": [],
      "name": "Data Modeling",
      "employee": "E1019",
      "role_measured": "data-analyst-3",
      "unmet": false,
      "sources": [
        "self",
        "peer",
        "manager"
      ],
      "newest": "2026-11-04",
      "unverified": false,
      "explain": {
        "rows": [
          {
            "line": 1188,
            "date": "2026-02-13",
            "source": "peer",
            "assessor": "E1017",
            "level": 3,
            "status": "counts"
          },
          {
            "line": 1595,
            "date": "2026-06-05",
            "source": "self",
            "assessor": "E1019",
            "level": 3,
            "status": "counts"
          },
          {
            "line": 2196,
            "date": "2026-06-18",
            "source": "manager",
            "assessor": "E1008",
            "level": 2,
            "status": "superseded"
          },
          {
            "line": 2982,
            "date": "2026-11-04",
            "source": "manager",
            "assessor": "E1008",
            "level": 3,
            "status": "counts"
          }
        ],
        "steps": [
          "pair peer E1017: 3 (1 row of 2026-02-13)",
          "pair self E1019: 3 (1 row of 2026-06-05)",
          "pair manager E1008: 3 (1 row of 2026-11-04)",
          "source self = mean of 1 pair = 3, weight 1",
          "source peer = mean of 1 pair = 3, weight 1",
          "source manager = mean of 1 pair = 3, weight 2",
          "level = (1 × 3 + 1 × 3 + 2 × 3) / (1 + 1 + 2) = 3",
          "credited = max(level 3, 0.4 × etl 0 = 0, 0.5 × sql 3.111111111 = 1.555555556) = 3",
          "gap = max(0, 3 − 3) = 0",
          "readiness term = weight 1 × min(3, 3) / 3 = 1"
        ]
      }
    },
    {
      "skill": "data-visualization",
      "required": 3,
      "level": 3,
      "credited": 3,
      "via": null,
      "gap": 0,
      "weight": 1,
      "essential": false,
      "hours": 0,
      "learning": [],
      "name": "Data Visualisation",
      "employee": "E1019",
      "role_measured": "data-analyst-3",
      "unmet": false,
      "sources": [
        "peer",
        "manager"
      ],
      "newest": "2026-02-20",
      "unverified": false,
      "explain": {
        "rows": [
          {
            "line": 1077,
            "date": "2025-12-17",
            "source": "manager",
            "assessor": "E1008",
            "level": 3,
            "status": "counts"
          },
          {
            "line": 1232,
            "date": "2026-02-20",
            "source": "peer",
            "assessor": "E1017",
            "level": 3,
            "status": "counts"
          }
        ],
        "steps": [
          "pair manager E1008: 3 (1 row of 2025-12-17)",
          "pair peer E1017: 3 (1 row of 2026-02-20)",
          "source peer = mean of 1 pair = 3, weight 1",
          "source manager = mean of 1 pair = 3, weight 2",
          "level = (1 × 3 + 2 × 3) / (1 + 2) = 3",
          "credited = max(level 3, 0.3 × presentation 3.333333333 = 1) = 3",
          "gap = max(0, 3 − 3) = 0",
          "readiness term = weight 1 × min(3, 3) / 3 = 1"
        ]
      }
    },
    {
      "skill": "freight-operations",
      "required": 2,
      "level": 2,
      "credited": 2,
      "via": null,
      "gap": 0,
      "weight": 1,
      "essential": false,
      "hours": 0,
      "learning": [],
      "name": "Freight and Logistics Operations",
      "employee": "E1019",
      "role_measured": "data-analyst-3",
      "unmet": false,
      "sources": [
        "self",
        "manager"
      ],
      "newest": "2026-06-25",
      "unverified": false,
      "explain": {
        "rows": [
          {
            "line": 1003,
            "date": "2025-12-12",
            "source": "manager",
            "assessor": "E1008",
            "level": 1,
            "status": "superseded"
          },
          {
            "line": 1727,
            "date": "2026-06-08",
            "source": "self",
            "assessor": "E1019",
            "level": 2,
            "status": "counts"
          },
          {
            "line": 2611,
            "date": "2026-06-25",
            "source": "manager",
            "assessor": "E1008",
            "level": 2,
            "status": "counts"
          }
        ],
        "steps": [
          "pair manager E1008: 2 (1 row of 2026-06-25)",
          "pair self E1019: 2 (1 row of 2026-06-08)",
          "source self = mean of 1 pair = 2, weight 1",
          "source manager = mean of 1 pair = 2, weight 2",
          "level = (1 × 2 + 2 × 2) / (1 + 2) = 2",
          "credited = max(level 2, 0.5 × supply-chain 0 = 0) = 2",
          "gap = max(0, 2 − 2) = 0",
          "readiness term = weight 1 × min(2, 2) / 2 = 1"
        ]
      }
    },
    {
      "skill": "presentation",
      "required": 3,
      "level": 3.333333333,
      "credited": 3.333333333,
      "via": null,
      "gap": 0,
      "weight": 1,
      "essential": false,
      "hours": 0,
      "learning": [],
      "name": "Presenting and Storytelling",
      "employee": "E1019",
      "role_measured": "data-analyst-3",
      "unmet": false,
      "sources": [
        "self",
        "manager"
      ],
      "newest": "2026-11-13",
      "unverified": false,
      "explain": {
        "rows": [
          {
            "line": 1596,
            "date": "2026-06-05",
            "source": "self",
            "assessor": "E1019",
            "level": 4,
            "status": "counts"
          },
          {
            "line": 2276,
            "date": "2026-06-19",
            "source": "manager",
            "assessor": "E1008",
            "level": 3,
            "status": "superseded"
          },
          {
            "line": 3096,
            "date": "2026-11-13",
            "source": "manager",
            "assessor": "E1008",
            "level": 3,
            "status": "counts"
          }
        ],
        "steps": [
          "pair self E1019: 4 (1 row of 2026-06-05)",
          "pair manager E1008: 3 (1 row of 2026-11-13)",
          "source self = mean of 1 pair = 4, weight 1",
          "source manager = mean of 1 pair = 3, weight 2",
          "level = (1 × 4 + 2 × 3) / (1 + 2) = 3.333333333",
          "credited = max(level 3.333333333, 0.5 × communication 3 = 1.5, 0.3 × data-visualization 3 = 0.9) = 3.333333333",
          "gap = max(0, 3 − 3.333333333) = 0",
          "readiness term = weight 1 × min(3.333333333, 3) / 3 = 1"
        ]
      }
    },
    {
      "skill": "python",
      "required": 3,
      "level": 3,
      "credited": 3,
      "via": null,
      "gap": 0,
      "weight": 2,
      "essential": true,
      "hours": 0,
      "learning": [],
      "name": "Python",
      "employee": "E1019",
      "role_measured": "data-analyst-3",
      "unmet": false,
      "sources": [
        "self",
        "manager"
      ],
      "newest": "2026-06-16",
      "unverified": false,
      "explain": {
        "rows": [
          {
            "line": 148,
            "date": "2025-06-06",
            "source": "self",
            "assessor": "E1019",
            "level": 1,
            "status": "superseded"
          },
          {
            "line": 712,
            "date": "2025-06-25",
            "source": "manager",
            "assessor": "E1008",
            "level": 1,
            "status": "superseded"
          },
          {
            "line": 1046,
            "date": "2025-12-15",
            "source": "manager",
            "assessor": "E1008",
            "level": 1,
            "status": "superseded"
          },
          {
            "line": 1597,
            "date": "2026-06-05",
            "source": "self",
            "assessor": "E1019",
            "level": 3,
            "status": "counts"
          },
          {
            "line": 2065,
            "date": "2026-06-16",
            "source": "manager",
            "assessor": "E1008",
            "level": 3,
            "status": "counts"
          }
        ],
        "steps": [
          "pair self E1019: 3 (1 row of 2026-06-05)",
          "pair manager E1008: 3 (1 row of 2026-06-16)",
          "source self = mean of 1 pair = 3, weight 1",
          "source manager = mean of 1 pair = 3, weight 2",
          "level = (1 × 3 + 2 × 3) / (1 + 2) = 3",
          "credited = max(level 3, 0.5 × r 0 = 0) = 3",
          "gap = max(0, 3 − 3) = 0",
          "readiness term = weight 2 × min(3, 3) / 3 = 2"
        ]
      }
    },
    {
      "skill": "statistics",
      "required": 3,
      "level": 3,
      "credited": 3,
      "via": null,
      "gap": 0,
      "weight": 1,
      "essential": false,
      "hours": 0,
      "learning": [],
      "name": "Statistics",
      "employee": "E1019",
      "role_measured": "data-analyst-3",
      "unmet": false,
      "sources": [
        "self",
        "manager",
        "course",
        "test"
      ],
      "newest": "2026-11-18",
      "unverified": false,
      "explain": {
        "rows": [
          {
            "line": 325,
            "date": "2025-06-12",
            "source": "self",
            "assessor": "E1019",
            "level": 3,
            "status": "superseded"
          },
          {
            "line": 678,
            "date": "2025-06-24",
            "source": "manager",
            "assessor": "E1008",
            "level": 2,
            "status": "superseded"
          },
          {
            "line": 899,
            "date": "2025-10-31",
            "source": "course",
            "assessor": "applied-statistics",
            "level": 3,
            "status": "counts"
          },
          {
            "line": 1351,
            "date": "2026-05-08",
            "source": "test",
            "assessor": "stats-quiz",
            "level": 3,
            "status": "counts"
          },
          {
            "line": 1372,
            "date": "2026-06-01",
            "source": "self",
            "assessor": "E1019",
            "level": 3,
            "status": "counts"
          },
          {
            "line": 2429,
            "date": "2026-06-22",
            "source": "manager",
            "assessor": "E1008",
            "level": 2,
            "status": "superseded"
          },
          {
            "line": 3147,
            "date": "2026-11-18",
            "source": "manager",
            "assessor": "E1008",
            "level": 3,
            "status": "counts"
          }
        ],
        "steps": [
          "pair self E1019: 3 (1 row of 2026-06-01)",
          "pair manager E1008: 3 (1 row of 2026-11-18)",
          "pair course applied-statistics: 3 (1 row of 2025-10-31)",
          "pair test stats-quiz: 3 (1 row of 2026-05-08)",
          "source self = mean of 1 pair = 3, weight 1",
          "source manager = mean of 1 pair = 3, weight 2",
          "source course = max of 1 pair = 3, weight 2",
          "source test = mean of 1 pair = 3, weight 3",
          "level = (1 × 3 + 2 × 3 + 2 × 3 + 3 × 3) / (1 + 2 + 2 + 3) = 3",
          "credited = max(level 3, 0.6 × experimentation 2 = 1.2, 0.4 × machine-learning 0 = 0) = 3",
          "gap = max(0, 3 − 3) = 0",
          "readiness term = weight 1 × min(3, 3) / 3 = 1"
        ]
      }
    }
  ],
  "name": "Jonas Becker",
  "current_role": "data-analyst-2",
  "target": "data-analyst-3",
  "role_title": "Senior Data Analyst",
  "explain": {
    "steps": [
      "readiness = (1 + 1 + 1 + 1 + 1 + 2 + 1.555555556 + 0.666666667 + 1) / (1 + 1 + 1 + 1 + 1 + 2 + 2 + 1 + 1) = 0.929292929",
      "hours = 24 (sql) + 12 (stakeholder-management) = 36",
      "months = ceil(36 / 8) = 5",
      "tier = ready-soon: 1 essential requirement unmet, and months 5 <= soon_months 12"
    ]
  }
}
<<<end
