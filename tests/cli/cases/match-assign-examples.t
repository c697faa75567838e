# --assign on data-examples: open jobs OPP-2026-001, -002, -003, -004 (capacity 2), -005,
# -018; candidates at ready-soon or better. Brute force over every valid assignment gives
# the same optimum, 3.930555556 (E1018 1, E1010 0.930555556, E1062 1, E1079 1); -003,
# -005 and -018 have nobody at ready-soon or better.
run: -C ../data-examples --as-of 2026-11-22 match --assign
exit: 0
<<<stdout
As of:           2026-11-22
Openings:        6
Assigned:        4
Total readiness: 3.93

Proposed assignment
Opening       Title                                  Employee  Name             Readiness  Tier
OPP-2026-001  Senior Data Analyst (Freight Pricing)  E1018     Ayşe Yılmaz         100.0%  ready-now
OPP-2026-002  Site Reliability Engineer (Platform)   E1010     Daan de Vries        93.1%  ready-soon
OPP-2026-004  Account Executive (DACH)               E1062     Marcus Thompson     100.0%  ready-now
OPP-2026-004  Account Executive (DACH)               E1079     Joost van Dijk      100.0%  ready-now
<<<end
