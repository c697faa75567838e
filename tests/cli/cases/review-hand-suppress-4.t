# repos/review-hand with min_group_size 4 (see review-hand-org for the numbers).
# Equity counts the people its numbers are about, those with a target: data
# (3), eng (3 of 4) and ops (1) are all under 4, so every department is
# hidden; evidence health counts everyone: data (3) and ops (1) are hidden,
# two groups, so eng (4) stays. Locations: Lisbon (3 measured) is hidden and,
# as the only one, Berlin, the next smallest, is hidden too.
sh: copy_repo "$TESTS/repos/review-hand" r && echo "min_group_size: 4" > r/rungs.yaml && "$RUNGS" -C r --as-of 2026-11-22 review --org --format json
exit: 0
<<<stdout
{
  "as_of": "2026-11-22",
  "from": "2026-06-30",
  "to": "2026-09-30",
  "succession": [
    {
      "role": "ana-2",
      "incumbents": 1,
      "ready_now": 0,
      "ready_soon": 4,
      "at_risk": false
    },
    {
      "role": "chief",
      "incumbents": 0,
      "ready_now": 0,
      "ready_soon": 1,
      "at_risk": true
    },
    {
      "role": "eng-2",
      "incumbents": 1,
      "ready_now": 1,
      "ready_soon": 3,
      "at_risk": false
    },
    {
      "role": "lead-3",
      "incumbents": 1,
      "ready_now": 0,
      "ready_soon": 2,
      "at_risk": false
    }
  ],
  "single_points_of_failure": [
    {
      "skill": "comms",
      "level": 4,
      "holder": "E1",
      "roles": [
        "chief"
      ]
    },
    {
      "skill": "lead",
      "level": 3,
      "holder": "E1",
      "roles": [
        "lead-3"
      ]
    },
    {
      "skill": "lead",
      "level": 4,
      "holder": "E1",
      "roles": [
        "chief"
      ]
    },
    {
      "skill": "sql",
      "level": 3,
      "holder": "E5",
      "roles": [
        "ana-2"
      ]
    }
  ],
  "supply_and_demand": [
    {
      "skill": "python",
      "level": 2,
      "demand": 5,
      "supply": 4,
      "shortfall": 1
    },
    {
      "skill": "comms",
      "level": 3,
      "demand": 4,
      "supply": 4,
      "shortfall": 0
    },
    {
      "skill": "lead",
      "level": 1,
      "demand": 4,
      "supply": 4,
      "shortfall": 0
    },
    {
      "skill": "sql",
      "level": 2,
      "demand": 5,
      "supply": 6,
      "shortfall": -1
    }
  ],
  "bottlenecks": [
    {
      "opportunity": "OPP-2",
      "kind": "gig",
      "title": "Query engine rewrite"
    }
  ],
  "aspired_without_openings": [
    {
      "role": "lead-3",
      "aspirants": 3
    }
  ],
  "evidence_health": [
    {
      "department": "data",
      "evidence": null,
      "stale": null,
      "unverified": null,
      "suppressed": true
    },
    {
      "department": "eng",
      "evidence": 12,
      "stale": 0.166666667,
      "unverified": 0,
      "suppressed": false
    },
    {
      "department": "ops",
      "evidence": null,
      "stale": null,
      "unverified": null,
      "suppressed": true
    }
  ],
  "misaligned_hours": 14,
  "learning_alignment": [
    {
      "skill": "art",
      "hours": 10
    },
    {
      "skill": "music",
      "hours": 4
    }
  ],
  "equity_by_department": [
    {
      "group": "data",
      "people": null,
      "readiness": null,
      "ready_now": null,
      "ready_soon": null,
      "develop": null,
      "ready_now_rate": null,
      "four_fifths": null,
      "suppressed": true
    },
    {
      "group": "eng",
      "people": null,
      "readiness": null,
      "ready_now": null,
      "ready_soon": null,
      "develop": null,
      "ready_now_rate": null,
      "four_fifths": null,
      "suppressed": true
    },
    {
      "group": "ops",
      "people": null,
      "readiness": null,
      "ready_now": null,
      "ready_soon": null,
      "develop": null,
      "ready_now_rate": null,
      "four_fifths": null,
      "suppressed": true
    }
  ],
  "equity_by_location": [
    {
      "group": "Berlin",
      "people": null,
      "readiness": null,
      "ready_now": null,
      "ready_soon": null,
      "develop": null,
      "ready_now_rate": null,
      "four_fifths": null,
      "suppressed": true
    },
    {
      "group": "Lisbon",
      "people": null,
      "readiness": null,
      "ready_now": null,
      "ready_soon": null,
      "develop": null,
      "ready_now_rate": null,
      "four_fifths": null,
      "suppressed": true
    }
  ]
}
<<<end
