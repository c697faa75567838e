# --fail-on stale: E3 and E4 have stale evidence -> exit 1 after the report.
run: -C repos/review-hand --as-of 2026-11-22 review --team E2 --fail-on stale
exit: 1
<<<stdout
From:   2026-06-30
To:     2026-09-30
As of:  2026-11-22
People: 2

People
Employee  Name  Target  Readiness at from  Readiness at to  Change  Tier        Overdue  Stale  Unverified
E3        Cid   eng-2               66.7%            83.3%   16.7%  ready-soon        2      1           0
E4        Dee   eng-2              100.0%           100.0%    0.0%  ready-now         0      1           0
<<<end
