# Invalid definitions at the newer revision: its warnings are shown too.
sh: . "$TESTS/cli/gitfx.sh"; gitfx_init r && gitfx_records r diff-hand && gitfx_defs r diff-hand v1 && gitfx_commit r v1 && printf "id: r1\ntitle: Analyst I\nfamily: f\nlevel: 1\nskills: {a: 1, b: 1, cc: 2}\ncolour: blue\n" > r/roles/r1.yaml && gitfx_commit r broken && gitfx_defs r diff-hand v2 && cd r && "$RUNGS" diff HEAD~1 HEAD
exit: 3
<<<stderr
HEAD:roles/r1.yaml:5:22: error: unknown skill 'cc' (did you mean 'c'?)
HEAD:roles/r1.yaml:6:1: warning: unknown key 'colour' in a role
people.csv:6: warning: aspiration 'fresh' of 'E5' is not a known role; ignored
<<<end
