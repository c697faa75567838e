# By hand (see gap-hand-e101/e102/e103.t): E100 has no target (lead-2 has no
# next, no plan, no aspiration) and is listed unmeasured; E101 48.1%
# ready-soon 4 months, gaps python, sql; E102 90.0% ready-now 2, python;
# E103 0.0% develop 11, python, sql.
run: -C repos/gap-hand --as-of 2026-06-30 gap --all
exit: 0
<<<stdout
Group:            everyone (4 people)
Measured against: each person's target
As of:            2026-06-30
People:           4
Measured:         3

People
Employee  Name       Role       Target     Measured against  Readiness  Tier        Months  Largest gaps
E100      Mara Lead  lead-2     -          -                         -  -                -  -
E101      Ana Silva  analyst-1  analyst-2  analyst-2             48.1%  ready-soon       4  python, sql
E102      Ben Ode    analyst-1  analyst-2  analyst-2             90.0%  ready-now        2  python
E103      Cy Park    analyst-1  analyst-2  analyst-2              0.0%  develop         11  python, sql
<<<end
