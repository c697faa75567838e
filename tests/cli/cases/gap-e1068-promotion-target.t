# E1068 has a plan without a target and no aspirations: the target is the
# first promotion in the next list of account-executive-3, sales-manager-4
# (SPEC 2.6). Checked by hand: leadership 0->3: first-time-manager (0->2,
# 24 h) then leadership-essentials (2->3, 30 h) = 54; coaching 0->4: no item
# starts at 0, 160 h; hiring 0->3: first-time-manager + structured-
# interviewing (1->3, 6 h) = 30; pricing 1->3: pricing-playbook (10) + 40 = 50;
# total 450 h, months ceil(450/8) = 57, develop.
run: -C ../data-examples --as-of 2026-11-22 gap E1068
exit: 0
<<<stdout
Employee:         E1068
Name:             Pieter Janssens
Current role:     account-executive-3
Target:           sales-manager-4
Measured against: sales-manager-4
As of:            2026-11-22
Readiness:        23.1%
Tier:             develop
Hours:            450
Months:           57

Skills
Skill                    Req  Level  Credited  Via  Gap  Weight  Essential  Evidence                                   Hours  Learning
leadership        ░░░··    3      0         0  -      3       2  yes        -                                             54  first-time-manager, leadership-essentials
coaching          ░░░░·    4      0         0  -      4       1  yes        -                                            160  -
crm               ░░░··    3      0         0  -      3       1  no         -                                            120  -
hiring            ░░░··    3      0         0  -      3       1  no         -                                             30  first-time-manager, structured-interviewing
financial-acumen  ░░···    2      0         0  -      2       1  no         -                                             12  finance-for-non-finance
pricing           █░░··    3      1         1  -      2       1  no         self, manager · 2025-06-23                    50  pricing-playbook
negotiation       ███░·    4      3         3  -      1       1  no         self, manager, demonstration · 2025-10-14     24  advanced-negotiation
solution-selling  ████·    4      4         4  -      0       1  no         self, peer, manager · 2025-09-23               0  -
<<<end
