# --tracks: the best route (least hours within 3 steps) ending at level 4
# in each track across the architecture; no specialist role at level 4 is
# within 3 steps of data-analyst-2.
run: -C ../data-examples --as-of 2026-11-22 ladder --for E1019 --to analytics-manager-4 --tracks
exit: 0
<<<stdout
The best route ending in each track, at the level of the target
Track       Ends in              Steps  Hours  Months  Route
ic          data-scientist-4         2    456      57  data-analyst-2 →promotion→ data-scientist-3 →promotion→ data-scientist-4
management  analytics-manager-4      2    440      55  data-analyst-2 →promotion→ data-analyst-3 →promotion→ analytics-manager-4
specialist  -                        -      -       -  -
<<<end
