/* lib/repo: finding the data repo, rungs.yaml first, every file loaded in
 * dependency order, required and optional files, display paths and the
 * per-file limit on diagnostics (SPEC 1, 1.8). */
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "fixture.h"

#include "date.h"
#include "repo.h"

#define SKILLS "scale: {1: a, 2: b, 3: c}\nskills: [{id: sql}, {id: python}]\n"

static void put_defs(struct fx *f)
{
	put(f, "skills.yaml", SKILLS);
	put(f, "roles/data/analyst-1.yaml", "id: analyst-1\nfamily: data\nlevel: 1\nskills: {sql: 2}\n");
}

/* Runs fn in a child process, so that a sanitizer abort fails this test
 * and not the whole file. fn returns 0 when its checks hold. */
static void in_child(struct fx *f, int (*fn)(struct fx *))
{
	fflush(NULL);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		_exit(fn(f));
	int status = 0;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

/* repo_find from inside `rel` of the temporary directory. */
static char *find_from(struct fx *f, const char *rel, const char *dir, const char *env)
{
	char cwd[PATH_MAX], there[PATH_MAX];
	assert_non_null(getcwd(cwd, sizeof cwd));
	snprintf(there, sizeof there, "%s/%s", f->dir, rel);
	assert_int_equal(chdir(there), 0);
	char *found = repo_find(dir, env);
	assert_int_equal(chdir(cwd), 0);
	return found;
}

static const struct repo_file *file_of(struct fx *f, const char *rel)
{
	char want[PATH_MAX];
	snprintf(want, sizeof want, "%s/%s", f->dir, rel);
	for (size_t i = 0; i < f->r->nfiles; i++)
		if (strcmp(f->r->files[i].display, want) == 0)
			return &f->r->files[i];
	return NULL;
}

/* ---- finding the repo ---------------------------------------------------- */

static void test_find_prefers_dir_then_env(void **state)
{
	struct fx *f = *state;
	mkdir_in(f, "a");
	char *s = find_from(f, "a", "given", "from-env");
	assert_string_equal(s, "given");
	free(s);
	s = find_from(f, "a", NULL, "from-env");
	assert_string_equal(s, "from-env");
	free(s);
	s = find_from(f, "a", "", "from-env");
	assert_string_equal(s, "from-env");
	free(s);
}

static void test_find_nearest_ancestor_with_rungs_yaml(void **state)
{
	struct fx *f = *state;
	put(f, "repo/rungs.yaml", "");
	put(f, "repo/sub/rungs.yaml", "");
	mkdir_in(f, "repo/sub/deeper");
	mkdir_in(f, "repo/sub/deeper/still");
	mkdir_in(f, "repo/other");
	char *s = find_from(f, "repo/sub/deeper/still", NULL, NULL);
	assert_string_equal(s, "../..");
	free(s);
	s = find_from(f, "repo/other", NULL, "");
	assert_string_equal(s, "..");
	free(s);
	s = find_from(f, "repo/sub", NULL, NULL);
	assert_string_equal(s, ".");
	free(s);
}

static void test_find_falls_back_to_working_directory(void **state)
{
	struct fx *f = *state;
	mkdir_in(f, "plain");
	char *s = find_from(f, "plain", NULL, NULL);
	assert_string_equal(s, ".");
	free(s);
}

static void test_display_paths(void **state)
{
	(void)state;
	struct model m = {0};
	struct repo r = {.dir = "data-examples", .model = &m};
	assert_string_equal(repo_display(&r, "people.csv"), "data-examples/people.csv");
	assert_string_equal(repo_display(&r, "/srv/hr/people.csv"), "/srv/hr/people.csv");
	r.dir = "data/";
	assert_string_equal(repo_display(&r, "roles"), "data/roles");
	r.dir = ".";
	assert_string_equal(repo_display(&r, "skills.yaml"), "skills.yaml");
	arena_free(&m.arena);
}

/* ---- loading ------------------------------------------------------------- */

static void test_load_everything(void **state)
{
	struct fx *f = *state;
	put_defs(f);
	put(f, "people.csv", "id,name,role\nE1,Ann,analyst-1\n");
	put(f, "assessments.csv", "employee,skill,level,date,source\nE1,sql,2,2026-01-01,self\n");
	put(f, "learning.csv", "id,title,kind,skill,from,to,hours\nsql-1,SQL,course,sql,0,2,10\n");
	put(f, "opportunities.yaml", "- {id: OPP-1, role: analyst-1}\n");
	put(f, "plans/E1.yaml", "employee: E1\n");
	f->o.parts = PART_ALL;
	f->o.required = PART_ALL;
	assert_int_equal(load(f), 0);
	assert_string_equal(diags(f), "");
	const struct model *m = f->m;
	assert_int_equal(m->parts, PART_ALL);
	assert_int_equal(m->nskills, 2);
	assert_int_equal(m->nroles, 1);
	assert_int_equal(m->npeople, 1);
	assert_int_equal(m->nrows, 1);
	assert_int_equal(m->nitems, 1);
	assert_int_equal(m->nopps, 1);
	assert_int_equal(m->nplans, 1);
	assert_int_equal(person_plan(m, 0), 0);
	assert_false(f->r->missing);
	assert_string_equal(f->r->dir, f->dir);
	/* every file read or looked for, with its kind */
	assert_int_equal(file_of(f, "rungs.yaml")->kind, PATH__COUNT);
	assert_int_equal(file_of(f, "skills.yaml")->kind, PATH_SKILLS);
	assert_int_equal(file_of(f, "roles")->kind, PATH_ROLES);
	assert_int_equal(file_of(f, "roles/data/analyst-1.yaml")->kind, PATH_ROLES);
	assert_int_equal(file_of(f, "people.csv")->kind, PATH_PEOPLE);
	assert_int_equal(file_of(f, "assessments.csv")->kind, PATH_ASSESSMENTS);
	assert_int_equal(file_of(f, "learning.csv")->kind, PATH_LEARNING);
	assert_int_equal(file_of(f, "opportunities.yaml")->kind, PATH_OPPORTUNITIES);
	assert_int_equal(file_of(f, "plans")->kind, PATH_PLANS);
	assert_int_equal(file_of(f, "plans/E1.yaml")->kind, PATH_PLANS);
	assert_int_equal(f->r->nfiles, 10);
}

static void test_load_only_the_parts_asked(void **state)
{
	struct fx *f = *state;
	put_defs(f);
	put(f, "people.csv", "id,name,role\nE1,Ann,analyst-1\n");
	put(f, "opportunities.yaml", "- {id: OPP-1, role: analyst-1}\n");
	f->o.parts = PART_OPPORTUNITIES;
	assert_int_equal(load(f), 0);
	assert_string_equal(diags(f), "");
	/* the definitions always, and what was asked */
	assert_int_equal(f->m->parts, PART_SKILLS | PART_ROLES | PART_OPPORTUNITIES);
	assert_int_equal(f->m->nopps, 1);
	assert_int_equal(f->m->npeople, 0);
}

static void test_optional_files_may_be_missing(void **state)
{
	struct fx *f = *state;
	put_defs(f);
	f->o.parts = PART_ALL;
	f->o.required = 0;
	assert_int_equal(load(f), 0);
	assert_string_equal(diags(f), "");
	assert_false(f->r->missing);
	assert_int_equal(f->m->npeople, 0);
	/* looked for all the same */
	assert_non_null(file_of(f, "people.csv"));
	assert_non_null(file_of(f, "plans"));
}

static void test_required_files_missing(void **state)
{
	struct fx *f = *state;
	put_defs(f);
	f->o.parts = PART_ALL;
	f->o.required = PART_PEOPLE | PART_ASSESSMENTS | PART_PLANS;
	assert_int_equal(load(f), -1);
	assert_string_equal(diags(f), "assessments.csv: error: required file not found\n"
				      "people.csv: error: required file not found\n"
				      "plans: error: required folder not found\n");
	assert_true(f->r->missing);
}

static void test_definitions_always_required(void **state)
{
	struct fx *f = *state;
	f->o.parts = 0;
	assert_int_equal(load(f), -1);
	assert_string_equal(diags(f), "roles: error: required folder not found\n"
				      "skills.yaml: error: required file not found\n");
	assert_true(f->r->missing);
	assert_non_null(f->m);
}

static void test_repo_not_found(void **state)
{
	struct fx *f = *state;
	char dir[PATH_MAX];
	snprintf(dir, sizeof dir, "%s/nope", f->dir);
	f->o.dir = dir;
	assert_int_equal(load(f), -1);
	assert_string_equal(diags(f), "nope: error: data repo not found: no such file or directory\n");
	assert_non_null(f->r);
	assert_true(f->r->missing);
	/* the model is there, with the default configuration */
	assert_int_equal(f->m->cfg.max_errors, 100);
	assert_int_equal(f->m->nskills, 0);
}

static void test_repo_is_a_file(void **state)
{
	struct fx *f = *state;
	put(f, "file", "x\n");
	char dir[PATH_MAX];
	snprintf(dir, sizeof dir, "%s/file", f->dir);
	f->o.dir = dir;
	assert_int_equal(load(f), -1);
	assert_string_equal(diags(f), "file: error: data repo not found: not a folder\n");
	assert_true(f->r->missing);
}

static void test_working_directory_repo_shows_bare_paths(void **state)
{
	struct fx *f = *state;
	put_defs(f);
	put(f, "roles/bad.yaml", "id: bad\nfamily: data\n");
	char cwd[PATH_MAX];
	assert_non_null(getcwd(cwd, sizeof cwd));
	assert_int_equal(chdir(f->dir), 0);
	f->o.dir = NULL;
	int rc = load(f);
	assert_int_equal(chdir(cwd), 0);
	assert_int_equal(rc, -1);
	assert_string_equal(f->r->dir, ".");
	assert_string_equal(diags(f), "roles/bad.yaml:1:1: error: role 'bad' has no 'level'\n");
}

static void test_config_errors_stop_loading(void **state)
{
	struct fx *f = *state;
	put_defs(f);
	put(f, "rungs.yaml", "paths: {skills: other.yaml}\nstale_days: never\n");
	assert_int_equal(load(f), -1);
	/* with wrong paths or columns, loading on would mislead */
	assert_string_equal(diags(f), "rungs.yaml:2:13: error: stale_days: expected an integer, found 'never'\n");
	assert_int_equal(f->m->nskills, 0);
	assert_int_equal(f->m->nroles, 0);
}

static void test_config_warnings_do_not_stop_loading(void **state)
{
	struct fx *f = *state;
	put_defs(f);
	put(f, "rungs.yaml", "stale_dayz: 10\n");
	assert_int_equal(load(f), 0);
	assert_string_equal(diags(f), "rungs.yaml:1:1: warning: unknown key 'stale_dayz' in rungs.yaml (did you mean 'stale_days'?)\n");
	assert_int_equal(f->m->nskills, 2);
}

static void test_max_errors_per_file(void **state)
{
	struct fx *f = *state;
	put(f, "rungs.yaml", "max_errors: 2\n");
	put(f, "skills.yaml", SKILLS);
	put(f, "roles/r.yaml", "id: r\nfamily: f\nlevel: 1\nskills: {a: 1, b: 1, c: 1, d: 1}\n");
	put(f, "roles/s.yaml", "id: s\nfamily: f\nlevel: 1\nskills: {e: 1}\n");
	assert_int_equal(load(f), -1);
	assert_int_equal(f->d.max_per_file, 2);
	assert_int_equal(f->d.errors, 5);
	assert_string_equal(diags(f), "roles/r.yaml:4:10: error: unknown skill 'a'\n"
				      "roles/r.yaml:4:16: error: unknown skill 'b'\n"
				      "roles/r.yaml: note: … and 2 more\n"
				      "roles/s.yaml:4:10: error: unknown skill 'e'\n");
}

static void test_max_errors_zero_is_no_limit(void **state)
{
	struct fx *f = *state;
	put(f, "rungs.yaml", "max_errors: 0\n");
	put(f, "skills.yaml", SKILLS);
	put(f, "roles/r.yaml", "id: r\nfamily: f\nlevel: 1\nskills: {a: 1, b: 1}\n");
	assert_int_equal(load(f), -1);
	assert_int_equal(f->d.max_per_file, 0);
	assert_string_equal(diags(f), "roles/r.yaml:4:10: error: unknown skill 'a'\n"
				      "roles/r.yaml:4:16: error: unknown skill 'b'\n");
}

static void test_max_errors_option_wins(void **state)
{
	struct fx *f = *state;
	put(f, "rungs.yaml", "max_errors: 2\n");
	put(f, "skills.yaml", SKILLS);
	put(f, "roles/r.yaml", "id: r\nfamily: f\nlevel: 1\nskills: {a: 1, b: 1, c: 1, d: 1}\n");
	f->o.max_errors = 3;
	f->o.max_errors_set = true;
	assert_int_equal(load(f), -1);
	assert_int_equal(f->d.max_per_file, 3);
	assert_string_equal(diags(f), "roles/r.yaml:4:10: error: unknown skill 'a'\n"
				      "roles/r.yaml:4:16: error: unknown skill 'b'\n"
				      "roles/r.yaml:4:22: error: unknown skill 'c'\n"
				      "roles/r.yaml: note: … and 1 more\n");
}

static void test_max_errors_option_zero_is_no_limit(void **state)
{
	struct fx *f = *state;
	put(f, "rungs.yaml", "max_errors: 1\n");
	put(f, "skills.yaml", SKILLS);
	put(f, "roles/r.yaml", "id: r\nfamily: f\nlevel: 1\nskills: {a: 1, b: 1, c: 1}\n");
	f->o.max_errors = 0;
	f->o.max_errors_set = true;
	assert_int_equal(load(f), -1);
	assert_int_equal(f->d.max_per_file, 0);
	assert_string_equal(diags(f), "roles/r.yaml:4:10: error: unknown skill 'a'\n"
				      "roles/r.yaml:4:16: error: unknown skill 'b'\n"
				      "roles/r.yaml:4:22: error: unknown skill 'c'\n");
}

static void test_paths_only(void **state)
{
	struct fx *f = *state;
	put(f, "rungs.yaml", "paths: {people: hr/people.csv}\n");
	put_defs(f);
	f->o.paths_only = true;
	assert_int_equal(load(f), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->nskills, 0);
	assert_int_equal(f->m->nroles, 0);
	assert_int_equal(file_of(f, "hr/people.csv")->kind, PATH_PEOPLE);
	assert_int_equal(file_of(f, "skills.yaml")->kind, PATH_SKILLS);
	assert_int_equal(f->r->nfiles, 1 + PATH__COUNT);
}

static void test_problems_in_every_file_reported(void **state)
{
	struct fx *f = *state;
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c}\nskills:\n  - {id: sql}\n  - {id: sql}\n");
	put(f, "roles/r.yaml", "id: r\nfamily: f\nlevel: 1\ncritical: no\n");
	put(f, "people.csv", "id,name,role\nE1,,r\n");
	f->o.parts = PART_PEOPLE;
	assert_int_equal(load(f), -1);
	assert_string_equal(diags(f), "people.csv:2: error: empty name\n"
				      "roles/r.yaml:4:11: error: critical: expected true or false, found 'no'\n"
				      "skills.yaml:4:10: error: duplicate skill 'sql' (first at line 3)\n");
}

static void test_symlink_loop_in_roles(void **state)
{
	struct fx *f = *state;
	put_defs(f);
	char target[PATH_MAX], link[PATH_MAX];
	snprintf(target, sizeof target, "%s/roles", f->dir);
	snprintf(link, sizeof link, "%s/roles/data/up", f->dir);
	assert_int_equal(symlink(target, link), 0);
	assert_int_equal(load(f), 0);
	assert_string_equal(diags(f), "roles/data/up: warning: folder already scanned (a symbolic link loop?); skipped\n");
	assert_int_equal(f->m->nroles, 1);
}

/* A link leading out of the repo is refused whether it names a file or a
 * folder, absolute or relative; links within the repo are followed. */
static void test_symlinks_outside_repo_refused(void **state)
{
	struct fx *f = *state;
	put_defs(f);
	put(f, "shared/analyst-2.yaml", "id: analyst-2\nfamily: data\nlevel: 2\nskills: {sql: 3}\n");
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/roles/data/analyst-2.yaml", f->dir);
	assert_int_equal(symlink("../../shared/analyst-2.yaml", path), 0);
	snprintf(path, sizeof path, "%s/roles/passwd.yaml", f->dir);
	assert_int_equal(symlink("/etc/passwd", path), 0);
	snprintf(path, sizeof path, "%s/roles/up.yaml", f->dir);
	assert_int_equal(symlink("../../../../../../../../../../../etc/hostname", path), 0);
	assert_int_equal(load(f), -1);
	assert_string_equal(diags(f), "roles/passwd.yaml: error: symbolic link leads outside the data repo; not followed\n"
				      "roles/up.yaml: error: symbolic link leads outside the data repo; not followed\n");
	assert_int_equal(f->m->nroles, 2);
}

/* A FIFO named like a role would block the read forever. */
static void test_fifo_in_roles_refused(void **state)
{
	struct fx *f = *state;
	put_defs(f);
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/roles/pipe.yaml", f->dir);
	assert_int_equal(mkfifo(path, 0600), 0);
	assert_int_equal(load(f), -1);
	assert_string_equal(diags(f), "roles/pipe.yaml: error: cannot read file: not a regular file\n");
	assert_int_equal(f->m->nroles, 1);
}

/* A file that cannot be read is reported once; references into it are not
 * reported one by one. */
static void test_no_cascade_from_unreadable_skills(void **state)
{
	struct fx *f = *state;
	put(f, "skills.yaml", "scale: {1: a, 2: b}\nskills:\n\t- id: sql\n");
	put(f, "roles/r.yaml", "id: r\nfamily: f\nlevel: 1\nskills: {sql: 2, python: 1}\n");
	put(f, "learning.csv", "id,title,kind,skill,from,to,hours\nsql-1,SQL,course,sql,0,2,10\n");
	f->o.parts = PART_LEARNING;
	assert_int_equal(load(f), -1);
	assert_string_equal(diags(f), "skills.yaml:3:1: error: tab character in indentation (YAML indents with spaces)\n");
	assert_int_equal(f->m->nroles, 1);
}

static void test_no_cascade_from_unreadable_people(void **state)
{
	struct fx *f = *state;
	put_defs(f);
	put(f, "people.csv", "id;name;role\nE1;Ann;analyst-1\n");
	put(f, "assessments.csv", "employee,skill,level,date,source\nE1,sql,2,2026-01-01,self\n");
	put(f, "plans/E1.yaml", "employee: E1\nmentor: E2\n");
	f->o.parts = PART_PEOPLE | PART_ASSESSMENTS | PART_PLANS;
	assert_int_equal(load(f), -1);
	assert_string_equal(diags(f), "people.csv:1: error: file is semicolon-separated; rungs reads comma-separated CSV "
				      "(export with ',' as the separator)\n");
	assert_int_equal(f->m->nrows, 0);
}

static int load_empty_folders(struct fx *f)
{
	if (load(f) != 0 || f->d.n != 0)
		return 1;
	return f->m->nroles == 0 && f->m->nplans == 0 ? 0 : 2;
}

/* A new repo has no roles and no plans yet: empty folders load cleanly. */
static void test_empty_folders(void **state)
{
	struct fx *f = *state;
	put(f, "skills.yaml", SKILLS);
	mkdir_in(f, "roles");
	mkdir_in(f, "plans");
	f->o.parts = PART_PLANS;
	in_child(f, load_empty_folders);
}

/* The cache is written beside the command (a thread repo_free waits for),
 * or before repo_load returns when asked (a report going to a pipe) or
 * when one thread is all there is. */
static bool cache_written(struct fx *f)
{
	char path[PATH_MAX];
	struct stat st;
	snprintf(path, sizeof path, "%s/.rungs/evidence", f->dir);
	return stat(path, &st) == 0 && st.st_size > 0;
}

static void test_cache_written_beside_or_first(void **state)
{
	struct fx *f = *state;
	put_defs(f);
	put(f, "people.csv", "id,name,role\nE1,Ann,analyst-1\n");
	put(f, "assessments.csv", "employee,skill,level,date,source\nE1,sql,2,2026-01-01,self\n");
	/* a minute old: not racy, so a cache written after them is up to date */
	struct timespec now, ts[2];
	clock_gettime(CLOCK_REALTIME, &now);
	ts[0] = ts[1] = (struct timespec){now.tv_sec - 60, now.tv_nsec};
	const char *data[] = {"people.csv", "assessments.csv"};
	for (int k = 0; k < 2; k++) {
		char p[PATH_MAX];
		snprintf(p, sizeof p, "%s/%s", f->dir, data[k]);
		assert_int_equal(utimensat(AT_FDCWD, p, ts, 0), 0);
	}
	f->o.parts = PART_ALL;
	f->o.cache = true;
	f->o.load.threads = 2;
	assert_int_equal(load(f), 0);
	assert_non_null(f->r->store); /* being written meanwhile */
	repo_free(f->r);
	f->r = NULL;
	assert_true(cache_written(f));
	char rungs[PATH_MAX];
	snprintf(rungs, sizeof rungs, "%s/.rungs", f->dir);
	struct { bool first; unsigned threads; } first[] = {{true, 2}, {false, 1}};
	for (int k = 0; k < 2; k++) {
		rm_tree(rungs);
		f->o.store_first = first[k].first;
		f->o.load.threads = first[k].threads;
		assert_int_equal(load(f), 0);
		assert_null(f->r->store);
		assert_true(cache_written(f));
	}
	/* a cache that needs nothing written starts no thread */
	f->o.store_first = false;
	f->o.load.threads = 2;
	assert_int_equal(load(f), 0);
	assert_null(f->r->store);
	/* repo_done leaving the memory to exit still waits for the writing */
	repo_free(f->r);
	f->r = NULL;
	rm_tree(rungs);
	assert_int_equal(load(f), 0);
	assert_non_null(f->r->store);
	repo_done(f->r, false);
	assert_null(f->r->store);
	assert_true(cache_written(f));
	repo_done(NULL, false);
	repo_done(f->r, true); /* frees, as the teardown would have */
	f->r = NULL;
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_find_prefers_dir_then_env),
		T(test_find_nearest_ancestor_with_rungs_yaml),
		T(test_find_falls_back_to_working_directory),
		T(test_display_paths),
		T(test_load_everything),
		T(test_load_only_the_parts_asked),
		T(test_optional_files_may_be_missing),
		T(test_required_files_missing),
		T(test_definitions_always_required),
		T(test_repo_not_found),
		T(test_repo_is_a_file),
		T(test_working_directory_repo_shows_bare_paths),
		T(test_config_errors_stop_loading),
		T(test_config_warnings_do_not_stop_loading),
		T(test_max_errors_per_file),
		T(test_max_errors_zero_is_no_limit),
		T(test_max_errors_option_wins),
		T(test_max_errors_option_zero_is_no_limit),
		T(test_paths_only),
		T(test_problems_in_every_file_reported),
		T(test_symlink_loop_in_roles),
		T(test_symlinks_outside_repo_refused),
		T(test_fifo_in_roles_refused),
		T(test_no_cascade_from_unreadable_skills),
		T(test_no_cascade_from_unreadable_people),
		T(test_empty_folders),
		T(test_cache_written_beside_or_first),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
