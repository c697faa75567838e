# The example company: data-analyst-3 raised to python 4, as a branch
# would. Two incumbents drop to ready-soon (python is essential, inherited
# from data-analyst-2); OPP-2026-001 inherits the change from its role.
sh: . "$TESTS/cli/gitfx.sh"; gitfx_init r && copy_repo "$TESTS/../data-examples" r && gitfx_commit r examples && sed -i "s/^  python: 3$/  python: 4/" r/roles/data/data-analyst-3.yaml && "$RUNGS" -C r --as-of 2026-11-22 diff --people --fail-on tier-drop
exit: 1
<<<stdout
From:         HEAD (c036d1b)
To:           working tree
As of:        2026-11-22
Changes:      2
People moved: 8
Tier drops:   3

Definition changes
Kind         Id              Change              Subject  From  To  Inherited from
role         data-analyst-3  requirement-raised  python   3     4   -
opportunity  OPP-2026-001    requirement-raised  python   3     4   data-analyst-3

Impact on people
Role            Tier before → after      People
data-analyst-3  ready-now → ready-soon        2
data-analyst-3  ready-soon → ready-soon       1
data-analyst-3  ready-soon → develop          1
data-analyst-3  develop → develop             4

People
Role            Employee  Name           Relation             Before  After  Tier before → after
data-analyst-3  E1016     Amara Okafor   incumbent             94.5%  90.0%  ready-now → ready-soon
data-analyst-3  E1017     Felix Wagner   incumbent             98.0%  93.4%  ready-now → ready-soon
data-analyst-3  E1019     Jonas Becker   aspirant, candidate   92.9%  88.4%  ready-soon → ready-soon
data-analyst-3  E1008     Łukasz Nowak   candidate             72.3%  71.6%  ready-soon → develop
data-analyst-3  E1012     Hana Nováková  candidate             68.8%  64.2%  develop → develop
data-analyst-3  E1020     Inês Costa     aspirant, candidate   73.2%  70.2%  develop → develop
data-analyst-3  E1021     Noah Bouchard  candidate             63.6%  62.1%  develop → develop
data-analyst-3  E1051     Karim Benali   aspirant, candidate   58.6%  55.6%  develop → develop
<<<end
