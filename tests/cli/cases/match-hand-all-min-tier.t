# --all --limit 1 --min-tier ready-now, by hand: each person's top job and top
# development opportunity, kept when ready-now.
# E01: OPP-10 (1, ready-now; DEV-2 is develop). E02 (tgt, level 2; no target):
# OPP-2, OPP-3, OPP-4 all 1 ready-now (a 3 >= 2, 1, 1): OPP-2 by id (OPP-1 is
# its own role). E03: OPP-2 (1; DEV-1 is ready-soon). E04 (r3; a4 b4 c2):
# OPP-1 tgt 1, ready-now, first by id of the all-1 list (OPP-2 is its own
# role). E05 (r4): OPP-2 1 before OPP-4 1 (OPP-3 is its own role). E06 (r3,
# a4): OPP-3 {a 1} (OPP-1 tgt 0.5 develop, OPP-2 its own role). E07 (no
# evidence): top job OPP-10 at 0, ready-soon: left out.
run: -C repos/match-hand --as-of 2026-06-30 match --all --min-tier ready-now --limit 1
exit: 0
<<<stdout
Employee  List  Id      Kind  Readiness  Growth  Tier       Months
E01       jobs  OPP-10  job      100.0%    0.0%  ready-now       0
E02       jobs  OPP-2   job      100.0%    0.0%  ready-now       0
E03       jobs  OPP-2   job      100.0%    0.0%  ready-now       0
E04       jobs  OPP-1   job      100.0%    0.0%  ready-now       0
E05       jobs  OPP-2   job      100.0%    0.0%  ready-now       0
E06       jobs  OPP-3   job      100.0%    0.0%  ready-now       0
<<<end
