# SPEC 2.8: score = readiness + aspiration_bonus when o's role is among e's
# aspirations; development rows carry the same keys (SPEC 3), so a
# development opportunity whose role is aspired scores with the bonus too.
# By hand, repos/match-hand as of 2026-07-01 (DEV-8 opens that day), E01
# (a1 b2 c2, aspires to tgt; G: a gap 2 w2, b gap 2 w1: 6), rotations only:
#   DEV-8 tgt with a not essential: eligible; growth (2*2 + 1*2)/6 = 1;
#     readiness (2/3 + 1/2 + 1)/4 = 0.541666667; score 0.591666667; 4
#     months: develop
#   DEV-7 r3 + {a 3}: growth 2*2/6 = 0.666666667; readiness 1/3; 2 months
#   DEV-6 {b 3}: growth 1/6; readiness 2/3; 1 month
#   DEV-1 (tgt, a essential 2 above): ineligible
run: -C repos/match-hand --as-of 2026-07-01 match E01 --kind rotation --format json
exit: 0
<<<stdout
{
  "employee": "E01",
  "as_of": "2026-07-01",
  "target": "tgt",
  "jobs": [],
  "development": [
    {
      "id": "DEV-8",
      "kind": "rotation",
      "title": "Analyst II rotation (July)",
      "score": 0.591666667,
      "readiness": 0.541666667,
      "growth": 1,
      "tier": "develop",
      "months": 4,
      "helps": "c",
      "holds_back": "a",
      "role": "tgt",
      "aspired": true
    },
    {
      "id": "DEV-7",
      "kind": "rotation",
      "title": "Lead rotation",
      "score": 0.333333333,
      "readiness": 0.333333333,
      "growth": 0.666666667,
      "tier": "ready-soon",
      "months": 2,
      "helps": "a",
      "holds_back": "a",
      "role": "r3",
      "aspired": false
    },
    {
      "id": "DEV-6",
      "kind": "rotation",
      "title": "B rotation",
      "score": 0.666666667,
      "readiness": 0.666666667,
      "growth": 0.166666667,
      "tier": "ready-soon",
      "months": 1,
      "helps": "b",
      "holds_back": "b",
      "role": null,
      "aspired": false
    }
  ],
  "name": "Ann"
}
<<<end
