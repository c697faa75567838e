# Routes from data-analyst-1 to head-of-data-5 within 5 steps: fewest steps
# first, then the least cumulative increase; checked against every simple
# path of at most 5 steps (8 of them). The one 4-step route, increase of
# each move = over the target's requirements, weight x levels beyond:
#   analyst-1 -> analyst-2: sql 2x1, python 2x2, statistics 1, data-visualization 1,
#                           stakeholder-management 2, communication 1      = 11
#   analyst-2 -> analyst-3: sql 2x1, python 2x1, statistics 1, data-modeling 3,
#                           stakeholder-management 1, presentation 3, freight-operations 1 = 13
#   analyst-3 -> analytics-manager-4: leadership 2x3, stakeholder-management 2x1,
#                           coaching 3, hiring 3, prioritization 3, communication 1 = 18
#   analytics-manager-4 -> head-of-data-5: leadership 2x1, strategic-thinking 2x4,
#                           hiring 1, coaching 1, financial-acumen 3, data-privacy 3,
#                           data-modeling 3, machine-learning 2             = 23
#   11 + 13 + 18 + 23 = 65. The head shows the delta of the whole move.
run: -C ../data-examples ladder --from data-analyst-1 --to head-of-data-5 --depth 5
exit: 0
<<<stdout
From:        data-analyst-1
To:          head-of-data-5
Skill delta: new coaching 4; communication 2→4; new data-modeling 3; new data-privacy 3; dropped data-visualization; dropped excel; new financial-acumen 3; dropped freight-operations; new hiring 4; new leadership 4; weight leadership 1→2; essential leadership; new machine-learning 2; dropped sql; new stakeholder-management 4; dropped statistics; new strategic-thinking 4; weight strategic-thinking 1→2; essential strategic-thinking

Routes
#  Steps  Increase  Route
1      4        65  data-analyst-1 →promotion→ data-analyst-2 →promotion→ data-analyst-3 →promotion→ analytics-manager-4 →promotion→ head-of-data-5
2      5        73  data-analyst-1 →promotion→ data-analyst-2 →promotion→ data-scientist-3 →promotion→ data-scientist-4 →promotion→ principal-data-scientist-5 →lateral→ head-of-data-5
3      5        75  data-analyst-1 →promotion→ data-analyst-2 →promotion→ data-scientist-3 →promotion→ data-scientist-4 →lateral→ analytics-manager-4 →promotion→ head-of-data-5
4      5        78  data-analyst-1 →promotion→ data-analyst-2 →promotion→ data-scientist-3 →lateral→ data-analyst-3 →promotion→ analytics-manager-4 →promotion→ head-of-data-5
5      5        79  data-analyst-1 →cross-functional→ product-analyst-2 →cross-functional→ data-analyst-2 →promotion→ data-analyst-3 →promotion→ analytics-manager-4 →promotion→ head-of-data-5
6      5        89  data-analyst-1 →promotion→ data-analyst-2 →lateral→ data-engineer-2 →promotion→ data-engineer-3 →promotion→ analytics-manager-4 →promotion→ head-of-data-5
7      5        99  data-analyst-1 →promotion→ data-analyst-2 →promotion→ data-analyst-3 →lateral→ data-engineer-3 →promotion→ analytics-manager-4 →promotion→ head-of-data-5
8      5       102  data-analyst-1 →promotion→ data-analyst-2 →promotion→ data-scientist-3 →lateral→ data-engineer-3 →promotion→ analytics-manager-4 →promotion→ head-of-data-5
<<<end
