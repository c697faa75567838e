# repos/review-hand, hand-computed (default sources: test w3, manager w2,
# course w2 max, self w1; hours_per_level 40, 8 h/month, soon_months 12,
# max_level_jump 2, stale_days 365; min_group_size 2). As of 2026-11-22 the
# window is 2026-06-30 < date <= 2026-09-30. Levels as of 2026-11-22:
#   E1 Ann  lead-3 (eng, Berlin), no target (lead-3's next is chief, another
#           family): lead 4, comms 4, sql 1
#   E2 Bob  eng-2 (eng, Berlin) -> lead-3 (aspiration): python 3, sql 2,
#           lead 2, comms (test 3 w3, course 4 w2) = 17/5 = 3.4
#   E3 Cid  eng-1 (eng, Lisbon) -> eng-2 (plan): python 2, sql 2, comms 2
#   E4 Dee  eng-1 (eng, Berlin) -> eng-2 (promotion): python 3, sql 2, comms 2
#   E5 Eve  ana-2 (data, Berlin) -> lead-3 (plan): sql 3, python 2, comms 2, lead 1
#   E6 Fay  ana-1 (data, Lisbon) -> ana-2 (promotion): sql 2, python 1, comms 2
#   E7 Gus  ana-1 (data, Berlin) -> lead-3 (aspiration): sql 2 (self only), comms 3
#   E8 Hal  ops-1 (ops, Lisbon) -> ops-2 (promotion): comms 3, lead 1
# Readiness for the targets: E2 (2/3 + 1)/2 = 83.3% ready-soon (lead gap 1,
# 40 h); E3 83.3% ready-soon; E4 100% ready-now; E5 (1/3 + 2/3)/2 = 50%
# develop (lead 2 + comms 1 = 120 h = 15 months); E6 (2/3 + 1/2)/2 = 58.3%
# ready-soon (80 h); E7 (0 + 1)/2 = 50% develop (120 h); E8 100% ready-now.
#
# E5's review: no change in the window; plan milestones done (08-20) and
# lead 2 due 2027-06-30 with lead 1 -> on-track. Gaps lead (2) then comms (1).
# No mentor: E1 is the only one with lead and comms >= 4, and E1 is E5's
# manager. No development opportunity: OPP-2 asks for no gap skill.
run: -C repos/review-hand --as-of 2026-11-22 review E5 --format json
<<<stdout
{
  "employee": "E5",
  "name": "Eve",
  "role": "ana-2",
  "target": "lead-3",
  "as_of": "2026-11-22",
  "from": "2026-06-30",
  "to": "2026-09-30",
  "readiness_from": 0.5,
  "readiness_to": 0.5,
  "change": 0,
  "tier_from": "develop",
  "tier_to": "develop",
  "skills_changed": [],
  "milestones": [
    {
      "milestone": "Run a retrospective",
      "skill": null,
      "level": null,
      "due": "2026-09-01",
      "done": "2026-08-20",
      "status": "done"
    },
    {
      "milestone": "lead to 2",
      "skill": "lead",
      "level": 2,
      "due": "2027-06-30",
      "done": null,
      "status": "on-track"
    }
  ],
  "learning_hours": 0,
  "learning": [],
  "stale": [],
  "unverified": [],
  "next_gaps": [
    {
      "skill": "lead",
      "required": 3,
      "credited": 1,
      "gap": 2,
      "hours": 80,
      "learning": []
    },
    {
      "skill": "comms",
      "required": 3,
      "credited": 2,
      "gap": 1,
      "hours": 40,
      "learning": []
    }
  ],
  "next_development": [],
  "mentor": null
}
<<<end
