# -q hides warnings; with only warnings, nothing is printed and the exit is 0.
run: -C repos/unknown-keys -q check
exit: 0
<<<end
