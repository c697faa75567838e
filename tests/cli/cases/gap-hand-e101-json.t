# The numbers of gap-hand-e101.t in JSON: readiness 0.481150794, hours 32,
# months 4; sql level/credited 2.583333333 gap 0.416666667 hours 5
# learning []; modeling level 1 credited 1.291666667 via sql gap 0.708333333;
# python gap 3 hours 22 [py-intro, py-mid]; comms 2.333333333.
run: -C repos/gap-hand --as-of 2026-06-30 gap E101 --format json
exit: 0
<<<stdout
{
  "employee": "E101",
  "role": "analyst-2",
  "as_of": "2026-06-30",
  "readiness": 0.481150794,
  "tier": "ready-soon",
  "hours": 32,
  "months": 4,
  "skills": [
    {
      "skill": "python",
      "required": 3,
      "level": 0,
      "credited": 0,
      "via": null,
      "gap": 3,
      "weight": 3,
      "essential": false,
      "hours": 22,
      "learning": [
        "py-intro",
        "py-mid"
      ],
      "name": "Python",
      "employee": "E101",
      "role_measured": "analyst-2",
      "unmet": false,
      "sources": [],
      "newest": null,
      "unverified": false
    },
    {
      "skill": "sql",
      "required": 3,
      "level": 2.583333333,
      "credited": 2.583333333,
      "via": null,
      "gap": 0.416666667,
      "weight": 2,
      "essential": true,
      "hours": 5,
      "learning": [],
      "name": "SQL",
      "employee": "E101",
      "role_measured": "analyst-2",
      "unmet": true,
      "sources": [
        "self",
        "peer",
        "manager",
        "course"
      ],
      "newest": "2026-06-30",
      "unverified": false
    },
    {
      "skill": "modeling",
      "required": 2,
      "level": 1,
      "credited": 1.291666667,
      "via": "sql",
      "gap": 0.708333333,
      "weight": 1,
      "essential": false,
      "hours": 5,
      "learning": [
        "model-book"
      ],
      "name": "Data modeling",
      "employee": "E101",
      "role_measured": "analyst-2",
      "unmet": false,
      "sources": [
        "self"
      ],
      "newest": "2026-04-01",
      "unverified": true
    },
    {
      "skill": "comms",
      "required": 2,
      "level": 2.333333333,
      "credited": 2.333333333,
      "via": null,
      "gap": 0,
      "weight": 1,
      "essential": false,
      "hours": 0,
      "learning": [],
      "name": "Communication",
      "employee": "E101",
      "role_measured": "analyst-2",
      "unmet": false,
      "sources": [
        "peer",
        "manager"
      ],
      "newest": "2026-05-01",
      "unverified": false
    }
  ],
  "name": "Ana Silva",
  "current_role": "analyst-1",
  "target": "analyst-2",
  "role_title": "Analyst II"
}
<<<end
