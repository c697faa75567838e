# --all --since: only E03 has evidence after 2026-02-01 (a 2 -> 3 and c 0 -> 1
# on 03-01). E03 (r1; target tgt through r1's next; G at the as-of date: c gap
# 1) -- top 3 jobs at 06-30: OPP-2 {a 2} 1 ready-now (was 1 ready-now: a 2),
# OPP-1 tgt 0.875 ready-soon 1 month (was (2*2/3 + 1 + 0)/4 with essential a
# unmet and 1 + 2 = 3 months: develop), OPP-7 {a 1, c 2} 0.75 ready-soon (was
# 0.5, 2 months: ready-soon). Development (growth: c practised up to its gap 1
# = 100%): DEV-1 tgt 87.5% ready-soon (was develop), DEV-3 {b 3, c 2} 75%
# ready-soon (was 50%, 2 months: ready-soon), DEV-4 {c 3} 33.3% 2 months
# ready-soon (was 0, 3 months: develop). Everyone else's evidence is older
# than --since: no tier moved.
run: -C repos/match-hand --as-of 2026-06-30 match --all --since 2026-02-01
exit: 0
<<<stdout
Employee  List         Id     Kind       Readiness  Growth  Tier        Months  Was
E03       jobs         OPP-1  job            87.5%  100.0%  ready-soon       1  develop
E03       development  DEV-1  rotation       87.5%  100.0%  ready-soon       1  develop
E03       development  DEV-4  shadowing      33.3%  100.0%  ready-soon       2  develop
<<<end
