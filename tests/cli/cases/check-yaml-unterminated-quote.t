# An unterminated quoted scalar is reported where its opening quote is, not at
# the end of the file (line 4 does not exist: the file has 3 lines).
run: -C repos/yaml-quote check
exit: 1
<<<stderr
repos/yaml-quote/opportunities.yaml:2:10: error: unterminated quoted value (no closing quote before the end of the file)
<<<end
