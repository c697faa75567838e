# An unknown family, with the nearest one suggested.
run: -C ../data-examples ladder dataa
exit: 2
<<<stderr
rungs: no roles in family 'dataa' (did you mean 'data'?)
<<<end
