# The tree from al-1: the 2-cycle al-2x <-> al-2y and the 3-cycle
# al-3p -> al-3q -> al-3r -> al-3p of lateral moves are each shown once,
# the move closing them marked and not followed. Deltas by hand: al-2x ->
# al-2y drops b and adds c 1; al-2x -> al-3p raises a 2->3 and b 1->2.
run: -C repos/ladder-cycles ladder --from al-1 --depth 6
exit: 0
<<<stdout
Move                  Type       Level                       Skill delta
al-1                  -              1                       -
└─ al-2x              promotion      2                       a 1→2; new b 1
   ├─ al-2y           lateral        2                       dropped b; new c 1
   │  └─ al-2x        lateral        2  cycle: not followed  new b 1; dropped c
   └─ al-3p           promotion      3                       a 2→3; b 1→2
      └─ al-3q        lateral        3                       dropped b; new c 2
         ├─ al-3r     lateral        3                       dropped c; new d 2
         │  └─ al-3p  lateral        3  cycle: not followed  new b 2; dropped d
         └─ al-4      promotion      4                       new d 3; weight d 1→2; essential d
<<<end
