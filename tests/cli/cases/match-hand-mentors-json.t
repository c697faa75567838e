# By hand, repos/match-hand as of 2026-06-30 (mentor_min_level 4,
# max_mentees 1): mentors for E01 (manager E05; G: a gap 2 w2 L3, b gap 2
# w1 L4; sum 6). A mentor covers a with effective a >= max(4, 3) = 4, b
# with effective b >= max(4, 4) = 4.
#   E04 a4 b4: a and b: (4 + 2)/6 = 1
#   E02 a3 b4, E03 a3 b4: b only (a 3 < mentor_min_level 4): 2/6 =
#     0.333333333 (by id)
#   left out: E05 (E01's manager, a5 b5), E06 (a4, but already mentor in
#   E07's plan: 1 = max_mentees), E07 (nothing: 0), E01 herself
run: -C repos/match-hand --as-of 2026-06-30 match E01 --mentors --format json
exit: 0
<<<stdout
{
  "employee": "E01",
  "as_of": "2026-06-30",
  "mentors": [
    {
      "employee": "E04",
      "name": "Dee",
      "value": 1,
      "skills": [
        "a",
        "b"
      ],
      "mentees": 0,
      "role": "r3"
    },
    {
      "employee": "E02",
      "name": "Bob",
      "value": 0.333333333,
      "skills": [
        "b"
      ],
      "mentees": 0,
      "role": "tgt"
    },
    {
      "employee": "E03",
      "name": "Cid",
      "value": 0.333333333,
      "skills": [
        "b"
      ],
      "mentees": 0,
      "role": "r1"
    }
  ],
  "target": "tgt",
  "name": "Ann"
}
<<<end
