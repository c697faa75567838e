# Two commits of tests/repos/diff-hand (see its README): every kind of role
# change, and the people it moves, worked out by hand. E2 drops a tier for r2
# (a raised 2 -> 3, essential) and for r3 (inherited from r2, b's weight 1 -> 2);
# added and removed roles move everyone looked at from or to '-'. E5 aspires to
# 'fresh', which the old version lacks: no warning about today's people.csv
# against old definitions.
sh: . "$TESTS/cli/gitfx.sh"; gitfx_two r diff-hand && cd r && "$RUNGS" --as-of 2026-06-30 diff HEAD~1 HEAD --people
exit: 0
<<<stdout
From:         HEAD~1 (e23a3cc)
To:           HEAD (21fa967)
As of:        2026-06-30
Changes:      12
People moved: 5
Tier drops:   2

Definition changes
Kind         Id        Change              Subject  From       To          Inherited from
skill        e         added               -        -          Skill E     -
role         fresh     added               -        -          Fresh role  -
role         gone      removed             -        Gone role  -           -
role         new-name  renamed             -        old-name   new-name    -
role         new-name  title-changed       -        Old name   New name    -
role         r1        next-added          fresh    -          -           -
role         r2        requirement-raised  a        2          3           -
role         r3        requirement-raised  a        2          3           r2
role         r3        weight-changed      b        1          2           -
opportunity  OPP-1     requirement-raised  a        2          3           r2
opportunity  OPP-2     closes-changed      -        -          2026-12-31  -
opportunity  OPP-2     requirement-raised  c        2          3           -

Impact on people
Role   Tier before → after     People
fresh  - → ready-now                1
fresh  - → ready-soon               4
gone   ready-now → -                4
gone   ready-soon → -               1
r2     ready-now → ready-soon       1
r2     develop → develop            1
r3     ready-now → ready-now        1
r3     ready-now → ready-soon       1
r3     develop → develop            1

People
Role   Employee  Name  Relation             Before   After  Tier before → after
fresh  E4        Dee   candidate                 -  100.0%  - → ready-now
fresh  E1        Ann   candidate                 -   50.0%  - → ready-soon
fresh  E2        Bob   candidate                 -   50.0%  - → ready-soon
fresh  E3        Cid   candidate                 -   50.0%  - → ready-soon
fresh  E5        Eve   aspirant, candidate       -    0.0%  - → ready-soon
gone   E1        Ann   candidate            100.0%       -  ready-now → -
gone   E2        Bob   candidate            100.0%       -  ready-now → -
gone   E3        Cid   candidate            100.0%       -  ready-now → -
gone   E4        Dee   candidate            100.0%       -  ready-now → -
gone   E5        Eve   candidate              0.0%       -  ready-soon → -
r2     E2        Bob   incumbent            100.0%   83.3%  ready-now → ready-soon
r2     E3        Cid   aspirant, candidate   50.0%   41.7%  develop → develop
r3     E1        Ann   candidate             91.7%   93.3%  ready-now → ready-now
r3     E2        Bob   candidate             91.7%   80.0%  ready-now → ready-soon
r3     E3        Cid   candidate             50.0%   53.3%  develop → develop
<<<end
