# review-fourfifths as JSON.
run: -C repos/review-fourfifths --as-of 2026-11-22 review --org --format json
<<<stdout
{
  "as_of": "2026-11-22",
  "from": "2026-06-30",
  "to": "2026-09-30",
  "succession": [],
  "single_points_of_failure": [],
  "supply_and_demand": [
    {
      "skill": "x",
      "level": 1,
      "demand": 12,
      "supply": 4,
      "shortfall": 8
    }
  ],
  "bottlenecks": [],
  "aspired_without_openings": [],
  "evidence_health": [
    {
      "department": "d1",
      "evidence": 1,
      "stale": 0,
      "unverified": 0,
      "suppressed": false
    },
    {
      "department": "d2",
      "evidence": 2,
      "stale": 0,
      "unverified": 0,
      "suppressed": false
    },
    {
      "department": "d3",
      "evidence": 1,
      "stale": 0,
      "unverified": 0,
      "suppressed": false
    }
  ],
  "misaligned_hours": 0,
  "learning_alignment": [],
  "equity_by_department": [
    {
      "group": "d1",
      "people": 2,
      "readiness": 0.5,
      "ready_now": 1,
      "ready_soon": 1,
      "develop": 0,
      "ready_now_rate": 0.5,
      "four_fifths": false,
      "suppressed": false
    },
    {
      "group": "d2",
      "people": 5,
      "readiness": 0.4,
      "ready_now": 2,
      "ready_soon": 3,
      "develop": 0,
      "ready_now_rate": 0.4,
      "four_fifths": false,
      "suppressed": false
    },
    {
      "group": "d3",
      "people": 5,
      "readiness": 0.2,
      "ready_now": 1,
      "ready_soon": 4,
      "develop": 0,
      "ready_now_rate": 0.2,
      "four_fifths": true,
      "suppressed": false
    }
  ],
  "equity_by_location": [
    {
      "group": "Here",
      "people": 7,
      "readiness": 0.428571429,
      "ready_now": 3,
      "ready_soon": 4,
      "develop": 0,
      "ready_now_rate": 0.428571429,
      "four_fifths": false,
      "suppressed": false
    },
    {
      "group": "There",
      "people": 5,
      "readiness": 0.2,
      "ready_now": 1,
      "ready_soon": 4,
      "develop": 0,
      "ready_now_rate": 0.2,
      "four_fifths": true,
      "suppressed": false
    }
  ]
}
<<<end
