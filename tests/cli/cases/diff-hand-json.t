# JSON for tools: typed from/to values (levels and weights are numbers,
# essential a boolean, dates text), null for what is absent; with --people the
# people list, months included.
sh: . "$TESTS/cli/gitfx.sh"; gitfx_two r diff-hand && cd r && "$RUNGS" --as-of 2026-06-30 diff HEAD~1 HEAD --people --format json
exit: 0
<<<stdout
{
  "from": "HEAD~1",
  "from_commit": "e23a3cc2d5543f4a11ac906b747445dd70a79fd4",
  "to": "HEAD",
  "to_commit": "21fa967971522b0c4ea4b3ac27ba6892ce134dd8",
  "as_of": "2026-06-30",
  "people_moved": 5,
  "tier_drops": 2,
  "changes": [
    {
      "kind": "skill",
      "id": "e",
      "change": "added",
      "subject": null,
      "from": null,
      "to": "Skill E",
      "inherited_from": null
    },
    {
      "kind": "role",
      "id": "fresh",
      "change": "added",
      "subject": null,
      "from": null,
      "to": "Fresh role",
      "inherited_from": null
    },
    {
      "kind": "role",
      "id": "gone",
      "change": "removed",
      "subject": null,
      "from": "Gone role",
      "to": null,
      "inherited_from": null
    },
    {
      "kind": "role",
      "id": "new-name",
      "change": "renamed",
      "subject": null,
      "from": "old-name",
      "to": "new-name",
      "inherited_from": null
    },
    {
      "kind": "role",
      "id": "new-name",
      "change": "title-changed",
      "subject": null,
      "from": "Old name",
      "to": "New name",
      "inherited_from": null
    },
    {
      "kind": "role",
      "id": "r1",
      "change": "next-added",
      "subject": "fresh",
      "from": null,
      "to": null,
      "inherited_from": null
    },
    {
      "kind": "role",
      "id": "r2",
      "change": "requirement-raised",
      "subject": "a",
      "from": 2,
      "to": 3,
      "inherited_from": null
    },
    {
      "kind": "role",
      "id": "r3",
      "change": "requirement-raised",
      "subject": "a",
      "from": 2,
      "to": 3,
      "inherited_from": "r2"
    },
    {
      "kind": "role",
      "id": "r3",
      "change": "weight-changed",
      "subject": "b",
      "from": 1,
      "to": 2,
      "inherited_from": null
    },
    {
      "kind": "opportunity",
      "id": "OPP-1",
      "change": "requirement-raised",
      "subject": "a",
      "from": 2,
      "to": 3,
      "inherited_from": "r2"
    },
    {
      "kind": "opportunity",
      "id": "OPP-2",
      "change": "closes-changed",
      "subject": null,
      "from": null,
      "to": "2026-12-31",
      "inherited_from": null
    },
    {
      "kind": "opportunity",
      "id": "OPP-2",
      "change": "requirement-raised",
      "subject": "c",
      "from": 2,
      "to": 3,
      "inherited_from": null
    }
  ],
  "movements": [
    {
      "role": "fresh",
      "tier_before": null,
      "tier_after": "ready-now",
      "people": 1,
      "tier_drop": false
    },
    {
      "role": "fresh",
      "tier_before": null,
      "tier_after": "ready-soon",
      "people": 4,
      "tier_drop": false
    },
    {
      "role": "gone",
      "tier_before": "ready-now",
      "tier_after": null,
      "people": 4,
      "tier_drop": false
    },
    {
      "role": "gone",
      "tier_before": "ready-soon",
      "tier_after": null,
      "people": 1,
      "tier_drop": false
    },
    {
      "role": "r2",
      "tier_before": "ready-now",
      "tier_after": "ready-soon",
      "people": 1,
      "tier_drop": true
    },
    {
      "role": "r2",
      "tier_before": "develop",
      "tier_after": "develop",
      "people": 1,
      "tier_drop": false
    },
    {
      "role": "r3",
      "tier_before": "ready-now",
      "tier_after": "ready-now",
      "people": 1,
      "tier_drop": false
    },
    {
      "role": "r3",
      "tier_before": "ready-now",
      "tier_after": "ready-soon",
      "people": 1,
      "tier_drop": true
    },
    {
      "role": "r3",
      "tier_before": "develop",
      "tier_after": "develop",
      "people": 1,
      "tier_drop": false
    }
  ],
  "people": [
    {
      "role": "fresh",
      "employee": "E4",
      "name": "Dee",
      "relation": [
        "candidate"
      ],
      "readiness_before": null,
      "readiness_after": 1,
      "tier_before": null,
      "tier_after": "ready-now",
      "months_before": null,
      "months_after": 0,
      "tier_drop": false
    },
    {
      "role": "fresh",
      "employee": "E1",
      "name": "Ann",
      "relation": [
        "candidate"
      ],
      "readiness_before": null,
      "readiness_after": 0.5,
      "tier_before": null,
      "tier_after": "ready-soon",
      "months_before": null,
      "months_after": 1,
      "tier_drop": false
    },
    {
      "role": "fresh",
      "employee": "E2",
      "name": "Bob",
      "relation": [
        "candidate"
      ],
      "readiness_before": null,
      "readiness_after": 0.5,
      "tier_before": null,
      "tier_after": "ready-soon",
      "months_before": null,
      "months_after": 1,
      "tier_drop": false
    },
    {
      "role": "fresh",
      "employee": "E3",
      "name": "Cid",
      "relation": [
        "candidate"
      ],
      "readiness_before": null,
      "readiness_after": 0.5,
      "tier_before": null,
      "tier_after": "ready-soon",
      "months_before": null,
      "months_after": 1,
      "tier_drop": false
    },
    {
      "role": "fresh",
      "employee": "E5",
      "name": "Eve",
      "relation": [
        "aspirant",
        "candidate"
      ],
      "readiness_before": null,
      "readiness_after": 0,
      "tier_before": null,
      "tier_after": "ready-soon",
      "months_before": null,
      "months_after": 2,
      "tier_drop": false
    },
    {
      "role": "gone",
      "employee": "E1",
      "name": "Ann",
      "relation": [
        "candidate"
      ],
      "readiness_before": 1,
      "readiness_after": null,
      "tier_before": "ready-now",
      "tier_after": null,
      "months_before": 0,
      "months_after": null,
      "tier_drop": false
    },
    {
      "role": "gone",
      "employee": "E2",
      "name": "Bob",
      "relation": [
        "candidate"
      ],
      "readiness_before": 1,
      "readiness_after": null,
      "tier_before": "ready-now",
      "tier_after": null,
      "months_before": 0,
      "months_after": null,
      "tier_drop": false
    },
    {
      "role": "gone",
      "employee": "E3",
      "name": "Cid",
      "relation": [
        "candidate"
      ],
      "readiness_before": 1,
      "readiness_after": null,
      "tier_before": "ready-now",
      "tier_after": null,
      "months_before": 0,
      "months_after": null,
      "tier_drop": false
    },
    {
      "role": "gone",
      "employee": "E4",
      "name": "Dee",
      "relation": [
        "candidate"
      ],
      "readiness_before": 1,
      "readiness_after": null,
      "tier_before": "ready-now",
      "tier_after": null,
      "months_before": 0,
      "months_after": null,
      "tier_drop": false
    },
    {
      "role": "gone",
      "employee": "E5",
      "name": "Eve",
      "relation": [
        "candidate"
      ],
      "readiness_before": 0,
      "readiness_after": null,
      "tier_before": "ready-soon",
      "tier_after": null,
      "months_before": 1,
      "months_after": null,
      "tier_drop": false
    },
    {
      "role": "r2",
      "employee": "E2",
      "name": "Bob",
      "relation": [
        "incumbent"
      ],
      "readiness_before": 1,
      "readiness_after": 0.833333333,
      "tier_before": "ready-now",
      "tier_after": "ready-soon",
      "months_before": 0,
      "months_after": 1,
      "tier_drop": true
    },
    {
      "role": "r2",
      "employee": "E3",
      "name": "Cid",
      "relation": [
        "aspirant",
        "candidate"
      ],
      "readiness_before": 0.5,
      "readiness_after": 0.416666667,
      "tier_before": "develop",
      "tier_after": "develop",
      "months_before": 3,
      "months_after": 4,
      "tier_drop": false
    },
    {
      "role": "r3",
      "employee": "E1",
      "name": "Ann",
      "relation": [
        "candidate"
      ],
      "readiness_before": 0.916666667,
      "readiness_after": 0.933333333,
      "tier_before": "ready-now",
      "tier_after": "ready-now",
      "months_before": 1,
      "months_after": 1,
      "tier_drop": false
    },
    {
      "role": "r3",
      "employee": "E2",
      "name": "Bob",
      "relation": [
        "candidate"
      ],
      "readiness_before": 0.916666667,
      "readiness_after": 0.8,
      "tier_before": "ready-now",
      "tier_after": "ready-soon",
      "months_before": 1,
      "months_after": 2,
      "tier_drop": true
    },
    {
      "role": "r3",
      "employee": "E3",
      "name": "Cid",
      "relation": [
        "candidate"
      ],
      "readiness_before": 0.5,
      "readiness_after": 0.533333333,
      "tier_before": "develop",
      "tier_after": "develop",
      "months_before": 4,
      "months_after": 5,
      "tier_drop": false
    }
  ]
}
<<<end
