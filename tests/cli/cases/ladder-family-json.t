# One family as JSON: moves as {to, type}.
run: -C ../data-examples ladder data --format json
exit: 0
<<<stdout
{
  "family": "data",
  "roles": [
    {
      "family": "data",
      "level": 1,
      "role": "data-analyst-1",
      "title": "Data Analyst I",
      "track": "ic",
      "critical": false,
      "incumbents": 3,
      "moves": [
        {
          "to": "data-analyst-2",
          "type": "promotion"
        },
        {
          "to": "product-analyst-2",
          "type": "cross-functional"
        }
      ]
    },
    {
      "family": "data",
      "level": 2,
      "role": "data-analyst-2",
      "title": "Data Analyst II",
      "track": "ic",
      "critical": false,
      "incumbents": 3,
      "moves": [
        {
          "to": "data-analyst-3",
          "type": "promotion"
        },
        {
          "to": "data-engineer-2",
          "type": "lateral"
        },
        {
          "to": "data-scientist-3",
          "type": "promotion"
        },
        {
          "to": "product-analyst-2",
          "type": "cross-functional"
        }
      ]
    },
    {
      "family": "data",
      "level": 2,
      "role": "data-engineer-2",
      "title": "Data Engineer",
      "track": "ic",
      "critical": false,
      "incumbents": 3,
      "moves": [
        {
          "to": "data-engineer-3",
          "type": "promotion"
        },
        {
          "to": "data-analyst-2",
          "type": "lateral"
        },
        {
          "to": "software-engineer-2",
          "type": "cross-functional"
        }
      ]
    },
    {
      "family": "data",
      "level": 3,
      "role": "data-analyst-3",
      "title": "Senior Data Analyst",
      "track": "ic",
      "critical": false,
      "incumbents": 2,
      "moves": [
        {
          "to": "analytics-manager-4",
          "type": "promotion"
        },
        {
          "to": "data-scientist-3",
          "type": "lateral"
        },
        {
          "to": "data-engineer-3",
          "type": "lateral"
        },
        {
          "to": "product-manager-3",
          "type": "cross-functional"
        }
      ]
    },
    {
      "family": "data",
      "level": 3,
      "role": "data-engineer-3",
      "title": "Senior Data Engineer",
      "track": "ic",
      "critical": false,
      "incumbents": 1,
      "moves": [
        {
          "to": "analytics-manager-4",
          "type": "promotion"
        },
        {
          "to": "data-scientist-3",
          "type": "lateral"
        },
        {
          "to": "site-reliability-engineer-3",
          "type": "cross-functional"
        },
        {
          "to": "software-engineer-3",
          "type": "cross-functional"
        }
      ]
    },
    {
      "family": "data",
      "level": 3,
      "role": "data-scientist-3",
      "title": "Data Scientist",
      "track": "ic",
      "critical": false,
      "incumbents": 2,
      "moves": [
        {
          "to": "data-scientist-4",
          "type": "promotion"
        },
        {
          "to": "data-analyst-3",
          "type": "lateral"
        },
        {
          "to": "data-engineer-3",
          "type": "lateral"
        }
      ]
    },
    {
      "family": "data",
      "level": 4,
      "role": "analytics-manager-4",
      "title": "Analytics Manager",
      "track": "management",
      "critical": false,
      "incumbents": 1,
      "moves": [
        {
          "to": "head-of-data-5",
          "type": "promotion"
        },
        {
          "to": "data-scientist-4",
          "type": "lateral"
        },
        {
          "to": "data-analyst-3",
          "type": "step-back"
        }
      ]
    },
    {
      "family": "data",
      "level": 4,
      "role": "data-scientist-4",
      "title": "Senior Data Scientist",
      "track": "ic",
      "critical": false,
      "incumbents": 1,
      "moves": [
        {
          "to": "principal-data-scientist-5",
          "type": "promotion"
        },
        {
          "to": "analytics-manager-4",
          "type": "lateral"
        }
      ]
    },
    {
      "family": "data",
      "level": 5,
      "role": "head-of-data-5",
      "title": "Head of Data and Analytics",
      "track": "management",
      "critical": true,
      "incumbents": 1,
      "moves": [
        {
          "to": "chief-executive-officer",
          "type": "cross-functional"
        }
      ]
    },
    {
      "family": "data",
      "level": 5,
      "role": "principal-data-scientist-5",
      "title": "Principal Data Scientist",
      "track": "specialist",
      "critical": true,
      "incumbents": 0,
      "moves": [
        {
          "to": "head-of-data-5",
          "type": "lateral"
        }
      ]
    }
  ]
}
<<<end
