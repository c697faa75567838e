# --team --direct: E100's direct reports E101 (ready-soon) and E102
# (ready-now); nobody is at or below develop: exit 0.
run: -C repos/gap-hand --as-of 2026-06-30 gap --team E100 --direct --fail-on develop
exit: 0
<<<stdout
Group:            team of E100 (direct reports)
Measured against: each person's target
As of:            2026-06-30
People:           2
Measured:         2

People
Employee  Name       Role       Target     Measured against  Readiness  Tier        Months  Largest gaps
E101      Ana Silva  analyst-1  analyst-2  analyst-2             48.1%  ready-soon       4  python, sql
E102      Ben Ode    analyst-1  analyst-2  analyst-2             90.0%  ready-now        2  python
<<<end
