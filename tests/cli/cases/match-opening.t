# --opening OPP-2026-002: site-reliability-engineer-3 with k8s raised to 4 and python
# dropped (the opening's own requirements); not a critical role: no bench section. Tier
# first: E1028 (82.2%, ready-soon) before E1026 (83.3%, develop).
run: -C ../data-examples --as-of 2026-11-22 match --opening OPP-2026-002
exit: 0
<<<stdout
Role:    site-reliability-engineer-3
Opening: OPP-2026-002
As of:   2026-11-22

Internal candidates
Employee  Name             Current role                Readiness  Tier        Months
E1010     Daan de Vries    data-engineer-3                 93.1%  ready-soon       8
E1032     Maarten Visser   software-engineer-3             82.4%  ready-soon      11
E1028     Sven Lindgren    senior-software-engineer-4      82.2%  ready-soon      11
E1026     Björn Lindqvist  staff-engineer-5                83.3%  develop         13
E1035     Chloé Dubois     senior-software-engineer-4      82.4%  develop         19
E1031     Arjun Mehta      software-engineer-3             78.2%  develop         16
E1036     王伟             software-engineer-3             69.4%  develop         21
E1038     Olivia Gagnon    software-engineer-2             65.7%  develop         17
E1013     Tiago Santos     data-engineer-2                 65.6%  develop         27
E1076     Rui Almeida      solutions-engineer-3            62.0%  develop         22
<<<end
