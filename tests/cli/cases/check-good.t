# The base repo: every feature of the formats once (aliases, related skills,
# extends with overrides and level 0, next edges of all four types, a .yml
# role, a dot-file ignored in roles/, quoted CSV fields, a custom sources
# table). It must check clean.
run: -C repos/good check
exit: 0
<<<end
