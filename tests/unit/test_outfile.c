#include <dirent.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "outfile.h"

/* Each test works in a fresh directory of its own. */
struct fixture {
	char dir[64];
	char path[128]; /* dir/report.txt */
};

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));
	if (!fx)
		return -1;
	strcpy(fx->dir, "/tmp/rungs-test-outfile-XXXXXX");
	if (!mkdtemp(fx->dir)) {
		free(fx);
		return -1;
	}
	snprintf(fx->path, sizeof(fx->path), "%s/report.txt", fx->dir);
	*state = fx;
	return 0;
}

/* Removes dir and what the tests put in it: files and empty directories. */
static int remove_tree(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char path[512];
	int rc = 0;

	if (!d)
		return -1;
	while ((e = readdir(d))) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if (unlink(path) != 0 && rmdir(path) != 0)
			rc = -1;
	}
	closedir(d);
	return rmdir(dir) == 0 ? rc : -1;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	int rc = remove_tree(fx->dir);
	free(fx);
	return rc;
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	assert_int_equal(fputs(text, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
}

/* The file's contents; the caller frees. */
static char *read_file(const char *path)
{
	static char buf[4096];
	FILE *f = fopen(path, "r");
	size_t n;
	assert_non_null(f);
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	return strdup(buf);
}

/* Entries of dir other than . and .., and the first one's name. */
static size_t count_entries(const char *dir, char *first, size_t cap)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0;
	assert_non_null(d);
	while ((e = readdir(d))) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (n++ == 0 && first)
			snprintf(first, cap, "%s", e->d_name);
	}
	closedir(d);
	return n;
}

static void assert_file(const char *path, const char *want)
{
	char *got = read_file(path);
	assert_string_equal(got, want);
	free(got);
}

static void test_commit_replaces(void **state)
{
	struct fixture *fx = *state;
	struct outfile *of = NULL;

	write_file(fx->path, "old report\n");
	assert_int_equal(outfile_open(fx->path, &of), 0);
	assert_non_null(of);
	assert_int_equal(fputs("new report\n", outfile_stream(of)) >= 0, 1);
	/* still the old report until commit; the temporary has no name yet */
	assert_file(fx->path, "old report\n");
	assert_int_equal(count_entries(fx->dir, NULL, 0), 1);
	assert_int_equal(outfile_commit(of), 0);
	assert_file(fx->path, "new report\n");
	assert_int_equal(count_entries(fx->dir, NULL, 0), 1);
}

static void test_commit_creates(void **state)
{
	struct fixture *fx = *state;
	struct outfile *of = NULL;
	char name[256];

	assert_int_equal(outfile_open(fx->path, &of), 0);
	/* the temporary sits next to the report without a name (O_TMPFILE) */
	assert_int_equal(count_entries(fx->dir, name, sizeof(name)), 0);
	fputs("report\n", outfile_stream(of));
	assert_int_equal(outfile_commit(of), 0);
	assert_file(fx->path, "report\n");
	assert_int_equal(count_entries(fx->dir, name, sizeof(name)), 1);
	assert_string_equal(name, "report.txt");
}

static void test_abort_keeps_old(void **state)
{
	struct fixture *fx = *state;
	struct outfile *of = NULL;

	write_file(fx->path, "old report\n");
	assert_int_equal(outfile_open(fx->path, &of), 0);
	fputs("half a rep", outfile_stream(of));
	fflush(outfile_stream(of));
	errno = EPIPE;
	outfile_abort(of);
	assert_int_equal(errno, EPIPE); /* kept for the caller's message */
	assert_file(fx->path, "old report\n");
	assert_int_equal(count_entries(fx->dir, NULL, 0), 1);
	outfile_abort(NULL);
}

static void test_abort_leaves_nothing(void **state)
{
	struct fixture *fx = *state;
	struct outfile *of = NULL;

	assert_int_equal(outfile_open(fx->path, &of), 0);
	outfile_abort(of);
	assert_int_equal(count_entries(fx->dir, NULL, 0), 0);
}

static void test_open_missing_dir(void **state)
{
	struct fixture *fx = *state;
	static char sentinel;
	struct outfile *of = (struct outfile *)(void *)&sentinel; /* must be reset */
	char path[192];

	snprintf(path, sizeof(path), "%s/no/such/dir/report.txt", fx->dir);
	errno = 0;
	assert_int_equal(outfile_open(path, &of), -1);
	assert_int_equal(errno, ENOENT);
	assert_null(of);
	assert_int_equal(outfile_open("", &of), -1);
	assert_int_equal(errno, ENOENT);
	snprintf(path, sizeof(path), "%s/", fx->dir);
	assert_int_equal(outfile_open(path, &of), -1);
	assert_int_equal(errno, EISDIR);
	assert_int_equal(count_entries(fx->dir, NULL, 0), 0);
}

/* A commit that cannot rename leaves the old entry and no temporary. */
static void test_commit_fails_cleanly(void **state)
{
	struct fixture *fx = *state;
	struct outfile *of = NULL;
	struct stat st;

	assert_int_equal(outfile_open(fx->path, &of), 0);
	fputs("report\n", outfile_stream(of));
	assert_int_equal(mkdir(fx->path, 0755), 0); /* in the way by the time of the rename */
	errno = 0;
	assert_int_equal(outfile_commit(of), -1);
	assert_int_equal(errno, EISDIR);
	assert_int_equal(stat(fx->path, &st), 0);
	assert_true(S_ISDIR(st.st_mode));
	assert_int_equal(count_entries(fx->dir, NULL, 0), 1);
	/* a directory there from the start is refused at once */
	assert_int_equal(outfile_open(fx->path, &of), -1);
	assert_int_equal(errno, EISDIR);
	assert_null(of);
}

/* A run killed mid-write (here by SIGKILL before its commit) leaves the
 * old report and no temporary: the temporary never had a name. */
static void test_killed_mid_write_leaves_nothing(void **state)
{
	struct fixture *fx = *state;
	int status;

	write_file(fx->path, "old report\n");
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct outfile *of = NULL;
		if (outfile_open(fx->path, &of) != 0)
			_exit(1);
		for (int i = 0; i < 10000; i++)
			fputs("half a report\n", outfile_stream(of));
		fflush(outfile_stream(of));
		raise(SIGKILL);
		_exit(2);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
	assert_file(fx->path, "old report\n");
	assert_int_equal(count_entries(fx->dir, NULL, 0), 1);
}

/* A device is written in place, never replaced by a renamed file. */
static void test_device_written_in_place(void **state)
{
	struct outfile *of = NULL;
	struct stat st;

	(void)state;
	assert_int_equal(outfile_open("/dev/null", &of), 0);
	fputs("report\n", outfile_stream(of));
	assert_int_equal(outfile_commit(of), 0);
	assert_int_equal(stat("/dev/null", &st), 0);
	assert_true(S_ISCHR(st.st_mode));
	if (stat("/dev/full", &st) == 0) {
		assert_int_equal(outfile_open("/dev/full", &of), 0);
		fputs("report\n", outfile_stream(of));
		errno = 0;
		assert_int_equal(outfile_commit(of), -1);
		assert_int_equal(errno, ENOSPC);
		assert_int_equal(stat("/dev/full", &st), 0);
		assert_true(S_ISCHR(st.st_mode));
	}
}

static mode_t mode_with_umask(const char *path, mode_t mask)
{
	struct outfile *of = NULL;
	struct stat st;
	mode_t old = umask(mask);

	assert_int_equal(outfile_open(path, &of), 0);
	fputs("x\n", outfile_stream(of));
	assert_int_equal(outfile_commit(of), 0);
	umask(old);
	assert_int_equal(stat(path, &st), 0);
	return st.st_mode & 07777;
}

static void test_mode_honours_umask(void **state)
{
	struct fixture *fx = *state;

	assert_int_equal(mode_with_umask(fx->path, 022), 0644);
	assert_int_equal(mode_with_umask(fx->path, 027), 0640);
	assert_int_equal(mode_with_umask(fx->path, 077), 0600);
	assert_int_equal(mode_with_umask(fx->path, 0), 0666);
}

/* Without O_TMPFILE the temporary has a name: hidden, next to the report,
 * named after it; it replaces the old report on commit and goes away on
 * abort and on a failed commit. */
static void test_named_temporary_fallback(void **state)
{
	struct fixture *fx = *state;
	struct outfile *of = NULL;
	char name[256];

	outfile_force_named_temporary(1);
	write_file(fx->path, "old report\n");
	assert_int_equal(outfile_open(fx->path, &of), 0);
	assert_int_equal(count_entries(fx->dir, NULL, 0), 2);
	fputs("new report\n", outfile_stream(of));
	assert_int_equal(outfile_commit(of), 0);
	assert_file(fx->path, "new report\n");
	assert_int_equal(count_entries(fx->dir, name, sizeof(name)), 1);
	assert_string_equal(name, "report.txt");
	assert_int_equal(outfile_open(fx->path, &of), 0);
	outfile_abort(of);
	assert_int_equal(count_entries(fx->dir, NULL, 0), 1);
	assert_int_equal(outfile_open(fx->path, &of), 0);
	assert_int_equal(unlink(fx->path), 0);
	assert_int_equal(mkdir(fx->path, 0755), 0);
	assert_int_equal(outfile_commit(of), -1);
	assert_int_equal(count_entries(fx->dir, NULL, 0), 1);
	outfile_force_named_temporary(0);
}

/* A bare name goes to the working directory, temporary included. */
static void test_relative_path(void **state)
{
	struct fixture *fx = *state;
	struct outfile *of = NULL;
	char cwd[4096];

	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_int_equal(chdir(fx->dir), 0);
	assert_int_equal(outfile_open("out.csv", &of), 0);
	fputs("a,b\n", outfile_stream(of));
	assert_int_equal(outfile_commit(of), 0);
	assert_int_equal(chdir(cwd), 0);
	snprintf(cwd, sizeof(cwd), "%s/out.csv", fx->dir);
	assert_file(cwd, "a,b\n");
	assert_int_equal(count_entries(fx->dir, NULL, 0), 1);
}

static void test_stdout(void **state)
{
	struct outfile *of = NULL;

	(void)state;
	assert_int_equal(outfile_open(NULL, &of), 0);
	assert_ptr_equal(outfile_stream(of), stdout);
	assert_int_equal(outfile_commit(of), 0);
	assert_int_equal(outfile_open("-", &of), 0);
	assert_ptr_equal(outfile_stream(of), stdout);
	outfile_abort(of);
	assert_int_equal(outfile_commit(NULL), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_commit_replaces, setup, teardown),
		cmocka_unit_test_setup_teardown(test_commit_creates, setup, teardown),
		cmocka_unit_test_setup_teardown(test_abort_keeps_old, setup, teardown),
		cmocka_unit_test_setup_teardown(test_abort_leaves_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_open_missing_dir, setup, teardown),
		cmocka_unit_test_setup_teardown(test_commit_fails_cleanly, setup, teardown),
		cmocka_unit_test_setup_teardown(test_killed_mid_write_leaves_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_device_written_in_place, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mode_honours_umask, setup, teardown),
		cmocka_unit_test_setup_teardown(test_relative_path, setup, teardown),
		cmocka_unit_test_setup_teardown(test_named_temporary_fallback, setup, teardown),
		cmocka_unit_test(test_stdout),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
