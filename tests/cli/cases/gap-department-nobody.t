# A department nobody is in.
run: -C ../data-examples --as-of 2026-11-22 gap --department nobody
exit: 2
<<<stderr
rungs: no one is in department 'nobody'
<<<end
