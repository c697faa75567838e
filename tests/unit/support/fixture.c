#include "fixture.h"

#include "date.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void rm_tree(const char *path)
{
	DIR *dh = opendir(path);
	if (dh) {
		struct dirent *de;
		while ((de = readdir(dh))) {
			if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
				continue;
			char p[PATH_MAX];
			snprintf(p, sizeof p, "%s/%s", path, de->d_name);
			struct stat st;
			if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
				rm_tree(p);
			else
				unlink(p);
		}
		closedir(dh);
	}
	rmdir(path);
}

int setup(void **state)
{
	struct fx *f = calloc(1, sizeof *f);
	if (!f)
		return -1;
	strcpy(f->dir, "/tmp/rungs-unit-XXXXXX");
	if (!mkdtemp(f->dir)) {
		free(f);
		return -1;
	}
	diag_init(&f->d, 0);
	f->o = (struct repo_opts){.dir = f->dir, .parts = PART_ALL};
	*state = f;
	return 0;
}

int teardown(void **state)
{
	struct fx *f = *state;
	repo_free(f->r);
	diag_free(&f->d);
	rm_tree(f->dir);
	free(f->out);
	arena_free(&f->a);
	free(f);
	return 0;
}

/* Writes `n` bytes to the repo's file `rel`, making its folders. */
void put_n(struct fx *f, const char *rel, const char *data, size_t n)
{
	char p[PATH_MAX];
	snprintf(p, sizeof p, "%s/%s", f->dir, rel);
	for (char *s = p + strlen(f->dir) + 1; (s = strchr(s, '/')) != NULL; s++) {
		*s = '\0';
		mkdir(p, 0700);
		*s = '/';
	}
	FILE *fp = fopen(p, "wb");
	assert_non_null(fp);
	assert_int_equal(fwrite(data, 1, n, fp), n);
	assert_int_equal(fclose(fp), 0);
}

void put(struct fx *f, const char *rel, const char *text)
{
	put_n(f, rel, text, strlen(text));
}

void mkdir_in(struct fx *f, const char *rel)
{
	char p[PATH_MAX];
	snprintf(p, sizeof p, "%s/%s", f->dir, rel);
	assert_int_equal(mkdir(p, 0700), 0);
}

void damage_file(struct fx *f, const char *rel, off_t at, const char *bytes, size_t n, off_t truncate_to)
{
	char p[256];
	snprintf(p, sizeof p, "%s/%s", f->dir, rel);
	int fd = open(p, O_RDWR);
	assert_true(fd >= 0);
	if (n)
		assert_int_equal(pwrite(fd, bytes, n, at), (ssize_t)n);
	if (truncate_to >= 0)
		assert_int_equal(ftruncate(fd, truncate_to), 0);
	close(fd);
}

struct repo *load_examples(void)
{
	const char *tests = getenv("RUNGS_TEST_DATA");
	char dir[4096];
	snprintf(dir, sizeof dir, "%s/../data-examples", tests ? tests : "tests");
	struct repo_opts o = {.dir = dir, .parts = PART_ALL};
	struct diag_list d;
	struct repo *r;
	diag_init(&d, 0);
	assert_int_equal(repo_load(&o, &d, &r), 0);
	assert_int_equal(d.errors, 0);
	diag_free(&d);
	return r;
}

int load(struct fx *f)
{
	repo_free(f->r);
	f->r = NULL;
	int rc = repo_load(&f->o, &f->d, &f->r);
	f->m = f->r ? f->r->model : NULL;
	return rc;
}

/* Every diagnostic, sorted, formatted one per line, with the repo's
 * directory left out of file names and messages. */
const char *diags(struct fx *f)
{
	if (f->d.n) /* diag_finish(empty list) passes NULL to qsort: see test_diag.c */
		diag_finish(&f->d);
	char prefix[80];
	snprintf(prefix, sizeof prefix, "%s/", f->dir);
	size_t pl = strlen(prefix), cap = 1, len = 0;
	for (size_t i = 0; i < f->d.n; i++)
		cap += strlen(diag_format(&f->d.v[i], &f->d.arena)) + 1;
	free(f->out);
	f->out = malloc(cap);
	assert_non_null(f->out);
	for (size_t i = 0; i < f->d.n; i++) {
		const char *s = diag_format(&f->d.v[i], &f->d.arena);
		while (*s) {
			if (strncmp(s, prefix, pl) == 0)
				s += pl;
			else
				f->out[len++] = *s++;
		}
		f->out[len++] = '\n';
	}
	f->out[len] = '\0';
	return f->out;
}

/* Loads the repo and insists it loaded cleanly. */
void load_clean(struct fx *f)
{
	int rc = load(f);
	assert_string_equal(diags(f), "");
	assert_int_equal(rc, 0);
	assert_non_null(f->m);
}


int32_t date_of(const char *s)
{
	int32_t d;
	assert_int_equal(date_parse(s, strlen(s), &d), 0);
	return d;
}


uint32_t skill_of(const struct model *m, const char *id)
{
	uint32_t s = model_skill(m, id);
	assert_int_not_equal(s, NONE);
	return s;
}


uint32_t person_of(const struct model *m, const char *id)
{
	uint32_t e = model_person(m, id);
	assert_int_not_equal(e, NONE);
	return e;
}
