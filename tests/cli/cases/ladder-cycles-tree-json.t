# The cycles tree as JSON: the closing moves have state cycle.
run: -C repos/ladder-cycles ladder --from al-2y --depth 6 --format json
exit: 0
<<<stdout
{
  "from": "al-2y",
  "depth": 6,
  "moves": [
    {
      "role": "al-2y",
      "parent": null,
      "type": null,
      "depth": 0,
      "level": 2,
      "state": "expanded",
      "delta": null
    },
    {
      "role": "al-2x",
      "parent": "al-2y",
      "type": "lateral",
      "depth": 1,
      "level": 2,
      "state": "expanded",
      "delta": {
        "increase": 1,
        "new": [
          {
            "skill": "b",
            "level": 1
          }
        ],
        "raised": [],
        "lowered": [],
        "dropped": [
          {
            "skill": "c",
            "level": 1
          }
        ],
        "weight": [],
        "essential": []
      }
    },
    {
      "role": "al-2y",
      "parent": "al-2x",
      "type": "lateral",
      "depth": 2,
      "level": 2,
      "state": "cycle",
      "delta": {
        "increase": 1,
        "new": [
          {
            "skill": "c",
            "level": 1
          }
        ],
        "raised": [],
        "lowered": [],
        "dropped": [
          {
            "skill": "b",
            "level": 1
          }
        ],
        "weight": [],
        "essential": []
      }
    },
    {
      "role": "al-3p",
      "parent": "al-2x",
      "type": "promotion",
      "depth": 2,
      "level": 3,
      "state": "expanded",
      "delta": {
        "increase": 2,
        "new": [],
        "raised": [
          {
            "skill": "a",
            "from": 2,
            "to": 3
          },
          {
            "skill": "b",
            "from": 1,
            "to": 2
          }
        ],
        "lowered": [],
        "dropped": [],
        "weight": [],
        "essential": []
      }
    },
    {
      "role": "al-3q",
      "parent": "al-3p",
      "type": "lateral",
      "depth": 3,
      "level": 3,
      "state": "expanded",
      "delta": {
        "increase": 2,
        "new": [
          {
            "skill": "c",
            "level": 2
          }
        ],
        "raised": [],
        "lowered": [],
        "dropped": [
          {
            "skill": "b",
            "level": 2
          }
        ],
        "weight": [],
        "essential": []
      }
    },
    {
      "role": "al-3r",
      "parent": "al-3q",
      "type": "lateral",
      "depth": 4,
      "level": 3,
      "state": "expanded",
      "delta": {
        "increase": 2,
        "new": [
          {
            "skill": "d",
            "level": 2
          }
        ],
        "raised": [],
        "lowered": [],
        "dropped": [
          {
            "skill": "c",
            "level": 2
          }
        ],
        "weight": [],
        "essential": []
      }
    },
    {
      "role": "al-3p",
      "parent": "al-3r",
      "type": "lateral",
      "depth": 5,
      "level": 3,
      "state": "cycle",
      "delta": {
        "increase": 2,
        "new": [
          {
            "skill": "b",
            "level": 2
          }
        ],
        "raised": [],
        "lowered": [],
        "dropped": [
          {
            "skill": "d",
            "level": 2
          }
        ],
        "weight": [],
        "essential": []
      }
    },
    {
      "role": "al-4",
      "parent": "al-3q",
      "type": "promotion",
      "depth": 4,
      "level": 4,
      "state": "leaf",
      "delta": {
        "increase": 6,
        "new": [
          {
            "skill": "d",
            "level": 3
          }
        ],
        "raised": [],
        "lowered": [],
        "dropped": [],
        "weight": [
          {
            "skill": "d",
            "from": 1,
            "to": 2
          }
        ],
        "essential": [
          {
            "skill": "d",
            "from": false,
            "to": true
          }
        ]
      }
    }
  ]
}
<<<end
