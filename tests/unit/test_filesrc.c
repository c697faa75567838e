/* lib/filesrc: the folder walk of the disk source. A folder of many
 * entries is stat'ed on several threads; what it lists must be what one
 * thread would: every YAML file in byte order, each with the stamp stat(2)
 * gives, links within the repo followed and the rest skipped. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fixture.h"

#include "filesrc.h"

static void check_listing(struct fx *f, size_t nfiles)
{
	char root[256];
	snprintf(root, sizeof root, "%s/plans", f->dir);
	struct listed_file *files = NULL;
	size_t n = 0, cap = 0;
	struct diag_list d;
	diag_init(&d, 0);
	filesrc_disk.list_yaml(&filesrc_disk, root, f->dir, &files, &n, &cap, &d);
	assert_int_equal(d.n, 0);
	assert_int_equal(n, nfiles + 2); /* and the link, and the one in sub/ */
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		struct file_stamp want;
		assert_int_equal(stat(files[i].path, &st), 0);
		file_stamp_of(&st, &want);
		assert_true(file_stamp_same(&files[i].stamp, &want));
		if (i && strcmp(files[i - 1].path, files[i].path) >= 0)
			fail_msg("%s before %s", files[i - 1].path, files[i].path);
	}
	for (size_t i = 0; i < n; i++)
		free(files[i].path);
	free(files);
	diag_free(&d);
}

/* 9 000 entries: stat'ed on up to two threads of 4 096 or more. */
static void test_many_entries_list_as_few(void **state)
{
	struct fx *f = *state;
	char rel[64];
	for (int i = 0; i < 9000; i++) {
		snprintf(rel, sizeof rel, i % 10 ? "plans/p%05d.yaml" : "plans/p%05d.txt", i);
		put(f, rel, "employee: E1\n");
	}
	put(f, "plans/sub/q.yml", "employee: E2\n");
	char target[256], link[256];
	snprintf(target, sizeof target, "%s/plans/p00001.yaml", f->dir);
	snprintf(link, sizeof link, "%s/plans/zz-link.yaml", f->dir);
	assert_int_equal(symlink(target, link), 0);
	check_listing(f, 8100);
}

static void test_few_entries(void **state)
{
	struct fx *f = *state;
	put(f, "plans/a.yaml", "employee: E1\n");
	put(f, "plans/sub/q.yml", "employee: E2\n");
	char target[256], link[256];
	snprintf(target, sizeof target, "%s/plans/a.yaml", f->dir);
	snprintf(link, sizeof link, "%s/plans/b.yaml", f->dir);
	assert_int_equal(symlink(target, link), 0);
	check_listing(f, 1);
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_many_entries_list_as_few),
		T(test_few_entries),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
