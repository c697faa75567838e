# 420 plan files (data-examples copied 30 times) are read and parsed on
# several threads and taken in file order: a cut file, an unknown employee
# and a second plan for one person are reported the same, in the same
# order, on one, two and three threads.
sh: copy_repo "$TESTS/../data-examples" d && rm d/plans/* && for f in people assessments; do awk -F, 'NR == 1 { print; next } { for (k = 1; k <= 30; k++) { s = $0; gsub(/E1[0-9][0-9][0-9]/, "&-" k, s); print s } }' "$TESTS/../data-examples/$f.csv" >d/$f.csv; done && for p in "$TESTS"/../data-examples/plans/*.yaml; do b=$(basename "$p" .yaml); for k in $(seq 1 30); do sed "s/E1[0-9][0-9][0-9]/&-$k/g" "$p" >d/plans/$b-$k.yaml; done; done && printf 'employee: [\n' >d/plans/E1008-7.yaml && sed 's/E1011-3/E9999/' d/plans/E1011-3.yaml >d/plans/E1011-3x.yaml && cp d/plans/E1018-5.yaml d/plans/E1018-5-copy.yaml && for t in 1 2 3; do RUNGS_THREADS=$t "$RUNGS" -C d --as-of 2026-06-30 --no-cache check >o$t 2>e$t; echo "exit $?"; done; cmp o1 o2 && cmp o1 o3 && cmp e1 e2 && cmp e1 e3 && cat e1
exit: 0
<<<stdout
exit 1
exit 1
exit 1
d/plans/E1008-7.yaml:2:1: error: the file ends where a value was expected (is it cut short?)
d/plans/E1011-3x.yaml:1:11: error: unknown employee 'E9999'
d/plans/E1018-5.yaml:1: error: 'E1018-5' already has a plan in d/plans/E1018-5-copy.yaml
<<<end
