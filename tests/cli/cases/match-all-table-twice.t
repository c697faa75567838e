# The table of match --all measures every row before it writes the first. Meanwhile the
# pairs are kept in 32 bytes each, unless one does not fit (months past 2^32 here, with a
# billion hours a level): then they are computed a second time to be written (the first
# run; the second, with --since, keeps its pairs). The same bytes either way, on one thread
# or more; the expected output is that of rungs before match --all streamed.
sh: copy_repo "$TESTS/repos/match-hand" r && printf "hours_per_level: 1000000000\nlearning_hours_per_month: 0.001\nsoon_months: 2\nmax_mentees: 1\n" >r/rungs.yaml && for o in "--limit 2" "--since 2026-01-01 --limit 0"; do RUNGS_THREADS=1 "$RUNGS" -C r --as-of 2026-06-30 match --all $o >one && RUNGS_THREADS=2 "$RUNGS" -C r --as-of 2026-06-30 match --all $o >two && cmp one two && cat one; done
exit: 0
<<<stdout
Employee  List         Id      Kind      Readiness  Growth  Tier              Months
E01       jobs         OPP-10  job          100.0%    0.0%  ready-now              0
E01       jobs         OPP-7   job          100.0%    0.0%  ready-now              0
E01       development  DEV-2   project       50.0%   66.7%  develop    3000000000000
E01       development  DEV-7   rotation      33.3%   66.7%  develop    2000000000000
E02       jobs         OPP-2   job          100.0%    0.0%  ready-now              0
E02       jobs         OPP-3   job          100.0%    0.0%  ready-now              0
E03       jobs         OPP-2   job          100.0%    0.0%  ready-now              0
E03       jobs         OPP-1   job           87.5%  100.0%  develop    1000000000000
E03       development  DEV-1   rotation      87.5%  100.0%  develop    1000000000000
E03       development  DEV-3   gig           75.0%  100.0%  develop    1000000000000
E04       jobs         OPP-1   job          100.0%    0.0%  ready-now              0
E04       jobs         OPP-10  job          100.0%    0.0%  ready-now              0
E05       jobs         OPP-2   job          100.0%    0.0%  ready-now              0
E05       jobs         OPP-4   job          100.0%    0.0%  ready-now              0
E06       jobs         OPP-3   job          100.0%    0.0%  ready-now              0
E06       jobs         OPP-4   job          100.0%    0.0%  ready-now              0
E07       jobs         OPP-1   job            0.0%  100.0%  develop    9000000000000
E07       jobs         OPP-10  job            0.0%   16.7%  develop    2000000000000
E07       development  DEV-7   rotation       0.0%   50.0%  develop    3000000000000
E07       development  DEV-3   gig            0.0%   41.7%  develop    5000000000000
Employee  List  Id      Kind  Readiness  Growth  Tier       Months  Was
E01       jobs  OPP-10  job      100.0%    0.0%  ready-now       0  develop
E01       jobs  OPP-7   job      100.0%    0.0%  ready-now       0  develop
E02       jobs  OPP-2   job      100.0%    0.0%  ready-now       0  develop
E02       jobs  OPP-3   job      100.0%    0.0%  ready-now       0  develop
E02       jobs  OPP-4   job      100.0%    0.0%  ready-now       0  develop
E03       jobs  OPP-2   job      100.0%    0.0%  ready-now       0  develop
E04       jobs  OPP-1   job      100.0%    0.0%  ready-now       0  develop
E04       jobs  OPP-10  job      100.0%    0.0%  ready-now       0  develop
E04       jobs  OPP-3   job      100.0%    0.0%  ready-now       0  develop
E04       jobs  OPP-4   job      100.0%    0.0%  ready-now       0  develop
E04       jobs  OPP-7   job      100.0%    0.0%  ready-now       0  develop
E05       jobs  OPP-2   job      100.0%    0.0%  ready-now       0  develop
E05       jobs  OPP-4   job      100.0%    0.0%  ready-now       0  develop
E06       jobs  OPP-3   job      100.0%    0.0%  ready-now       0  develop
E06       jobs  OPP-4   job      100.0%    0.0%  ready-now       0  develop
<<<end
