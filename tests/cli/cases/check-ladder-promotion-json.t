# The promotion warnings as JSON.
run: -C repos/ladder-promotion --format json check
exit: 0
<<<stdout
{
  "errors": 0,
  "warnings": 3,
  "diagnostics": [
    {
      "file": "repos/ladder-promotion/roles/p-1.yaml",
      "line": 9,
      "col": 5,
      "severity": "warning",
      "message": "promotion to 'p-2-less' asks nothing that 'p-1' does not (no skill new, raised, weightier or essential)"
    },
    {
      "file": "repos/ladder-promotion/roles/p-1.yaml",
      "line": 10,
      "col": 5,
      "severity": "warning",
      "message": "promotion to 'p-2-same' asks nothing that 'p-1' does not (no skill new, raised, weightier or essential)"
    },
    {
      "file": "repos/ladder-promotion/roles/p-2-same.yaml",
      "line": 6,
      "col": 8,
      "severity": "warning",
      "message": "promotion to 'p-3' asks nothing that 'p-2-same' does not (no skill new, raised, weightier or essential)"
    }
  ]
}
<<<end
