# Depth 1: the moves written in data-analyst-1's next, as leaves.
run: -C ../data-examples ladder --from data-analyst-1 --depth 1
exit: 0
<<<stdout
Move                  Type              Level    Skill delta
data-analyst-1        -                     1    -
├─ data-analyst-2     promotion             2    communication 2→3; data-visualization 2→3; new python 2; weight python 1→2; essential python; sql 2→3; weight sql 1→2; essential sql; new stakeholder-management 2; statistics 1→2
└─ product-analyst-2  cross-functional      2    communication 2→3; new customer-empathy 2; dropped excel; new experimentation 2; dropped freight-operations; new product-analytics 3; weight product-analytics 1→2; essential product-analytics; sql 2→3; dropped statistics
<<<end
