# --version anywhere wins, and loads nothing.
run: -C repos/no-such-repo check --version
exit: 0
<<<stdout
rungs 0.1.0
<<<end
