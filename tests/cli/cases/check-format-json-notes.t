# JSON with max_errors: the counts include the hidden diagnostics; the note
# of each file comes after its diagnostics; whole-file lines are line 0.
run: -C repos/max-errors --format=json check --max-errors 1
exit: 1
<<<stdout
{
  "errors": 10,
  "warnings": 0,
  "diagnostics": [
    {
      "file": "repos/max-errors/people.csv",
      "line": 3,
      "col": 0,
      "severity": "error",
      "message": "invalid employee id 'E 2' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)"
    },
    {
      "file": "repos/max-errors/people.csv",
      "line": 0,
      "col": 0,
      "severity": "note",
      "message": "… and 5 more"
    },
    {
      "file": "repos/max-errors/roles/analyst-2.yaml",
      "line": 5,
      "col": 10,
      "severity": "error",
      "message": "unknown skill 'sqll' (did you mean 'sql'?)"
    },
    {
      "file": "repos/max-errors/roles/analyst-2.yaml",
      "line": 0,
      "col": 0,
      "severity": "note",
      "message": "… and 3 more"
    }
  ]
}
<<<end
