# The tree as JSON: each move with parent, type, depth, level, state and
# the delta as lists by kind; increase of data-analyst-1 -> data-analyst-2
# over data-analyst-2's requirements, weight x levels beyond: sql 2x(3-2) = 2,
# python 2x2 = 4, statistics 1, data-visualization 1, stakeholder-management
# 2, communication 1 -> 11.
run: -C ../data-examples ladder --from data-analyst-1 --format json
exit: 0
<<<stdout
{
  "from": "data-analyst-1",
  "depth": 3,
  "moves": [
    {
      "role": "data-analyst-1",
      "parent": null,
      "type": null,
      "depth": 0,
      "level": 1,
      "state": "expanded",
      "delta": null
    },
    {
      "role": "data-analyst-2",
      "parent": "data-analyst-1",
      "type": "promotion",
      "depth": 1,
      "level": 2,
      "state": "expanded",
      "delta": {
        "increase": 11,
        "new": [
          {
            "skill": "python",
            "level": 2
          },
          {
            "skill": "stakeholder-management",
            "level": 2
          }
        ],
        "raised": [
          {
            "skill": "communication",
            "from": 2,
            "to": 3
          },
          {
            "skill": "data-visualization",
            "from": 2,
            "to": 3
          },
          {
            "skill": "sql",
            "from": 2,
            "to": 3
          },
          {
            "skill": "statistics",
            "from": 1,
            "to": 2
          }
        ],
        "lowered": [],
        "dropped": [],
        "weight": [
          {
            "skill": "python",
            "from": 1,
            "to": 2
          },
          {
            "skill": "sql",
            "from": 1,
            "to": 2
          }
        ],
        "essential": [
          {
            "skill": "python",
            "from": false,
            "to": true
          },
          {
            "skill": "sql",
            "from": false,
            "to": true
          }
        ]
      }
    },
    {
      "role": "data-analyst-3",
      "parent": "data-analyst-2",
      "type": "promotion",
      "depth": 2,
      "level": 3,
      "state": "expanded",
      "delta": {
        "increase": 13,
        "new": [
          {
            "skill": "data-modeling",
            "level": 3
          },
          {
            "skill": "presentation",
            "level": 3
          }
        ],
        "raised": [
          {
            "skill": "freight-operations",
            "from": 1,
            "to": 2
          },
          {
            "skill": "python",
            "from": 2,
            "to": 3
          },
          {
            "skill": "sql",
            "from": 3,
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
            "to": 3
          }
        ],
        "lowered": [],
        "dropped": [
          {
            "skill": "excel",
            "level": 3
          }
        ],
        "weight": [],
        "essential": []
      }
    },
    {
      "role": "analytics-manager-4",
      "parent": "data-analyst-3",
      "type": "promotion",
      "depth": 3,
      "level": 4,
      "state": "leaf",
      "delta": {
        "increase": 18,
        "new": [
          {
            "skill": "coaching",
            "level": 3
          },
          {
            "skill": "hiring",
            "level": 3
          },
          {
            "skill": "leadership",
            "level": 3
          },
          {
            "skill": "prioritization",
            "level": 3
          }
        ],
        "raised": [
          {
            "skill": "communication",
            "from": 3,
            "to": 4
          },
          {
            "skill": "stakeholder-management",
            "from": 3,
            "to": 4
          }
        ],
        "lowered": [
          {
            "skill": "sql",
            "from": 4,
            "to": 3
          },
          {
            "skill": "statistics",
            "from": 3,
            "to": 2
          }
        ],
        "dropped": [
          {
            "skill": "data-modeling",
            "level": 3
          },
          {
            "skill": "freight-operations",
            "level": 2
          },
          {
            "skill": "presentation",
            "level": 3
          },
          {
            "skill": "python",
            "level": 3
          }
        ],
        "weight": [
          {
            "skill": "leadership",
            "from": 1,
            "to": 2
          },
          {
            "skill": "sql",
            "from": 2,
            "to": 1
          },
          {
            "skill": "stakeholder-management",
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
            "skill": "sql",
            "from": true,
            "to": false
          },
          {
            "skill": "stakeholder-management",
            "from": false,
            "to": true
          }
        ]
      }
    },
    {
      "role": "data-scientist-3",
      "parent": "data-analyst-3",
      "type": "lateral",
      "depth": 3,
      "level": 3,
      "state": "seen",
      "delta": {
        "increase": 8,
        "new": [
          {
            "skill": "experimentation",
            "level": 3
          },
          {
            "skill": "machine-learning",
            "level": 3
          }
        ],
        "raised": [
          {
            "skill": "statistics",
            "from": 3,
            "to": 4
          }
        ],
        "lowered": [
          {
            "skill": "data-visualization",
            "from": 3,
            "to": 2
          },
          {
            "skill": "sql",
            "from": 4,
            "to": 3
          }
        ],
        "dropped": [
          {
            "skill": "data-modeling",
            "level": 3
          },
          {
            "skill": "freight-operations",
            "level": 2
          },
          {
            "skill": "presentation",
            "level": 3
          },
          {
            "skill": "stakeholder-management",
            "level": 3
          }
        ],
        "weight": [
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
    },
    {
      "role": "data-engineer-3",
      "parent": "data-analyst-3",
      "type": "lateral",
      "depth": 3,
      "level": 3,
      "state": "leaf",
      "delta": {
        "increase": 20,
        "new": [
          {
            "skill": "ci-cd",
            "level": 2
          },
          {
            "skill": "cloud-infrastructure",
            "level": 3
          },
          {
            "skill": "collaboration",
            "level": 2
          },
          {
            "skill": "etl",
            "level": 3
          },
          {
            "skill": "observability",
            "level": 2
          },
          {
            "skill": "testing",
            "level": 2
          }
        ],
        "raised": [],
        "lowered": [],
        "dropped": [
          {
            "skill": "communication",
            "level": 3
          },
          {
            "skill": "data-visualization",
            "level": 3
          },
          {
            "skill": "freight-operations",
            "level": 2
          },
          {
            "skill": "presentation",
            "level": 3
          },
          {
            "skill": "stakeholder-management",
            "level": 3
          },
          {
            "skill": "statistics",
            "level": 3
          }
        ],
        "weight": [
          {
            "skill": "etl",
            "from": 1,
            "to": 3
          },
          {
            "skill": "python",
            "from": 2,
            "to": 1
          },
          {
            "skill": "sql",
            "from": 2,
            "to": 1
          }
        ],
        "essential": [
          {
            "skill": "etl",
            "from": false,
            "to": true
          },
          {
            "skill": "python",
            "from": true,
            "to": false
          },
          {
            "skill": "sql",
            "from": true,
            "to": false
          }
        ]
      }
    },
    {
      "role": "product-manager-3",
      "parent": "data-analyst-3",
      "type": "cross-functional",
      "depth": 3,
      "level": 3,
      "state": "seen",
      "delta": {
        "increase": 18,
        "new": [
          {
            "skill": "prioritization",
            "level": 3
          },
          {
            "skill": "product-analytics",
            "level": 2
          },
          {
            "skill": "product-discovery",
            "level": 3
          },
          {
            "skill": "project-management",
            "level": 2
          },
          {
            "skill": "user-research",
            "level": 2
          }
        ],
        "raised": [],
        "lowered": [],
        "dropped": [
          {
            "skill": "data-modeling",
            "level": 3
          },
          {
            "skill": "data-visualization",
            "level": 3
          },
          {
            "skill": "presentation",
            "level": 3
          },
          {
            "skill": "python",
            "level": 3
          },
          {
            "skill": "sql",
            "level": 4
          },
          {
            "skill": "statistics",
            "level": 3
          }
        ],
        "weight": [
          {
            "skill": "prioritization",
            "from": 1,
            "to": 2
          },
          {
            "skill": "product-discovery",
            "from": 1,
            "to": 2
          }
        ],
        "essential": [
          {
            "skill": "product-discovery",
            "from": false,
            "to": true
          }
        ]
      }
    },
    {
      "role": "data-engineer-2",
      "parent": "data-analyst-2",
      "type": "lateral",
      "depth": 2,
      "level": 2,
      "state": "expanded",
      "delta": {
        "increase": 12,
        "new": [
          {
            "skill": "ci-cd",
            "level": 1
          },
          {
            "skill": "cloud-infrastructure",
            "level": 2
          },
          {
            "skill": "collaboration",
            "level": 2
          },
          {
            "skill": "data-modeling",
            "level": 2
          },
          {
            "skill": "etl",
            "level": 2
          }
        ],
        "raised": [
          {
            "skill": "python",
            "from": 2,
            "to": 3
          }
        ],
        "lowered": [],
        "dropped": [
          {
            "skill": "communication",
            "level": 3
          },
          {
            "skill": "data-visualization",
            "level": 3
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
            "skill": "stakeholder-management",
            "level": 2
          },
          {
            "skill": "statistics",
            "level": 2
          }
        ],
        "weight": [
          {
            "skill": "etl",
            "from": 1,
            "to": 2
          },
          {
            "skill": "python",
            "from": 2,
            "to": 1
          },
          {
            "skill": "sql",
            "from": 2,
            "to": 1
          }
        ],
        "essential": [
          {
            "skill": "etl",
            "from": false,
            "to": true
          },
          {
            "skill": "python",
            "from": true,
            "to": false
          },
          {
            "skill": "sql",
            "from": true,
            "to": false
          }
        ]
      }
    },
    {
      "role": "data-engineer-3",
      "parent": "data-engineer-2",
      "type": "promotion",
      "depth": 3,
      "level": 3,
      "state": "seen",
      "delta": {
        "increase": 11,
        "new": [
          {
            "skill": "observability",
            "level": 2
          },
          {
            "skill": "testing",
            "level": 2
          }
        ],
        "raised": [
          {
            "skill": "ci-cd",
            "from": 1,
            "to": 2
          },
          {
            "skill": "cloud-infrastructure",
            "from": 2,
            "to": 3
          },
          {
            "skill": "data-modeling",
            "from": 2,
            "to": 3
          },
          {
            "skill": "etl",
            "from": 2,
            "to": 3
          },
          {
            "skill": "sql",
            "from": 3,
            "to": 4
          }
        ],
        "lowered": [],
        "dropped": [],
        "weight": [
          {
            "skill": "etl",
            "from": 2,
            "to": 3
          }
        ],
        "essential": []
      }
    },
    {
      "role": "data-analyst-2",
      "parent": "data-engineer-2",
      "type": "lateral",
      "depth": 3,
      "level": 2,
      "state": "cycle",
      "delta": {
        "increase": 14,
        "new": [
          {
            "skill": "communication",
            "level": 3
          },
          {
            "skill": "data-visualization",
            "level": 3
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
            "skill": "stakeholder-management",
            "level": 2
          },
          {
            "skill": "statistics",
            "level": 2
          }
        ],
        "raised": [],
        "lowered": [
          {
            "skill": "python",
            "from": 3,
            "to": 2
          }
        ],
        "dropped": [
          {
            "skill": "ci-cd",
            "level": 1
          },
          {
            "skill": "cloud-infrastructure",
            "level": 2
          },
          {
            "skill": "collaboration",
            "level": 2
          },
          {
            "skill": "data-modeling",
            "level": 2
          },
          {
            "skill": "etl",
            "level": 2
          }
        ],
        "weight": [
          {
            "skill": "python",
            "from": 1,
            "to": 2
          },
          {
            "skill": "sql",
            "from": 1,
            "to": 2
          }
        ],
        "essential": [
          {
            "skill": "python",
            "from": false,
            "to": true
          },
          {
            "skill": "sql",
            "from": false,
            "to": true
          }
        ]
      }
    },
    {
      "role": "software-engineer-2",
      "parent": "data-engineer-2",
      "type": "cross-functional",
      "depth": 3,
      "level": 2,
      "state": "leaf",
      "delta": {
        "increase": 15,
        "new": [
          {
            "skill": "api-design",
            "level": 2
          },
          {
            "skill": "go",
            "level": 2
          },
          {
            "skill": "javascript",
            "level": 3
          },
          {
            "skill": "problem-solving",
            "level": 2
          },
          {
            "skill": "testing",
            "level": 2
          },
          {
            "skill": "typescript",
            "level": 2
          }
        ],
        "raised": [],
        "lowered": [],
        "dropped": [
          {
            "skill": "cloud-infrastructure",
            "level": 2
          },
          {
            "skill": "data-modeling",
            "level": 2
          },
          {
            "skill": "etl",
            "level": 2
          },
          {
            "skill": "python",
            "level": 3
          },
          {
            "skill": "sql",
            "level": 3
          }
        ],
        "weight": [
          {
            "skill": "testing",
            "from": 1,
            "to": 2
          }
        ],
        "essential": [
          {
            "skill": "testing",
            "from": false,
            "to": true
          }
        ]
      }
    },
    {
      "role": "data-scientist-3",
      "parent": "data-analyst-2",
      "type": "promotion",
      "depth": 2,
      "level": 3,
      "state": "expanded",
      "delta": {
        "increase": 12,
        "new": [
          {
            "skill": "experimentation",
            "level": 3
          },
          {
            "skill": "machine-learning",
            "level": 3
          }
        ],
        "raised": [
          {
            "skill": "python",
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
    },
    {
      "role": "data-scientist-4",
      "parent": "data-scientist-3",
      "type": "promotion",
      "depth": 3,
      "level": 4,
      "state": "leaf",
      "delta": {
        "increase": 13,
        "new": [
          {
            "skill": "coaching",
            "level": 3
          },
          {
            "skill": "stakeholder-management",
            "level": 3
          },
          {
            "skill": "system-design",
            "level": 2
          }
        ],
        "raised": [
          {
            "skill": "experimentation",
            "from": 3,
            "to": 4
          },
          {
            "skill": "machine-learning",
            "from": 3,
            "to": 4
          },
          {
            "skill": "python",
            "from": 3,
            "to": 4
          }
        ],
        "lowered": [],
        "dropped": [],
        "weight": [
          {
            "skill": "machine-learning",
            "from": 1,
            "to": 2
          }
        ],
        "essential": []
      }
    },
    {
      "role": "data-analyst-3",
      "parent": "data-scientist-3",
      "type": "lateral",
      "depth": 3,
      "level": 3,
      "state": "seen",
      "delta": {
        "increase": 14,
        "new": [
          {
            "skill": "data-modeling",
            "level": 3
          },
          {
            "skill": "freight-operations",
            "level": 2
          },
          {
            "skill": "presentation",
            "level": 3
          },
          {
            "skill": "stakeholder-management",
            "level": 3
          }
        ],
        "raised": [
          {
            "skill": "data-visualization",
            "from": 2,
            "to": 3
          },
          {
            "skill": "sql",
            "from": 3,
            "to": 4
          }
        ],
        "lowered": [
          {
            "skill": "statistics",
            "from": 4,
            "to": 3
          }
        ],
        "dropped": [
          {
            "skill": "experimentation",
            "level": 3
          },
          {
            "skill": "machine-learning",
            "level": 3
          }
        ],
        "weight": [
          {
            "skill": "sql",
            "from": 1,
            "to": 2
          },
          {
            "skill": "statistics",
            "from": 2,
            "to": 1
          }
        ],
        "essential": [
          {
            "skill": "sql",
            "from": false,
            "to": true
          }
        ]
      }
    },
    {
      "role": "data-engineer-3",
      "parent": "data-scientist-3",
      "type": "lateral",
      "depth": 3,
      "level": 3,
      "state": "seen",
      "delta": {
        "increase": 24,
        "new": [
          {
            "skill": "ci-cd",
            "level": 2
          },
          {
            "skill": "cloud-infrastructure",
            "level": 3
          },
          {
            "skill": "collaboration",
            "level": 2
          },
          {
            "skill": "data-modeling",
            "level": 3
          },
          {
            "skill": "etl",
            "level": 3
          },
          {
            "skill": "observability",
            "level": 2
          },
          {
            "skill": "testing",
            "level": 2
          }
        ],
        "raised": [
          {
            "skill": "sql",
            "from": 3,
            "to": 4
          }
        ],
        "lowered": [],
        "dropped": [
          {
            "skill": "communication",
            "level": 3
          },
          {
            "skill": "data-visualization",
            "level": 2
          },
          {
            "skill": "experimentation",
            "level": 3
          },
          {
            "skill": "machine-learning",
            "level": 3
          },
          {
            "skill": "statistics",
            "level": 4
          }
        ],
        "weight": [
          {
            "skill": "etl",
            "from": 1,
            "to": 3
          },
          {
            "skill": "python",
            "from": 2,
            "to": 1
          }
        ],
        "essential": [
          {
            "skill": "etl",
            "from": false,
            "to": true
          },
          {
            "skill": "python",
            "from": true,
            "to": false
          }
        ]
      }
    },
    {
      "role": "product-analyst-2",
      "parent": "data-analyst-2",
      "type": "cross-functional",
      "depth": 2,
      "level": 2,
      "state": "seen",
      "delta": {
        "increase": 10,
        "new": [
          {
            "skill": "customer-empathy",
            "level": 2
          },
          {
            "skill": "experimentation",
            "level": 2
          },
          {
            "skill": "product-analytics",
            "level": 3
          }
        ],
        "raised": [],
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
          },
          {
            "skill": "python",
            "level": 2
          },
          {
            "skill": "stakeholder-management",
            "level": 2
          },
          {
            "skill": "statistics",
            "level": 2
          }
        ],
        "weight": [
          {
            "skill": "product-analytics",
            "from": 1,
            "to": 2
          },
          {
            "skill": "sql",
            "from": 2,
            "to": 1
          }
        ],
        "essential": [
          {
            "skill": "product-analytics",
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
    },
    {
      "role": "product-analyst-2",
      "parent": "data-analyst-1",
      "type": "cross-functional",
      "depth": 1,
      "level": 2,
      "state": "expanded",
      "delta": {
        "increase": 12,
        "new": [
          {
            "skill": "customer-empathy",
            "level": 2
          },
          {
            "skill": "experimentation",
            "level": 2
          },
          {
            "skill": "product-analytics",
            "level": 3
          }
        ],
        "raised": [
          {
            "skill": "communication",
            "from": 2,
            "to": 3
          },
          {
            "skill": "sql",
            "from": 2,
            "to": 3
          }
        ],
        "lowered": [],
        "dropped": [
          {
            "skill": "excel",
            "level": 3
          },
          {
            "skill": "freight-operations",
            "level": 1
          },
          {
            "skill": "statistics",
            "level": 1
          }
        ],
        "weight": [
          {
            "skill": "product-analytics",
            "from": 1,
            "to": 2
          }
        ],
        "essential": [
          {
            "skill": "product-analytics",
            "from": false,
            "to": true
          }
        ]
      }
    },
    {
      "role": "product-manager-3",
      "parent": "product-analyst-2",
      "type": "promotion",
      "depth": 2,
      "level": 3,
      "state": "expanded",
      "delta": {
        "increase": 21,
        "new": [
          {
            "skill": "freight-operations",
            "level": 2
          },
          {
            "skill": "prioritization",
            "level": 3
          },
          {
            "skill": "product-discovery",
            "level": 3
          },
          {
            "skill": "project-management",
            "level": 2
          },
          {
            "skill": "stakeholder-management",
            "level": 3
          },
          {
            "skill": "user-research",
            "level": 2
          }
        ],
        "raised": [],
        "lowered": [
          {
            "skill": "product-analytics",
            "from": 3,
            "to": 2
          }
        ],
        "dropped": [
          {
            "skill": "customer-empathy",
            "level": 2
          },
          {
            "skill": "data-visualization",
            "level": 2
          },
          {
            "skill": "experimentation",
            "level": 2
          },
          {
            "skill": "sql",
            "level": 3
          }
        ],
        "weight": [
          {
            "skill": "prioritization",
            "from": 1,
            "to": 2
          },
          {
            "skill": "product-analytics",
            "from": 2,
            "to": 1
          },
          {
            "skill": "product-discovery",
            "from": 1,
            "to": 2
          }
        ],
        "essential": [
          {
            "skill": "product-analytics",
            "from": true,
            "to": false
          },
          {
            "skill": "product-discovery",
            "from": false,
            "to": true
          }
        ]
      }
    },
    {
      "role": "senior-product-manager-4",
      "parent": "product-manager-3",
      "type": "promotion",
      "depth": 3,
      "level": 4,
      "state": "leaf",
      "delta": {
        "increase": 14,
        "new": [
          {
            "skill": "coaching",
            "level": 2
          },
          {
            "skill": "presentation",
            "level": 3
          },
          {
            "skill": "pricing",
            "level": 2
          },
          {
            "skill": "strategic-thinking",
            "level": 3
          }
        ],
        "raised": [
          {
            "skill": "prioritization",
            "from": 3,
            "to": 4
          },
          {
            "skill": "product-discovery",
            "from": 3,
            "to": 4
          }
        ],
        "lowered": [],
        "dropped": [],
        "weight": [],
        "essential": []
      }
    },
    {
      "role": "ux-researcher-3",
      "parent": "product-manager-3",
      "type": "lateral",
      "depth": 3,
      "level": 3,
      "state": "leaf",
      "delta": {
        "increase": 13,
        "new": [
          {
            "skill": "customer-empathy",
            "level": 4
          },
          {
            "skill": "presentation",
            "level": 3
          },
          {
            "skill": "statistics",
            "level": 2
          }
        ],
        "raised": [
          {
            "skill": "user-research",
            "from": 2,
            "to": 4
          }
        ],
        "lowered": [
          {
            "skill": "product-discovery",
            "from": 3,
            "to": 2
          }
        ],
        "dropped": [
          {
            "skill": "freight-operations",
            "level": 2
          },
          {
            "skill": "prioritization",
            "level": 3
          },
          {
            "skill": "product-analytics",
            "level": 2
          },
          {
            "skill": "project-management",
            "level": 2
          },
          {
            "skill": "stakeholder-management",
            "level": 3
          }
        ],
        "weight": [
          {
            "skill": "product-discovery",
            "from": 2,
            "to": 1
          },
          {
            "skill": "user-research",
            "from": 1,
            "to": 2
          }
        ],
        "essential": [
          {
            "skill": "product-discovery",
            "from": true,
            "to": false
          },
          {
            "skill": "user-research",
            "from": false,
            "to": true
          }
        ]
      }
    },
    {
      "role": "customer-success-manager-3",
      "parent": "product-manager-3",
      "type": "cross-functional",
      "depth": 3,
      "level": 3,
      "state": "leaf",
      "delta": {
        "increase": 23,
        "new": [
          {
            "skill": "account-management",
            "level": 3
          },
          {
            "skill": "crm",
            "level": 1
          },
          {
            "skill": "customer-empathy",
            "level": 2
          },
          {
            "skill": "customer-onboarding",
            "level": 3
          },
          {
            "skill": "negotiation",
            "level": 2
          },
          {
            "skill": "presentation",
            "level": 2
          },
          {
            "skill": "problem-solving",
            "level": 2
          },
          {
            "skill": "product-knowledge",
            "level": 3
          },
          {
            "skill": "supply-chain",
            "level": 2
          }
        ],
        "raised": [],
        "lowered": [
          {
            "skill": "communication",
            "from": 3,
            "to": 2
          },
          {
            "skill": "freight-operations",
            "from": 2,
            "to": 1
          }
        ],
        "dropped": [
          {
            "skill": "prioritization",
            "level": 3
          },
          {
            "skill": "product-analytics",
            "level": 2
          },
          {
            "skill": "product-discovery",
            "level": 3
          },
          {
            "skill": "project-management",
            "level": 2
          },
          {
            "skill": "user-research",
            "level": 2
          }
        ],
        "weight": [
          {
            "skill": "account-management",
            "from": 1,
            "to": 2
          }
        ],
        "essential": [
          {
            "skill": "account-management",
            "from": false,
            "to": true
          }
        ]
      }
    },
    {
      "role": "data-analyst-2",
      "parent": "product-analyst-2",
      "type": "cross-functional",
      "depth": 2,
      "level": 2,
      "state": "seen",
      "delta": {
        "increase": 13,
        "new": [
          {
            "skill": "excel",
            "level": 3
          },
          {
            "skill": "freight-operations",
            "level": 1
          },
          {
            "skill": "python",
            "level": 2
          },
          {
            "skill": "stakeholder-management",
            "level": 2
          },
          {
            "skill": "statistics",
            "level": 2
          }
        ],
        "raised": [
          {
            "skill": "data-visualization",
            "from": 2,
            "to": 3
          }
        ],
        "lowered": [],
        "dropped": [
          {
            "skill": "customer-empathy",
            "level": 2
          },
          {
            "skill": "experimentation",
            "level": 2
          },
          {
            "skill": "product-analytics",
            "level": 3
          }
        ],
        "weight": [
          {
            "skill": "python",
            "from": 1,
            "to": 2
          },
          {
            "skill": "sql",
            "from": 1,
            "to": 2
          }
        ],
        "essential": [
          {
            "skill": "python",
            "from": false,
            "to": true
          },
          {
            "skill": "sql",
            "from": false,
            "to": true
          }
        ]
      }
    }
  ]
}
<<<end
