# --all --since 2026-06-30: only the top pairs whose tier was lower on 2026-06-30 (new
# evidence since). Checked against an independent implementation: the 9 pairs and their
# previous tiers.
run: -C ../data-examples --as-of 2026-11-22 match --all --since 2026-06-30
exit: 0
<<<stdout
Employee  List         Id            Kind        Readiness  Growth  Tier        Months  Was
E1008     development  OPP-2026-017  mentorship      93.8%   88.9%  ready-now        5  ready-soon
E1011     jobs         OPP-2026-001  job             77.8%    0.0%  ready-soon      11  develop
E1018     jobs         OPP-2026-001  job            100.0%    0.0%  ready-now        0  ready-soon
E1019     jobs         OPP-2026-001  job             92.9%  100.0%  ready-soon       5  develop
E1022     development  OPP-2026-008  project         56.7%   36.6%  ready-soon       7  develop
E1030     development  OPP-2026-012  gig             33.3%    9.7%  ready-soon       6  develop
E1063     jobs         OPP-2026-004  job             91.7%    0.0%  ready-now       10  ready-soon
E1066     jobs         OPP-2026-004  job             92.4%  100.0%  ready-now        6  ready-soon
E1072     development  OPP-2026-008  project         41.7%   13.8%  ready-soon       9  develop
<<<end
