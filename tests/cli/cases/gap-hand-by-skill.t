# By hand, weight x gap per person (E101, E102, E103):
#   python  9 + 2.1 + 9 = 20.1, 3 people, mean 6.7, essential 0;
#           py-intro and py-mid are on E101's and E103's routes: 18 each.
#   sql     0.833333333 + 6 = 6.833333333, 2 people, mean 3.416666667,
#           essential 2; sql-basics and sql-mid on E103's route (6).
#   modeling 0.708333333 + 2 = 2.708333333, 2 people, mean 1.354166667;
#           model-book on E101's route.
#   comms   2 (E103), mean 2, no learning.
# Ordered by total descending.
run: -C repos/gap-hand --as-of 2026-06-30 gap --all --by skill --format json
exit: 0
<<<stdout
{
  "as_of": "2026-06-30",
  "group": {
    "all": true
  },
  "role": null,
  "people_count": 4,
  "measured": 3,
  "skills": [
    {
      "skill": "python",
      "name": "Python",
      "people": 3,
      "total": 20.1,
      "mean": 6.7,
      "essential": 0,
      "learning": [
        "py-intro",
        "py-mid"
      ]
    },
    {
      "skill": "sql",
      "name": "SQL",
      "people": 2,
      "total": 6.833333333,
      "mean": 3.416666667,
      "essential": 2,
      "learning": [
        "sql-basics",
        "sql-mid"
      ]
    },
    {
      "skill": "modeling",
      "name": "Data modeling",
      "people": 2,
      "total": 2.708333333,
      "mean": 1.354166667,
      "essential": 0,
      "learning": [
        "model-book"
      ]
    },
    {
      "skill": "comms",
      "name": "Communication",
      "people": 1,
      "total": 2,
      "mean": 2,
      "essential": 0,
      "learning": []
    }
  ]
}
<<<end
