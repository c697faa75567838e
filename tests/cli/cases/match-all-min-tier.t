# --min-tier ready-soon: only top pairs at ready-soon or better (41).
run: -C ../data-examples --as-of 2026-11-22 match --all --min-tier ready-soon
exit: 0
<<<stdout
Employee  List         Id            Kind        Readiness  Growth  Tier        Months
E1008     jobs         OPP-2026-001  job             72.3%    0.0%  ready-soon       9
E1008     development  OPP-2026-017  mentorship      93.8%   88.9%  ready-now        5
E1009     jobs         OPP-2026-001  job             78.8%   13.0%  ready-soon       8
E1009     development  OPP-2026-008  project         73.3%   13.0%  ready-soon       2
E1010     jobs         OPP-2026-002  job             93.1%  100.0%  ready-soon       8
E1010     development  OPP-2026-019  shadowing       95.4%  100.0%  ready-now        7
E1011     jobs         OPP-2026-001  job             77.8%    0.0%  ready-soon      11
E1011     development  OPP-2026-010  mentorship      91.7%   75.0%  ready-now        5
E1018     jobs         OPP-2026-001  job            100.0%    0.0%  ready-now        0
E1019     jobs         OPP-2026-001  job             92.9%  100.0%  ready-soon       5
E1022     development  OPP-2026-008  project         56.7%   36.6%  ready-soon       7
E1023     development  OPP-2026-008  project         71.1%   30.8%  ready-soon       6
E1028     jobs         OPP-2026-002  job             82.2%    0.0%  ready-soon      11
E1030     development  OPP-2026-012  gig             33.3%    9.7%  ready-soon       6
E1032     jobs         OPP-2026-002  job             82.4%  100.0%  ready-soon      11
E1032     development  OPP-2026-019  shadowing       86.7%  100.0%  ready-soon       6
E1034     development  OPP-2026-007  rotation        90.6%  100.0%  ready-soon       3
E1040     development  OPP-2026-012  gig             33.3%    9.0%  ready-soon       6
E1045     development  OPP-2026-012  gig             83.3%   14.3%  ready-soon       1
E1049     development  OPP-2026-008  project         53.0%    5.3%  ready-soon       6
E1051     development  OPP-2026-008  project         57.8%   35.1%  ready-soon       5
E1052     development  OPP-2026-008  project         56.7%   10.6%  ready-soon       5
E1053     development  OPP-2026-017  mentorship      81.3%  100.0%  ready-soon      10
E1056     development  OPP-2026-012  gig             79.2%   11.3%  ready-soon       7
E1057     jobs         OPP-2026-004  job             90.7%  100.0%  ready-soon       6
E1059     development  OPP-2026-012  gig             33.3%   28.2%  ready-soon       6
E1060     development  OPP-2026-017  mentorship      81.3%  100.0%  ready-soon      10
E1062     jobs         OPP-2026-004  job            100.0%    0.0%  ready-now        0
E1063     jobs         OPP-2026-004  job             91.7%    0.0%  ready-now       10
E1064     development  OPP-2026-012  gig             81.3%    3.6%  ready-soon       2
E1066     jobs         OPP-2026-004  job             92.4%  100.0%  ready-now        6
E1067     jobs         OPP-2026-004  job             81.9%  100.0%  ready-soon      12
E1067     development  OPP-2026-008  project         56.7%   13.0%  ready-soon       8
E1068     jobs         OPP-2026-004  job             91.7%    9.5%  ready-now       10
E1068     development  OPP-2026-012  gig             50.0%   14.3%  ready-soon       4
E1072     development  OPP-2026-008  project         41.7%   13.8%  ready-soon       9
E1074     development  OPP-2026-017  mentorship      81.3%   61.5%  ready-soon      10
E1075     development  OPP-2026-012  gig             57.5%    7.0%  ready-soon      10
E1077     development  OPP-2026-008  project         50.0%   12.6%  ready-soon       6
E1079     jobs         OPP-2026-004  job            100.0%    0.0%  ready-now        0
E1089     development  OPP-2026-012  gig             37.5%   27.3%  ready-soon       6
<<<end
