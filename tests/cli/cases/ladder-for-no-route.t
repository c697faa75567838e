# No route from E1019's role to sales-manager-4 within 3 steps.
run: -C ../data-examples --as-of 2026-11-22 ladder --for E1019 --to sales-manager-4
exit: 1
<<<stderr
rungs: no route from 'E1019' ('data-analyst-2') to 'sales-manager-4' within 3 steps
<<<end
