# Assessments dated after today get a warning from check (today's date is
# replaced by TODAY: the message names it). Exit 0: warnings only.
sh: set -o pipefail; cd "$TESTS" && "$RUNGS" -C repos/assess-future check 2>&1 >/dev/null | sed "s/$(date +%Y-%m-%d)/TODAY/g" >&2
exit: 0
<<<stderr
repos/assess-future/assessments.csv:3: warning: assessment dated 2099-01-01, after today (TODAY)
repos/assess-future/assessments.csv:4: warning: assessment dated 2098-12-31, after today (TODAY)
<<<end
