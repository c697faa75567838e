# An empty group streams no rows: in every format the report is what it was before gap
# streamed its rows (the table and md say "(none)", tsv has the header of the columns,
# json an empty list, jsonl nothing); the warning is given each time.
sh: for f in table tsv json jsonl md; do "$RUNGS" -C "$TESTS/../data-examples" --as-of 2026-11-22 gap --team E1013 --format $f; echo "exit $?"; done
exit: 0
<<<stdout
Group:            team of E1013
Measured against: each person's target
As of:            2026-11-22
People:           0
Measured:         0

People
Employee  Name  Role  Target  Measured against  Readiness  Tier  Months  Largest gaps
(none)
exit 0
employee	name	role	target	measured	readiness	tier	months	gaps
exit 0
{
  "as_of": "2026-11-22",
  "group": {
    "team": "E1013",
    "direct": false
  },
  "role": null,
  "people_count": 0,
  "measured": 0,
  "people": []
}
exit 0
exit 0
- **Group:** team of E1013
- **Measured against:** each person's target
- **As of:** 2026-11-22
- **People:** 0
- **Measured:** 0

### People

(none)
exit 0
<<<stderr
rungs: warning: 'E1013' manages no one
rungs: warning: 'E1013' manages no one
rungs: warning: 'E1013' manages no one
rungs: warning: 'E1013' manages no one
rungs: warning: 'E1013' manages no one
<<<end
