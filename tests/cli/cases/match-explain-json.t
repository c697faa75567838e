# --explain in JSON: an "explain" list in each row.
run: -C ../data-examples --as-of 2026-11-22 match E1019 --explain --limit 1 --format json
exit: 0
<<<stdout
{
  "employee": "E1019",
  "as_of": "2026-11-22",
  "target": "data-analyst-3",
  "jobs": [
    {
      "id": "OPP-2026-001",
      "kind": "job",
      "title": "Senior Data Analyst (Freight Pricing)",
      "score": 0.979292929,
      "readiness": 0.929292929,
      "growth": 1,
      "tier": "ready-soon",
      "months": 5,
      "helps": "python",
      "holds_back": "sql",
      "role": "data-analyst-3",
      "aspired": true,
      "explain": [
        {
          "skill": "communication",
          "required": 3,
          "credited": 3,
          "via": null,
          "weight": 1,
          "essential": false,
          "contribution": 0.090909091,
          "missing": 0
        },
        {
          "skill": "data-modeling",
          "required": 3,
          "credited": 3,
          "via": null,
          "weight": 1,
          "essential": false,
          "contribution": 0.090909091,
          "missing": 0
        },
        {
          "skill": "data-visualization",
          "required": 3,
          "credited": 3,
          "via": null,
          "weight": 1,
          "essential": false,
          "contribution": 0.090909091,
          "missing": 0
        },
        {
          "skill": "freight-operations",
          "required": 2,
          "credited": 2,
          "via": null,
          "weight": 1,
          "essential": false,
          "contribution": 0.090909091,
          "missing": 0
        },
        {
          "skill": "presentation",
          "required": 3,
          "credited": 3.333333333,
          "via": null,
          "weight": 1,
          "essential": false,
          "contribution": 0.090909091,
          "missing": 0
        },
        {
          "skill": "python",
          "required": 3,
          "credited": 3,
          "via": null,
          "weight": 2,
          "essential": true,
          "contribution": 0.181818182,
          "missing": 0
        },
        {
          "skill": "sql",
          "required": 4,
          "credited": 3.111111111,
          "via": null,
          "weight": 2,
          "essential": true,
          "contribution": 0.141414141,
          "missing": 0.888888889
        },
        {
          "skill": "stakeholder-management",
          "required": 3,
          "credited": 2,
          "via": null,
          "weight": 1,
          "essential": false,
          "contribution": 0.060606061,
          "missing": 1
        },
        {
          "skill": "statistics",
          "required": 3,
          "credited": 3,
          "via": null,
          "weight": 1,
          "essential": false,
          "contribution": 0.090909091,
          "missing": 0
        }
      ]
    }
  ],
  "development": [
    {
      "id": "OPP-2026-015",
      "kind": "rotation",
      "title": "HR Business Partner rotation (six months)",
      "score": 0.185185185,
      "readiness": 0.185185185,
      "growth": 0.36,
      "tier": "develop",
      "months": 60,
      "helps": "communication",
      "holds_back": "conflict-resolution",
      "role": "hr-business-partner-3",
      "aspired": false,
      "explain": [
        {
          "skill": "change-management",
          "required": 2,
          "credited": 0,
          "via": null,
          "weight": 1,
          "essential": false,
          "contribution": 0,
          "missing": 2
        },
        {
          "skill": "coaching",
          "required": 3,
          "credited": 0,
          "via": null,
          "weight": 1,
          "essential": false,
          "contribution": 0,
          "missing": 3
        },
        {
          "skill": "communication",
          "required": 3,
          "credited": 3,
          "via": null,
          "weight": 1,
          "essential": false,
          "contribution": 0.111111111,
          "missing": 0
        },
        {
          "skill": "conflict-resolution",
          "required": 3,
          "credited": 0,
          "via": null,
          "weight": 2,
          "essential": false,
          "contribution": 0,
          "missing": 3
        },
        {
          "skill": "employment-law",
          "required": 3,
          "credited": 0,
          "via": null,
          "weight": 1,
          "essential": false,
          "contribution": 0,
          "missing": 3
        },
        {
          "skill": "hris",
          "required": 2,
          "credited": 0,
          "via": null,
          "weight": 1,
          "essential": false,
          "contribution": 0,
          "missing": 2
        },
        {
          "skill": "stakeholder-management",
          "required": 3,
          "credited": 2,
          "via": null,
          "weight": 1,
          "essential": false,
          "contribution": 0.074074074,
          "missing": 1
        },
        {
          "skill": "total-rewards",
          "required": 2,
          "credited": 0,
          "via": null,
          "weight": 1,
          "essential": false,
          "contribution": 0,
          "missing": 2
        }
      ]
    }
  ],
  "name": "Jonas Becker"
}
<<<end
