# E1019 against his target data-analyst-3 (plan target), table format.
# Checked by hand (SPEC 2.1-2.5, default sources, hours_per_level 40,
# learning_hours_per_month 8):
#   sql: test 3 (alias row) w3, course 3 w2, peer 3 w1, self 4 w1, manager 3 w2
#        = 28/9 = 3.111111111; required 4 (weight 2, essential, inherited) ->
#        gap 0.888888889, unmet; sql-advanced (3->4, 24 h) beats 40 x 0.89.
#   stakeholder-management: self 2, manager 2 (the 1 of 06-15 superseded)
#        = 2; gap 1; stakeholder-mastery 12 h.
#   hours 36, months ceil(36/8) = 5; readiness (2 x 3.111/4 + 2/3 + 8)/11
#        = 0.929292929 -> 92.9%; ready-soon (sql essential unmet).
# Rows by weight x gap (1.78, 1), then skill id. The bar: one cell per scale
# level, half cell at .5, light cells still required, dots beyond.
run: -C ../data-examples --as-of 2026-11-22 gap E1019
exit: 0
<<<stdout
Employee:         E1019
Name:             Jonas Becker
Current role:     data-analyst-2
Target:           data-analyst-3
Measured against: data-analyst-3
As of:            2026-11-22
Readiness:        92.9%
Tier:             ready-soon
Hours:            36
Months:           5

Skills
Skill                          Req  Level  Credited  Via   Gap  Weight  Essential  Evidence                                        Hours  Learning
sql                     ███░·    4   3.11      3.11  -    0.89       2  yes        self, peer, manager, course, test · 2026-06-22     24  sql-advanced
stakeholder-management  ██░··    3      2         2  -       1       1  no         self, manager · 2026-11-18                         12  stakeholder-mastery
communication           ███··    3      3         3  -       0       1  no         self, manager · 2026-06-15                          0  -
data-modeling           ███··    3      3         3  -       0       1  no         self, peer, manager · 2026-11-04                    0  -
data-visualization      ███··    3      3         3  -       0       1  no         peer, manager · 2026-02-20                          0  -
freight-operations      ██···    2      2         2  -       0       1  no         self, manager · 2026-06-25                          0  -
presentation            ███··    3   3.33      3.33  -       0       1  no         self, manager · 2026-11-13                          0  -
python                  ███··    3      3         3  -       0       2  yes        self, manager · 2026-06-16                          0  -
statistics              ███··    3      3         3  -       0       1  no         self, manager, course, test · 2026-11-18            0  -
<<<end
