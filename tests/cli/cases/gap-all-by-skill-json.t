# --all --by skill --format json.
run: -C ../data-examples --as-of 2026-11-22 gap --all --by skill --format json
exit: 0
<<<stdout
{
  "as_of": "2026-11-22",
  "group": {
    "all": true
  },
  "role": null,
  "people_count": 90,
  "measured": 83,
  "skills": [
    {
      "skill": "leadership",
      "name": "People Leadership",
      "people": 14,
      "total": 32.283333333,
      "mean": 2.305952381,
      "essential": 14,
      "learning": [
        "leadership-essentials",
        "first-time-manager"
      ]
    },
    {
      "skill": "testing",
      "name": "Automated Testing",
      "people": 12,
      "total": 31.666666667,
      "mean": 2.638888889,
      "essential": 9,
      "learning": [
        "testing-craft",
        "python-intermediate"
      ]
    },
    {
      "skill": "strategic-thinking",
      "name": "Strategic Thinking",
      "people": 12,
      "total": 31,
      "mean": 2.583333333,
      "essential": 2,
      "learning": [
        "strategy-reader"
      ]
    },
    {
      "skill": "stakeholder-management",
      "name": "Stakeholder Management",
      "people": 26,
      "total": 30.666666667,
      "mean": 1.179487179,
      "essential": 0,
      "learning": [
        "stakeholder-mastery"
      ]
    },
    {
      "skill": "go",
      "name": "Go",
      "people": 10,
      "total": 23.75,
      "mean": 2.375,
      "essential": 6,
      "learning": [
        "go-fundamentals",
        "go-in-practice"
      ]
    },
    {
      "skill": "product-discovery",
      "name": "Product Discovery",
      "people": 8,
      "total": 21.433333333,
      "mean": 2.679166667,
      "essential": 8,
      "learning": [
        "product-discovery-course"
      ]
    },
    {
      "skill": "solution-selling",
      "name": "Solution Selling",
      "people": 9,
      "total": 21.433333333,
      "mean": 2.381481481,
      "essential": 9,
      "learning": [
        "solution-selling-program"
      ]
    },
    {
      "skill": "prioritization",
      "name": "Prioritisation",
      "people": 9,
      "total": 21.333333333,
      "mean": 2.37037037,
      "essential": 0,
      "learning": []
    },
    {
      "skill": "coaching",
      "name": "Coaching and Mentoring",
      "people": 9,
      "total": 21.2,
      "mean": 2.355555556,
      "essential": 1,
      "learning": [
        "coaching-skills",
        "first-time-manager"
      ]
    },
    {
      "skill": "account-management",
      "name": "Account Management",
      "people": 8,
      "total": 16.333333333,
      "mean": 2.041666667,
      "essential": 5,
      "learning": []
    },
    {
      "skill": "system-design",
      "name": "System Design",
      "people": 8,
      "total": 14,
      "mean": 1.75,
      "essential": 3,
      "learning": [
        "data-systems-reader",
        "system-design-workshop"
      ]
    },
    {
      "skill": "communication",
      "name": "Communication",
      "people": 15,
      "total": 13.625,
      "mean": 0.908333333,
      "essential": 0,
      "learning": [
        "crucial-conversations"
      ]
    },
    {
      "skill": "freight-operations",
      "name": "Freight and Logistics Operations",
      "people": 10,
      "total": 12.3,
      "mean": 1.23,
      "essential": 0,
      "learning": [
        "freight-101",
        "supply-chain-planning"
      ]
    },
    {
      "skill": "python",
      "name": "Python",
      "people": 7,
      "total": 12.133333333,
      "mean": 1.733333333,
      "essential": 5,
      "learning": [
        "python-intermediate",
        "python-for-analysts"
      ]
    },
    {
      "skill": "api-design",
      "name": "API Design",
      "people": 9,
      "total": 12,
      "mean": 1.333333333,
      "essential": 0,
      "learning": [
        "api-design-guide"
      ]
    },
    {
      "skill": "presentation",
      "name": "Presenting and Storytelling",
      "people": 12,
      "total": 11.291666667,
      "mean": 0.940972222,
      "essential": 0,
      "learning": [
        "dataviz-storytelling",
        "presenting-with-impact"
      ]
    },
    {
      "skill": "negotiation",
      "name": "Negotiation",
      "people": 8,
      "total": 11.266666667,
      "mean": 1.408333333,
      "essential": 0,
      "learning": [
        "negotiation-fundamentals",
        "advanced-negotiation"
      ]
    },
    {
      "skill": "collaboration",
      "name": "Collaboration and Teamwork",
      "people": 10,
      "total": 10.75,
      "mean": 1.075,
      "essential": 0,
      "learning": []
    },
    {
      "skill": "hiring",
      "name": "Hiring and Interviewing",
      "people": 6,
      "total": 10.75,
      "mean": 1.791666667,
      "essential": 0,
      "learning": [
        "first-time-manager",
        "structured-interviewing"
      ]
    },
    {
      "skill": "javascript",
      "name": "JavaScript",
      "people": 9,
      "total": 10.416666667,
      "mean": 1.157407407,
      "essential": 0,
      "learning": [
        "typescript-handbook"
      ]
    },
    {
      "skill": "financial-acumen",
      "name": "Financial Acumen",
      "people": 6,
      "total": 10.25,
      "mean": 1.708333333,
      "essential": 0,
      "learning": [
        "finance-for-non-finance"
      ]
    },
    {
      "skill": "pricing",
      "name": "Pricing and Revenue Management",
      "people": 8,
      "total": 10,
      "mean": 1.25,
      "essential": 0,
      "learning": [
        "pricing-playbook"
      ]
    },
    {
      "skill": "product-knowledge",
      "name": "Harbourline Platform Knowledge",
      "people": 8,
      "total": 9.983333333,
      "mean": 1.247916667,
      "essential": 1,
      "learning": [
        "platform-certification"
      ]
    },
    {
      "skill": "sql",
      "name": "SQL",
      "people": 6,
      "total": 9.177777778,
      "mean": 1.52962963,
      "essential": 3,
      "learning": [
        "sql-advanced",
        "sql-intermediate",
        "sql-basics"
      ]
    },
    {
      "skill": "project-management",
      "name": "Project Management",
      "people": 6,
      "total": 8.75,
      "mean": 1.458333333,
      "essential": 0,
      "learning": []
    },
    {
      "skill": "observability",
      "name": "Observability and Monitoring",
      "people": 6,
      "total": 8.4,
      "mean": 1.4,
      "essential": 0,
      "learning": [
        "observability-in-practice"
      ]
    },
    {
      "skill": "change-management",
      "name": "Change Management",
      "people": 4,
      "total": 8,
      "mean": 2,
      "essential": 0,
      "learning": [
        "change-leadership"
      ]
    },
    {
      "skill": "problem-solving",
      "name": "Structured Problem Solving",
      "people": 7,
      "total": 8,
      "mean": 1.142857143,
      "essential": 0,
      "learning": []
    },
    {
      "skill": "etl",
      "name": "Data Pipelines (ETL/ELT)",
      "people": 3,
      "total": 7.5,
      "mean": 2.5,
      "essential": 3,
      "learning": [
        "modern-data-modeling"
      ]
    },
    {
      "skill": "customer-empathy",
      "name": "Customer Empathy",
      "people": 9,
      "total": 7.333333333,
      "mean": 0.814814815,
      "essential": 0,
      "learning": []
    },
    {
      "skill": "statistics",
      "name": "Statistics",
      "people": 5,
      "total": 6.933333333,
      "mean": 1.386666667,
      "essential": 0,
      "learning": [
        "stats-foundations",
        "applied-statistics"
      ]
    },
    {
      "skill": "application-security",
      "name": "Application Security",
      "people": 1,
      "total": 6,
      "mean": 6,
      "essential": 1,
      "learning": []
    },
    {
      "skill": "cloud-infrastructure",
      "name": "Cloud Infrastructure",
      "people": 4,
      "total": 6,
      "mean": 1.5,
      "essential": 0,
      "learning": [
        "cloud-practitioner"
      ]
    },
    {
      "skill": "talent-acquisition",
      "name": "Talent Acquisition and Sourcing",
      "people": 1,
      "total": 6,
      "mean": 6,
      "essential": 1,
      "learning": []
    },
    {
      "skill": "machine-learning",
      "name": "Machine Learning",
      "people": 4,
      "total": 5.704761905,
      "mean": 1.426190476,
      "essential": 4,
      "learning": []
    },
    {
      "skill": "product-analytics",
      "name": "Product Analytics",
      "people": 5,
      "total": 5.666666667,
      "mean": 1.133333333,
      "essential": 1,
      "learning": [
        "product-analytics-bootcamp"
      ]
    },
    {
      "skill": "customer-onboarding",
      "name": "Customer Onboarding",
      "people": 5,
      "total": 5.416666667,
      "mean": 1.083333333,
      "essential": 0,
      "learning": [
        "onboarding-playbook"
      ]
    },
    {
      "skill": "crm",
      "name": "CRM Administration",
      "people": 4,
      "total": 5.333333333,
      "mean": 1.333333333,
      "essential": 0,
      "learning": []
    },
    {
      "skill": "ci-cd",
      "name": "CI/CD",
      "people": 5,
      "total": 5,
      "mean": 1,
      "essential": 0,
      "learning": [
        "ci-cd-pipelines"
      ]
    },
    {
      "skill": "incident-response",
      "name": "Incident Response",
      "people": 4,
      "total": 5,
      "mean": 1.25,
      "essential": 1,
      "learning": [
        "incident-command"
      ]
    },
    {
      "skill": "data-privacy",
      "name": "Data Privacy (GDPR)",
      "people": 3,
      "total": 4.666666667,
      "mean": 1.555555556,
      "essential": 0,
      "learning": [
        "gdpr-essentials"
      ]
    },
    {
      "skill": "conflict-resolution",
      "name": "Conflict Resolution",
      "people": 2,
      "total": 4.583333333,
      "mean": 2.291666667,
      "essential": 0,
      "learning": [
        "crucial-conversations"
      ]
    },
    {
      "skill": "typescript",
      "name": "TypeScript",
      "people": 5,
      "total": 4.2,
      "mean": 0.84,
      "essential": 0,
      "learning": [
        "typescript-handbook"
      ]
    },
    {
      "skill": "user-research",
      "name": "User Research",
      "people": 5,
      "total": 3.866666667,
      "mean": 0.773333333,
      "essential": 0,
      "learning": [
        "product-discovery-course"
      ]
    },
    {
      "skill": "experimentation",
      "name": "A/B Testing and Experimentation",
      "people": 4,
      "total": 3.116666667,
      "mean": 0.779166667,
      "essential": 0,
      "learning": [
        "experimentation-lab",
        "product-analytics-bootcamp"
      ]
    },
    {
      "skill": "excel",
      "name": "Spreadsheets (Excel, Google Sheets)",
      "people": 1,
      "total": 3,
      "mean": 3,
      "essential": 0,
      "learning": []
    },
    {
      "skill": "data-modeling",
      "name": "Data Modeling",
      "people": 3,
      "total": 2.542857143,
      "mean": 0.847619048,
      "essential": 0,
      "learning": [
        "modern-data-modeling",
        "data-systems-reader"
      ]
    },
    {
      "skill": "employment-law",
      "name": "Employment Law and Compliance",
      "people": 2,
      "total": 1.833333333,
      "mean": 0.916666667,
      "essential": 1,
      "learning": []
    },
    {
      "skill": "data-visualization",
      "name": "Data Visualisation",
      "people": 2,
      "total": 1.75,
      "mean": 0.875,
      "essential": 0,
      "learning": [
        "dataviz-storytelling"
      ]
    },
    {
      "skill": "total-rewards",
      "name": "Compensation and Benefits",
      "people": 2,
      "total": 1.666666667,
      "mean": 0.833333333,
      "essential": 0,
      "learning": [
        "total-rewards-cert"
      ]
    },
    {
      "skill": "supply-chain",
      "name": "Supply Chain Planning",
      "people": 1,
      "total": 1.5,
      "mean": 1.5,
      "essential": 0,
      "learning": []
    },
    {
      "skill": "hris",
      "name": "HRIS and People Data",
      "people": 1,
      "total": 1,
      "mean": 1,
      "essential": 0,
      "learning": [
        "hr-fundamentals"
      ]
    },
    {
      "skill": "kubernetes",
      "name": "Kubernetes",
      "people": 1,
      "total": 1,
      "mean": 1,
      "essential": 1,
      "learning": []
    }
  ]
}
<<<end
