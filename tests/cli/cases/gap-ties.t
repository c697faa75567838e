# Ties, by hand (default sources, hours_per_level 40, 8 h a month):
# x: no rows; related a 0.5 and b 0.5, a = b = 2: both give 1 > 0, the
#    smallest id gives the via: a. Gap 1, no items for x: 40 h.
# c: level 1; 0.5 x a 2 = 1 is not strictly greater: no via.
# y: ya and yb both 0->3 in 10 h, one item each: the smaller id, ya.
# z: zb (0->2, 10 h) + 2 x 40 = 90 and za (0->3, 50 h) + 40 = 90, one item
#    each: the higher final state, za. 4 x 40 = 160.
# readiness (c 1 + x 1/2 + 0 + 0)/4 = 0.375; hours 140, months ceil(17.5) = 18.
# Order by weight x gap: z 4, y 3, x 1, c 0.
run: -C repos/gap-ties --as-of 2026-06-30 gap P1 --role r1 --format json
exit: 0
<<<stdout
{
  "employee": "P1",
  "role": "r1",
  "as_of": "2026-06-30",
  "readiness": 0.375,
  "tier": "develop",
  "hours": 140,
  "months": 18,
  "skills": [
    {
      "skill": "z",
      "required": 4,
      "level": 0,
      "credited": 0,
      "via": null,
      "gap": 4,
      "weight": 1,
      "essential": false,
      "hours": 90,
      "learning": [
        "za"
      ],
      "name": "Z",
      "employee": "P1",
      "role_measured": "r1",
      "unmet": false,
      "sources": [],
      "newest": null,
      "unverified": false
    },
    {
      "skill": "y",
      "required": 3,
      "level": 0,
      "credited": 0,
      "via": null,
      "gap": 3,
      "weight": 1,
      "essential": false,
      "hours": 10,
      "learning": [
        "ya"
      ],
      "name": "Y",
      "employee": "P1",
      "role_measured": "r1",
      "unmet": false,
      "sources": [],
      "newest": null,
      "unverified": false
    },
    {
      "skill": "x",
      "required": 2,
      "level": 0,
      "credited": 1,
      "via": "a",
      "gap": 1,
      "weight": 1,
      "essential": false,
      "hours": 40,
      "learning": [],
      "name": "X",
      "employee": "P1",
      "role_measured": "r1",
      "unmet": false,
      "sources": [],
      "newest": null,
      "unverified": false
    },
    {
      "skill": "c",
      "required": 1,
      "level": 1,
      "credited": 1,
      "via": null,
      "gap": 0,
      "weight": 1,
      "essential": false,
      "hours": 0,
      "learning": [],
      "name": "C",
      "employee": "P1",
      "role_measured": "r1",
      "unmet": false,
      "sources": [
        "manager"
      ],
      "newest": "2026-01-01",
      "unverified": false
    }
  ],
  "name": "One",
  "current_role": "r1",
  "target": "r2",
  "role_title": "Role One"
}
<<<end
