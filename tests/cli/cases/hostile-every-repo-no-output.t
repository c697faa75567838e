# Every test repo through a report with -o: the broken ones (exit 3, or 2
# when the report cannot be made) leave no report and no temporary file
# behind; the valid ones (exit 0) write it. Their diagnostics are checked by
# the check-* cases; here only the exit status and the files left count.
sh: for r in "$TESTS"/repos/*/; do n=$(basename "$r"); mkdir w; (cd w && "$RUNGS" -C "$r" --as-of 2026-06-30 gap --all --format csv -o report.csv > /dev/null 2>&1; rc=$?; echo "$n: exit $rc" $(ls -A)); rm -rf w; done
exit: 0
<<<stdout
assess-future: exit 0 report.csv
assess-gone: exit 0 report.csv
assess-source: exit 3
bad-dates-ids: exit 3
columns-remap-missing: exit 3
columns-remap: exit 0 report.csv
control-chars: exit 3
csv-bom-crlf: exit 0 report.csv
csv-dup-columns: exit 3
csv-fields: exit 3
csv-lastline-bad: exit 0 report.csv
csv-lastline-gone: exit 0 report.csv
csv-lastline-ok: exit 0 report.csv
csv-missing-columns: exit 3
csv-quotes: exit 3
csv-reordered: exit 0 report.csv
csv-semicolon: exit 3
dangling-links: exit 3
diff-hand: exit 3
diff-skills: exit 3
dir-as-file: exit 3
dup-ids: exit 3
empty-files: exit 3
empty-skills: exit 3
encoding-cp1252: exit 3
gap-bad-role: exit 3
gap-hand: exit 0 report.csv
gap-no-assessments: exit 3
gap-no-people: exit 3
gap-ties: exit 0 report.csv
good: exit 0 report.csv
header-only: exit 0 report.csv
hostile-base: exit 0 report.csv
ladder-cycles: exit 3
ladder-effort: exit 0 report.csv
ladder-no-next: exit 3
ladder-promotion-weight: exit 3
ladder-promotion: exit 3
ladder-quotes: exit 3
ladder-unreachable: exit 3
learning-disagree: exit 3
levels-range: exit 3
manager-loops: exit 3
match-assign: exit 0 report.csv
match-hand: exit 0 report.csv
max-errors-order: exit 3
max-errors: exit 3
missing-roles: exit 3
missing-skills: exit 3
no-people: exit 3
opp-noreq: exit 3
paths-custom: exit 3
paths-missing: exit 3
plans-bad: exit 3
review-fourfifths: exit 0 report.csv
review-hand: exit 0 report.csv
review-learning: exit 0 report.csv
review-org-edges: exit 0 report.csv
role-filename: exit 3
roles-extends: exit 3
roles-next: exit 3
roles-required: exit 3
roles-symlink-loop: exit 3
scale-bad: exit 3
skills-broken: exit 3
skills-related: exit 3
sources-bad: exit 3
sources-custom: exit 3
unknown-alias: exit 3
unknown-keys: exit 3
unknown-refs: exit 3
yaml-bom-crlf: exit 3
yaml-bools: exit 3
yaml-dupkeys: exit 3
yaml-quote: exit 3
yaml-quoted-bool: exit 3
yaml-syntax: exit 3
yaml-tabs: exit 3
yaml-types: exit 3
<<<end
