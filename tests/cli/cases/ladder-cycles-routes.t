# Routes through the cycles are simple: al-2y leads only back to al-2x,
# and al-3r only back to al-3p, so al-1 to al-4 has one route, of 4 steps.
# Increases: al-1 -> al-2x a 1 + b 1; al-2x -> al-3p a 1 + b 1;
# al-3p -> al-3q c 2; al-3q -> al-4 d 2x3: 2 + 2 + 2 + 6 = 12.
run: -C repos/ladder-cycles ladder --from al-1 --to al-4 --depth 10
exit: 0
<<<stdout
From:        al-1
To:          al-4
Skill delta: a 1→3; new c 2; new d 3; weight d 1→2; essential d

Routes
#  Steps  Increase  Route
1      4        12  al-1 →promotion→ al-2x →promotion→ al-3p →lateral→ al-3q →promotion→ al-4
<<<end
