# Cycles of lateral moves and disconnected families are a valid
# architecture: no warning.
run: -C repos/ladder-cycles check
exit: 0
<<<end
