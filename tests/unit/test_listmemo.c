/* lib/listmemo: a remembered listing is taken only while every folder it
 * read is as it was; what it gives is what a walk of the disk gives (the
 * same files, in the same order, with stamps as they are now); a listing
 * that met a link, reported a problem or saw a folder change within the
 * racy seconds is not remembered; a damaged memo is never taken. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include "fixture.h"

#include "listmemo.h"

struct listing {
	struct listed_file *files;
	size_t n, cap;
	struct arena paths; /* of a listing taken from the memo */
	bool in_arena;
};

static void listing_free(struct listing *l)
{
	for (size_t i = 0; i < l->n && !l->in_arena; i++)
		free(l->files[i].path);
	free(l->files);
	arena_free(&l->paths);
	*l = (struct listing){0};
}

static void paths(struct fx *f, char *root, char *memo)
{
	snprintf(root, 256, "%s/plans", f->dir);
	snprintf(memo, 256, "%s/memo", f->dir);
}

/* A walk of root now, and its memo written as the walk thread would, with
 * the walk taken to have begun `ago` seconds from now (negative: later). */
static bool remember(struct fx *f, struct listing *l, int ago)
{
	char root[256], memo[256];
	paths(f, root, memo);
	struct folder_log log = {0};
	struct diag_list d;
	diag_init(&d, 0);
	filesrc_disk_walk(root, f->dir, &l->files, &l->n, &l->cap, &d, &log);
	struct timespec at;
	clock_gettime(CLOCK_REALTIME, &at);
	at.tv_sec -= ago;
	char *buf;
	size_t size;
	bool kept = d.n == 0 && listmemo_build(root, &log, l->files, l->n, &at, &buf, &size);
	if (kept) {
		assert_true(file_replace(memo, buf, size));
		free(buf);
	}
	folder_log_free(&log);
	diag_free(&d);
	return kept;
}

static bool take(struct fx *f, struct listing *l)
{
	char root[256], memo[256];
	paths(f, root, memo);
	bool taken = listmemo_take(memo, root, &l->files, &l->n, &l->cap, &l->paths);
	l->in_arena |= taken;
	return taken;
}

static void assert_same_listing(const struct listing *a, const struct listing *b)
{
	assert_int_equal(a->n, b->n);
	for (size_t i = 0; i < a->n; i++) {
		assert_string_equal(a->files[i].path, b->files[i].path);
		assert_true(file_stamp_same(&a->files[i].stamp, &b->files[i].stamp));
	}
}

/* What a fresh walk lists now, against what the memo gives. */
static void assert_takes_as_walk(struct fx *f)
{
	struct listing walk = {0}, got = {0};
	char root[256], memo[256];
	paths(f, root, memo);
	struct diag_list d;
	diag_init(&d, 0);
	filesrc_disk_walk(root, f->dir, &walk.files, &walk.n, &walk.cap, &d, NULL);
	assert_true(take(f, &got));
	assert_same_listing(&walk, &got);
	listing_free(&walk);
	listing_free(&got);
	diag_free(&d);
}

static void assert_not_taken(struct fx *f)
{
	struct listing got = {0};
	struct listed_file keep = {strdup("before"), {0}};
	got.files = malloc(sizeof *got.files);
	got.files[0] = keep;
	got.n = got.cap = 1;
	assert_false(take(f, &got));
	assert_int_equal(got.n, 1); /* nothing appended */
	listing_free(&got);
}

/* File rel (entry `edited` of the listing l remembered) grows in place:
 * the memo is still taken, with that file's new stamp and entry `kept`'s old. */
static void assert_edit_seen(struct fx *f, const struct listing *l, const char *rel, size_t edited, size_t kept)
{
	char p[256];
	snprintf(p, sizeof p, "%s/%s", f->dir, rel);
	FILE *fp = fopen(p, "a");
	assert_non_null(fp);
	fputs("target: r\n", fp);
	fclose(fp);
	assert_takes_as_walk(f);
	struct listing got = {0};
	assert_true(take(f, &got));
	assert_string_equal(got.files[edited].path, l->files[edited].path);
	assert_false(file_stamp_same(&got.files[edited].stamp, &l->files[edited].stamp));
	assert_true(file_stamp_same(&got.files[kept].stamp, &l->files[kept].stamp));
	listing_free(&got);
}

static void tree(struct fx *f)
{
	put(f, "plans/E1.yaml", "employee: E1\n");
	put(f, "plans/E2.yaml", "employee: E2\n");
	put(f, "plans/notes.txt", "not a plan\n");
	put(f, "plans/.hidden.yaml", "employee: E9\n");
	put(f, "plans/ops/E3.yml", "employee: E3\n");
	put(f, "plans/ops/deep/E4.yaml", "employee: E4\n");
	mkdir_in(f, "plans/empty");
	put(f, "plans/E5.yaml", "employee: E5\n");
}

static void test_taken_as_walked(void **state)
{
	struct fx *f = *state;
	tree(f);
	struct listing l = {0};
	assert_true(remember(f, &l, -60));
	assert_int_equal(l.n, 5);
	assert_takes_as_walk(f);
	listing_free(&l);
}

/* An edit in place changes no folder: taken, with the file's new stamp. */
static void test_edit_in_place_new_stamp(void **state)
{
	struct fx *f = *state;
	tree(f);
	struct listing l = {0};
	assert_true(remember(f, &l, -60));
	assert_edit_seen(f, &l, "plans/ops/E3.yml", 3, 0);
	listing_free(&l);
}

/* Enough files for the stats to be shared between threads (each opening
 * the folders again) and the paths joined meanwhile, in two folders: taken
 * as walked, an edit in place seen, a removal refused. */
static void test_many_files_on_threads(void **state)
{
	struct fx *f = *state;
	char rel[64];
	for (int i = 0; i < 9000; i++) {
		snprintf(rel, sizeof rel, "plans/%s%05d.yaml", i % 2 ? "ops/E" : "E", i);
		put(f, rel, "employee: E\n");
	}
	struct listing l = {0};
	assert_true(remember(f, &l, -60));
	assert_int_equal(l.n, 9000);
	assert_takes_as_walk(f);
	assert_edit_seen(f, &l, "plans/ops/E08999.yaml", 8999, 4500);
	char p[256];
	snprintf(p, sizeof p, "%s/plans/ops/E04501.yaml", f->dir);
	assert_int_equal(unlink(p), 0);
	assert_not_taken(f); /* its folder changed with it */
	listing_free(&l);
}

static void change(struct fx *f, int what)
{
	char a[256], b[256];
	switch (what) {
	case 0:
		put(f, "plans/E6.yaml", "employee: E6\n");
		break;
	case 1:
		snprintf(a, sizeof a, "%s/plans/E2.yaml", f->dir);
		assert_int_equal(unlink(a), 0);
		break;
	case 2:
		snprintf(a, sizeof a, "%s/plans/E2.yaml", f->dir);
		snprintf(b, sizeof b, "%s/plans/E7.yaml", f->dir);
		assert_int_equal(rename(a, b), 0);
		break;
	case 3: /* deep in a sub-folder */
		put(f, "plans/ops/deep/E8.yaml", "employee: E8\n");
		break;
	case 4: /* into a folder that held none */
		put(f, "plans/empty/E9.yaml", "employee: E9\n");
		break;
	case 5: /* a file that became a folder */
		snprintf(a, sizeof a, "%s/plans/E5.yaml", f->dir);
		assert_int_equal(unlink(a), 0);
		mkdir_in(f, "plans/E5.yaml");
		break;
	case 6: /* a sub-folder swapped for a link to it */
		snprintf(a, sizeof a, "%s/plans/ops", f->dir);
		snprintf(b, sizeof b, "%s/plans-ops", f->dir);
		assert_int_equal(rename(a, b), 0);
		assert_int_equal(symlink(b, a), 0);
		break;
	case 7: /* the root folder swapped for another */
		snprintf(a, sizeof a, "%s/plans", f->dir);
		snprintf(b, sizeof b, "%s/plans-old", f->dir);
		assert_int_equal(rename(a, b), 0);
		tree(f);
		break;
	}
}

/* Any entry added, removed or renamed, at any depth: not taken. */
static void test_changed_folder_not_taken(void **state)
{
	struct fx *f = *state;
	for (int what = 0; what < 8; what++) {
		char p[256];
		snprintf(p, sizeof p, "%s/plans", f->dir);
		rm_tree(p);
		snprintf(p, sizeof p, "%s/plans-ops", f->dir);
		rm_tree(p);
		snprintf(p, sizeof p, "%s/plans-old", f->dir);
		rm_tree(p);
		tree(f);
		struct listing l = {0};
		assert_true(remember(f, &l, -60));
		listing_free(&l);
		change(f, what);
		assert_not_taken(f);
	}
}

/* A folder changed within the racy seconds of the walk is not remembered;
 * one changed before is. */
static void test_racy_not_remembered(void **state)
{
	struct fx *f = *state;
	tree(f);
	struct listing l = {0};
	assert_false(remember(f, &l, LISTMEMO_RACY_S - 1));
	listing_free(&l);
	assert_true(remember(f, &l, -LISTMEMO_RACY_S - 1));
	listing_free(&l);
}

/* A link anywhere, or a problem the walk reported: not remembered. */
static void test_links_and_problems_not_remembered(void **state)
{
	struct fx *f = *state;
	tree(f);
	char a[256], b[256];
	snprintf(a, sizeof a, "%s/plans/E1.yaml", f->dir);
	snprintf(b, sizeof b, "%s/plans/ops/link.yaml", f->dir);
	assert_int_equal(symlink(a, b), 0);
	struct listing l = {0};
	assert_false(remember(f, &l, -60));
	listing_free(&l);
	assert_int_equal(unlink(b), 0);
	assert_int_equal(mkfifo(b, 0600), 0); /* "not a regular file" */
	assert_false(remember(f, &l, -60));
	listing_free(&l);
	assert_int_equal(unlink(b), 0);
	assert_true(remember(f, &l, -60));
	listing_free(&l);
}

/* The tree listed and remembered; the memo's path and bytes. */
static void remembered(struct fx *f, char *memo, struct file_data *good)
{
	char root[256];
	struct listing l = {0};
	tree(f);
	assert_true(remember(f, &l, -60));
	listing_free(&l);
	paths(f, root, memo);
	assert_int_equal(file_read_all(memo, good), 0);
}

/* Every byte of the memo matters: each one damaged in turn (and the file
 * cut short, and another file in its place) is refused. */
static void test_damaged_memo_refused(void **state)
{
	struct fx *f = *state;
	char memo[256];
	struct file_data good;
	remembered(f, memo, &good);
	for (size_t at = 0; at < good.size; at++) {
		char *bad = malloc(good.size);
		memcpy(bad, good.data, good.size);
		bad[at] ^= 0x20;
		assert_true(file_replace(memo, bad, good.size));
		free(bad);
		assert_not_taken(f);
	}
	assert_true(file_replace(memo, good.data, good.size - 1));
	assert_not_taken(f);
	assert_true(file_replace(memo, "rungs", 5));
	assert_not_taken(f);
	assert_true(file_replace(memo, good.data, good.size));
	assert_takes_as_walk(f);
	file_data_free(&good);
}

/* A memo that passes its hash but names what a walk never lists (a hidden
 * file, a name with a slash, a folder above the root) is refused. */
static void test_foreign_names_refused(void **state)
{
	struct fx *f = *state;
	put(f, "plans/E1.yaml", "employee: E1\n");
	put(f, "plans/xx/E2.yaml", "employee: E2\n");
	char root[256], memo[256];
	paths(f, root, memo);
	static const char *evil[][2] = {{"E1.yaml", ".E1.yml"}, {"E1.yaml", "E/1.yml"}, {"E1.yaml", "E1.yamm"},
					{"xx", ".."}, {"xx", "x/"}};
	for (size_t k = 0; k < sizeof evil / sizeof evil[0]; k++) {
		struct listing l = {0};
		struct folder_log log = {0};
		struct diag_list d;
		diag_init(&d, 0);
		filesrc_disk_walk(root, f->dir, &l.files, &l.n, &l.cap, &d, &log);
		struct timespec at;
		clock_gettime(CLOCK_REALTIME, &at);
		at.tv_sec += 60;
		char *buf;
		size_t size;
		assert_true(listmemo_build(root, &log, l.files, l.n, &at, &buf, &size));
		/* the same length, so the layout holds: only the hash is redone */
		char *p = NULL;
		for (size_t i = 0; !p && i + strlen(evil[k][0]) < size; i++)
			if (memcmp(buf + i, evil[k][0], strlen(evil[k][0]) + 1) == 0)
				p = buf + i;
		assert_non_null(p);
		assert_int_equal(strlen(evil[k][0]), strlen(evil[k][1]));
		memcpy(p, evil[k][1], strlen(evil[k][1]));
		uint64_t h = XXH3_64bits(buf + 48, size - 48);
		memcpy(buf + 24, &h, 8);
		assert_true(file_replace(memo, buf, size));
		free(buf);
		assert_not_taken(f);
		folder_log_free(&log);
		listing_free(&l);
		diag_free(&d);
	}
}

/* Counts in the header that make the sections' sizes wrap round to the
 * file's size (the hash, of what follows the header, still holds): refused
 * before anything past the file is read. */
static void test_wrapping_counts_refused(void **state)
{
	struct fx *f = *state;
	char memo[256];
	struct file_data good;
	remembered(f, memo, &good);
	static const uint32_t nfiles[] = {1000, 100000000, UINT32_MAX};
	for (size_t k = 0; k < sizeof nfiles / sizeof nfiles[0]; k++) {
		char *bad = malloc(good.size);
		memcpy(bad, good.data, good.size);
		uint32_t nfolders;
		memcpy(&nfolders, bad + 32, 4);
		uint64_t strings = (uint64_t)good.size - 48 - 64 * (uint64_t)nfolders - 8 * (uint64_t)nfiles[k];
		memcpy(bad + 36, &nfiles[k], 4);
		memcpy(bad + 40, &strings, 8);
		assert_true(file_replace(memo, bad, good.size));
		free(bad);
		assert_not_taken(f);
	}
	file_data_free(&good);
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_many_files_on_threads),
		T(test_taken_as_walked),
		T(test_edit_in_place_new_stamp),
		T(test_changed_folder_not_taken),
		T(test_racy_not_remembered),
		T(test_links_and_problems_not_remembered),
		T(test_damaged_memo_refused),
		T(test_foreign_names_refused),
		T(test_wrapping_counts_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
