# An unknown family with nothing near it.
run: -C ../data-examples ladder zzzzzzzzzzzz
exit: 2
<<<stderr
rungs: no roles in family 'zzzzzzzzzzzz'
<<<end
