# Levels outside the 1..5 scale everywhere a level is written: requirements,
# rubrics, milestones, assessments, the learning catalog; and a job level 0.
run: -C repos/levels-range check
exit: 1
<<<stderr
repos/levels-range/assessments.csv:3: error: level '6' is out of range (0 to 5)
repos/levels-range/assessments.csv:4: error: level '-1' is out of range (0 to 5)
repos/levels-range/assessments.csv:6: error: level: expected an integer, found '2.5'
repos/levels-range/learning.csv:2: error: from '5' is out of range (0 to 4)
repos/levels-range/learning.csv:2: error: to '6' is out of range (1 to 5)
repos/levels-range/plans/E1.yaml:4:12: error: level: '9' is out of range (1 to 5)
repos/levels-range/roles/analyst-2.yaml:4:8: error: level: '0' is out of range (1 to 1000)
repos/levels-range/roles/analyst-2.yaml:6:8: error: required level: '6' is out of range (0 to 5)
repos/levels-range/roles/analyst-2.yaml:7:19: error: level: '-1' is out of range (0 to 5)
repos/levels-range/skills.yaml:10:35: error: level: '7' is out of range (1 to 5)
<<<end
