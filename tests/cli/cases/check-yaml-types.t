# Wrong value types: a word for an integer, a list where a mapping belongs,
# a mapping where a list belongs, a list where text belongs, a scalar where
# a list belongs, a fraction for an integer.
run: -C repos/yaml-types check
exit: 1
<<<stderr
repos/yaml-types/roles/level-word.yaml:4:8: error: level: expected an integer, found 'three'
repos/yaml-types/roles/level-word.yaml:6:8: error: required level: expected an integer, found 'three'
repos/yaml-types/roles/level-word.yaml:7:30: error: weight: expected a number, found 'heavy'
repos/yaml-types/roles/level-word.yaml:8:7: error: next: expected a sequence, found a mapping
repos/yaml-types/roles/skills-list.yaml:2:8: error: title: expected text, found a sequence
repos/yaml-types/roles/skills-list.yaml:4:8: error: level: expected an integer, found '2.5'
repos/yaml-types/roles/skills-list.yaml:5:9: error: skills: expected a mapping, found a sequence
repos/yaml-types/roles/skills-list.yaml:6:7: error: next: expected a sequence, found 'analyst-1'
repos/yaml-types/skills.yaml:10:14: error: aliases: expected a sequence, found a mapping
repos/yaml-types/skills.yaml:11:14: error: related: expected a mapping, found a sequence
repos/yaml-types/skills.yaml:13:11: error: name: expected text, found a sequence
repos/yaml-types/skills.yaml:15:13: error: levels: expected a mapping, found a sequence
<<<end
