# rungs with no command: the overview on stderr (not stdout), exit 2.
sh: "$RUNGS" 2>&1 >/dev/null | awk '/^Commands:/ {c = 1; print; next} c && /^$/ {c = 0} c && !/^  (check|help) / {next} {print}'; exit ${PIPESTATUS[0]}
exit: 2
<<<stdout
usage: rungs [GLOBAL OPTIONS] COMMAND [ARGS]

Skills-based career pathing and internal mobility: role profiles (YAML) and
skill records (CSV) turned into answers for development conversations.

Commands:
  check    Validate the data repo: every problem, compiler style; exit 1 on errors.
  help     Show the help of rungs or of one command.

Global options (before or after the command):
  -C DIR                 use DIR as the data repo (default: $RUNGS_DIR, the nearest rungs.yaml, or .)
      --as-of DATE       compute as of DATE: YYYY-MM-DD, today or YYYY-Qn (default: today)
      --format FMT       table (default), csv, tsv, json, jsonl, md; ladder also dot, mermaid
  -o, --output FILE      write the report to FILE, atomically
      --color WHEN       colour: auto (default), always or never
      --no-cache         do not read or write the evidence cache
      --max-errors N     diagnostics shown per file (default: max_errors of rungs.yaml, 100)
  -q, --quiet            no warnings and no progress on stderr
  -h, --help             show help
      --version          show the version

Exit status: 0 ok, 1 problems found, 2 usage error, 3 invalid input data, 4 other failure.
See 'rungs help COMMAND' and the man pages rungs(1), rungs-data(5), rungs-scoring(7).
<<<end
