# Plans: two for one employee (also in a subfolder), an unknown employee, a
# missing employee, self-mentoring, incomplete milestones; a dot-file draft is
# ignored. A milestone with a level but no skill is one problem, reported
# once (at 'level').
run: -C repos/plans-bad check
exit: 1
<<<stderr
repos/plans-bad/plans/E1.yaml:1: error: 'E1' already has a plan in repos/plans-bad/plans/2026/E1-again.yaml
repos/plans-bad/plans/E1.yaml:2:9: error: 'E1' cannot mentor themselves
repos/plans-bad/plans/E1.yaml:4:5: error: skill milestone has no 'level'
repos/plans-bad/plans/E1.yaml:6:12: error: 'level' belongs to a skill milestone, and this one has no 'skill'
repos/plans-bad/plans/E1.yaml:8:5: error: milestone needs a 'skill' (with a 'level') or a 'title'
repos/plans-bad/plans/E1.yaml:8:5: error: milestone has no 'due' date
repos/plans-bad/plans/E2.yaml:1: error: 'E2' already has a plan in repos/plans-bad/plans/E2-copy.yml
repos/plans-bad/plans/E4.yaml:1:11: error: unknown employee 'E4' (did you mean 'E1'?)
repos/plans-bad/plans/nobody.yaml:1:1: error: plan has no 'employee'
repos/plans-bad/plans/nobody.yaml:2:13: error: milestones: expected a sequence, found a mapping
<<<end
