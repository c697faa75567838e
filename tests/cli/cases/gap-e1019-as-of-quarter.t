# History: --as-of 2026-Q2 is 2026-06-30; rows after it are not yet in effect.
# Checked by hand: stakeholder-management self 2, manager 1 = 4/3, gap 5/3,
# mastery starts at 2 so 40 x 5/3 = 66.666666667 h; data-modeling (3+3+2x2)/4
# = 2.5, gap 0.5: 20 h either by hours_per_level or by modern-data-modeling,
# the route with fewer items wins (none); statistics (3+2x2+2x3+3x3)/8 = 2.75.
# hours 120.666666667, months 16, readiness 9.75/11 = 0.886363636, develop.
run: -C ../data-examples --as-of 2026-Q2 gap E1019 --format json
exit: 0
<<<stdout
{
  "employee": "E1019",
  "role": "data-analyst-3",
  "as_of": "2026-06-30",
  "readiness": 0.886363636,
  "tier": "develop",
  "hours": 120.666666667,
  "months": 16,
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
      "level": 1.333333333,
      "credited": 1.333333333,
      "via": null,
      "gap": 1.666666667,
      "weight": 1,
      "essential": false,
      "hours": 66.666666667,
      "learning": [],
      "name": "Stakeholder Management",
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
      "level": 2.5,
      "credited": 2.5,
      "via": null,
      "gap": 0.5,
      "weight": 1,
      "essential": false,
      "hours": 20,
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
      "newest": "2026-06-18",
      "unverified": false
    },
    {
      "skill": "statistics",
      "required": 3,
      "level": 2.75,
      "credited": 2.75,
      "via": null,
      "gap": 0.25,
      "weight": 1,
      "essential": false,
      "hours": 10,
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
      "newest": "2026-06-22",
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
      "newest": "2026-06-19",
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
    }
  ],
  "name": "Jonas Becker",
  "current_role": "data-analyst-2",
  "target": "data-analyst-3",
  "role_title": "Senior Data Analyst"
}
<<<end
