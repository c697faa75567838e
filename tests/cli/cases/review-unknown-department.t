# A department nobody is in.
run: -C ../data-examples --as-of 2026-11-22 review --department nowhere
exit: 2
<<<stderr
rungs: no one is in department 'nowhere'
<<<end
