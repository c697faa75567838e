# check FILE with files that are not part of the repo: a warning each, and
# nothing else is reported.
run: -C repos/unknown-refs check repos/good/skills.yaml no-such-file.yaml
exit: 0
<<<stderr
no-such-file.yaml: warning: file not found; not checked
repos/good/skills.yaml: warning: not a data file of this repo; not checked
<<<end
