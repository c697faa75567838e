# Skill changes (tests/repos/diff-skills): an alias added lets P1's evidence
# count for a; a related pair removed, one added and one made closer move the
# credit of P3 and P2. Pairs are listed once, under the smaller id. re needs
# nothing that changed: no one is looked at for it.
sh: . "$TESTS/cli/gitfx.sh"; gitfx_two r diff-skills && cd r && "$RUNGS" --as-of 2026-06-30 diff HEAD~1 HEAD --people --fail-on tier-drop
exit: 0
<<<stdout
From:         HEAD~1 (48737f2)
To:           HEAD (8835497)
As of:        2026-06-30
Changes:      4
People moved: 3
Tier drops:   0

Definition changes
Kind   Id  Change           Subject  From  To   Inherited from
skill  a   alias-added      alpha    -     -    -
skill  a   related-removed  d        0.5   -    -
skill  b   related-changed  c        0.5   1    -
skill  c   related-added    d        -     0.5  -

Impact on people
Role  Tier before → after      People
ra    ready-soon → ready-now        1
ra    ready-soon → ready-soon       1
rc    ready-soon → ready-now        1
rc    ready-soon → ready-soon       1

People
Role  Employee  Name  Relation   Before   After  Tier before → after
ra    P1        Pia   incumbent    0.0%  100.0%  ready-soon → ready-now
ra    P3        Rui   candidate   50.0%    0.0%  ready-soon → ready-soon
rc    P2        Quin  incumbent   50.0%  100.0%  ready-soon → ready-now
rc    P3        Rui   candidate    0.0%   50.0%  ready-soon → ready-soon
<<<end
