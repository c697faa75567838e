# Suggestions as JSON with the similarity and the delta.
run: -C ../data-examples ladder --from data-analyst-2 --suggest --limit 2 --format json
exit: 0
<<<stdout
{
  "from": "data-analyst-2",
  "suggestions": [
    {
      "role": "data-analyst-1",
      "family": "data",
      "level": 1,
      "type": "step-back",
      "similarity": 0.458333333,
      "delta": {
        "increase": 0,
        "new": [],
        "raised": [],
        "lowered": [
          {
            "skill": "communication",
            "from": 3,
            "to": 2
          },
          {
            "skill": "data-visualization",
            "from": 3,
            "to": 2
          },
          {
            "skill": "sql",
            "from": 3,
            "to": 2
          },
          {
            "skill": "statistics",
            "from": 2,
            "to": 1
          }
        ],
        "dropped": [
          {
            "skill": "python",
            "level": 2
          },
          {
            "skill": "stakeholder-management",
            "level": 2
          }
        ],
        "weight": [
          {
            "skill": "sql",
            "from": 2,
            "to": 1
          }
        ],
        "essential": [
          {
            "skill": "sql",
            "from": true,
            "to": false
          }
        ]
      }
    },
    {
      "role": "data-scientist-4",
      "family": "data",
      "level": 4,
      "type": "promotion",
      "similarity": 0.307692308,
      "delta": {
        "increase": 26,
        "new": [
          {
            "skill": "coaching",
            "level": 3
          },
          {
            "skill": "experimentation",
            "level": 4
          },
          {
            "skill": "machine-learning",
            "level": 4
          },
          {
            "skill": "system-design",
            "level": 2
          }
        ],
        "raised": [
          {
            "skill": "python",
            "from": 2,
            "to": 4
          },
          {
            "skill": "stakeholder-management",
            "from": 2,
            "to": 3
          },
          {
            "skill": "statistics",
            "from": 2,
            "to": 4
          }
        ],
        "lowered": [
          {
            "skill": "data-visualization",
            "from": 3,
            "to": 2
          }
        ],
        "dropped": [
          {
            "skill": "excel",
            "level": 3
          },
          {
            "skill": "freight-operations",
            "level": 1
          }
        ],
        "weight": [
          {
            "skill": "machine-learning",
            "from": 1,
            "to": 2
          },
          {
            "skill": "sql",
            "from": 2,
            "to": 1
          },
          {
            "skill": "statistics",
            "from": 1,
            "to": 2
          }
        ],
        "essential": [
          {
            "skill": "machine-learning",
            "from": false,
            "to": true
          },
          {
            "skill": "sql",
            "from": true,
            "to": false
          }
        ]
      }
    }
  ]
}
<<<end
