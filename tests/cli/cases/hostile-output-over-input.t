# -o naming a file the run reads (a slip: -o assessments.csv) would replace
# data with a report: refused before anything is written (exit 2), for a
# CSV file, a role, rungs.yaml, through another path to the same file and
# for check too. The data is untouched.
sh: . "$TESTS/cli/hostile.sh"; base; cp r/assessments.csv before.csv; echo 'max_errors: 100' > r/rungs.yaml; cd r; for o in assessments.csv roles/analyst-1.yaml rungs.yaml ../r/people.csv; do "$RUNGS" --as-of 2026-06-30 gap --all --format csv -o $o; echo "exit $?"; done; "$RUNGS" check -o plans/E1.yaml; echo "exit $?"; cd ..; cmp r/assessments.csv before.csv && echo "assessments.csv untouched"
exit: 0
<<<stdout
exit 2
exit 2
exit 2
exit 2
exit 2
assessments.csv untouched
<<<stderr
rungs: -o assessments.csv: that is assessments.csv, an input of the data repo; not overwritten
rungs: -o roles/analyst-1.yaml: that is roles/analyst-1.yaml, an input of the data repo; not overwritten
rungs: -o rungs.yaml: that is rungs.yaml, an input of the data repo; not overwritten
rungs: -o ../r/people.csv: that is people.csv, an input of the data repo; not overwritten
rungs: -o plans/E1.yaml: that is plans/E1.yaml, an input of the data repo; not overwritten
<<<end
