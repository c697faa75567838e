# --fail-on with --by skill: each person's tier still decides the exit status
# while the skills are tallied on the thread that measured them. With
# soon_months 1000 nobody is left at develop: --fail-on develop exits 0 and
# --fail-on ready-soon exits 1, on one thread and on two, with the same report.
sh: copy_repo "$TESTS/../data-examples" d && sed -i 's/^soon_months: 12/soon_months: 1000/' d/rungs.yaml && run() { "$RUNGS" -C d --as-of 2026-11-22 --no-cache gap --all --by skill --format csv "$@"; } && for t in 1 2; do RUNGS_THREADS=$t run --fail-on develop >dev$t; echo "threads $t, develop: $?"; RUNGS_THREADS=$t run --fail-on ready-soon >soon$t; echo "threads $t, ready-soon: $?"; done && run >plain && cmp plain dev1 && cmp plain dev2 && cmp plain soon1 && cmp plain soon2 && sed -n 2p plain
exit: 0
<<<stdout
threads 1, develop: 0
threads 1, ready-soon: 1
threads 2, develop: 0
threads 2, ready-soon: 1
leadership,People Leadership,14,32.283333333,2.305952381,14,leadership-essentials;first-time-manager
<<<end
