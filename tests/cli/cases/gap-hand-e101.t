# Hand-computed from SPEC section 2 (repos/gap-hand: default sources self 1,
# peer 1, manager 2, course 2 combine max; evidence_max_age_days 365,
# hours_per_level 12, learning_hours_per_month 8, soon_months 4).
# E101 (analyst-1, no plan, no aspiration): target = first promotion in
# analyst-1's next [lead-2 (cross-functional), analyst-2] = analyst-2.
# analyst-2 extends analyst-1, excel: 0 drops excel; requirements in id order:
# comms 2 (w1), modeling 2 (w1), python 3 (w3), sql 3 (w2, essential).
# As of 2026-06-30 the window is 2025-06-30 < date <= 2026-06-30.
# sql: manager 2025-06-30 (4) too old, exactly at the edge; manager 2025-07-01
#   superseded; manager pair: two rows of 2026-03-01 (2, 3) -> 2.5;
#   course: sql-basics 2, x-workshop 1, combine max -> 2; peer: E102 2 and
#   E103 3 (by the alias sequel) -> mean 2.5; self: 2026-05-01 superseded,
#   2026-06-30 (the as-of date) 4 counts, 2026-07-01 not yet in effect -> 4.
#   level = (1x4 + 1x2.5 + 2x2.5 + 2x2) / (1+1+2+2) = 15.5/6 = 2.583333333
#   gap = 3 - 31/12 = 5/12 = 0.416666667, essential and unmet.
#   effort: sql-mid (from 2, to 3) 6 h > 12 x 5/12 = 5 h: 5 h, no items.
# modeling: self 1 only (unverified). sql names modeling 0.5, both directions:
#   0.5 x 31/12 = 31/24 = 1.291666667 > 1 -> credited 1.291666667 via sql.
#   gap 17/24 = 0.708333333; model-book (from 1, to 2) 5 h < 12 x 17/24 = 8.5.
# python: the only row (2025-06-01) is too old: level 0, gap 3.
#   py-intro 0->1 4 h, py-mid 1->2 6 h, then 12 h for the last level = 22;
#   py-intro+py-mid+py-adv (2->3, 12 h) is also 22 but has more items;
#   py-big 0->3 25; py-intro + 2x12 = 28; 3x12 = 36. -> 22, [py-intro, py-mid].
# comms: peer 3, manager 2: (3 + 2x2)/3 = 7/3 = 2.333333333 >= 2, no gap.
# readiness = (1x1 + 1x(31/24)/2 + 3x0 + 2x(31/12)/3) / 7 = (485/144)/7
#   = 485/1008 = 0.481150794 -> 48.1%.
# hours = 5 + 22 + 5 = 32; months = ceil(32/8) = 4 = soon_months.
# tier: sql essential unmet -> not ready-now; months 4 <= 4 -> ready-soon.
# order by weight x gap: python 9, sql 0.833333333, modeling 0.708333333,
#   comms 0. Bars (4 levels): sql 2.58 -> full, full, half, dot.
run: -C repos/gap-hand --as-of 2026-06-30 gap E101
exit: 0
<<<stdout
Employee:         E101
Name:             Ana Silva
Current role:     analyst-1
Target:           analyst-2
Measured against: analyst-2
As of:            2026-06-30
Readiness:        48.1%
Tier:             ready-soon
Hours:            32
Months:           4

Skills
Skill           Req  Level  Credited  Via   Gap  Weight  Essential  Evidence                                  Hours  Learning
python    ░░░·    3      0         0  -       3       3  no         -                                            22  py-intro, py-mid
sql       ██▌·    3   2.58      2.58  -    0.42       2  yes        self, peer, manager, course · 2026-06-30      5  -
modeling  █░··    2      1      1.29  sql  0.71       1  no         self · 2026-04-01 · unverified                5  model-book
comms     ██··    2   2.33      2.33  -       0       1  no         peer, manager · 2026-05-01                    0  -
<<<end
