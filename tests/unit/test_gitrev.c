/* Reading the definitions at a git revision (lib/gitrev.h) and the process
 * runner under it (lib/proc.h): paths in the work tree, what a revision
 * holds and lists, errors git reports, and the repo loaded through a
 * revision while the working tree says otherwise. The repositories are
 * made with git itself, deterministic through its environment. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fixture.h"

#include "gitrev.h"
#include "proc.h"
#include "repo.h"

extern char **environ;

/* ---- running a program ---------------------------------------------------- */

/* A megabyte in and out at once: writing and reading interleave. */
static void test_proc_big_echo(void **state)
{
	(void)state;
	size_t n = 1 << 20;
	char *in = malloc(n);
	assert_non_null(in);
	for (size_t i = 0; i < n; i++)
		in[i] = (char)('a' + i % 26);
	const char *argv[] = {"sh", "-c", "cat; echo oops >&2; exit 3", NULL};
	struct proc_result r;
	assert_int_equal(proc_run(argv, environ, in, n, &r), 0);
	assert_int_equal(r.status, 3);
	assert_int_equal(r.nout, n);
	assert_memory_equal(r.out, in, n);
	assert_string_equal(r.err, "oops\n");
	proc_result_free(&r);
	free(in);
}

/* A program that stops reading early is no failure of ours. */
static void test_proc_stops_reading(void **state)
{
	(void)state;
	size_t n = 4 << 20;
	char *in = calloc(1, n);
	assert_non_null(in);
	const char *argv[] = {"sh", "-c", "head -c 10 >/dev/null; echo done", NULL};
	struct proc_result r;
	assert_int_equal(proc_run(argv, environ, in, n, &r), 0);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, "done\n");
	proc_result_free(&r);
	free(in);
}

static void test_proc_no_program(void **state)
{
	(void)state;
	const char *argv[] = {"rungs-no-such-program", NULL};
	struct proc_result r;
	assert_int_equal(proc_run(argv, environ, NULL, 0, &r), ENOENT);
	proc_result_free(&r);
	/* the PATH searched is the one given, not the caller's own */
	const char *sh[] = {"sh", "-c", "exit 0", NULL};
	char *nopath[] = {"PATH=/nonexistent", NULL};
	assert_int_equal(proc_run(sh, nopath, NULL, 0, &r), ENOENT);
	proc_result_free(&r);
	char *binpath[] = {"PATH=/nonexistent::/bin", NULL};
	assert_int_equal(proc_run(sh, binpath, NULL, 0, &r), 0);
	assert_int_equal(r.status, 0);
	proc_result_free(&r);
}

/* ---- paths in the work tree ------------------------------------------------- */

static void test_tree_path(void **state)
{
	(void)state;
	struct git_repo top = {NULL, "d", "/w", ""}, sub = {NULL, "d", "/w", "data/"};
	struct {
		const struct git_repo *g;
		const char *rel, *want;
	} cases[] = {
		{&top, "roles", "roles"},
		{&top, ".", ""},
		{&top, "./roles/", "roles"},
		{&top, "../x", NULL},
		{&sub, "roles", "data/roles"},
		{&sub, ".", "data"},
		{&sub, "a/./b/../c.yaml", "data/a/c.yaml"},
		{&sub, "../defs/skills.yaml", "defs/skills.yaml"},
		{&sub, "../../x", NULL},
		{&sub, "/w/defs/s.yaml", "defs/s.yaml"},
		{&sub, "/w", ""},
		{&sub, "/wx/s.yaml", NULL},
		{&sub, "/elsewhere/s.yaml", NULL},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = git_tree_path(cases[i].g, cases[i].rel);
		if (cases[i].want) {
			assert_non_null(got);
			assert_string_equal(got, cases[i].want);
		} else {
			assert_null(got);
		}
		free(got);
	}
}

/* ---- a revision ---------------------------------------------------------------- */

static void git_env(void)
{
	setenv("GIT_AUTHOR_NAME", "Rungs", 1);
	setenv("GIT_AUTHOR_EMAIL", "rungs@example.com", 1);
	setenv("GIT_COMMITTER_NAME", "Rungs", 1);
	setenv("GIT_COMMITTER_EMAIL", "rungs@example.com", 1);
	setenv("GIT_AUTHOR_DATE", "2026-01-01T00:00:00+0000", 1);
	setenv("GIT_COMMITTER_DATE", "2026-01-01T00:00:00+0000", 1);
	setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
	setenv("GIT_CONFIG_GLOBAL", "/dev/null", 1);
	unsetenv("GIT_DIR");
	unsetenv("GIT_WORK_TREE");
	unsetenv("GIT_INDEX_FILE");
}

static void sh(struct fx *f, const char *cmd)
{
	char buf[2048];
	snprintf(buf, sizeof buf, "cd '%s' && { %s; } >/dev/null 2>&1", f->dir, cmd);
	assert_int_equal(system(buf), 0);
}

/* data/ in a git repository: a committed version, then the working tree changed. */
static void make_repo(struct fx *f)
{
	git_env();
	put(f, "data/rungs.yaml", "");
	put(f, "data/skills.yaml", "scale: {1: a, 2: b}\nskills: [{id: s}, {id: t}]\n");
	put(f, "data/roles/a.yaml", "id: a\nfamily: f\nlevel: 1\nskills: {s: 1}\n");
	put(f, "data/roles/sub/b.yml", "id: b\nfamily: f\nlevel: 2\n");
	put(f, "data/roles/.hidden/h.yaml", "id: h\nfamily: f\nlevel: 1\n");
	put(f, "data/roles/notes.txt", "not a role\n");
	put(f, "data/other.yaml", "elsewhere: true\n");
	sh(f, "ln -s a.yaml data/roles/link.yaml && git -c init.defaultBranch=main init -q && git add -A && git commit -q -m v1");
	put(f, "data/roles/a.yaml", "id: a\nfamily: f\nlevel: 1\nskills: {s: 2}\n");
	put(f, "data/roles/c.yaml", "id: c\nfamily: f\nlevel: 1\n");
}

static char *sub_dir(struct fx *f)
{
	char *dir = malloc(strlen(f->dir) + 8);
	assert_non_null(dir);
	sprintf(dir, "%s/data", f->dir);
	return dir;
}

static void test_revision_source(void **state)
{
	struct fx *f = *state;
	make_repo(f);
	char *dir = sub_dir(f), *why = NULL, *oid = NULL;
	struct git_repo g;
	assert_int_equal(git_repo_open(dir, environ, &g, &why), GIT_OK);
	assert_string_equal(g.prefix, "data/");
	assert_int_equal(git_commit(&g, "HEAD", &oid, &why), GIT_OK);
	assert_int_equal(strlen(oid), 40);
	const char *rels[] = {"skills.yaml", "roles", "opportunities.yaml", "../../outside.yaml"};
	struct gitrev *rev;
	assert_int_equal(gitrev_load(&g, "HEAD", oid, rels, 4, &rev, &why), GIT_OK);
	const struct filesrc *s = gitrev_source(rev);
	struct arena a = {0};
	const char *w = NULL;
	assert_string_equal(s->path(s, dir, "roles", &a, &w), "HEAD:data/roles");
	assert_null(s->path(s, dir, "../../outside.yaml", &a, &w));
	assert_string_equal(w, "lies outside the git work tree");
	assert_int_equal(s->kind(s, "HEAD:data/roles"), FILESRC_DIR);
	assert_int_equal(s->kind(s, "HEAD:data/skills.yaml"), FILESRC_FILE);
	assert_int_equal(s->kind(s, "HEAD:data/opportunities.yaml"), FILESRC_NONE);
	assert_int_equal(s->kind(s, "main:data/skills.yaml"), FILESRC_NONE); /* another revision's path */
	struct file_data fd;
	const char *v1 = "id: a\nfamily: f\nlevel: 1\nskills: {s: 1}\n";
	assert_int_equal(s->read(s, "HEAD:data/roles/a.yaml", &fd), 0);
	assert_int_equal(fd.size, strlen(v1));
	assert_memory_equal(fd.data, v1, strlen(v1));
	file_data_free(&fd);
	assert_int_equal(s->read(s, "HEAD:data/roles", &fd), EISDIR);
	assert_int_equal(s->read(s, "HEAD:data/nothing.yaml", &fd), ENOENT);
	assert_int_equal(s->read(s, "HEAD:data/other.yaml", &fd), ENOENT); /* not asked for */
	struct listed_file *paths = NULL;
	size_t n = 0, cap = 0;
	struct diag_list d;
	diag_init(&d, 0);
	s->list_yaml(s, "HEAD:data/roles", ".", &paths, &n, &cap, &d);
	assert_int_equal(n, 2);
	assert_string_equal(paths[0].path, "HEAD:data/roles/a.yaml");
	assert_string_equal(paths[1].path, "HEAD:data/roles/sub/b.yml");
	assert_int_equal(paths[0].stamp.size, 0); /* a revision has no stat data */
	assert_int_equal(d.warnings, 1);
	assert_string_equal(d.v[0].file, "HEAD:data/roles/link.yaml");
	assert_string_equal(d.v[0].message, "symbolic link not followed in a git revision; skipped");
	for (size_t i = 0; i < n; i++)
		free(paths[i].path);
	free(paths);
	diag_free(&d);
	arena_free(&a);
	gitrev_free(rev);
	free(oid);
	git_repo_free(&g);
	free(dir);
}

/* The repo loaded with its definitions from HEAD: the working tree's
 * change to a and its new role c are not there. */
static void test_repo_at_revision(void **state)
{
	struct fx *f = *state;
	make_repo(f);
	char *dir = sub_dir(f), *why = NULL, *oid = NULL;
	struct git_repo g;
	struct gitrev *rev;
	assert_int_equal(git_repo_open(dir, environ, &g, &why), GIT_OK);
	assert_int_equal(git_commit(&g, "main", &oid, &why), GIT_OK);
	const char *rels[] = {"skills.yaml", "roles", "opportunities.yaml"};
	assert_int_equal(gitrev_load(&g, "main", oid, rels, 3, &rev, &why), GIT_OK);
	struct repo_opts o = {.dir = dir, .parts = PART_DEFS, .defs = gitrev_source(rev)};
	struct repo *r;
	struct diag_list d;
	diag_init(&d, 0);
	assert_int_equal(repo_load(&o, &d, &r), 0);
	assert_int_equal(d.warnings, 1); /* the link */
	const struct model *m = r->model;
	assert_int_equal(m->nroles, 2);
	assert_string_equal(m->roles[0].id, "a");
	assert_string_equal(m->roles[0].file, "main:data/roles/a.yaml");
	assert_int_equal(m->reqs[m->roles[0].req_off].level, 1);
	assert_string_equal(m->roles[1].id, "b");
	repo_free(r);
	diag_free(&d);
	/* and from the disk, as every other command reads it */
	o.defs = NULL;
	diag_init(&d, 0);
	assert_int_equal(repo_load(&o, &d, &r), -1); /* the link, followed on disk, defines a twice */
	assert_int_equal(r->model->nroles, 3);
	assert_string_equal(r->model->roles[2].id, "c");
	repo_free(r);
	diag_free(&d);
	gitrev_free(rev);
	free(oid);
	git_repo_free(&g);
	free(dir);
}

static void test_git_errors(void **state)
{
	struct fx *f = *state;
	git_env();
	char *why = NULL, *oid = NULL;
	struct git_repo g;
	/* no repository: the fixture lives under /tmp, outside any */
	setenv("GIT_CEILING_DIRECTORIES", f->dir, 1);
	assert_int_equal(git_repo_open(f->dir, environ, &g, &why), GIT_NOT_REPO);
	free(why);
	unsetenv("GIT_CEILING_DIRECTORIES");
	make_repo(f);
	assert_int_equal(git_repo_open(f->dir, environ, &g, &why), GIT_OK);
	assert_string_equal(g.prefix, "");
	assert_int_equal(git_commit(&g, "v9", &oid, &why), GIT_BAD_REV);
	assert_string_equal(why, "unknown revision 'v9'");
	free(why);
	assert_int_equal(git_commit(&g, "--all", &oid, &why), GIT_BAD_REV); /* an option is no revision */
	free(why);
	assert_int_equal(git_commit(&g, "HEAD:data", &oid, &why), GIT_BAD_REV); /* a tree is no commit */
	free(why);
	assert_int_equal(git_commit(&g, "HEAD", &oid, &why), GIT_OK);
	char *base = NULL;
	assert_int_equal(git_merge_base(&g, oid, oid, &base, &why), GIT_OK);
	assert_string_equal(base, oid);
	free(base);
	char *s = NULL;
	assert_int_equal(git_short(&g, oid, &s, &why), GIT_OK);
	assert_true(strlen(s) >= 4 && strncmp(s, oid, strlen(s)) == 0);
	free(s);
	free(oid);
	git_repo_free(&g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_proc_big_echo),
		cmocka_unit_test(test_proc_stops_reading),
		cmocka_unit_test(test_proc_no_program),
		cmocka_unit_test(test_tree_path),
		cmocka_unit_test_setup_teardown(test_revision_source, setup, teardown),
		cmocka_unit_test_setup_teardown(test_repo_at_revision, setup, teardown),
		cmocka_unit_test_setup_teardown(test_git_errors, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
