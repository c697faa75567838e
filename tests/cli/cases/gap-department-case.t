# a department named in another case gets a suggestion
run: -C ../data-examples gap --department Data
exit: 2
<<<stderr
rungs: no one is in department 'Data' (did you mean 'data'?)
<<<end
