# security-engineer-4 (critical, level 4: candidates from level 2 up). Ties on readiness
# 58.4% (E1029, E1031, E1032): months ascending (18, 18, 20), then id.
run: -C ../data-examples --as-of 2026-11-22 match --role security-engineer-4
exit: 0
<<<stdout
Succession bench (critical role)
Role:       security-engineer-4
Opening:    -
As of:      2026-11-22
Incumbents: 1
Ready now:  0
Ready soon: 0

Internal candidates
Employee  Name             Current role                 Readiness  Tier     Months
E1030     Lena Schmidt     site-reliability-engineer-3      63.2%  develop      22
E1026     Björn Lindqvist  staff-engineer-5                 61.3%  develop      18
E1038     Olivia Gagnon    software-engineer-2              59.8%  develop      18
E1028     Sven Lindgren    senior-software-engineer-4       58.9%  develop      18
E1029     Dmitri Volkov    site-reliability-engineer-3      58.4%  develop      18
E1031     Arjun Mehta      software-engineer-3              58.4%  develop      18
E1032     Maarten Visser   software-engineer-3              58.4%  develop      20
E1035     Chloé Dubois     senior-software-engineer-4       56.1%  develop      20
E1036     王伟             software-engineer-3              51.5%  develop      23
E1033     Yuki Sato        software-engineer-2              49.0%  develop      23
<<<end
