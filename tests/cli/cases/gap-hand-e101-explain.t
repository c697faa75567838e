# --explain on the hand-computed E101 (see gap-hand-e101.t): the sql rows show
# every status: too old (2025-06-30, exactly at the window edge), superseded
# (manager 2025-07-01, self 2026-05-01), counts (two same-date manager rows,
# averaged), not yet in effect (2026-07-01).
run: -C repos/gap-hand --as-of 2026-06-30 gap E101 --explain
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

python: evidence, required 3
Line  Date        Source  Assessor  Level
   2  2025-06-01  self    E101          3  too old

Arithmetic
level = 0 (no rows from 2025-07-01 to 2026-06-30)
credited = level = 0 (no related skills)
gap = max(0, 3 − 0) = 3
readiness term = weight 3 × min(0, 3) / 3 = 0
learning py-intro (4 h): from 0 to 1
learning py-mid (6 h): from 1 to 2
effort = 10 h of learning + 12 h/level × 1 = 22 h

sql: evidence, required 3
Line  Date        Source   Assessor    Level
   3  2025-06-30  manager  E100            4  too old
   4  2025-07-01  manager  E100            1  superseded
   6  2026-01-10  course   sql-basics      2  counts
   7  2026-01-20  course   x-workshop      1  counts
   8  2026-02-01  peer     E102            2  counts
  10  2026-03-01  manager  E100            2  counts
  11  2026-03-01  manager  E100            3  counts
  17  2026-04-01  peer     E103            3  counts
  19  2026-05-01  self     E101            3  superseded
  22  2026-06-30  self     E101            4  counts
  23  2026-07-01  self     E101            1  not yet in effect

Arithmetic
pair manager E100: 2.5 (2 rows of 2026-03-01)
pair course sql-basics: 2 (1 row of 2026-01-10)
pair course x-workshop: 1 (1 row of 2026-01-20)
pair peer E102: 2 (1 row of 2026-02-01)
pair peer E103: 3 (1 row of 2026-04-01)
pair self E101: 4 (1 row of 2026-06-30)
source self = mean of 1 pair = 4, weight 1
source peer = mean of 2 pairs = 2.5, weight 1
source manager = mean of 1 pair = 2.5, weight 2
source course = max of 2 pairs = 2, weight 2
level = (1 × 4 + 1 × 2.5 + 2 × 2.5 + 2 × 2) / (1 + 1 + 2 + 2) = 2.583333333
credited = max(level 2.583333333, 0.5 × modeling 1 = 0.5) = 2.583333333
gap = max(0, 3 − 2.583333333) = 0.416666667; essential and not met
readiness term = weight 2 × min(2.583333333, 3) / 3 = 1.722222222
effort = 0 h of learning + 12 h/level × 0.416666667 = 5 h

modeling: evidence, required 2
Line  Date        Source  Assessor  Level
  18  2026-04-01  self    E101          1  counts

Arithmetic
pair self E101: 1 (1 row of 2026-04-01)
source self = mean of 1 pair = 1, weight 1
level = (1 × 1) / (1) = 1
credited = max(level 1, 0.5 × sql 2.583333333 = 1.291666667) = 1.291666667 via sql
gap = max(0, 2 − 1.291666667) = 0.708333333
readiness term = weight 1 × min(1.291666667, 2) / 2 = 0.645833333
learning model-book (5 h): from 1.291666667 to 2
effort = 5 h of learning + 12 h/level × 0 = 5 h

comms: evidence, required 2
Line  Date        Source   Assessor  Level
  20  2026-05-01  peer     E102          3  counts
  21  2026-05-01  manager  E100          2  counts

Arithmetic
pair peer E102: 3 (1 row of 2026-05-01)
pair manager E100: 2 (1 row of 2026-05-01)
source peer = mean of 1 pair = 3, weight 1
source manager = mean of 1 pair = 2, weight 2
level = (1 × 3 + 2 × 2) / (1 + 2) = 2.333333333
credited = level = 2.333333333 (no related skills)
gap = max(0, 2 − 2.333333333) = 0
readiness term = weight 1 × min(2.333333333, 2) / 2 = 1

Overall
Arithmetic
readiness = (1 + 0.645833333 + 0 + 1.722222222) / (1 + 1 + 3 + 2) = 0.481150794
hours = 5 (modeling) + 22 (python) + 5 (sql) = 32
months = ceil(32 / 8) = 4
tier = ready-soon: 1 essential requirement unmet, and months 4 <= soon_months 4
<<<end
