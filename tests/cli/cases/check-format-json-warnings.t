# JSON is the report, not stderr noise: -q does not drop warnings from it.
run: -C repos/assess-gone check --format json -q
exit: 0
<<<stdout
{
  "errors": 0,
  "warnings": 1,
  "diagnostics": [
    {
      "file": "repos/assess-gone/assessments.csv",
      "line": 0,
      "col": 0,
      "severity": "warning",
      "message": "5 rows about employees or skills no longer present skipped (line 3: employee 'E9'; line 4: skill 'scala'; line 5: employee 'E10'; …)"
    }
  ]
}
<<<end
