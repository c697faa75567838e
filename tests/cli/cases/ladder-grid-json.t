# The grid as JSON: every role, by family, level and id.
run: -C ../data-examples ladder --format json
exit: 0
<<<stdout
{
  "roles": [
    {
      "family": "customer-success",
      "level": 1,
      "role": "support-specialist-1",
      "title": "Customer Support Specialist",
      "track": "ic",
      "critical": false,
      "incumbents": 6
    },
    {
      "family": "customer-success",
      "level": 2,
      "role": "customer-success-manager-2",
      "title": "Customer Success Manager",
      "track": "ic",
      "critical": false,
      "incumbents": 4
    },
    {
      "family": "customer-success",
      "level": 3,
      "role": "customer-success-manager-3",
      "title": "Senior Customer Success Manager",
      "track": "ic",
      "critical": false,
      "incumbents": 3
    },
    {
      "family": "customer-success",
      "level": 3,
      "role": "solutions-engineer-3",
      "title": "Solutions Engineer",
      "track": "specialist",
      "critical": false,
      "incumbents": 2
    },
    {
      "family": "customer-success",
      "level": 4,
      "role": "customer-success-lead-4",
      "title": "Customer Success Lead",
      "track": "management",
      "critical": false,
      "incumbents": 2
    },
    {
      "family": "customer-success",
      "level": 5,
      "role": "head-of-customer-success-5",
      "title": "Head of Customer Success",
      "track": "management",
      "critical": false,
      "incumbents": 1
    },
    {
      "family": "data",
      "level": 1,
      "role": "data-analyst-1",
      "title": "Data Analyst I",
      "track": "ic",
      "critical": false,
      "incumbents": 3
    },
    {
      "family": "data",
      "level": 2,
      "role": "data-analyst-2",
      "title": "Data Analyst II",
      "track": "ic",
      "critical": false,
      "incumbents": 3
    },
    {
      "family": "data",
      "level": 2,
      "role": "data-engineer-2",
      "title": "Data Engineer",
      "track": "ic",
      "critical": false,
      "incumbents": 3
    },
    {
      "family": "data",
      "level": 3,
      "role": "data-analyst-3",
      "title": "Senior Data Analyst",
      "track": "ic",
      "critical": false,
      "incumbents": 2
    },
    {
      "family": "data",
      "level": 3,
      "role": "data-engineer-3",
      "title": "Senior Data Engineer",
      "track": "ic",
      "critical": false,
      "incumbents": 1
    },
    {
      "family": "data",
      "level": 3,
      "role": "data-scientist-3",
      "title": "Data Scientist",
      "track": "ic",
      "critical": false,
      "incumbents": 2
    },
    {
      "family": "data",
      "level": 4,
      "role": "analytics-manager-4",
      "title": "Analytics Manager",
      "track": "management",
      "critical": false,
      "incumbents": 1
    },
    {
      "family": "data",
      "level": 4,
      "role": "data-scientist-4",
      "title": "Senior Data Scientist",
      "track": "ic",
      "critical": false,
      "incumbents": 1
    },
    {
      "family": "data",
      "level": 5,
      "role": "head-of-data-5",
      "title": "Head of Data and Analytics",
      "track": "management",
      "critical": true,
      "incumbents": 1
    },
    {
      "family": "data",
      "level": 5,
      "role": "principal-data-scientist-5",
      "title": "Principal Data Scientist",
      "track": "specialist",
      "critical": true,
      "incumbents": 0
    },
    {
      "family": "engineering",
      "level": 1,
      "role": "software-engineer-1",
      "title": "Software Engineer I",
      "track": "ic",
      "critical": false,
      "incumbents": 4
    },
    {
      "family": "engineering",
      "level": 2,
      "role": "software-engineer-2",
      "title": "Software Engineer II",
      "track": "ic",
      "critical": false,
      "incumbents": 5
    },
    {
      "family": "engineering",
      "level": 3,
      "role": "site-reliability-engineer-3",
      "title": "Site Reliability Engineer",
      "track": "ic",
      "critical": false,
      "incumbents": 2
    },
    {
      "family": "engineering",
      "level": 3,
      "role": "software-engineer-3",
      "title": "Software Engineer III",
      "track": "ic",
      "critical": false,
      "incumbents": 4
    },
    {
      "family": "engineering",
      "level": 4,
      "role": "engineering-manager-4",
      "title": "Engineering Manager",
      "track": "management",
      "critical": false,
      "incumbents": 2
    },
    {
      "family": "engineering",
      "level": 4,
      "role": "security-engineer-4",
      "title": "Security Engineer",
      "track": "specialist",
      "critical": true,
      "incumbents": 1
    },
    {
      "family": "engineering",
      "level": 4,
      "role": "senior-software-engineer-4",
      "title": "Senior Software Engineer",
      "track": "ic",
      "critical": false,
      "incumbents": 2
    },
    {
      "family": "engineering",
      "level": 5,
      "role": "director-engineering-5",
      "title": "Director of Engineering",
      "track": "management",
      "critical": true,
      "incumbents": 1
    },
    {
      "family": "engineering",
      "level": 5,
      "role": "staff-engineer-5",
      "title": "Staff Engineer",
      "track": "ic",
      "critical": true,
      "incumbents": 1
    },
    {
      "family": "executive",
      "level": 6,
      "role": "chief-executive-officer",
      "title": "Chief Executive Officer",
      "track": "management",
      "critical": true,
      "incumbents": 1
    },
    {
      "family": "people",
      "level": 1,
      "role": "people-coordinator-1",
      "title": "People Coordinator",
      "track": "ic",
      "critical": false,
      "incumbents": 2
    },
    {
      "family": "people",
      "level": 2,
      "role": "talent-acquisition-partner-2",
      "title": "Talent Acquisition Partner",
      "track": "ic",
      "critical": false,
      "incumbents": 2
    },
    {
      "family": "people",
      "level": 3,
      "role": "hr-business-partner-3",
      "title": "HR Business Partner",
      "track": "ic",
      "critical": false,
      "incumbents": 2
    },
    {
      "family": "people",
      "level": 4,
      "role": "people-operations-manager-4",
      "title": "People Operations Manager",
      "track": "management",
      "critical": false,
      "incumbents": 1
    },
    {
      "family": "people",
      "level": 5,
      "role": "head-of-people-5",
      "title": "Head of People",
      "track": "management",
      "critical": false,
      "incumbents": 1
    },
    {
      "family": "product",
      "level": 2,
      "role": "product-analyst-2",
      "title": "Product Analyst",
      "track": "ic",
      "critical": false,
      "incumbents": 3
    },
    {
      "family": "product",
      "level": 3,
      "role": "product-manager-3",
      "title": "Product Manager",
      "track": "ic",
      "critical": false,
      "incumbents": 3
    },
    {
      "family": "product",
      "level": 3,
      "role": "ux-researcher-3",
      "title": "UX Researcher",
      "track": "specialist",
      "critical": false,
      "incumbents": 1
    },
    {
      "family": "product",
      "level": 4,
      "role": "senior-product-manager-4",
      "title": "Senior Product Manager",
      "track": "ic",
      "critical": false,
      "incumbents": 1
    },
    {
      "family": "product",
      "level": 5,
      "role": "group-product-manager-5",
      "title": "Group Product Manager",
      "track": "management",
      "critical": true,
      "incumbents": 1
    },
    {
      "family": "sales",
      "level": 1,
      "role": "sales-development-rep-1",
      "title": "Sales Development Representative",
      "track": "ic",
      "critical": false,
      "incumbents": 4
    },
    {
      "family": "sales",
      "level": 2,
      "role": "account-executive-2",
      "title": "Account Executive",
      "track": "ic",
      "critical": false,
      "incumbents": 5
    },
    {
      "family": "sales",
      "level": 3,
      "role": "account-executive-3",
      "title": "Senior Account Executive",
      "track": "ic",
      "critical": false,
      "incumbents": 3
    },
    {
      "family": "sales",
      "level": 4,
      "role": "sales-manager-4",
      "title": "Sales Manager",
      "track": "management",
      "critical": true,
      "incumbents": 2
    },
    {
      "family": "sales",
      "level": 5,
      "role": "vp-sales-5",
      "title": "VP Sales",
      "track": "management",
      "critical": false,
      "incumbents": 1
    }
  ]
}
<<<end
