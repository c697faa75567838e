/* lib/tempfile: files put in place whole, nothing left behind when a
 * write stops half way. */
#include <dirent.h>
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "tempfile.h"

struct dir {
	char path[64];
	char file[128]; /* path/data */
};

static int setup(void **state)
{
	struct dir *d = calloc(1, sizeof *d);
	if (!d)
		return -1;
	strcpy(d->path, "/tmp/rungs-test-tempfile-XXXXXX");
	if (!mkdtemp(d->path)) {
		free(d);
		return -1;
	}
	snprintf(d->file, sizeof d->file, "%s/data", d->path);
	*state = d;
	return 0;
}

static int teardown(void **state)
{
	struct dir *d = *state;
	DIR *dh = opendir(d->path);
	struct dirent *e;
	char p[sizeof d->path + sizeof e->d_name + 2];
	while (dh && (e = readdir(dh))) {
		snprintf(p, sizeof p, "%s/%s", d->path, e->d_name);
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			(void)(unlink(p) == 0 || rmdir(p) == 0);
	}
	if (dh)
		closedir(dh);
	int rc = rmdir(d->path);
	tempfile_force_named(0);
	free(d);
	return rc;
}

/* The entries of the folder, sorted, joined by spaces. */
static const char *entries(const struct dir *d)
{
	static char buf[1024];
	struct dirent **names;
	int n = scandir(d->path, &names, NULL, alphasort);
	assert_true(n >= 0);
	buf[0] = '\0';
	for (int i = 0; i < n; i++) {
		if (strcmp(names[i]->d_name, ".") && strcmp(names[i]->d_name, ".."))
			snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s", *buf ? " " : "", names[i]->d_name);
		free(names[i]);
	}
	free(names);
	return buf;
}

static void put_text(int fd, const char *s)
{
	assert_int_equal(write(fd, s, strlen(s)), (ssize_t)strlen(s));
}

static void assert_contents(const char *path, const char *want)
{
	char buf[256] = {0};
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	assert_string_equal(buf, want);
}

/* While it is written the file has no name; committed, it is the file. */
static void test_unnamed_until_committed(void **state)
{
	struct dir *d = *state;
	struct tempfile t;
	assert_int_equal(tempfile_open(&t, d->file, 0600), 0);
	assert_true(t.anon);
	put_text(t.fd, "whole\n");
	assert_string_equal(entries(d), "");
	assert_int_equal(tempfile_commit(&t), 0);
	assert_string_equal(entries(d), "data");
	assert_contents(d->file, "whole\n");
	struct stat st;
	assert_int_equal(stat(d->file, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
}

/* A writer killed half way leaves the old file and nothing else. */
static void test_killed_mid_write_leaves_nothing(void **state)
{
	struct dir *d = *state;
	FILE *f = fopen(d->file, "w");
	assert_non_null(f);
	fputs("old\n", f);
	fclose(f);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct tempfile t;
		if (tempfile_open(&t, d->file, 0600) != 0)
			_exit(1);
		for (int i = 0; i < 1000; i++)
			if (write(t.fd, "half a cache\n", 13) != 13)
				_exit(1);
		raise(SIGKILL);
		_exit(2);
	}
	int status;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
	assert_string_equal(entries(d), "data");
	assert_contents(d->file, "old\n");
}

/* Without O_TMPFILE the temporary is ".data.XXXXXX", one of ours; dropped,
 * it goes; committed, it is the file. */
static void test_named_temporary(void **state)
{
	struct dir *d = *state;
	tempfile_force_named(1);
	struct tempfile t;
	assert_int_equal(tempfile_open(&t, d->file, 0600), 0);
	assert_false(t.anon);
	const char *e = entries(d);
	assert_int_equal(strlen(e), strlen(".data.XXXXXX"));
	assert_true(tempfile_is_ours(e, "data"));
	tempfile_abort(&t);
	assert_string_equal(entries(d), "");
	assert_int_equal(tempfile_open(&t, d->file, 0600), 0);
	put_text(t.fd, "named\n");
	assert_int_equal(tempfile_commit(&t), 0);
	assert_string_equal(entries(d), "data");
	assert_contents(d->file, "named\n");
}

/* A rename that fails (a folder took the name) removes the temporary and
 * says why. */
static void test_failed_rename_cleans_up(void **state)
{
	struct dir *d = *state;
	for (int named = 0; named < 2; named++) {
		tempfile_force_named(named);
		struct tempfile t;
		assert_int_equal(tempfile_open(&t, d->file, 0600), 0);
		put_text(t.fd, "x");
		assert_int_equal(mkdir(d->file, 0700), 0);
		char inside[160];
		snprintf(inside, sizeof inside, "%s/keep", d->file);
		FILE *f = fopen(inside, "w");
		assert_non_null(f);
		fclose(f);
		int err = tempfile_commit(&t);
		assert_true(err == EISDIR || err == ENOTEMPTY || err == EEXIST);
		assert_string_equal(entries(d), "data");
		assert_int_equal(unlink(inside), 0);
		assert_int_equal(rmdir(d->file), 0);
	}
}

static void test_open_fails_cleanly(void **state)
{
	struct dir *d = *state;
	char p[160];
	struct tempfile t;
	snprintf(p, sizeof p, "%s/missing/data", d->path);
	assert_int_equal(tempfile_open(&t, p, 0600), -1);
	assert_int_equal(errno, ENOENT);
	snprintf(p, sizeof p, "%s/", d->path);
	assert_int_equal(tempfile_open(&t, p, 0600), -1);
	assert_int_equal(errno, EISDIR);
	assert_string_equal(entries(d), "");
}

static void test_which_names_are_ours(void **state)
{
	(void)state;
	assert_true(tempfile_is_ours(".evidence.a1B2c3", "evidence"));
	assert_true(tempfile_is_ours("evidence.tmp.12345", "evidence"));
	assert_true(tempfile_is_ours(".evidence.grown.000000", "evidence.grown"));
	assert_false(tempfile_is_ours(".evidence.grown.000000", "evidence"));
	assert_false(tempfile_is_ours(".evidence.a1b2c", "evidence"));   /* five */
	assert_false(tempfile_is_ours(".evidence.a1b2c3d", "evidence")); /* seven */
	assert_false(tempfile_is_ours(".evidence.a1-2c3", "evidence"));
	assert_false(tempfile_is_ours("evidence.tmp.", "evidence"));
	assert_false(tempfile_is_ours("evidence.tmp.12a", "evidence"));
	assert_false(tempfile_is_ours("evidence", "evidence"));
	assert_false(tempfile_is_ours(".plans-listing.abcdef", "plans"));
	assert_false(tempfile_is_ours("notes.txt", "evidence"));
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_unnamed_until_committed), T(test_killed_mid_write_leaves_nothing), T(test_named_temporary),
		T(test_failed_rename_cleans_up), T(test_open_fails_cleanly),	 T(test_which_names_are_ours),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
