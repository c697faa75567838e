# --fail-on stale for one person: E1068's evidence is stale -> exit 1 after the
# report.
run: -C ../data-examples --as-of 2026-11-22 review E1068 --fail-on stale --format json
exit: 1
<<<stdout
{
  "employee": "E1068",
  "name": "Pieter Janssens",
  "role": "account-executive-3",
  "target": "sales-manager-4",
  "as_of": "2026-11-22",
  "from": "2026-06-30",
  "to": "2026-09-30",
  "readiness_from": 0.231481481,
  "readiness_to": 0.231481481,
  "change": 0,
  "tier_from": "develop",
  "tier_to": "develop",
  "skills_changed": [],
  "milestones": [
    {
      "milestone": "Re-baseline skills with manager after sabbatical",
      "skill": null,
      "level": null,
      "due": "2026-11-30",
      "done": null,
      "status": "due-soon"
    },
    {
      "milestone": "Renew the Harbourline Platform Certification",
      "skill": null,
      "level": null,
      "due": "2026-12-18",
      "done": null,
      "status": "due-soon"
    }
  ],
  "learning_hours": 0,
  "learning": [],
  "stale": [
    {
      "skill": "account-management",
      "newest": "2025-06-20",
      "age_days": 520
    },
    {
      "skill": "collaboration",
      "newest": "2025-09-16",
      "age_days": 432
    },
    {
      "skill": "communication",
      "newest": "2025-09-10",
      "age_days": 438
    },
    {
      "skill": "customer-empathy",
      "newest": "2025-06-23",
      "age_days": 517
    },
    {
      "skill": "freight-operations",
      "newest": "2025-06-20",
      "age_days": 520
    },
    {
      "skill": "negotiation",
      "newest": "2025-10-14",
      "age_days": 404
    },
    {
      "skill": "presentation",
      "newest": "2025-06-20",
      "age_days": 520
    },
    {
      "skill": "pricing",
      "newest": "2025-06-23",
      "age_days": 517
    },
    {
      "skill": "product-knowledge",
      "newest": "2025-06-26",
      "age_days": 514
    },
    {
      "skill": "solution-selling",
      "newest": "2025-09-23",
      "age_days": 425
    },
    {
      "skill": "stakeholder-management",
      "newest": "2025-06-24",
      "age_days": 516
    }
  ],
  "unverified": [],
  "next_gaps": [
    {
      "skill": "leadership",
      "required": 3,
      "credited": 0,
      "gap": 3,
      "hours": 54,
      "learning": [
        "first-time-manager",
        "leadership-essentials"
      ]
    },
    {
      "skill": "coaching",
      "required": 4,
      "credited": 0,
      "gap": 4,
      "hours": 160,
      "learning": []
    },
    {
      "skill": "crm",
      "required": 3,
      "credited": 0,
      "gap": 3,
      "hours": 120,
      "learning": []
    }
  ],
  "next_development": [
    {
      "id": "OPP-2026-017",
      "kind": "mentorship",
      "title": "Leadership mentoring with a department head",
      "growth": 0.476190476
    },
    {
      "id": "OPP-2026-012",
      "kind": "gig",
      "title": "Interview panel for the 2027 graduate intake",
      "growth": 0.142857143
    },
    {
      "id": "OPP-2026-015",
      "kind": "rotation",
      "title": "HR Business Partner rotation (six months)",
      "growth": 0.142857143
    }
  ],
  "mentor": {
    "employee": "E1003",
    "name": "Zoë Müller",
    "value": 0.714285714
  }
}
<<<end
