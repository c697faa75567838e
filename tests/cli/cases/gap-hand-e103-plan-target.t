# By hand: E103's plan target analyst-2 wins over the aspiration lead-2.
# No evidence at all: every level 0, readiness 0.
# python 22 h [py-intro, py-mid]; sql 0->3: sql-basics (0->2, 8) + sql-mid
# (2->3, 6) = 14 < sql-basics + 12 = 20 < 36; comms and modeling 2 x 12 = 24
# each (model-book starts at 1). hours 84, months ceil(10.5) = 11: develop.
# Order: python 9, sql 6, comms 2, modeling 2 (tie: by id).
run: -C repos/gap-hand --as-of 2026-06-30 gap E103
exit: 0
<<<stdout
Employee:         E103
Name:             Cy Park
Current role:     analyst-1
Target:           analyst-2
Measured against: analyst-2
As of:            2026-06-30
Readiness:        0.0%
Tier:             develop
Hours:            84
Months:           11

Skills
Skill           Req  Level  Credited  Via  Gap  Weight  Essential  Evidence  Hours  Learning
python    ░░░·    3      0         0  -      3       3  no         -            22  py-intro, py-mid
sql       ░░░·    3      0         0  -      3       2  yes        -            14  sql-basics, sql-mid
comms     ░░··    2      0         0  -      2       1  no         -            24  -
modeling  ░░··    2      0         0  -      2       1  no         -            24  -
<<<end
