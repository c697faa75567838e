# The routes as JSON: the whole move's delta, then each route as ids.
run: -C ../data-examples ladder --from data-analyst-1 --to head-of-data-5 --depth 5 --format json
exit: 0
<<<stdout
{
  "from": "data-analyst-1",
  "to": "head-of-data-5",
  "delta": {
    "increase": 41,
    "new": [
      {
        "skill": "coaching",
        "level": 4
      },
      {
        "skill": "data-modeling",
        "level": 3
      },
      {
        "skill": "data-privacy",
        "level": 3
      },
      {
        "skill": "financial-acumen",
        "level": 3
      },
      {
        "skill": "hiring",
        "level": 4
      },
      {
        "skill": "leadership",
        "level": 4
      },
      {
        "skill": "machine-learning",
        "level": 2
      },
      {
        "skill": "stakeholder-management",
        "level": 4
      },
      {
        "skill": "strategic-thinking",
        "level": 4
      }
    ],
    "raised": [
      {
        "skill": "communication",
        "from": 2,
        "to": 4
      }
    ],
    "lowered": [],
    "dropped": [
      {
        "skill": "data-visualization",
        "level": 2
      },
      {
        "skill": "excel",
        "level": 3
      },
      {
        "skill": "freight-operations",
        "level": 1
      },
      {
        "skill": "sql",
        "level": 2
      },
      {
        "skill": "statistics",
        "level": 1
      }
    ],
    "weight": [
      {
        "skill": "leadership",
        "from": 1,
        "to": 2
      },
      {
        "skill": "strategic-thinking",
        "from": 1,
        "to": 2
      }
    ],
    "essential": [
      {
        "skill": "leadership",
        "from": false,
        "to": true
      },
      {
        "skill": "strategic-thinking",
        "from": false,
        "to": true
      }
    ]
  },
  "routes": [
    {
      "rank": 1,
      "steps": 4,
      "increase": 65,
      "route": [
        "data-analyst-1",
        "data-analyst-2",
        "data-analyst-3",
        "analytics-manager-4",
        "head-of-data-5"
      ]
    },
    {
      "rank": 2,
      "steps": 5,
      "increase": 73,
      "route": [
        "data-analyst-1",
        "data-analyst-2",
        "data-scientist-3",
        "data-scientist-4",
        "principal-data-scientist-5",
        "head-of-data-5"
      ]
    },
    {
      "rank": 3,
      "steps": 5,
      "increase": 75,
      "route": [
        "data-analyst-1",
        "data-analyst-2",
        "data-scientist-3",
        "data-scientist-4",
        "analytics-manager-4",
        "head-of-data-5"
      ]
    },
    {
      "rank": 4,
      "steps": 5,
      "increase": 78,
      "route": [
        "data-analyst-1",
        "data-analyst-2",
        "data-scientist-3",
        "data-analyst-3",
        "analytics-manager-4",
        "head-of-data-5"
      ]
    },
    {
      "rank": 5,
      "steps": 5,
      "increase": 79,
      "route": [
        "data-analyst-1",
        "product-analyst-2",
        "data-analyst-2",
        "data-analyst-3",
        "analytics-manager-4",
        "head-of-data-5"
      ]
    },
    {
      "rank": 6,
      "steps": 5,
      "increase": 89,
      "route": [
        "data-analyst-1",
        "data-analyst-2",
        "data-engineer-2",
        "data-engineer-3",
        "analytics-manager-4",
        "head-of-data-5"
      ]
    },
    {
      "rank": 7,
      "steps": 5,
      "increase": 99,
      "route": [
        "data-analyst-1",
        "data-analyst-2",
        "data-analyst-3",
        "data-engineer-3",
        "analytics-manager-4",
        "head-of-data-5"
      ]
    },
    {
      "rank": 8,
      "steps": 5,
      "increase": 102,
      "route": [
        "data-analyst-1",
        "data-analyst-2",
        "data-scientist-3",
        "data-engineer-3",
        "analytics-manager-4",
        "head-of-data-5"
      ]
    }
  ]
}
<<<end
