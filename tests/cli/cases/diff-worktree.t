# The default: HEAD against the working tree (v2 not committed, its new
# files untracked, its removed ones deleted). Nothing is written to the repo:
# git status is the same before and after.
sh: . "$TESTS/cli/gitfx.sh"; gitfx_init r && gitfx_records r diff-hand && gitfx_defs r diff-hand v1 && gitfx_commit r v1 && gitfx_defs r diff-hand v2 && cd r && git status --porcelain > ../before && "$RUNGS" --as-of 2026-06-30 diff && git status --porcelain | diff ../before -
exit: 0
<<<stdout
From:         HEAD (e23a3cc)
To:           working tree
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
<<<end
