# gap EMPLOYEE --format json: the pinned keys of SPEC section 3 first and in
# order (employee, role, as_of, readiness, tier, hours, months, skills; per
# skill: skill, required, level, credited, via, gap, weight, essential,
# hours, learning), r-rounded numbers with trailing zeros dropped.
run: -C ../data-examples --as-of 2026-11-22 gap E1019 --format json
exit: 0
<<<stdout
{
  "employee": "E1019",
  "role": "data-analyst-3",
  "as_of": "2026-11-22",
  "readiness": 0.929292929,
  "tier": "ready-soon",
  "hours": 36,
  "months": 5,
  "skills": [
    {
      "skill": "sql",
      "required": 4,
      "level": 3.111111111,
      "credited": 3.111111111,
      "via": null,
      "gap": 0.888888889,
      "weight": 2,
      "essential": true,
      "hours": 24,
      "learning": [
        "sql-advanced"
      ],
      "name": "SQL",
      "employee": "E1019",
      "role_measured": "data-analyst-3",
      "unmet": true,
      "sources": [
        "self",
        "peer",
        "manager",
        "course",
        "test"
      ],
      "newest": "2026-06-22",
      "unverified": false
    },
    {
      "skill": "stakeholder-management",
      "required": 3,
      "level": 2,
      "credited": 2,
      "via": null,
      "gap": 1,
      "weight": 1,
      "essential": false,
      "hours": 12,
      "learning": [
        "stakeholder-mastery"
      ],
      "name": "Stakeholder Management",
      "employee": "E1019",
      "role_measured": "data-analyst-3",
      "unmet": false,
      "sources": [
        "self",
        "manager"
      ],
      "newest": "2026-11-18",
      "unverified": false
    },
    {
      "skill": "communication",
      "required": 3,
      "level": 3,
      "credited": 3,
      "via": null,
      "gap": 0,
      "weight": 1,
      "essential": false,
      "hours": 0,
      "learning": [],
      "name": "Communication",
      "employee": "E1019",
      "role_measured": "data-analyst-3",
      "unmet": false,
      "sources": [
        "self",
        "manager"
      ],
      "newest": "2026-06-15",
      "unverified": false
    },
    {
      "skill": "data-modeling",
      "required": 3,
      "level": 3,
      "credited": 3,
      "via": null,
      "gap": 0,
      "weight": 1,
      "essential": false,
      "hours": 0,
      "learning": [],
      "name": "Data Modeling",
      "employee": "E1019",
      "role_measured": "data-analyst-3",
      "unmet": false,
      "sources": [
        "self",
        "peer",
        "manager"
      ],
      "newest": "2026-11-04",
      "unverified": false
    },
    {
      "skill": "data-visualization",
      "required": 3,
      "level": 3,
      "credited": 3,
      "via": null,
      "gap": 0,
      "weight": 1,
      "essential": false,
      "hours": 0,
      "learning": [],
      "name": "Data Visualisation",
      "employee": "E1019",
      "role_measured": "data-analyst-3",
      "unmet": false,
      "sources": [
        "peer",
        "manager"
      ],
      "newest": "2026-02-20",
      "unverified": false
    },
    {
      "skill": "freight-operations",
      "required": 2,
      "level": 2,
      "credited": 2,
      "via": null,
      "gap": 0,
      "weight": 1,
      "essential": false,
      "hours": 0,
      "learning": [],
      "name": "Freight and Logistics Operations",
      "employee": "E1019",
      "role_measured": "data-analyst-3",
      "unmet": false,
      "sources": [
        "self",
        "manager"
      ],
      "newest": "2026-06-25",
      "unverified": false
    },
    {
      "skill": "presentation",
      "required": 3,
      "level": 3.333333333,
      "credited": 3.333333333,
      "via": null,
      "gap": 0,
      "weight": 1,
      "essential": false,
      "hours": 0,
      "learning": [],
      "name": "Presenting and Storytelling",
      "employee": "E1019",
      "role_measured": "data-analyst-3",
      "unmet": false,
      "sources": [
        "self",
        "manager"
      ],
      "newest": "2026-11-13",
      "unverified": false
    },
    {
      "skill": "python",
      "required": 3,
      "level": 3,
      "credited": 3,
      "via": null,
      "gap": 0,
      "weight": 2,
      "essential": true,
      "hours": 0,
      "learning": [],
      "name": "Python",
      "employee": "E1019",
      "role_measured": "data-analyst-3",
      "unmet": false,
      "sources": [
        "self",
        "manager"
      ],
      "newest": "2026-06-16",
      "unverified": false
    },
    {
      "skill": "statistics",
      "required": 3,
      "level": 3,
      "credited": 3,
      "via": null,
      "gap": 0,
      "weight": 1,
      "essential": false,
      "hours": 0,
      "learning": [],
      "name": "Statistics",
      "employee": "E1019",
      "role_measured": "data-analyst-3",
      "unmet": false,
      "sources": [
        "self",
        "manager",
        "course",
        "test"
      ],
      "newest": "2026-11-18",
      "unverified": false
    }
  ],
  "name": "Jonas Becker",
  "current_role": "data-analyst-2",
  "target": "data-analyst-3",
  "role_title": "Senior Data Analyst"
}
<<<end
