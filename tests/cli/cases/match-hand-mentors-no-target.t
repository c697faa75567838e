# E02 (tgt; tgt has no next, no plan, no aspiration) has no target: G is empty, so
# nobody covers any of it: no mentors, and a warning says why.
run: -C repos/match-hand --as-of 2026-06-30 match E02 --mentors
exit: 0
<<<stdout
Employee: E02
Name:     Bob
Target:   -
As of:    2026-06-30

Mentors, by the share of the gap to target they cover
Employee  Name  Covers  Skills  Mentees  Role
(none)
<<<stderr
rungs: warning: 'E02' has no target, so no gap a mentor could cover
<<<end
