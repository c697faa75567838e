# gap over a group writes its people rows as they are measured: 2 700 people (data-examples
# copied 30 times, plans left out) give, in every format, on one thread and on three, the
# bytes rungs gave before it streamed them (the sums below are of that output), each person
# against a target and all against --role; the table measures every row before writing the
# first. --fail-on is decided over every row and still writes the whole report (exit 1).
sh: copy_repo "$TESTS/../data-examples" d && rm -r d/plans && for f in people assessments; do awk -F, 'NR == 1 { print; next } { for (k = 1; k <= 30; k++) { s = $0; gsub(/E1[0-9][0-9][0-9]/, "&-" k, s); print s } }' "$TESTS/../data-examples/$f.csv" >d/$f.csv; done && for o in "" "--role data-analyst-3 --fail-on develop"; do for f in table csv tsv json jsonl md; do for t in 1 3; do RUNGS_THREADS=$t "$RUNGS" -C d --as-of 2026-06-30 --no-cache --format $f gap --all $o >out$t; echo "exit $?" >exit$t; done; cmp out1 out3 && cmp exit1 exit3 && echo "$f $(cat exit1) $(md5sum <out1 | cut -c1-32)"; done; done
exit: 0
<<<stdout
table exit 0 caf28ba170abe85057a94052fe0f4e26
csv exit 0 b3c56e11bed908c652e68da142b66039
tsv exit 0 d8e9d924782dc2eff14ed2bf1756f522
json exit 0 551899ef5c9b0f1e473cb164f022d8cf
jsonl exit 0 66f177a733015838dcd3e21408a088d3
md exit 0 b3b514682e925a9123277d5815795761
table exit 1 a91e26244411fd1d115d231f143d20dd
csv exit 1 7d5d17f492c4d554de25136ca48ebf8f
tsv exit 1 f68cb6f8b8b81e6bdaf627bc9d62a759
json exit 1 4a6aaa46b843e591e68adb1c77c934b7
jsonl exit 1 5b3f540586036257eb6ad839602f03d3
md exit 1 ac55dac60a11dc6b14e0357a31aefe72
<<<end
