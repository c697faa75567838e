# Malformed dates (2026-02-30, 2025-02-29, 2026-13-01, 2026/12/01, 2026-2-3,
# 26-01-10, tomorrow, empty) and identifiers (with /, a space, .., a leading
# -, longer than 64) in YAML and CSV; a window that closes before it opens.
run: -C repos/bad-dates-ids check
exit: 1
<<<stderr
repos/bad-dates-ids/assessments.csv:2: error: invalid date '2026-02-30' (expected YYYY-MM-DD, a real calendar date)
repos/bad-dates-ids/assessments.csv:3: error: invalid date '2025-02-29' (expected YYYY-MM-DD, a real calendar date)
repos/bad-dates-ids/assessments.csv:5: error: invalid employee id 'E/1' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/bad-dates-ids/assessments.csv:6: error: invalid date '26-01-10' (expected YYYY-MM-DD, a real calendar date)
repos/bad-dates-ids/assessments.csv:7: error: empty date
repos/bad-dates-ids/opportunities.yaml:1:7: error: opportunity id: invalid identifier 'OPP/1' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/bad-dates-ids/opportunities.yaml:5:10: error: opens: invalid date '2026-02-30' (expected YYYY-MM-DD, a real calendar date)
repos/bad-dates-ids/opportunities.yaml:6:11: error: closes: invalid date '2026-13-01' (expected YYYY-MM-DD, a real calendar date)
repos/bad-dates-ids/opportunities.yaml:10:11: error: opportunity 'OPP-3' closes before it opens
repos/bad-dates-ids/opportunities.yaml:13:10: error: opens: invalid date '2026/12/01' (expected YYYY-MM-DD, a real calendar date)
repos/bad-dates-ids/people.csv:3: error: invalid employee id 'E 7' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/bad-dates-ids/people.csv:4: error: invalid role 'a/b' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/bad-dates-ids/people.csv:5: error: invalid manager '..' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/bad-dates-ids/plans/E1.yaml:4:10: error: due: invalid date '2026-2-3' (expected YYYY-MM-DD, a real calendar date)
repos/bad-dates-ids/plans/E1.yaml:5:11: error: done: invalid date 'tomorrow' (expected YYYY-MM-DD, a real calendar date)
repos/bad-dates-ids/plans/E1.yaml:8:11: error: done: invalid date '2027-02-29' (expected YYYY-MM-DD, a real calendar date)
repos/bad-dates-ids/roles/escape.yaml:1:5: error: role id: invalid identifier '../escape' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/bad-dates-ids/skills.yaml:5:15: error: alias: invalid identifier 'sql/ansi' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/bad-dates-ids/skills.yaml:6:9: error: skill id: invalid identifier '..' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/bad-dates-ids/skills.yaml:8:9: error: skill id: invalid identifier 'data modeling' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/bad-dates-ids/skills.yaml:10:9: error: skill id: invalid identifier '-python' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/bad-dates-ids/skills.yaml:12:9: error: skill id: invalid identifier 'a-very-long-skill-identifier-that-goes-on-and-on-past-sixty-four-chars' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
<<<end
