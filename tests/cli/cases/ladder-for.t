# Scenario planning for E1019 (data-analyst-2) toward analytics-manager-4
# as of 2026-11-22: routes within 3 steps ranked by the hours he would need,
# the skills each step asks counted as held for the steps after it.
# Route 1 by hand: step 1, data-analyst-3 = gap E1019 --role data-analyst-3:
# sql 3.11->4 by sql-advanced 24 h + stakeholder-management 2->3 by
# stakeholder-mastery 12 h = 36 h; step 2, analytics-manager-4 with
# stakeholder-management now 3: coaching 120 + communication 40 + hiring 30
# + leadership 54 + prioritization 120 + stakeholder-management 3->4 40 (no
# catalog item from 3) = 404 h (against the 416 h of gap E1019 --role
# analytics-manager-4, where stakeholder-management starts at 2: 52 h).
# 440 h, ceil(440 / 8) = 55 months.
run: -C ../data-examples --as-of 2026-11-22 ladder --for E1019 --to analytics-manager-4
exit: 0
<<<stdout
Employee: E1019
From:     data-analyst-2
To:       analytics-manager-4
As of:    2026-11-22

Routes by the effort they would take
#  Steps  Hours  Months  Route
1      2    440      55  data-analyst-2 →promotion→ data-analyst-3 →promotion→ analytics-manager-4
2      3    564      71  data-analyst-2 →promotion→ data-scientist-3 →lateral→ data-analyst-3 →promotion→ analytics-manager-4
3      3    740      93  data-analyst-2 →promotion→ data-scientist-3 →promotion→ data-scientist-4 →lateral→ analytics-manager-4
4      3    796     100  data-analyst-2 →lateral→ data-engineer-2 →promotion→ data-engineer-3 →promotion→ analytics-manager-4
5      3    824     103  data-analyst-2 →promotion→ data-analyst-3 →lateral→ data-engineer-3 →promotion→ analytics-manager-4
6      3    948     119  data-analyst-2 →promotion→ data-scientist-3 →lateral→ data-engineer-3 →promotion→ analytics-manager-4

Route 1, step by step
Step  Role                 Move       Readiness  Hours  Months  Milestones
   1  data-analyst-3       promotion      92.9%     36       5  sql 3.11→4 (sql-advanced, 24 h), stakeholder-management 2→3 (stakeholder-mastery, 12 h)
   2  analytics-manager-4  promotion      47.7%    404      51  coaching 0→3 (120 h), communication 3→4 (40 h), hiring 0→3 (first-time-manager, structured-interviewing, 30 h), leadership 0→3 (first-time-manager, leadership-essentials, 54 h), prioritization 0→3 (120 h), stakeholder-management 3→4 (40 h)

Route 2, step by step
Step  Role                 Move       Readiness  Hours  Months  Milestones
   1  data-scientist-3     promotion      84.1%    124      16  experimentation 2→3 (experimentation-lab, 12 h), machine-learning 1.2→3 (72 h), statistics 3→4 (40 h)
   2  data-analyst-3       lateral        92.9%     36       5  sql 3.11→4 (sql-advanced, 24 h), stakeholder-management 2→3 (stakeholder-mastery, 12 h)
   3  analytics-manager-4  promotion      47.7%    404      51  coaching 0→3 (120 h), communication 3→4 (40 h), hiring 0→3 (first-time-manager, structured-interviewing, 30 h), leadership 0→3 (first-time-manager, leadership-essentials, 54 h), prioritization 0→3 (120 h), stakeholder-management 3→4 (40 h)

Route 3, step by step
Step  Role                 Move       Readiness  Hours  Months  Milestones
   1  data-scientist-3     promotion      84.1%    124      16  experimentation 2→3 (experimentation-lab, 12 h), machine-learning 1.2→3 (72 h), statistics 3→4 (40 h)
   2  data-scientist-4     promotion      72.4%    332      42  coaching 0→3 (120 h), experimentation 3→4 (40 h), machine-learning 3→4 (40 h), python 3→4 (40 h), stakeholder-management 2→3 (stakeholder-mastery, 12 h), system-design 0→2 (80 h)
   3  analytics-manager-4  lateral        65.9%    284      36  communication 3→4 (40 h), hiring 0→3 (first-time-manager, structured-interviewing, 30 h), leadership 1.5→3 (first-time-manager, leadership-essentials, 54 h), prioritization 0→3 (120 h), stakeholder-management 3→4 (40 h)

Route 4, step by step
Step  Role                 Move       Readiness  Hours  Months  Milestones
   1  data-engineer-2      lateral        52.5%    160      20  ci-cd 0→1 (40 h), cloud-infrastructure 0→2 (cloud-practitioner, 20 h), collaboration 0→2 (80 h), etl 1.2→2 (modern-data-modeling, 20 h)
   2  data-engineer-3      promotion      63.1%    220      28  ci-cd 1→2 (ci-cd-pipelines, 12 h), cloud-infrastructure 2→3 (40 h), etl 2→3 (40 h), observability 0→2 (80 h), sql 3.11→4 (sql-advanced, 24 h), testing 0→2 (python-intermediate, 24 h)
   3  analytics-manager-4  promotion      43.2%    416      52  coaching 0→3 (120 h), communication 3→4 (40 h), hiring 0→3 (first-time-manager, structured-interviewing, 30 h), leadership 0→3 (first-time-manager, leadership-essentials, 54 h), prioritization 0→3 (120 h), stakeholder-management 2→4 (stakeholder-mastery, 52 h)

Route 5, step by step
Step  Role                 Move       Readiness  Hours  Months  Milestones
   1  data-analyst-3       promotion      92.9%     36       5  sql 3.11→4 (sql-advanced, 24 h), stakeholder-management 2→3 (stakeholder-mastery, 12 h)
   2  data-engineer-3      lateral        38.2%    384      48  ci-cd 0→2 (80 h), cloud-infrastructure 0→3 (cloud-practitioner, 60 h), collaboration 0→2 (80 h), etl 1.2→3 (modern-data-modeling, 60 h), observability 0→2 (80 h), testing 0→2 (python-intermediate, 24 h)
   3  analytics-manager-4  promotion      47.7%    404      51  coaching 0→3 (120 h), communication 3→4 (40 h), hiring 0→3 (first-time-manager, structured-interviewing, 30 h), leadership 0→3 (first-time-manager, leadership-essentials, 54 h), prioritization 0→3 (120 h), stakeholder-management 3→4 (40 h)

Route 6, step by step
Step  Role                 Move       Readiness  Hours  Months  Milestones
   1  data-scientist-3     promotion      84.1%    124      16  experimentation 2→3 (experimentation-lab, 12 h), machine-learning 1.2→3 (72 h), statistics 3→4 (40 h)
   2  data-engineer-3      lateral        36.2%    408      51  ci-cd 0→2 (80 h), cloud-infrastructure 0→3 (cloud-practitioner, 60 h), collaboration 0→2 (80 h), etl 1.2→3 (modern-data-modeling, 60 h), observability 0→2 (80 h), sql 3.11→4 (sql-advanced, 24 h), testing 0→2 (python-intermediate, 24 h)
   3  analytics-manager-4  promotion      43.2%    416      52  coaching 0→3 (120 h), communication 3→4 (40 h), hiring 0→3 (first-time-manager, structured-interviewing, 30 h), leadership 0→3 (first-time-manager, leadership-essentials, 54 h), prioritization 0→3 (120 h), stakeholder-management 2→4 (stakeholder-mastery, 52 h)
<<<end
