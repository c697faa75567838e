# A broken proficiency scale: a gap, 0 and 12 as keys, a list as text.
run: -C repos/scale-bad check
exit: 1
<<<stderr
repos/scale-bad/skills.yaml:2:3: error: scale: level 2 is missing (levels run from 1 to 4)
repos/scale-bad/skills.yaml:4:3: error: scale level: '0' is out of range (1 to 10)
repos/scale-bad/skills.yaml:5:3: error: scale level: '12' is out of range (1 to 10)
repos/scale-bad/skills.yaml:6:6: error: scale description: expected text, found a sequence
<<<end
