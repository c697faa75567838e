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

static int cmp_path(const void *a, const void *b)
{
	return strcmp(((const struct listed_file *)a)->path, ((const struct listed_file *)b)->path);
}

/* The sort is by 8-byte keys past the shared prefix, then strcmp: it must
 * give strcmp's order for paths that tie on those bytes, end inside them,
 * hold bytes above 0x7f, or go into sub-folders ("a/x" after "a.yaml"). */
static void test_sort_is_byte_order(void **state)
{
	(void)state;
	static const char *tails[] = {"a.yaml", "a/x.yaml", "a", "ab", "abcdefgh.yaml", "abcdefgh.yml", "abcdefgg.yaml",
				      "abcdefghi.yaml", "\xc3\xa9t\xc3\xa9.yaml", "Z.yaml", "b/c/d.yaml", "b/c.yaml", "b.yaml"};
	enum { N = 4000 };
	struct listed_file got[N], want[N];
	unsigned seed = 7;
	for (size_t i = 0; i < N; i++) {
		seed = seed * 1103515245u + 12345u;
		char p[64];
		snprintf(p, sizeof p, "repo/plans/%s%s%u", tails[(seed >> 8) % (sizeof tails / sizeof tails[0])],
			 (seed >> 4) % 3 ? "" : "/", (seed >> 16) % 50);
		got[i] = (struct listed_file){strdup(p), {0}};
		want[i] = got[i];
	}
	listed_files_sort(got, N);
	qsort(want, N, sizeof want[0], cmp_path);
	for (size_t i = 0; i < N; i++)
		assert_string_equal(got[i].path, want[i].path);
	/* no prefix shared at all, and two alike */
	struct listed_file two[3] = {{"b", {0}}, {"a", {0}}, {"b", {0}}};
	listed_files_sort(two, 3);
	assert_string_equal(two[0].path, "a");
	assert_string_equal(two[2].path, "b");
	for (size_t i = 0; i < N; i++)
		free(got[i].path);
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_many_entries_list_as_few),
		T(test_few_entries),
		T(test_sort_is_byte_order),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
