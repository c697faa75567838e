# The scenarios as JSON: each route with its plan, step by step, and
# nothing else at the top level but employee, from, to, as_of and routes.
run: -C ../data-examples --as-of 2026-11-22 ladder --for E1019 --to analytics-manager-4 --limit 2 --format json
exit: 0
<<<stdout
{
  "employee": "E1019",
  "from": "data-analyst-2",
  "to": "analytics-manager-4",
  "as_of": "2026-11-22",
  "routes": [
    {
      "rank": 1,
      "steps": 2,
      "hours": 440,
      "months": 55,
      "route": [
        "data-analyst-2",
        "data-analyst-3",
        "analytics-manager-4"
      ],
      "plan": [
        {
          "step": 1,
          "role": "data-analyst-3",
          "type": "promotion",
          "readiness": 0.929292929,
          "hours": 36,
          "months": 5,
          "milestones": [
            {
              "skill": "sql",
              "from": 3.111111111,
              "to": 4,
              "hours": 24,
              "learning": [
                "sql-advanced"
              ]
            },
            {
              "skill": "stakeholder-management",
              "from": 2,
              "to": 3,
              "hours": 12,
              "learning": [
                "stakeholder-mastery"
              ]
            }
          ]
        },
        {
          "step": 2,
          "role": "analytics-manager-4",
          "type": "promotion",
          "readiness": 0.477272727,
          "hours": 404,
          "months": 51,
          "milestones": [
            {
              "skill": "coaching",
              "from": 0,
              "to": 3,
              "hours": 120,
              "learning": []
            },
            {
              "skill": "communication",
              "from": 3,
              "to": 4,
              "hours": 40,
              "learning": []
            },
            {
              "skill": "hiring",
              "from": 0,
              "to": 3,
              "hours": 30,
              "learning": [
                "first-time-manager",
                "structured-interviewing"
              ]
            },
            {
              "skill": "leadership",
              "from": 0,
              "to": 3,
              "hours": 54,
              "learning": [
                "first-time-manager",
                "leadership-essentials"
              ]
            },
            {
              "skill": "prioritization",
              "from": 0,
              "to": 3,
              "hours": 120,
              "learning": []
            },
            {
              "skill": "stakeholder-management",
              "from": 3,
              "to": 4,
              "hours": 40,
              "learning": []
            }
          ]
        }
      ]
    },
    {
      "rank": 2,
      "steps": 3,
      "hours": 564,
      "months": 71,
      "route": [
        "data-analyst-2",
        "data-scientist-3",
        "data-analyst-3",
        "analytics-manager-4"
      ],
      "plan": [
        {
          "step": 1,
          "role": "data-scientist-3",
          "type": "promotion",
          "readiness": 0.840740741,
          "hours": 124,
          "months": 16,
          "milestones": [
            {
              "skill": "experimentation",
              "from": 2,
              "to": 3,
              "hours": 12,
              "learning": [
                "experimentation-lab"
              ]
            },
            {
              "skill": "machine-learning",
              "from": 1.2,
              "to": 3,
              "hours": 72,
              "learning": []
            },
            {
              "skill": "statistics",
              "from": 3,
              "to": 4,
              "hours": 40,
              "learning": []
            }
          ]
        },
        {
          "step": 2,
          "role": "data-analyst-3",
          "type": "lateral",
          "readiness": 0.929292929,
          "hours": 36,
          "months": 5,
          "milestones": [
            {
              "skill": "sql",
              "from": 3.111111111,
              "to": 4,
              "hours": 24,
              "learning": [
                "sql-advanced"
              ]
            },
            {
              "skill": "stakeholder-management",
              "from": 2,
              "to": 3,
              "hours": 12,
              "learning": [
                "stakeholder-mastery"
              ]
            }
          ]
        },
        {
          "step": 3,
          "role": "analytics-manager-4",
          "type": "promotion",
          "readiness": 0.477272727,
          "hours": 404,
          "months": 51,
          "milestones": [
            {
              "skill": "coaching",
              "from": 0,
              "to": 3,
              "hours": 120,
              "learning": []
            },
            {
              "skill": "communication",
              "from": 3,
              "to": 4,
              "hours": 40,
              "learning": []
            },
            {
              "skill": "hiring",
              "from": 0,
              "to": 3,
              "hours": 30,
              "learning": [
                "first-time-manager",
                "structured-interviewing"
              ]
            },
            {
              "skill": "leadership",
              "from": 0,
              "to": 3,
              "hours": 54,
              "learning": [
                "first-time-manager",
                "leadership-essentials"
              ]
            },
            {
              "skill": "prioritization",
              "from": 0,
              "to": 3,
              "hours": 120,
              "learning": []
            },
            {
              "skill": "stakeholder-management",
              "from": 3,
              "to": 4,
              "hours": 40,
              "learning": []
            }
          ]
        }
      ]
    }
  ]
}
<<<end
