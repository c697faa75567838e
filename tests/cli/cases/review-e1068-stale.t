# E1068 (back from a sabbatical): no plan target, no aspiration, so the target is
# account-executive-3's first promotion, sales-manager-4. Every skill his
# current role or target requires and that has rows is stale as of 2026-11-22:
# the newest rows are of 2025 and older than 365 days, e.g. account-management
# 2025-06-20 -> 365 + 153 + 2 = 520 days; negotiation 2025-10-14 -> 404 days.
# Skills with no rows (leadership, coaching, crm...) are gaps, not stale.
# Both milestones (due 2026-11-30 and 2026-12-18, within 30 days) are due-soon.
run: -C ../data-examples --as-of 2026-11-22 review E1068
exit: 0
<<<stdout
Development review
Employee:          E1068
Name:              Pieter Janssens
Role:              account-executive-3
Target:            sales-manager-4
From:              2026-06-30
To:                2026-09-30
Readiness at from: 23.1%
Readiness at to:   23.1%
Change:            0.0%
Tier at from:      develop
Tier at to:        develop
Learning hours:    0
Suggested mentor:  E1003 (Zoë Müller)

Skill changes in the window
Skill  From  To  Change  Evidence in the window
(none)

Plan milestones
Milestone                                         Due         Done  Status
Re-baseline skills with manager after sabbatical  2026-11-30  -     due-soon
Renew the Harbourline Platform Certification      2026-12-18  -     due-soon

Learning completed in the window
Date  Item  Title  Kind  Hours  Skill  Level
(none)

Stale evidence on required skills
Skill                   Newest evidence  Age (days)
account-management      2025-06-20              520
collaboration           2025-09-16              432
communication           2025-09-10              438
customer-empathy        2025-06-23              517
freight-operations      2025-06-20              520
negotiation             2025-10-14              404
presentation            2025-06-20              520
pricing                 2025-06-23              517
product-knowledge       2025-06-26              514
solution-selling        2025-09-23              425
stakeholder-management  2025-06-24              516

Unverified (self-only) evidence on required skills
Skill  Newest evidence  Level
(none)

Next: the gaps that matter most
Skill       Req  Credited  Gap  Hours  Learning
leadership    3         0    3     54  first-time-manager, leadership-essentials
coaching      4         0    4    160  -
crm           3         0    3    120  -

Next: development opportunities
Id            Kind        Title                                         Growth
OPP-2026-017  mentorship  Leadership mentoring with a department head    47.6%
OPP-2026-012  gig         Interview panel for the 2027 graduate intake   14.3%
OPP-2026-015  rotation    HR Business Partner rotation (six months)      14.3%
<<<end
