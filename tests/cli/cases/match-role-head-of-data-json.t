# The pinned JSON shape of SPEC 3: role, as_of, bench{incumbents, ready_now, ready_soon},
# candidates[employee, name, role, readiness, tier, months].
run: -C ../data-examples --as-of 2026-11-22 match --role head-of-data-5 --format json
exit: 0
<<<stdout
{
  "role": "head-of-data-5",
  "as_of": "2026-11-22",
  "bench": {
    "incumbents": 1,
    "ready_now": 0,
    "ready_soon": 1
  },
  "candidates": [
    {
      "employee": "E1008",
      "name": "Łukasz Nowak",
      "role": "analytics-manager-4",
      "readiness": 0.953125,
      "tier": "ready-soon",
      "months": 7
    },
    {
      "employee": "E1024",
      "name": "Kwame Mensah",
      "role": "engineering-manager-4",
      "readiness": 0.75,
      "tier": "develop",
      "months": 26
    },
    {
      "employee": "E1003",
      "name": "Zoë Müller",
      "role": "director-engineering-5",
      "readiness": 0.743055556,
      "tier": "develop",
      "months": 28
    },
    {
      "employee": "E1006",
      "name": "Ethan Tremblay",
      "role": "vp-sales-5",
      "readiness": 0.689583333,
      "tier": "develop",
      "months": 38
    },
    {
      "employee": "E1004",
      "name": "José Álvarez",
      "role": "group-product-manager-5",
      "readiness": 0.666666667,
      "tier": "develop",
      "months": 46
    },
    {
      "employee": "E1007",
      "name": "Chiara Esposito",
      "role": "head-of-customer-success-5",
      "readiness": 0.658333333,
      "tier": "develop",
      "months": 44
    },
    {
      "employee": "E1001",
      "name": "Annelies de Graaf",
      "role": "chief-executive-officer",
      "readiness": 0.625,
      "tier": "develop",
      "months": 41
    },
    {
      "employee": "E1060",
      "name": "Olumide Bakare",
      "role": "sales-manager-4",
      "readiness": 0.616666667,
      "tier": "develop",
      "months": 48
    },
    {
      "employee": "E1074",
      "name": "Adebayo Ogunleye",
      "role": "customer-success-lead-4",
      "readiness": 0.559722222,
      "tier": "develop",
      "months": 61
    },
    {
      "employee": "E1005",
      "name": "Ingrid Bakker",
      "role": "head-of-people-5",
      "readiness": 0.541666667,
      "tier": "develop",
      "months": 48
    }
  ],
  "critical": true
}
<<<end
