# skills.yaml: an alias naming another skill (reported at the later one in the
# file), an alias repeating its own id (warning), related similarities out of
# (0,1], a skill related to itself, a related skill named twice (id and alias).
run: -C repos/skills-related check
exit: 1
<<<stderr
repos/skills-related/skills.yaml:5:42: warning: alias 'sql' repeats the skill's own id
repos/skills-related/skills.yaml:6:35: error: skill 'sql' lists itself as related
repos/skills-related/skills.yaml:6:53: error: similarity: '1.5' is out of range (greater than 0, at most 1)
repos/skills-related/skills.yaml:9:25: error: alias 'structured-query-language' of skill 'data-modeling' already names skill 'sql'
repos/skills-related/skills.yaml:10:34: error: similarity: '0' is out of range (greater than 0, at most 1)
repos/skills-related/skills.yaml:10:55: error: related skill 'statistics' is named twice (by id and by alias)
repos/skills-related/skills.yaml:13:27: error: similarity: expected a number, found 'one'
<<<end
