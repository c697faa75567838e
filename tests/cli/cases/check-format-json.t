# check --format json: the counts and every diagnostic on stdout, nothing on
# stderr; the exit status is that of check.
run: -C repos/manager-loops check --format json
exit: 1
<<<stdout
{
  "errors": 3,
  "warnings": 0,
  "diagnostics": [
    {
      "file": "repos/manager-loops/people.csv",
      "line": 3,
      "col": 0,
      "severity": "error",
      "message": "reporting line of 'E2' loops back to them through manager 'E4'"
    },
    {
      "file": "repos/manager-loops/people.csv",
      "line": 6,
      "col": 0,
      "severity": "error",
      "message": "'E5' is their own manager"
    },
    {
      "file": "repos/manager-loops/people.csv",
      "line": 7,
      "col": 0,
      "severity": "error",
      "message": "reporting line of 'E6' loops back to them through manager 'E7'"
    }
  ]
}
<<<end
