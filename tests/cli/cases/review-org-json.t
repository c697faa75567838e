# The organisation audit as JSON; suppressed groups carry null numbers and suppressed: true.
run: -C ../data-examples --as-of 2026-11-22 review --org --format json
exit: 0
<<<stdout
{
  "as_of": "2026-11-22",
  "from": "2026-06-30",
  "to": "2026-09-30",
  "succession": [
    {
      "role": "chief-executive-officer",
      "incumbents": 1,
      "ready_now": 0,
      "ready_soon": 0,
      "at_risk": true
    },
    {
      "role": "director-engineering-5",
      "incumbents": 1,
      "ready_now": 1,
      "ready_soon": 0,
      "at_risk": false
    },
    {
      "role": "group-product-manager-5",
      "incumbents": 1,
      "ready_now": 0,
      "ready_soon": 0,
      "at_risk": true
    },
    {
      "role": "head-of-data-5",
      "incumbents": 1,
      "ready_now": 0,
      "ready_soon": 1,
      "at_risk": true
    },
    {
      "role": "principal-data-scientist-5",
      "incumbents": 0,
      "ready_now": 0,
      "ready_soon": 0,
      "at_risk": true
    },
    {
      "role": "sales-manager-4",
      "incumbents": 2,
      "ready_now": 1,
      "ready_soon": 0,
      "at_risk": false
    },
    {
      "role": "security-engineer-4",
      "incumbents": 1,
      "ready_now": 0,
      "ready_soon": 0,
      "at_risk": true
    },
    {
      "role": "staff-engineer-5",
      "incumbents": 1,
      "ready_now": 0,
      "ready_soon": 1,
      "at_risk": true
    }
  ],
  "single_points_of_failure": [
    {
      "skill": "application-security",
      "level": 4,
      "holder": "E1027",
      "roles": [
        "security-engineer-4"
      ]
    },
    {
      "skill": "customer-empathy",
      "level": 4,
      "holder": "E1049",
      "roles": [
        "ux-researcher-3"
      ]
    },
    {
      "skill": "experimentation",
      "level": 4,
      "holder": "E1009",
      "roles": [
        "data-scientist-4",
        "principal-data-scientist-5"
      ]
    },
    {
      "skill": "freight-operations",
      "level": 4,
      "holder": "E1001",
      "roles": [
        "chief-executive-officer"
      ]
    },
    {
      "skill": "leadership",
      "level": 5,
      "holder": "E1003",
      "roles": [
        "chief-executive-officer"
      ]
    },
    {
      "skill": "machine-learning",
      "level": 4,
      "holder": "E1009",
      "roles": [
        "data-scientist-4"
      ]
    },
    {
      "skill": "pricing",
      "level": 4,
      "holder": "E1060",
      "roles": [
        "vp-sales-5"
      ]
    },
    {
      "skill": "system-design",
      "level": 5,
      "holder": "E1026",
      "roles": [
        "staff-engineer-5"
      ]
    },
    {
      "skill": "user-research",
      "level": 4,
      "holder": "E1049",
      "roles": [
        "ux-researcher-3"
      ]
    }
  ],
  "supply_and_demand": [
    {
      "skill": "product-discovery",
      "level": 3,
      "demand": 12,
      "supply": 4,
      "shortfall": 8
    },
    {
      "skill": "collaboration",
      "level": 2,
      "demand": 36,
      "supply": 30,
      "shortfall": 6
    },
    {
      "skill": "prioritization",
      "level": 3,
      "demand": 16,
      "supply": 10,
      "shortfall": 6
    },
    {
      "skill": "observability",
      "level": 2,
      "demand": 17,
      "supply": 12,
      "shortfall": 5
    },
    {
      "skill": "user-research",
      "level": 2,
      "demand": 11,
      "supply": 6,
      "shortfall": 5
    },
    {
      "skill": "cloud-infrastructure",
      "level": 2,
      "demand": 21,
      "supply": 18,
      "shortfall": 3
    },
    {
      "skill": "leadership",
      "level": 3,
      "demand": 20,
      "supply": 17,
      "shortfall": 3
    },
    {
      "skill": "product-analytics",
      "level": 2,
      "demand": 13,
      "supply": 10,
      "shortfall": 3
    },
    {
      "skill": "stakeholder-management",
      "level": 2,
      "demand": 57,
      "supply": 54,
      "shortfall": 3
    },
    {
      "skill": "ci-cd",
      "level": 1,
      "demand": 23,
      "supply": 21,
      "shortfall": 2
    },
    {
      "skill": "customer-empathy",
      "level": 2,
      "demand": 22,
      "supply": 20,
      "shortfall": 2
    },
    {
      "skill": "go",
      "level": 2,
      "demand": 18,
      "supply": 16,
      "shortfall": 2
    },
    {
      "skill": "incident-response",
      "level": 2,
      "demand": 16,
      "supply": 14,
      "shortfall": 2
    },
    {
      "skill": "presentation",
      "level": 2,
      "demand": 31,
      "supply": 29,
      "shortfall": 2
    },
    {
      "skill": "statistics",
      "level": 2,
      "demand": 13,
      "supply": 11,
      "shortfall": 2
    },
    {
      "skill": "strategic-thinking",
      "level": 3,
      "demand": 18,
      "supply": 16,
      "shortfall": 2
    },
    {
      "skill": "application-security",
      "level": 4,
      "demand": 2,
      "supply": 1,
      "shortfall": 1
    },
    {
      "skill": "employment-law",
      "level": 3,
      "demand": 5,
      "supply": 4,
      "shortfall": 1
    },
    {
      "skill": "kubernetes",
      "level": 3,
      "demand": 4,
      "supply": 3,
      "shortfall": 1
    },
    {
      "skill": "total-rewards",
      "level": 2,
      "demand": 5,
      "supply": 4,
      "shortfall": 1
    },
    {
      "skill": "coaching",
      "level": 2,
      "demand": 30,
      "supply": 30,
      "shortfall": 0
    },
    {
      "skill": "data-modeling",
      "level": 2,
      "demand": 10,
      "supply": 10,
      "shortfall": 0
    },
    {
      "skill": "hris",
      "level": 2,
      "demand": 4,
      "supply": 4,
      "shortfall": 0
    },
    {
      "skill": "negotiation",
      "level": 2,
      "demand": 21,
      "supply": 21,
      "shortfall": 0
    },
    {
      "skill": "project-management",
      "level": 2,
      "demand": 14,
      "supply": 14,
      "shortfall": 0
    },
    {
      "skill": "python",
      "level": 2,
      "demand": 19,
      "supply": 19,
      "shortfall": 0
    },
    {
      "skill": "talent-acquisition",
      "level": 3,
      "demand": 2,
      "supply": 2,
      "shortfall": 0
    },
    {
      "skill": "testing",
      "level": 1,
      "demand": 18,
      "supply": 18,
      "shortfall": 0
    },
    {
      "skill": "typescript",
      "level": 2,
      "demand": 14,
      "supply": 14,
      "shortfall": 0
    },
    {
      "skill": "account-management",
      "level": 2,
      "demand": 17,
      "supply": 18,
      "shortfall": -1
    },
    {
      "skill": "data-privacy",
      "level": 2,
      "demand": 5,
      "supply": 6,
      "shortfall": -1
    },
    {
      "skill": "problem-solving",
      "level": 2,
      "demand": 23,
      "supply": 24,
      "shortfall": -1
    },
    {
      "skill": "sql",
      "level": 2,
      "demand": 21,
      "supply": 22,
      "shortfall": -1
    },
    {
      "skill": "api-design",
      "level": 1,
      "demand": 17,
      "supply": 19,
      "shortfall": -2
    },
    {
      "skill": "customer-onboarding",
      "level": 2,
      "demand": 10,
      "supply": 12,
      "shortfall": -2
    },
    {
      "skill": "product-knowledge",
      "level": 2,
      "demand": 21,
      "supply": 23,
      "shortfall": -2
    },
    {
      "skill": "change-management",
      "level": 2,
      "demand": 8,
      "supply": 11,
      "shortfall": -3
    },
    {
      "skill": "etl",
      "level": 2,
      "demand": 5,
      "supply": 8,
      "shortfall": -3
    },
    {
      "skill": "experimentation",
      "level": 2,
      "demand": 6,
      "supply": 9,
      "shortfall": -3
    },
    {
      "skill": "freight-operations",
      "level": 1,
      "demand": 39,
      "supply": 42,
      "shortfall": -3
    },
    {
      "skill": "hiring",
      "level": 2,
      "demand": 18,
      "supply": 21,
      "shortfall": -3
    },
    {
      "skill": "javascript",
      "level": 2,
      "demand": 17,
      "supply": 20,
      "shortfall": -3
    },
    {
      "skill": "machine-learning",
      "level": 2,
      "demand": 6,
      "supply": 9,
      "shortfall": -3
    },
    {
      "skill": "pricing",
      "level": 1,
      "demand": 20,
      "supply": 23,
      "shortfall": -3
    },
    {
      "skill": "solution-selling",
      "level": 1,
      "demand": 16,
      "supply": 19,
      "shortfall": -3
    },
    {
      "skill": "system-design",
      "level": 2,
      "demand": 18,
      "supply": 21,
      "shortfall": -3
    },
    {
      "skill": "financial-acumen",
      "level": 2,
      "demand": 11,
      "supply": 15,
      "shortfall": -4
    },
    {
      "skill": "communication",
      "level": 2,
      "demand": 66,
      "supply": 73,
      "shortfall": -7
    },
    {
      "skill": "conflict-resolution",
      "level": 3,
      "demand": 5,
      "supply": 12,
      "shortfall": -7
    },
    {
      "skill": "excel",
      "level": 3,
      "demand": 5,
      "supply": 12,
      "shortfall": -7
    },
    {
      "skill": "crm",
      "level": 1,
      "demand": 19,
      "supply": 27,
      "shortfall": -8
    },
    {
      "skill": "supply-chain",
      "level": 2,
      "demand": 3,
      "supply": 11,
      "shortfall": -8
    },
    {
      "skill": "data-visualization",
      "level": 2,
      "demand": 14,
      "supply": 23,
      "shortfall": -9
    }
  ],
  "bottlenecks": [
    {
      "opportunity": "OPP-2026-003",
      "kind": "job",
      "title": "Analytics Manager (Customer Insights)"
    },
    {
      "opportunity": "OPP-2026-005",
      "kind": "job",
      "title": "Security Engineer (second seat)"
    },
    {
      "opportunity": "OPP-2026-015",
      "kind": "rotation",
      "title": "HR Business Partner rotation (six months)"
    },
    {
      "opportunity": "OPP-2026-018",
      "kind": "job",
      "title": "Solutions Engineer (Berlin)"
    }
  ],
  "aspired_without_openings": [
    {
      "role": "account-executive-3",
      "aspirants": 5
    },
    {
      "role": "customer-success-manager-2",
      "aspirants": 4
    },
    {
      "role": "customer-success-manager-3",
      "aspirants": 3
    },
    {
      "role": "engineering-manager-4",
      "aspirants": 3
    },
    {
      "role": "product-manager-3",
      "aspirants": 6
    },
    {
      "role": "senior-software-engineer-4",
      "aspirants": 3
    },
    {
      "role": "software-engineer-2",
      "aspirants": 3
    },
    {
      "role": "software-engineer-3",
      "aspirants": 6
    }
  ],
  "evidence_health": [
    {
      "department": "customer-success",
      "evidence": 199,
      "stale": 0.075376884,
      "unverified": 0.050251256,
      "suppressed": false
    },
    {
      "department": "data",
      "evidence": 170,
      "stale": 0.088235294,
      "unverified": 0.047058824,
      "suppressed": false
    },
    {
      "department": "engineering",
      "evidence": 264,
      "stale": 0.09469697,
      "unverified": 0.011363636,
      "suppressed": false
    },
    {
      "department": "executive",
      "evidence": null,
      "stale": null,
      "unverified": null,
      "suppressed": true
    },
    {
      "department": "people",
      "evidence": null,
      "stale": null,
      "unverified": null,
      "suppressed": true
    },
    {
      "department": "product",
      "evidence": 102,
      "stale": 0.088235294,
      "unverified": 0,
      "suppressed": false
    },
    {
      "department": "sales",
      "evidence": 165,
      "stale": 0.145454545,
      "unverified": 0.018181818,
      "suppressed": false
    }
  ],
  "misaligned_hours": 0,
  "learning_alignment": [],
  "equity_by_department": [
    {
      "group": "customer-success",
      "people": 18,
      "readiness": 0.746296134,
      "ready_now": 3,
      "ready_soon": 6,
      "develop": 8,
      "ready_now_rate": 0.176470588,
      "four_fifths": false,
      "suppressed": false
    },
    {
      "group": "data",
      "people": 17,
      "readiness": 0.831630608,
      "ready_now": 2,
      "ready_soon": 7,
      "develop": 7,
      "ready_now_rate": 0.125,
      "four_fifths": true,
      "suppressed": false
    },
    {
      "group": "engineering",
      "people": 22,
      "readiness": 0.75878854,
      "ready_now": 4,
      "ready_soon": 7,
      "develop": 9,
      "ready_now_rate": 0.2,
      "four_fifths": false,
      "suppressed": false
    },
    {
      "group": "executive",
      "people": null,
      "readiness": null,
      "ready_now": null,
      "ready_soon": null,
      "develop": null,
      "ready_now_rate": null,
      "four_fifths": null,
      "suppressed": true
    },
    {
      "group": "people",
      "people": null,
      "readiness": null,
      "ready_now": null,
      "ready_soon": null,
      "develop": null,
      "ready_now_rate": null,
      "four_fifths": null,
      "suppressed": true
    },
    {
      "group": "product",
      "people": 9,
      "readiness": 0.769970388,
      "ready_now": 1,
      "ready_soon": 3,
      "develop": 4,
      "ready_now_rate": 0.125,
      "four_fifths": true,
      "suppressed": false
    },
    {
      "group": "sales",
      "people": 15,
      "readiness": 0.748830905,
      "ready_now": 3,
      "ready_soon": 4,
      "develop": 8,
      "ready_now_rate": 0.2,
      "four_fifths": false,
      "suppressed": false
    }
  ],
  "equity_by_location": [
    {
      "group": "Berlin",
      "people": 23,
      "readiness": 0.880496558,
      "ready_now": 6,
      "ready_soon": 8,
      "develop": 6,
      "ready_now_rate": 0.3,
      "four_fifths": false,
      "suppressed": false
    },
    {
      "group": "Lisbon",
      "people": 22,
      "readiness": 0.712672767,
      "ready_now": 3,
      "ready_soon": 6,
      "develop": 11,
      "ready_now_rate": 0.15,
      "four_fifths": true,
      "suppressed": false
    },
    {
      "group": "Rotterdam",
      "people": 21,
      "readiness": 0.707845193,
      "ready_now": 1,
      "ready_soon": 7,
      "develop": 11,
      "ready_now_rate": 0.052631579,
      "four_fifths": true,
      "suppressed": false
    },
    {
      "group": "Toronto",
      "people": 24,
      "readiness": 0.757089916,
      "ready_now": 4,
      "ready_soon": 9,
      "develop": 11,
      "ready_now_rate": 0.166666667,
      "four_fifths": true,
      "suppressed": false
    }
  ]
}
<<<end
