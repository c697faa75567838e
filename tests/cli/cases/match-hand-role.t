# A critical role opens with its succession bench (numbers by hand in
# match-hand-role-json.t): 1 incumbent (E02), 1 ready-now (E04), 2 ready-soon
# (E03 87.5% 1 month, E05 75.0% 2 months); then E01 54.2% develop 4, E06
# 50.0% 6, E07 0.0% 9.
run: -C repos/match-hand --as-of 2026-06-30 match --role tgt
exit: 0
<<<stdout
Succession bench (critical role)
Role:       tgt
Opening:    -
As of:      2026-06-30
Incumbents: 1
Ready now:  1
Ready soon: 2

Internal candidates
Employee  Name  Current role  Readiness  Tier        Months
E04       Dee   r3               100.0%  ready-now        0
E03       Cid   r1                87.5%  ready-soon       1
E05       Eve   r4                75.0%  ready-soon       2
E01       Ann   r1                54.2%  develop          4
E06       Fay   r3                50.0%  develop          6
E07       Gus   r1                 0.0%  develop          9
<<<end
