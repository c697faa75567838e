# Invalid definitions at a revision: every problem, named REV:path as git
# show takes it (the data repo is data/ here), and exit 3. Of the old version
# only errors are shown, not its warnings (colour).
sh: . "$TESTS/cli/gitfx.sh"; gitfx_init g && mkdir g/data && gitfx_records g/data diff-hand && gitfx_defs g/data diff-hand v1 && printf "id: r1\ntitle: Analyst I\nfamily: f\nlevel: one\nskills: {a: 1, b: 1, cc: 2}\ncolour: blue\n" > g/data/roles/r1.yaml && gitfx_commit g broken && gitfx_defs g/data diff-hand v2 && "$RUNGS" -C g/data diff HEAD
exit: 3
<<<stderr
HEAD:data/roles/r1.yaml:4:8: error: level: expected an integer, found 'one'
HEAD:data/roles/r1.yaml:5:22: error: unknown skill 'cc' (did you mean 'c'?)
<<<end
