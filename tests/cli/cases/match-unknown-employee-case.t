# Ids compare by bytes: e1018 is not E1018, but it is suggested.
run: -C ../data-examples --as-of 2026-11-22 match e1018
exit: 2
<<<stderr
rungs: unknown employee 'e1018' (did you mean 'E1018'?)
<<<end
