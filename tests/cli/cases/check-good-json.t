# A clean repo in JSON: zero counts, an empty list, nothing on stderr.
run: -C repos/good check --format json
exit: 0
<<<stdout
{
  "errors": 0,
  "warnings": 0,
  "diagnostics": []
}
<<<end
