# rungs.yaml places the definitions outside the git work tree: they cannot
# be read at a revision. The working tree is read as usual.
sh: . "$TESTS/cli/gitfx.sh"; gitfx_init r && gitfx_records r diff-hand && gitfx_defs r diff-hand v1 && mv r/skills.yaml . && echo "paths: {skills: ../skills.yaml}" >> r/rungs.yaml && gitfx_commit r v1 && "$RUNGS" -q -C r diff
exit: 3
<<<stderr
r/rungs.yaml: error: paths: skills '../skills.yaml' lies outside the git work tree
<<<end
