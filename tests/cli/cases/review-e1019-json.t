# E1019's review in JSON: the evidence that moved excel as rows, milestones with
# their dates, the mentor with name and value (same content as review-e1019).
run: -C ../data-examples --as-of 2026-11-22 review E1019 --format json
<<<stdout
{
  "employee": "E1019",
  "name": "Jonas Becker",
  "role": "data-analyst-2",
  "target": "data-analyst-3",
  "as_of": "2026-11-22",
  "from": "2026-06-30",
  "to": "2026-09-30",
  "readiness_from": 0.886363636,
  "readiness_to": 0.886363636,
  "change": 0,
  "tier_from": "develop",
  "tier_to": "develop",
  "skills_changed": [
    {
      "skill": "excel",
      "from": 3.333333333,
      "to": 3.25,
      "change": -0.083333333,
      "evidence": [
        {
          "date": "2026-09-16",
          "source": "peer",
          "assessor": "E1020",
          "level": 3
        }
      ]
    }
  ],
  "milestones": [
    {
      "milestone": "Present the Q3 lane-profitability analysis to the pricing team",
      "skill": null,
      "level": null,
      "due": "2026-09-30",
      "done": "2026-09-24",
      "status": "done"
    },
    {
      "milestone": "sql to 4",
      "skill": "sql",
      "level": 4,
      "due": "2026-10-31",
      "done": null,
      "status": "overdue"
    },
    {
      "milestone": "Complete Advanced SQL and Query Tuning (sql-advanced)",
      "skill": null,
      "level": null,
      "due": "2026-11-15",
      "done": null,
      "status": "overdue"
    },
    {
      "milestone": "stakeholder-management to 3",
      "skill": "stakeholder-management",
      "level": 3,
      "due": "2027-02-28",
      "done": null,
      "status": "on-track"
    }
  ],
  "learning_hours": 0,
  "learning": [],
  "stale": [],
  "unverified": [],
  "next_gaps": [
    {
      "skill": "sql",
      "required": 4,
      "credited": 3.111111111,
      "gap": 0.888888889,
      "hours": 24,
      "learning": [
        "sql-advanced"
      ]
    },
    {
      "skill": "stakeholder-management",
      "required": 3,
      "credited": 2,
      "gap": 1,
      "hours": 12,
      "learning": [
        "stakeholder-mastery"
      ]
    }
  ],
  "next_development": [
    {
      "id": "OPP-2026-015",
      "kind": "rotation",
      "title": "HR Business Partner rotation (six months)",
      "growth": 0.36
    },
    {
      "id": "OPP-2026-009",
      "kind": "shadowing",
      "title": "Shadow the Group Product Manager for a quarter",
      "growth": 0.36
    }
  ],
  "mentor": {
    "employee": "E1016",
    "name": "Amara Okafor",
    "value": 1
  }
}
<<<end
