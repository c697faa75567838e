# Numbers that overflow or cannot be read exactly are errors, never
# wrapped or rounded: integers past 64 bits, negative and fractional
# levels, weights and hours too big, too small or too precise, a capacity
# and settings past their limits (rungs.yaml, checked last: with errors
# there nothing else is read). "+2" and "-0" are plain integers.
sh: . "$TESTS/cli/hostile.sh"; base; printf 'id: analyst-2\ntitle: Analyst II\nfamily: data\nlevel: 99999999999999999999999\nskills:\n  sql: 18446744073709551617\n  python: {level: -9223372036854775809, weight: 123456789012345678}\n' > r/roles/analyst-2.yaml; printf 'id: analyst-3\ntitle: Analyst III\nfamily: data\nlevel: 3\nskills:\n  sql: {level: 2.5, weight: 0.0000000000000000001}\n  python: {level: +2, weight: 1.0000000000000001}\n' > r/roles/analyst-3.yaml; printf -- '- id: OPP-2\n  role: analyst-1\n  capacity: 4294967297\n' >> r/opportunities.yaml; printf 'E2,sql,9223372036854775808,2026-01-13,self,,\nE2,sql,-1,2026-01-13,peer,,\nE2,sql,-0,2026-01-13,self,,\nE2,sql,2.0,2026-01-13,manager,,\n' >> r/assessments.csv; printf 'sql-1,SQL,course,sql,0,2,99999999999999999999\nsql-2,SQL 2,course,sql,2,3,0.00000000000000000001\nsql-3,SQL 3,course,sql,1,2,-5\n' >> r/learning.csv; check; attempt gap --all; printf 'evidence_max_age_days: 4294967296\nmin_group_size: -1\nready_now_threshold: 1.00000000000000001\nmax_errors: 18446744073709551616\n' > r/rungs.yaml; check
exit: 0
<<<stdout
check: exit 1
gap --all: exit 3
check: exit 1
<<<stderr
r/assessments.csv:4: error: level '9223372036854775808' is out of range (0 to 3)
r/assessments.csv:5: error: level '-1' is out of range (0 to 3)
r/assessments.csv:7: error: level: expected an integer, found '2.0'
r/learning.csv:3: error: hours must be greater than 0 (and at most 1000000000), found '99999999999999999999'
r/learning.csv:4: error: hours '0.00000000000000000001' has more digits than can be read exactly (at most 15 significant, 18 decimals)
r/learning.csv:5: error: hours must be greater than 0 (and at most 1000000000), found '-5'
r/opportunities.yaml:6:13: error: capacity: '4294967297' is out of range (1 to 1000000)
r/roles/analyst-2.yaml:4:8: error: level: '99999999999999999999999' is out of range (1 to 1000)
r/roles/analyst-2.yaml:6:8: error: required level: '18446744073709551617' is out of range (0 to 3)
r/roles/analyst-2.yaml:7:19: error: level: '-9223372036854775809' is out of range (0 to 3)
r/roles/analyst-2.yaml:7:49: error: weight: '123456789012345678' is out of range (greater than 0, at most 1000000000)
r/roles/analyst-3.yaml: warning: role 'analyst-3' cannot be reached from any entry-level role (no `next` path leads to it)
r/roles/analyst-3.yaml:6:16: error: level: expected an integer, found '2.5'
r/roles/analyst-3.yaml:6:29: error: weight: '0.0000000000000000001' has more digits than can be read exactly (at most 15 significant, 18 decimals)
r/roles/analyst-3.yaml:7:31: error: weight: '1.0000000000000001' has more digits than can be read exactly (at most 15 significant, 18 decimals)
r/assessments.csv:4: error: level '9223372036854775808' is out of range (0 to 3)
r/assessments.csv:5: error: level '-1' is out of range (0 to 3)
r/assessments.csv:7: error: level: expected an integer, found '2.0'
r/learning.csv:3: error: hours must be greater than 0 (and at most 1000000000), found '99999999999999999999'
r/learning.csv:4: error: hours '0.00000000000000000001' has more digits than can be read exactly (at most 15 significant, 18 decimals)
r/learning.csv:5: error: hours must be greater than 0 (and at most 1000000000), found '-5'
r/roles/analyst-2.yaml:4:8: error: level: '99999999999999999999999' is out of range (1 to 1000)
r/roles/analyst-2.yaml:6:8: error: required level: '18446744073709551617' is out of range (0 to 3)
r/roles/analyst-2.yaml:7:19: error: level: '-9223372036854775809' is out of range (0 to 3)
r/roles/analyst-2.yaml:7:49: error: weight: '123456789012345678' is out of range (greater than 0, at most 1000000000)
r/roles/analyst-3.yaml:6:16: error: level: expected an integer, found '2.5'
r/roles/analyst-3.yaml:6:29: error: weight: '0.0000000000000000001' has more digits than can be read exactly (at most 15 significant, 18 decimals)
r/roles/analyst-3.yaml:7:31: error: weight: '1.0000000000000001' has more digits than can be read exactly (at most 15 significant, 18 decimals)
r/rungs.yaml:1:24: error: evidence_max_age_days: '4294967296' is out of range (1 to 100000)
r/rungs.yaml:2:17: error: min_group_size: '-1' is out of range (0 to 1000000)
r/rungs.yaml:3:22: error: ready_now_threshold: '1.00000000000000001' has more digits than can be read exactly (at most 15 significant, 18 decimals)
r/rungs.yaml:4:13: error: max_errors: '18446744073709551616' is out of range (0 to 1000000)
<<<end
