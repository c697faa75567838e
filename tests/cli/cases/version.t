# rungs --version.
run: --version
exit: 0
<<<stdout
rungs 0.1.0
<<<end
