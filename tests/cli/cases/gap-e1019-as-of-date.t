# History: --as-of 2025-12-31. communication and stakeholder-management have no
# rows yet (level 0); presentation is credited 0.3 x data-visualization 3 = 0.9
# and data-modeling 0.5 x sql 3 = 1.5 through related skills; python 1->3
# through python-for-analysts (0->2) and python-intermediate (2->3) = 44 h.
run: -C ../data-examples --as-of 2025-12-31 gap E1019
exit: 0
<<<stdout
Employee:         E1019
Name:             Jonas Becker
Current role:     data-analyst-2
Target:           data-analyst-3
Measured against: data-analyst-3
As of:            2025-12-31
Readiness:        48.5%
Tier:             develop
Hours:            434
Months:           55

Skills
Skill                          Req  Level  Credited  Via                 Gap  Weight  Essential  Evidence                            Hours  Learning
python                  █░░··    3      1         1  -                     2       2  yes        self, manager · 2025-12-15             44  python-for-analysts, python-intermediate
communication           ░░░··    3      0         0  -                     3       1  no         -                                     120  -
stakeholder-management  ░░░··    3      0         0  -                     3       1  no         -                                     120  -
presentation            ▌░░··    3      0       0.9  data-visualization  2.1       1  no         -                                      84  -
sql                     ███░·    4      3         3  -                     1       2  yes        course, test · 2025-12-05              24  sql-advanced
data-modeling           █▌░··    3      0       1.5  sql                 1.5       1  no         -                                      20  modern-data-modeling
freight-operations      █░···    2      1         1  -                     1       1  no         manager · 2025-12-12                    6  freight-101
statistics              ██▌··    3    2.6       2.6  -                   0.4       1  no         self, manager, course · 2025-10-31     16  -
data-visualization      ███··    3      3         3  -                     0       1  no         manager · 2025-12-17                    0  -
<<<end
