# Aliases are names of a skill too: a typo of an alias gets the alias
# suggested, as a typo of an id gets the id.
run: -C repos/unknown-alias check
exit: 1
<<<stderr
repos/unknown-alias/roles/analyst-2.yaml:6:3: error: unknown skill 'structured-query-languag' (did you mean 'structured-query-language'?)
repos/unknown-alias/roles/analyst-2.yaml:7:3: error: unknown skill 'pyhton' (did you mean 'python'?)
<<<end
