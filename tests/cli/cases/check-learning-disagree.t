# Rows of one learning item must agree on title, kind and hours and name
# each skill once, also when they are not adjacent (split, lines 12 and 15);
# to > from; hours > 0.
run: -C repos/learning-disagree check
exit: 1
<<<stderr
repos/learning-disagree/learning.csv:4: error: item 'bootcamp' disagrees on title with its row at line 2
repos/learning-disagree/learning.csv:5: error: item 'bootcamp' disagrees on kind with its row at line 2
repos/learning-disagree/learning.csv:6: error: item 'bootcamp' disagrees on hours with its row at line 2
repos/learning-disagree/learning.csv:7: error: item 'bootcamp' lists skill 'sql' twice (first at line 2)
repos/learning-disagree/learning.csv:8: error: 'to' (2) must be greater than 'from' (2)
repos/learning-disagree/learning.csv:9: error: hours must be greater than 0 (and at most 1000000000), found '0'
repos/learning-disagree/learning.csv:10: error: hours must be greater than 0 (and at most 1000000000), found '-3'
repos/learning-disagree/learning.csv:11: error: hours: expected a number, found 'ten'
repos/learning-disagree/learning.csv:15: error: item 'split' lists skill 'sql' twice (first at line 12)
<<<end
