# E1018 meets every requirement of data-analyst-3: readiness 100.0%,
# ready-now, no hours, no learning.
run: -C ../data-examples --as-of 2026-11-22 gap E1018
exit: 0
<<<stdout
Employee:         E1018
Name:             Ayşe Yılmaz
Current role:     data-analyst-2
Target:           data-analyst-3
Measured against: data-analyst-3
As of:            2026-11-22
Readiness:        100.0%
Tier:             ready-now
Hours:            0
Months:           0

Skills
Skill                          Req  Level  Credited  Via  Gap  Weight  Essential  Evidence                                   Hours  Learning
communication           ████·    3   4.33      4.33  -      0       1  no         self, manager · 2025-12-08                     0  -
data-modeling           ███··    3      3         3  -      0       1  no         self, manager, course · 2026-06-25             0  -
data-visualization      ███··    3      3         3  -      0       1  no         self, manager · 2025-06-17                     0  -
freight-operations      ██···    2      2         2  -      0       1  no         self, peer, manager · 2026-09-18               0  -
presentation            ███··    3      3         3  -      0       1  no         self, manager · 2026-06-23                     0  -
python                  ████·    3      4         4  -      0       2  yes        self, manager, demonstration · 2026-06-24      0  -
sql                     ████·    4      4         4  -      0       2  yes        self, manager · 2026-11-18                     0  -
stakeholder-management  ███··    3      3         3  -      0       1  no         self, manager · 2026-06-19                     0  -
statistics              ███··    3      3         3  -      0       1  no         self, manager · 2026-11-11                     0  -
<<<end
