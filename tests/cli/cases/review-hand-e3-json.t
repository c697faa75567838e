# review-hand-e3 in JSON (see that case for the numbers).
run: -C repos/review-hand --as-of 2026-11-22 review E3 --format json
<<<stdout
{
  "employee": "E3",
  "name": "Cid",
  "role": "eng-1",
  "target": "eng-2",
  "as_of": "2026-11-22",
  "from": "2026-06-30",
  "to": "2026-09-30",
  "readiness_from": 0.666666667,
  "readiness_to": 0.833333333,
  "change": 0.166666667,
  "tier_from": "ready-soon",
  "tier_to": "ready-soon",
  "skills_changed": [
    {
      "skill": "art",
      "from": 0,
      "to": 2,
      "change": 2,
      "evidence": [
        {
          "date": "2026-09-30",
          "source": "course",
          "assessor": "art-101",
          "level": 2
        }
      ]
    },
    {
      "skill": "comms",
      "from": 2.4,
      "to": 2,
      "change": -0.4,
      "evidence": []
    },
    {
      "skill": "python",
      "from": 1,
      "to": 2,
      "change": 1,
      "evidence": [
        {
          "date": "2026-08-01",
          "source": "test",
          "assessor": "t",
          "level": 2
        }
      ]
    }
  ],
  "milestones": [
    {
      "milestone": "Ship the feature",
      "skill": null,
      "level": null,
      "due": "2026-10-01",
      "done": "2026-09-15",
      "status": "done"
    },
    {
      "milestone": "Demo to the team",
      "skill": null,
      "level": null,
      "due": "2026-11-01",
      "done": "2026-11-22",
      "status": "done"
    },
    {
      "milestone": "python to 2",
      "skill": "python",
      "level": 2,
      "due": "2026-10-31",
      "done": null,
      "status": "done"
    },
    {
      "milestone": "python to 3",
      "skill": "python",
      "level": 3,
      "due": "2026-11-21",
      "done": null,
      "status": "overdue"
    },
    {
      "milestone": "Write the design doc",
      "skill": null,
      "level": null,
      "due": "2026-11-22",
      "done": null,
      "status": "due-soon"
    },
    {
      "milestone": "Pair with Bob for a week",
      "skill": null,
      "level": null,
      "due": "2026-12-22",
      "done": null,
      "status": "due-soon"
    },
    {
      "milestone": "Give a conference talk",
      "skill": null,
      "level": null,
      "due": "2026-12-23",
      "done": null,
      "status": "on-track"
    },
    {
      "milestone": "Clean up the backlog",
      "skill": null,
      "level": null,
      "due": "2026-11-01",
      "done": "2026-11-23",
      "status": "overdue"
    }
  ],
  "learning_hours": 10,
  "learning": [
    {
      "date": "2026-09-30",
      "item": "art-101",
      "title": "Art 101",
      "kind": "course",
      "hours": 10,
      "skill": "art",
      "level": 2
    }
  ],
  "stale": [
    {
      "skill": "comms",
      "newest": "2025-01-10",
      "age_days": 681
    }
  ],
  "unverified": [],
  "next_gaps": [
    {
      "skill": "python",
      "required": 3,
      "credited": 2,
      "gap": 1,
      "hours": 40,
      "learning": []
    }
  ],
  "next_development": [
    {
      "id": "OPP-2",
      "kind": "gig",
      "title": "Query engine rewrite",
      "growth": 1
    }
  ],
  "mentor": null
}
<<<end
