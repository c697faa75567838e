# repos/review-hand: E1 (lead-3) has no plan, no aspiration, and lead-3's only
# next move (chief) is to another family, so no target: readiness, change and
# tiers are null, no gaps, no opportunities, no mentor. Nothing moved in the
# window and nothing required (lead, comms; rows of 2026-03-01) is stale.
run: -C repos/review-hand --as-of 2026-11-22 review E1 --format json
<<<stdout
{
  "employee": "E1",
  "name": "Ann",
  "role": "lead-3",
  "target": null,
  "as_of": "2026-11-22",
  "from": "2026-06-30",
  "to": "2026-09-30",
  "readiness_from": null,
  "readiness_to": null,
  "change": null,
  "tier_from": null,
  "tier_to": null,
  "skills_changed": [],
  "milestones": [],
  "learning_hours": 0,
  "learning": [],
  "stale": [],
  "unverified": [],
  "next_gaps": [],
  "next_development": [],
  "mentor": null
}
<<<end
