# History, by hand: as of 2026-06-29 the window is 2025-06-29 < date. The
# self row of 2026-06-30 is not yet in effect, so self = 3 (2026-05-01); the
# manager row of 2025-06-30 is now inside the window but superseded.
# sql = (3 + 2.5 + 2x2.5 + 2x2)/6 = 14.5/6 = 2.416666667; gap 0.583333333:
#   sql-mid 6 h < 12 x 0.583333333 = 7 h -> 6 h, [sql-mid].
# modeling: 0.5 x 29/12 = 29/24 = 1.208333333 via sql; gap 0.791666667;
#   model-book 5 h.  python 22 h as before.
# hours = 6 + 22 + 5 = 33; months = ceil(33/8) = 5 > soon_months 4: develop.
# readiness = (1 + (29/24)/2 + 0 + 2x(29/12)/3)/7 = (463/144)/7 = 463/1008
#   = 0.459325397.
run: -C repos/gap-hand --as-of 2026-06-29 gap E101 --format json
exit: 0
<<<stdout
{
  "employee": "E101",
  "role": "analyst-2",
  "as_of": "2026-06-29",
  "readiness": 0.459325397,
  "tier": "develop",
  "hours": 33,
  "months": 5,
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
      "level": 2.416666667,
      "credited": 2.416666667,
      "via": null,
      "gap": 0.583333333,
      "weight": 2,
      "essential": true,
      "hours": 6,
      "learning": [
        "sql-mid"
      ],
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
      "newest": "2026-05-01",
      "unverified": false
    },
    {
      "skill": "modeling",
      "required": 2,
      "level": 1,
      "credited": 1.208333333,
      "via": "sql",
      "gap": 0.791666667,
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
