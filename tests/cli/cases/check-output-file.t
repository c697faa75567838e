# check --format json -o FILE writes the report to FILE (relative to the
# working directory), nothing to stdout.
sh: "$RUNGS" -C "$TESTS/repos/good" check --format json -o report.json; echo "exit $?"; cat report.json; ls
exit: 0
<<<stdout
exit 0
{
  "errors": 0,
  "warnings": 0,
  "diagnostics": []
}
report.json
<<<end
