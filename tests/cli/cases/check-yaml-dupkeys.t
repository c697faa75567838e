# A key given twice in one mapping is an error, in every file (rungs.yaml too);
# a skill required by id and by alias in one mapping is an error. The
# duplicate key 'sql' (line 9) is one problem, reported once.
run: -C repos/yaml-dupkeys check
exit: 1
<<<stderr
repos/yaml-dupkeys/roles/analyst-2.yaml:4:1: error: duplicate key 'title' (first at line 2)
repos/yaml-dupkeys/roles/analyst-2.yaml:9:3: error: duplicate key 'sql' (first at line 7)
repos/yaml-dupkeys/roles/analyst-2.yaml:10:3: error: skill 'sql' is required twice (as 'sql' and 'structured-query-language')
repos/yaml-dupkeys/roles/analyst-2.yaml:11:40: error: duplicate key 'level' (first at line 11)
repos/yaml-dupkeys/rungs.yaml:3:1: error: duplicate key 'max_errors' (first at line 1)
repos/yaml-dupkeys/skills.yaml:6:5: error: duplicate key 'name' (first at line 4)
<<<end
