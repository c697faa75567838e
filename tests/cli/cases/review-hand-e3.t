# repos/review-hand, hand-computed (default sources: test w3, manager w2,
# course w2 max, self w1; hours_per_level 40, 8 h/month, soon_months 12,
# max_level_jump 2, stale_days 365; min_group_size 2). As of 2026-11-22 the
# window is 2026-06-30 < date <= 2026-09-30. Levels as of 2026-11-22:
#   E1 Ann  lead-3 (eng, Berlin), no target (lead-3's next is chief, another
#           family): lead 4, comms 4, sql 1
#   E2 Bob  eng-2 (eng, Berlin) -> lead-3 (aspiration): python 3, sql 2,
#           lead 2, comms (test 3 w3, course 4 w2) = 17/5 = 3.4
#   E3 Cid  eng-1 (eng, Lisbon) -> eng-2 (plan): python 2, sql 2, comms 2
#   E4 Dee  eng-1 (eng, Berlin) -> eng-2 (promotion): python 3, sql 2, comms 2
#   E5 Eve  ana-2 (data, Berlin) -> lead-3 (plan): sql 3, python 2, comms 2, lead 1
#   E6 Fay  ana-1 (data, Lisbon) -> ana-2 (promotion): sql 2, python 1, comms 2
#   E7 Gus  ana-1 (data, Berlin) -> lead-3 (aspiration): sql 2 (self only), comms 3
#   E8 Hal  ops-1 (ops, Lisbon) -> ops-2 (promotion): comms 3, lead 1
# Readiness for the targets: E2 (2/3 + 1)/2 = 83.3% ready-soon (lead gap 1,
# 40 h); E3 83.3% ready-soon; E4 100% ready-now; E5 (1/3 + 2/3)/2 = 50%
# develop (lead 2 + comms 1 = 120 h = 15 months); E6 (2/3 + 1/2)/2 = 58.3%
# ready-soon (80 h); E7 (0 + 1)/2 = 50% develop (120 h); E8 100% ready-now.
#
# E3's review. At from (2026-06-30): python 1 (test 2025-12-01), sql 2 ->
# eng-2 (python 3, sql 2) = (1/3 + 1)/2 = 66.7%, 80 h = 10 months: ready-soon.
# At to: python 2 (the test of 2026-08-01 supersedes the 1) -> 83.3%, +16.7%.
# Skill changes: art 0 -> 2 (course art-101 dated 2026-09-30, the last day of
# the window, counts); comms: at from manager 3 (2024-08-15, inside 730 days
# of 2026-06-30) and test 2 = (6 + 6)/5 = 2.4, at to the manager row is too old
# (2026-09-30 - 730 = 2024-09-30) -> 2: -0.4, with no row in the window;
# python 1 -> 2. sql did not move.
# Milestones as of 2026-11-22: done 09-15 -> done; done 2026-11-22 (the date
# itself) -> done; python 2, level 2 -> done; python 3 due 11-21 (the day
# before) -> overdue; due 11-22 (the date) -> due-soon; due 12-22 (+30 days)
# -> due-soon; due 12-23 (+31) -> on-track; due 11-01 done 11-23 (after the
# date) -> overdue.
# Learning: art-101 (Art 101, course, 10 h). Stale: comms, newest 2025-01-10,
# 681 days (required by eng-1). Next: python (3, credited 2, 40 h, no item).
# Development: OPP-2 (gig, python 5): min(1, 5 - 2)/1 = 100%. No mentor: nobody
# but E3 has python >= max(mentor_min_level 4, 3).
run: -C repos/review-hand --as-of 2026-11-22 review E3
<<<stdout
Development review
Employee:          E3
Name:              Cid
Role:              eng-1
Target:            eng-2
From:              2026-06-30
To:                2026-09-30
Readiness at from: 66.7%
Readiness at to:   83.3%
Change:            16.7%
Tier at from:      ready-soon
Tier at to:        ready-soon
Learning hours:    10
Suggested mentor:  -

Skill changes in the window
Skill   From  To  Change  Evidence in the window
art        0   2       2  course art-101 2 (2026-09-30)
comms    2.4   2    -0.4  (older evidence left the window)
python     1   2       1  test t 2 (2026-08-01)

Plan milestones
Milestone                 Due         Done        Status
Ship the feature          2026-10-01  2026-09-15  done
Demo to the team          2026-11-01  2026-11-22  done
python to 2               2026-10-31  -           done
python to 3               2026-11-21  -           overdue
Write the design doc      2026-11-22  -           due-soon
Pair with Bob for a week  2026-12-22  -           due-soon
Give a conference talk    2026-12-23  -           on-track
Clean up the backlog      2026-11-01  2026-11-23  overdue

Learning completed in the window
Date        Item     Title    Kind    Hours  Skill  Level
2026-09-30  art-101  Art 101  course     10  art        2

Stale evidence on required skills
Skill  Newest evidence  Age (days)
comms  2025-01-10              681

Unverified (self-only) evidence on required skills
Skill  Newest evidence  Level
(none)

Next: the gaps that matter most
Skill   Req  Credited  Gap  Hours  Learning
python    3         2    1     40  -

Next: development opportunities
Id     Kind  Title                 Growth
OPP-2  gig   Query engine rewrite  100.0%
<<<end
