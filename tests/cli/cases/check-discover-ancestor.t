# Without -C and $RUNGS_DIR, the nearest ancestor holding rungs.yaml is the
# repo: run from good/roles/data, the good repo checks clean (were the
# working directory taken, skills.yaml and roles/ would be missing).
sh: cd "$TESTS/repos/good/roles/data" && "$RUNGS" check
exit: 0
<<<end
