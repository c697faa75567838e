# --role: E1022 (self-assessments only) against data-analyst-2. Every row is
# marked unverified. stakeholder-management: no rows, credited 0.4 x
# communication 2 = 0.8 via communication; no catalog item starts below 2, so
# 1.2 x 40 = 48 h of hours_per_level. python and sql (weight 2, gap 1) lead.
run: -C ../data-examples --as-of 2026-11-22 gap E1022 --role data-analyst-2
exit: 0
<<<stdout
Employee:         E1022
Name:             김지민
Current role:     data-analyst-1
Target:           data-analyst-2
Measured against: data-analyst-2
As of:            2026-11-22
Readiness:        65.7%
Tier:             develop
Hours:            132
Months:           17

Skills
Skill                          Req  Level  Credited  Via            Gap  Weight  Essential  Evidence                        Hours  Learning
python                  █░···    2      1         1  -                1       2  yes        self · 2026-09-19 · unverified     20  python-for-analysts
sql                     ██░··    3      2         2  -                1       2  yes        self · 2026-09-19 · unverified     16  sql-intermediate
stakeholder-management  ▌░···    2      0       0.8  communication  1.2       1  no         self · 2026-09-19 · unverified     48  -
communication           ██░··    3      2         2  -                1       1  no         self · 2026-09-19 · unverified     16  crucial-conversations
data-visualization      ██░··    3      2         2  -                1       1  no         self · 2026-09-19 · unverified     12  dataviz-storytelling
statistics              █░···    2      1         1  -                1       1  no         self · 2026-09-19 · unverified     20  stats-foundations
excel                   ███··    3      3         3  -                0       1  no         self · 2026-09-19 · unverified      0  -
freight-operations      █····    1      1         1  -                0       1  no         self · 2026-09-19 · unverified      0  -
<<<end
