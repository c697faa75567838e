# By hand, repos/match-hand as of 2026-06-30 (8 h a level, 8 h a month:
# months = the sum of the gaps; soon_months 2; max_level_jump 2; bonus 0.05).
# E01 (r1, level 1; aspires to tgt): a 1, b 2, c 2. Target tgt = {a 3 w2
# essential, b 4, c 2} (weights 4). G: a gap 2 (w 2), b gap 2 (w 1): 6.
# Left out: OPP-3 (r4: level 4 > 1 + 2), OPP-4 (r1: E01's role), OPP-5
# (filled), OPP-6 (opens 07-01), DEV-5 (closed 06-29), DEV-8 (opens 07-01),
# DEV-1 (tgt: essential a 3 is 2 above a 1: ineligible), DEV-4 ({c 3}:
# growth 0, c is not in G). OPP-7 closes 06-30: still open (inclusive).
# Jobs (tier, score = readiness + 0.05 for tgt, id):
#   OPP-10 {c 2}: 1, ready-now, 0 months; growth 0; helps c
#   OPP-7 {a 1, c 2}: 1, ready-now; "OPP-10" < "OPP-7"; helps a (tie a/c)
#   OPP-2 r3 {a 2}: 1/2, 1 month: ready-soon; growth 2*min(2, 2-1)/6 = 1/3
#   OPP-1 tgt: (2*1/3 + 2/4 + 2/2)/4 = 0.541666667; 2 + 2 = 4 months and
#     essential a unmet: develop; score 0.591666667; growth (4 + 2)/6 = 1;
#     helps c (1 > 2/3 > 1/2), holds a (2*2 > 1*2)
# Development (growth, readiness, id):
#   DEV-2 {a 2 essential, b 4}: a 1 above: eligible; growth (2*1 + 1*2)/6 =
#     0.666666667; readiness (1/2 + 2/4)/2 = 0.5; 1 + 2 = 3 months: develop;
#     helps a (a tie 0.5/0.5), holds b (2 > 1)
#   DEV-7 r3 + {a 3}: growth 2*2/6 = 0.666666667; readiness 1/3; 2 months:
#     ready-soon
#   DEV-3 {b 3, c 2}: growth 1*1/6 = 0.166666667; readiness (2/3 + 1)/2 =
#     0.833333333; 1 month; helps c, holds b
#   DEV-6 {b 3}: growth 1/6; readiness 0.666666667; 1 month
run: -C repos/match-hand --as-of 2026-06-30 match E01 --format json
exit: 0
<<<stdout
{
  "employee": "E01",
  "as_of": "2026-06-30",
  "target": "tgt",
  "jobs": [
    {
      "id": "OPP-10",
      "kind": "job",
      "title": "C desk",
      "score": 1,
      "readiness": 1,
      "growth": 0,
      "tier": "ready-now",
      "months": 0,
      "helps": "c",
      "holds_back": null,
      "role": null,
      "aspired": false
    },
    {
      "id": "OPP-7",
      "kind": "job",
      "title": "Ops support",
      "score": 1,
      "readiness": 1,
      "growth": 0,
      "tier": "ready-now",
      "months": 0,
      "helps": "a",
      "holds_back": null,
      "role": null,
      "aspired": false
    },
    {
      "id": "OPP-2",
      "kind": "job",
      "title": "Lead opening",
      "score": 0.5,
      "readiness": 0.5,
      "growth": 0.333333333,
      "tier": "ready-soon",
      "months": 1,
      "helps": "a",
      "holds_back": "a",
      "role": "r3",
      "aspired": false
    },
    {
      "id": "OPP-1",
      "kind": "job",
      "title": "Analyst II opening",
      "score": 0.591666667,
      "readiness": 0.541666667,
      "growth": 1,
      "tier": "develop",
      "months": 4,
      "helps": "c",
      "holds_back": "a",
      "role": "tgt",
      "aspired": true
    }
  ],
  "development": [
    {
      "id": "DEV-2",
      "kind": "project",
      "title": "A and B project",
      "score": 0.5,
      "readiness": 0.5,
      "growth": 0.666666667,
      "tier": "develop",
      "months": 3,
      "helps": "a",
      "holds_back": "b",
      "role": null,
      "aspired": false
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
      "id": "DEV-3",
      "kind": "gig",
      "title": "B and C gig",
      "score": 0.833333333,
      "readiness": 0.833333333,
      "growth": 0.166666667,
      "tier": "ready-soon",
      "months": 1,
      "helps": "c",
      "holds_back": "b",
      "role": null,
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
