# Mentors for E01 (numbers by hand in match-hand-mentors-json.t): E04 100.0%
# (a, b), E02 and E03 33.3% (b) by id; E05 (manager) and E06 (max_mentees 1
# reached) left out.
run: -C repos/match-hand --as-of 2026-06-30 match E01 --mentors
exit: 0
<<<stdout
Employee: E01
Name:     Ann
Target:   tgt
As of:    2026-06-30

Mentors, by the share of the gap to target they cover
Employee  Name  Covers  Skills  Mentees  Role
E04       Dee   100.0%  a, b          0  r3
E02       Bob    33.3%  b             0  tgt
E03       Cid    33.3%  b             0  r1
<<<end
