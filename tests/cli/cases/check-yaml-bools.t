# YAML 1.2 core schema: yes/no/off are not booleans (true/True/TRUE are);
# no, 012 and true are ids where an id is expected.
run: -C repos/yaml-bools check
exit: 1
<<<stderr
repos/yaml-bools/roles/analyst-2.yaml:5:11: error: critical: expected true or false, found 'yes'
repos/yaml-bools/roles/analyst-2.yaml:7:30: error: essential: expected true or false, found 'no'
repos/yaml-bools/roles/analyst-2.yaml:8:29: error: essential: expected true or false, found 'off'
<<<end
