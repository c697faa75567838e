# The pinned JSON shape: employee, as_of, mentors[employee, name, value, skills].
run: -C ../data-examples --as-of 2026-11-22 match E1008 --mentors --format json
exit: 0
<<<stdout
{
  "employee": "E1008",
  "as_of": "2026-11-22",
  "mentors": [
    {
      "employee": "E1001",
      "name": "Annelies de Graaf",
      "value": 1,
      "skills": [
        "communication",
        "strategic-thinking"
      ],
      "mentees": 1,
      "role": "chief-executive-officer"
    },
    {
      "employee": "E1003",
      "name": "Zoë Müller",
      "value": 1,
      "skills": [
        "communication",
        "strategic-thinking"
      ],
      "mentees": 1,
      "role": "director-engineering-5"
    },
    {
      "employee": "E1006",
      "name": "Ethan Tremblay",
      "value": 1,
      "skills": [
        "communication",
        "strategic-thinking"
      ],
      "mentees": 0,
      "role": "vp-sales-5"
    },
    {
      "employee": "E1024",
      "name": "Kwame Mensah",
      "value": 1,
      "skills": [
        "communication",
        "strategic-thinking"
      ],
      "mentees": 0,
      "role": "engineering-manager-4"
    },
    {
      "employee": "E1004",
      "name": "José Álvarez",
      "value": 0.888888889,
      "skills": [
        "strategic-thinking"
      ],
      "mentees": 0,
      "role": "group-product-manager-5"
    },
    {
      "employee": "E1005",
      "name": "Ingrid Bakker",
      "value": 0.888888889,
      "skills": [
        "strategic-thinking"
      ],
      "mentees": 0,
      "role": "head-of-people-5"
    },
    {
      "employee": "E1009",
      "name": "田中 美咲",
      "value": 0.111111111,
      "skills": [
        "communication"
      ],
      "mentees": 1,
      "role": "data-scientist-4"
    },
    {
      "employee": "E1016",
      "name": "Amara Okafor",
      "value": 0.111111111,
      "skills": [
        "communication"
      ],
      "mentees": 1,
      "role": "data-analyst-3"
    },
    {
      "employee": "E1018",
      "name": "Ayşe Yılmaz",
      "value": 0.111111111,
      "skills": [
        "communication"
      ],
      "mentees": 0,
      "role": "data-analyst-2"
    },
    {
      "employee": "E1025",
      "name": "Priya Raghunathan",
      "value": 0.111111111,
      "skills": [
        "communication"
      ],
      "mentees": 0,
      "role": "engineering-manager-4"
    }
  ],
  "target": "head-of-data-5",
  "name": "Łukasz Nowak"
}
<<<end
