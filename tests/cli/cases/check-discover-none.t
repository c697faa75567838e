# No -C, no $RUNGS_DIR, no rungs.yaml above: the working directory (here an
# empty temporary folder) is the repo, and its required files are missing.
sh: "$RUNGS" check
exit: 1
<<<stderr
roles: error: required folder not found
skills.yaml: error: required file not found
<<<end
