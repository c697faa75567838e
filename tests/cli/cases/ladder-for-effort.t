# Ranked by the effort the person needs, not by steps: E1 (in s, y at 4,
# no x) toward t (y 5). 51 two-step routes s -> mNN -> t (x 0->1 40 h, then
# y 4->5 40 h: 80 h) and one three-step route s -> p -> q -> t (y 4->5 at
# p: 40 h; q and t then held: 0): the three-step route is the cheapest,
# 40 h, ceil(40 / 8) = 5 months, though 51 routes have fewer steps and
# less increase. (Ranking only the first 50 routes by steps and increase
# misses it.)
run: -C repos/ladder-effort --as-of 2026-11-22 ladder --for E1 --to t --limit 2
exit: 0
<<<stdout
Employee: E1
From:     s
To:       t
As of:    2026-11-22

Routes by the effort they would take
#  Steps  Hours  Months  Route
1      3     40       5  s →cross-functional→ p →cross-functional→ q →cross-functional→ t
2      2     80      10  s →promotion→ m00 →promotion→ t

Route 1, step by step
Step  Role  Move              Readiness  Hours  Months  Milestones
   1  p     cross-functional      80.0%     40       5  y 4→5 (40 h)
   2  q     cross-functional     100.0%      0       0  -
   3  t     cross-functional     100.0%      0       0  -

Route 2, step by step
Step  Role  Move       Readiness  Hours  Months  Milestones
   1  m00   promotion       0.0%     40       5  x 0→1 (40 h)
   2  t     promotion      80.0%     40       5  y 4→5 (40 h)
<<<end
