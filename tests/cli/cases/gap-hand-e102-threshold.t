# By hand: E102's target is their aspiration analyst-2.
# python: manager 2 (w2); test quiz-a 2 and quiz-b 3 -> mean 2.5 (w3):
#   (2x2 + 3x2.5)/5 = 11.5/5 = 2.3; gap 0.7 (not essential); py-adv (2->3)
#   12 h > 12 x 0.7 = 8.4 h -> 8.4 h, no items.
# comms: two peer rows with an empty assessor are one assessor: the later (2).
# modeling: self 2 (unverified); 0.5 x sql 3 = 1.5 < 2, no via.  sql: 3.
# readiness = (1 + 1 + 3x2.3/3 + 2)/7 = 6.3/7 = 0.9, exactly the threshold,
# no unmet essential -> ready-now; hours 8.4, months ceil(1.05) = 2.
run: -C repos/gap-hand --as-of 2026-06-30 gap E102
exit: 0
<<<stdout
Employee:         E102
Name:             Ben Ode
Current role:     analyst-1
Target:           analyst-2
Measured against: analyst-2
As of:            2026-06-30
Readiness:        90.0%
Tier:             ready-now
Hours:            8.4
Months:           2

Skills
Skill           Req  Level  Credited  Via  Gap  Weight  Essential  Evidence                        Hours  Learning
python    ██░·    3    2.3       2.3  -    0.7       3  no         manager, test · 2026-03-02        8.4  -
comms     ██··    2      2         2  -      0       1  no         peer · 2026-02-01                   0  -
modeling  ██··    2      2         2  -      0       1  no         self · 2026-03-01 · unverified      0  -
sql       ███·    3      3         3  -      0       2  yes        manager · 2026-03-01                0  -
<<<end
