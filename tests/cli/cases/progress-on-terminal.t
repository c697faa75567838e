# Long runs show progress on stderr when it is a terminal (a pty made by
# script(1)): over 2 700 people, gap --all and review --org count up
# ("rungs: measuring  42%", each over a cleared line) and clear the line
# when done, so the terminal is left clean; reading a large file shows its
# own line, cleared too. With -q, or with stderr not a terminal, nothing. Rows
# of gap --all streamed to the same terminal get no progress line between
# them.
sh: command -v script >/dev/null || { echo "script(1) not installed" >"$SKIP"; exit 0; }; copy_repo "$TESTS/../data-examples" d && rm -r d/plans && for f in people assessments; do awk -F, 'NR == 1 { print; next } { for (k = 1; k <= 30; k++) { s = $0; gsub(/E1[0-9][0-9][0-9]/, "&-" k, s); print s } }' "$TESTS/../data-examples/$f.csv" >d/$f.csv; done && tty() { script -qec "$RUNGS -C d --as-of 2026-06-30 $*" /dev/null </dev/null | tr '\r' '\n'; } && show() { tty "$@" >t && printf '%s: %s lines, first "%s", last "%s"\n' "$*" "$(grep -c "rungs: $w" t)" "$(grep "rungs: $w" t | head -n1 | sed 's/\x1b\[K//')" "$(tail -n1 t | sed 's/\x1b\[K/<clear>/')"; } && w=measuring && show gap --all --by skill -o s.txt && show gap --all -o e.csv && w=reviewing && show review --org -o r.txt && w=reading && show --no-cache check -o c.txt && w=measuring && show -q gap --all --by skill -o q.txt && tty gap --all --format csv | grep -c "rungs: measuring" ; "$RUNGS" -C d --as-of 2026-06-30 gap --all --by skill -o n.txt 2>err && wc -c <err && cmp s.txt n.txt && echo same report
exit: 0
<<<stdout
gap --all --by skill -o s.txt: 100 lines, first "rungs: measuring   0%", last "<clear>"
gap --all -o e.csv: 100 lines, first "rungs: measuring   0%", last "<clear>"
review --org -o r.txt: 100 lines, first "rungs: reviewing   0%", last "<clear>"
--no-cache check -o c.txt: 2 lines, first "rungs: reading d/people.csv  99%", last "<clear>"
-q gap --all --by skill -o q.txt: 0 lines, first "", last ""
0
0
same report
<<<end
