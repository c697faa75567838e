/* A temporary data repo for the library's unit tests: made in setup,
 * filled with put(), loaded with load(), its diagnostics read with diags(),
 * removed in teardown. */
#ifndef RUNGS_TEST_FIXTURE_H
#define RUNGS_TEST_FIXTURE_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <sys/types.h>

#include <cmocka.h>

#include "repo.h"

struct fx {
	char dir[64];
	struct diag_list d;
	struct repo_opts o;
	struct repo *r;
	struct model *m;
	char *out;
	struct arena a; /* for loaders called directly */
};

void rm_tree(const char *path);
int setup(void **state);
int teardown(void **state);
/* Writes `n` bytes to the repo's file `rel`, making its folders. */
void put_n(struct fx *f, const char *rel, const char *data, size_t n);
void put(struct fx *f, const char *rel, const char *text);
void mkdir_in(struct fx *f, const char *rel);
int load(struct fx *f);
/* data-examples/, loaded whole and without a problem (repo_free it). */
struct repo *load_examples(void);
/* Overwrites n bytes at `at` of the repo's file rel (none when n is 0),
 * then cuts it to truncate_to bytes (unless negative): damage for caches. */
void damage_file(struct fx *f, const char *rel, off_t at, const char *bytes, size_t n, off_t truncate_to);
/* Every diagnostic, sorted, formatted one per line, with the repo's
 * directory left out of file names and messages. */
const char *diags(struct fx *f);

void load_clean(struct fx *f);
int32_t date_of(const char *s);
uint32_t skill_of(const struct model *m, const char *id);
uint32_t person_of(const struct model *m, const char *id);

#endif
