# --explain: for every skill the rows that count, the superseded ones, and
# the arithmetic of SPEC 2.1-2.4 step by step (checked against the sums in
# gap-e1019.t).
run: -C ../data-examples --as-of 2026-11-22 gap E1019 --explain
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

sql: evidence, required 4
Line  Date        Source   Assessor          Level
 897  2025-10-29  test     sql-assessment        3  counts
 937  2025-12-05  course   sql-intermediate      3  counts
1233  2026-02-20  peer     E1016                 3  counts
1598  2026-06-05  self     E1019                 4  counts
2428  2026-06-22  manager  E1008                 3  counts

Arithmetic
pair test sql-assessment: 3 (1 row of 2025-10-29)
pair course sql-intermediate: 3 (1 row of 2025-12-05)
pair peer E1016: 3 (1 row of 2026-02-20)
pair self E1019: 4 (1 row of 2026-06-05)
pair manager E1008: 3 (1 row of 2026-06-22)
source self = mean of 1 pair = 4, weight 1
source peer = mean of 1 pair = 3, weight 1
source manager = mean of 1 pair = 3, weight 2
source course = max of 1 pair = 3, weight 2
source test = mean of 1 pair = 3, weight 3
level = (1 × 4 + 1 × 3 + 2 × 3 + 2 × 3 + 3 × 3) / (1 + 1 + 2 + 2 + 3) = 3.111111111
credited = max(level 3.111111111, 0.5 × data-modeling 3 = 1.5) = 3.111111111
gap = max(0, 4 − 3.111111111) = 0.888888889; essential and not met
readiness term = weight 2 × min(3.111111111, 4) / 4 = 1.555555556
learning sql-advanced (24 h): from 3.111111111 to 4
effort = 24 h of learning + 40 h/level × 0 = 24 h

stakeholder-management: evidence, required 3
Line  Date        Source   Assessor  Level
1371  2026-06-01  self     E1019         2  counts
1995  2026-06-15  manager  E1008         1  superseded
3146  2026-11-18  manager  E1008         2  counts

Arithmetic
pair self E1019: 2 (1 row of 2026-06-01)
pair manager E1008: 2 (1 row of 2026-11-18)
source self = mean of 1 pair = 2, weight 1
source manager = mean of 1 pair = 2, weight 2
level = (1 × 2 + 2 × 2) / (1 + 2) = 2
credited = max(level 2, 0.4 × account-management 0 = 0, 0.4 × communication 3 = 1.2) = 2
gap = max(0, 3 − 2) = 1
readiness term = weight 1 × min(2, 3) / 3 = 0.666666667
learning stakeholder-mastery (12 h): from 2 to 3
effort = 12 h of learning + 40 h/level × 0 = 12 h

communication: evidence, required 3
Line  Date        Source   Assessor  Level
1468  2026-06-03  self     E1019         3  counts
1994  2026-06-15  manager  E1008         3  counts

Arithmetic
pair self E1019: 3 (1 row of 2026-06-03)
pair manager E1008: 3 (1 row of 2026-06-15)
source self = mean of 1 pair = 3, weight 1
source manager = mean of 1 pair = 3, weight 2
level = (1 × 3 + 2 × 3) / (1 + 2) = 3
credited = max(level 3, 0.5 × presentation 3.333333333 = 1.666666667, 0.4 × stakeholder-management 2 = 0.8) = 3
gap = max(0, 3 − 3) = 0
readiness term = weight 1 × min(3, 3) / 3 = 1

data-modeling: evidence, required 3
Line  Date        Source   Assessor  Level
1188  2026-02-13  peer     E1017         3  counts
1595  2026-06-05  self     E1019         3  counts
2196  2026-06-18  manager  E1008         2  superseded
2982  2026-11-04  manager  E1008         3  counts

Arithmetic
pair peer E1017: 3 (1 row of 2026-02-13)
pair self E1019: 3 (1 row of 2026-06-05)
pair manager E1008: 3 (1 row of 2026-11-04)
source self = mean of 1 pair = 3, weight 1
source peer = mean of 1 pair = 3, weight 1
source manager = mean of 1 pair = 3, weight 2
level = (1 × 3 + 1 × 3 + 2 × 3) / (1 + 1 + 2) = 3
credited = max(level 3, 0.4 × etl 0 = 0, 0.5 × sql 3.111111111 = 1.555555556) = 3
gap = max(0, 3 − 3) = 0
readiness term = weight 1 × min(3, 3) / 3 = 1

data-visualization: evidence, required 3
Line  Date        Source   Assessor  Level
1077  2025-12-17  manager  E1008         3  counts
1232  2026-02-20  peer     E1017         3  counts

Arithmetic
pair manager E1008: 3 (1 row of 2025-12-17)
pair peer E1017: 3 (1 row of 2026-02-20)
source peer = mean of 1 pair = 3, weight 1
source manager = mean of 1 pair = 3, weight 2
level = (1 × 3 + 2 × 3) / (1 + 2) = 3
credited = max(level 3, 0.3 × presentation 3.333333333 = 1) = 3
gap = max(0, 3 − 3) = 0
readiness term = weight 1 × min(3, 3) / 3 = 1

freight-operations: evidence, required 2
Line  Date        Source   Assessor  Level
1003  2025-12-12  manager  E1008         1  superseded
1727  2026-06-08  self     E1019         2  counts
2611  2026-06-25  manager  E1008         2  counts

Arithmetic
pair manager E1008: 2 (1 row of 2026-06-25)
pair self E1019: 2 (1 row of 2026-06-08)
source self = mean of 1 pair = 2, weight 1
source manager = mean of 1 pair = 2, weight 2
level = (1 × 2 + 2 × 2) / (1 + 2) = 2
credited = max(level 2, 0.5 × supply-chain 0 = 0) = 2
gap = max(0, 2 − 2) = 0
readiness term = weight 1 × min(2, 2) / 2 = 1

presentation: evidence, required 3
Line  Date        Source   Assessor  Level
1596  2026-06-05  self     E1019         4  counts
2276  2026-06-19  manager  E1008         3  superseded
3096  2026-11-13  manager  E1008         3  counts

Arithmetic
pair self E1019: 4 (1 row of 2026-06-05)
pair manager E1008: 3 (1 row of 2026-11-13)
source self = mean of 1 pair = 4, weight 1
source manager = mean of 1 pair = 3, weight 2
level = (1 × 4 + 2 × 3) / (1 + 2) = 3.333333333
credited = max(level 3.333333333, 0.5 × communication 3 = 1.5, 0.3 × data-visualization 3 = 0.9) = 3.333333333
gap = max(0, 3 − 3.333333333) = 0
readiness term = weight 1 × min(3.333333333, 3) / 3 = 1

python: evidence, required 3
Line  Date        Source   Assessor  Level
 148  2025-06-06  self     E1019         1  superseded
 712  2025-06-25  manager  E1008         1  superseded
1046  2025-12-15  manager  E1008         1  superseded
1597  2026-06-05  self     E1019         3  counts
2065  2026-06-16  manager  E1008         3  counts

Arithmetic
pair self E1019: 3 (1 row of 2026-06-05)
pair manager E1008: 3 (1 row of 2026-06-16)
source self = mean of 1 pair = 3, weight 1
source manager = mean of 1 pair = 3, weight 2
level = (1 × 3 + 2 × 3) / (1 + 2) = 3
credited = max(level 3, 0.5 × r 0 = 0) = 3
gap = max(0, 3 − 3) = 0
readiness term = weight 2 × min(3, 3) / 3 = 2

statistics: evidence, required 3
Line  Date        Source   Assessor            Level
 325  2025-06-12  self     E1019                   3  superseded
 678  2025-06-24  manager  E1008                   2  superseded
 899  2025-10-31  course   applied-statistics      3  counts
1351  2026-05-08  test     stats-quiz              3  counts
1372  2026-06-01  self     E1019                   3  counts
2429  2026-06-22  manager  E1008                   2  superseded
3147  2026-11-18  manager  E1008                   3  counts

Arithmetic
pair self E1019: 3 (1 row of 2026-06-01)
pair manager E1008: 3 (1 row of 2026-11-18)
pair course applied-statistics: 3 (1 row of 2025-10-31)
pair test stats-quiz: 3 (1 row of 2026-05-08)
source self = mean of 1 pair = 3, weight 1
source manager = mean of 1 pair = 3, weight 2
source course = max of 1 pair = 3, weight 2
source test = mean of 1 pair = 3, weight 3
level = (1 × 3 + 2 × 3 + 2 × 3 + 3 × 3) / (1 + 2 + 2 + 3) = 3
credited = max(level 3, 0.6 × experimentation 2 = 1.2, 0.4 × machine-learning 0 = 0) = 3
gap = max(0, 3 − 3) = 0
readiness term = weight 1 × min(3, 3) / 3 = 1

Overall
Arithmetic
readiness = (1 + 1 + 1 + 1 + 1 + 2 + 1.555555556 + 0.666666667 + 1) / (1 + 1 + 1 + 1 + 1 + 2 + 2 + 1 + 1) = 0.929292929
hours = 24 (sql) + 12 (stakeholder-management) = 36
months = ceil(36 / 8) = 5
tier = ready-soon: 1 essential requirement unmet, and months 5 <= soon_months 12
<<<end
