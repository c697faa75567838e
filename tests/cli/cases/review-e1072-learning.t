# E1072 completed Crucial Conversations (workshop, 16 hours) on 2026-08-07: one
# item, two course rows (communication and conflict-resolution, as the catalog
# lists it once per skill). Learning completed shows the catalog's title, kind
# and hours for each row, but the item took 16 hours, not 32: learning hours 16
# (rungs adds the item's hours once per row and prints 32).
# Skill changes: E1072 joined 2026-07-06, so every skill moves up from 0; the
# manager row of 2026-11-12 is after the window and is not listed.
run: -C ../data-examples --as-of 2026-11-22 review E1072
exit: 0
<<<stdout
Development review
Employee:          E1072
Name:              Tobias Meier
Role:              sales-development-rep-1
Target:            account-executive-2
From:              2026-06-30
To:                2026-09-30
Readiness at from: 0.0%
Readiness at to:   38.6%
Change:            38.6%
Tier at from:      develop
Tier at to:        develop
Learning hours:    16
Suggested mentor:  E1060 (Olumide Bakare)

Skill changes in the window
Skill                From   To  Change  Evidence in the window
collaboration           0    1       1  self E1072 1 (2026-07-19); peer E1071 1 (2026-09-21)
communication           0    3       3  self E1072 3 (2026-07-19); course crucial-conversations 3 (2026-08-07)
conflict-resolution     0    3       3  course crucial-conversations 3 (2026-08-07)
crm                     0    2       2  self E1072 2 (2026-07-19); test crm-admin-quiz 2 (2026-08-28)
customer-empathy        0  1.5     1.5  self E1072 1 (2026-07-19); peer E1070 2 (2026-09-21)
data-visualization      0    2       2  self E1072 2 (2026-08-14)
excel                   0    3       3  self E1072 3 (2026-09-16)
freight-operations      0  0.5     0.5  self E1072 0 (2026-07-19); peer E1069 1 (2026-09-21)

Plan milestones
Milestone  Due  Done  Status
(none)

Learning completed in the window
Date        Item                   Title                  Kind      Hours  Skill                Level
2026-08-07  crucial-conversations  Crucial Conversations  workshop     16  communication            3
2026-08-07  crucial-conversations  Crucial Conversations  workshop     16  conflict-resolution      3

Stale evidence on required skills
Skill  Newest evidence  Age (days)
(none)

Unverified (self-only) evidence on required skills
Skill             Newest evidence  Level
solution-selling  2026-07-19           0

Next: the gaps that matter most
Skill              Req  Credited  Gap  Hours  Learning
solution-selling     3         0    3    120  -
negotiation          2         0    2     12  negotiation-fundamentals
product-knowledge    2         0    2     80  -

Next: development opportunities
Id            Kind       Title                                             Growth
OPP-2026-011  gig        Pricing model refresh for the 2027 tender season   20.7%
OPP-2026-008  project    Carbon-emissions dashboard for shippers            13.8%
OPP-2026-019  shadowing  Shadow on-call with the SRE team                    6.9%
<<<end
