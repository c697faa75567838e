# Throw-away git repositories for the diff cases (tests/cli/cases/diff-*.t),
# sourced by their sh: lines, which run in a fresh temporary directory.
# Deterministic: fixed names, emails and dates, and no user or system git
# configuration, so commit ids are the same on every machine.
export GIT_AUTHOR_NAME=Rungs GIT_AUTHOR_EMAIL=rungs@example.com
export GIT_COMMITTER_NAME=Rungs GIT_COMMITTER_EMAIL=rungs@example.com
export GIT_AUTHOR_DATE='2026-01-01T00:00:00+0000' GIT_COMMITTER_DATE='2026-01-01T00:00:00+0000'
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null HOME="$PWD"
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY

# gitfx_init DIR: an empty repository whose branch is main
gitfx_init() { git -c init.defaultBranch=main init -q "$1"; }
# gitfx_records DIR FIXTURE: rungs.yaml and the records of tests/repos/FIXTURE/records
gitfx_records() { cp -R "$TESTS/repos/$2/records/." "$1/"; }
# gitfx_defs DIR FIXTURE VERSION: the definitions replaced by tests/repos/FIXTURE/VERSION
gitfx_defs() { rm -rf "$1/skills.yaml" "$1/roles" "$1/opportunities.yaml" && cp -R "$TESTS/repos/$2/$3/." "$1/"; }
# gitfx_commit DIR MESSAGE: everything in DIR committed
gitfx_commit() { git -C "$1" add -A && git -C "$1" commit -q -m "$2"; }
# gitfx_two DIR FIXTURE: the records with v1 committed, then v2 committed on top
gitfx_two() {
	gitfx_init "$1" && gitfx_records "$1" "$2" && gitfx_defs "$1" "$2" v1 && gitfx_commit "$1" v1 &&
		gitfx_defs "$1" "$2" v2 && gitfx_commit "$1" v2
}
