# Empty files: CSV files need a header row, a role file and a plan need
# content; an empty opportunities.yaml and an empty rungs.yaml are valid.
run: -C repos/empty-files check
exit: 1
<<<stderr
repos/empty-files/assessments.csv: error: file is empty; expected a header row
repos/empty-files/learning.csv: error: file is empty; expected a header row
repos/empty-files/people.csv: error: file is empty; expected a header row
repos/empty-files/plans/E1.yaml: error: file is empty; expected a development plan
repos/empty-files/roles/comment-only.yaml: error: file is empty; expected a role profile
repos/empty-files/roles/empty.yaml: error: file is empty; expected a role profile
repos/empty-files/roles/just-marker.yaml: error: file is empty; expected a role profile
<<<end
