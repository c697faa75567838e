/* lib/cache: people and the evidence log kept parsed under .rungs/. Every
 * load here is compared with a load that does not use the cache: the cache
 * must never change a result, only how it is reached. */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include "fixture.h"

#include "date.h"
#include "repo.h"

#define HEADER "employee,skill,level,date,source,assessor,note\n"

static void put_base(struct fx *f)
{
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c, 4: d, 5: e}\n"
			      "skills:\n"
			      "  - {id: sql, aliases: [sequel]}\n"
			      "  - {id: python}\n"
			      "  - {id: excel}\n");
	put(f, "roles/analyst-1.yaml", "id: analyst-1\nfamily: data\nlevel: 1\nskills: {sql: 2}\n");
	put(f, "people.csv", "id,name,role,manager,department,aspirations\n"
			     "E1,Ann,analyst-1,,Data,analyst-1\n"
			     "E2,Bob,analyst-1,E1,Data,\n"
			     "E3,Cid,analyst-2,E1,Ops,nowhere\n");
	put(f, "assessments.csv", HEADER "E2,sql,3,2026-05-01,manager,E1,\n"
					 "E1,sql,2,2026-03-01,self,,\n"
					 "E1,python,1,2026-01-15,test,HackerRank,timed\n"
					 "E9,sql,3,2026-01-01,peer,E2,good\n"
					 "E2,python,2,2026-02-01,course,py-101,\n"
					 "E1,sequel,4,2026-03-01,manager,E3,\n");
}

/* Everything loaded about people and evidence, and the diagnostics. */
static char *everything(struct fx *f)
{
	const struct model *m = f->m;
	size_t cap = (1 << 16) + m->nrows * 80 + (size_t)m->npeople * 128, len = 0;
	char *buf = malloc(cap);
	assert_non_null(buf);
	buf[0] = '\0';
	for (uint32_t e = 0; e < m->npeople; e++) {
		const struct person *p = &m->people[e];
		len += (size_t)snprintf(buf + len, cap - len, "%s %s %s r%u m%u d%u l%u @%u asp", person_text(m, p->id),
					person_text(m, p->name), person_text(m, p->role_id),
					p->role, p->manager, p->department, p->location, p->line);
		for (uint32_t i = 0; i < p->asp_n; i++)
			len += (size_t)snprintf(buf + len, cap - len, " %u", m->aspirations[p->asp_off + i]);
		len += (size_t)snprintf(buf + len, cap - len, "\n");
		size_t n;
		struct rows_buf rb;
		const struct assessment *a = model_rows(m, e, &n, &rb);
		for (size_t i = 0; i < n; i++)
			len += (size_t)snprintf(buf + len, cap - len, "  %s %u %d %u '%s' @%u\n", m->skills[a[i].skill].id,
						a[i].level, a[i].date, a[i].source, model_assessor(m, a[i].assessor), a[i].line);
	}
	len += (size_t)snprintf(buf + len, cap - len, "rows %zu, groups %zu\n%s", m->nrows, m->groups.n, diags(f));
	return buf;
}

static char *load_text(struct fx *f, bool cache)
{
	diag_free(&f->d);
	diag_init(&f->d, 0);
	f->o.cache = cache;
	f->o.parts = PART_SKILLS | PART_ROLES | PART_PEOPLE | PART_ASSESSMENTS;
	load(f);
	return everything(f);
}

/* Loads with the cache and checks the result is what a load without it gives. */
static void same_as_uncached(struct fx *f, bool want_mapped, bool want_tail)
{
	char *with = load_text(f, true);
	bool mapped = f->m->rows_mapped, tail = f->m->tail != NULL;
	char *without = load_text(f, false);
	if (strcmp(with, without)) {
		FILE *a = fopen("/tmp/with.txt", "w"), *b = fopen("/tmp/without.txt", "w");
		fputs(with, a); fputs(without, b); fclose(a); fclose(b);
	}
	assert_string_equal(with, without);
	assert_int_equal(mapped, want_mapped);
	assert_int_equal(tail, want_tail);
	free(with);
	free(without);
}

static void cache_path(struct fx *f, char *p, size_t n, const char *rel)
{
	snprintf(p, n, "%s/.rungs/%s", f->dir, rel);
}

static void append(struct fx *f, const char *rel, const char *text)
{
	char p[256];
	snprintf(p, sizeof p, "%s/%s", f->dir, rel);
	FILE *fp = fopen(p, "a");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
}

static void test_first_run_builds_second_maps(void **state)
{
	struct fx *f = *state;
	put_base(f);
	same_as_uncached(f, false, false);
	char p[256];
	struct stat st;
	cache_path(f, p, sizeof p, "");
	assert_int_equal(stat(p, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	cache_path(f, p, sizeof p, ".gitignore");
	assert_int_equal(stat(p, &st), 0);
	assert_int_equal(st.st_size, 2);
	same_as_uncached(f, true, false);
	same_as_uncached(f, true, false);
	/* people from the cache are used where they lie, never copied; a load
	 * without it has its own */
	free(load_text(f, true));
	assert_true(f->m->people_mapped);
	free(load_text(f, false));
	assert_false(f->m->people_mapped);
}

static void test_appended_rows_are_read_alone(void **state)
{
	struct fx *f = *state;
	put_base(f);
	same_as_uncached(f, false, false);
	append(f, "assessments.csv", "E2,sql,4,2026-06-01,manager,E1,\nE3,excel,2,2026-06-02,test,Quiz,\nE8,sql,1,2026-06-03,self,,\n");
	same_as_uncached(f, true, true);
	/* the cache took the new rows in: the next run maps them all */
	same_as_uncached(f, true, false);
	/* a last line still being written is read, not cached */
	append(f, "assessments.csv", "E1,excel,3,2026-06-04,peer,E2,");
	same_as_uncached(f, true, true);
	append(f, "assessments.csv", "\nE1,excel,4,2026-06-05,peer,E2,\n");
	same_as_uncached(f, true, true);
	same_as_uncached(f, true, false);
}

/* people.csv with n people, P00000 on; returns a buffer of its size for
 * the caller's log. */
static char *put_many_people(struct fx *f, int n, size_t *cap)
{
	*cap = (size_t)n * 32 + 64;
	char *text = malloc(*cap);
	assert_non_null(text);
	size_t len = (size_t)snprintf(text, *cap, "id,name,role\n");
	for (int i = 0; i < n; i++)
		len += (size_t)snprintf(text + len, *cap - len, "P%05d,N%d,analyst-1\n", i, i);
	put(f, "people.csv", text);
	return text;
}

/* Appended rows of people anywhere in a large organisation (the first,
 * the last, with cached rows on both sides of theirs) are merged in order
 * with their cached ones. */
static void test_appended_rows_merged_in_every_block(void **state)
{
	struct fx *f = *state;
	put_base(f);
	enum { N = 70000 };
	size_t cap, n;
	char *text = put_many_people(f, N, &cap);
	n = (size_t)snprintf(text, cap, "%s", HEADER);
	for (int i = 0; i < N; i += 97)
		n += (size_t)snprintf(text + n, cap - n, "P%05d,sql,%d,2026-02-0%d,manager,P00001,\n", i, 1 + i % 5, 1 + i % 9);
	put(f, "assessments.csv", text);
	free(text);
	same_as_uncached(f, false, false);
	append(f, "assessments.csv", "P00000,sql,5,2026-01-01,self,,\n"   /* block 0, before its cached row */
				     "P65535,python,2,2026-03-01,test,Quiz,\n" /* the last of block 0 */
				     "P65536,sql,3,2026-01-05,peer,P00002,\n"  /* the first of block 1 */
				     "P65572,sql,1,2026-01-01,self,,\n"        /* cached rows on both sides */
				     "P65572,sql,2,2026-09-01,self,,\n"
				     "P69999,excel,4,2026-04-01,course,c,\n");  /* the last person */
	same_as_uncached(f, true, true);
	/* the appended rows' ids were looked up in the cache's people index,
	 * not in a map built for the run */
	free(load_text(f, true));
	assert_non_null(f->m->person_index.slot);
	assert_int_equal(f->m->person_ids.n, 0);
}

/* Appended rows are merged with the cached ones when they are asked for,
 * in a buffer of ROWS_BUF_ROWS rows; someone with more rows than that has
 * them merged once at load. At the edge and past it, on either side of
 * the cached rows of the same skill: the rows are those of a load without
 * the cache, and only the one past the edge is merged at load. */
static void test_appended_rows_beyond_the_buffer(void **state)
{
	struct fx *f = *state;
	put_base(f);
	size_t cap = 1 << 20, n = 0;
	char *text = malloc(cap);
	assert_non_null(text);
	n = (size_t)snprintf(text, cap, "%s", HEADER);
	const struct {
		const char *who;
		int cached;
	} many[] = {{"E1", ROWS_BUF_ROWS - 1}, {"E2", ROWS_BUF_ROWS - 2}, {"E3", ROWS_BUF_ROWS}};
	for (size_t k = 0; k < 3; k++)
		for (int i = 0; i < many[k].cached; i++)
			n += (size_t)snprintf(text + n, cap - n, "%s,%s,%d,2026-%02d-%02d,peer,E%d,\n", many[k].who,
					      i % 3 ? "sql" : "excel", 1 + i % 5, 1 + i % 12, 1 + i % 28, i);
	put(f, "assessments.csv", text);
	free(text);
	same_as_uncached(f, false, false);
	/* E1 reaches the buffer's size, E2 stays under it, E3 goes past */
	append(f, "assessments.csv", "E1,sql,5,2026-01-02,self,,\n"
				     "E2,python,3,2026-12-31,test,Quiz,\n"
				     "E3,sql,1,2025-01-01,self,,\n"
				     "E3,sql,2,2026-12-31,self,,\n");
	same_as_uncached(f, true, true);
	same_as_uncached(f, true, true);
	free(load_text(f, true));
	const struct model *m = f->m;
	assert_non_null(m->tail);
	assert_non_null(m->xrows_of);
	uint32_t e1 = model_person(m, "E1"), e2 = model_person(m, "E2"), e3 = model_person(m, "E3");
	assert_int_equal(m->xrows_of[e1 + 1] - m->xrows_of[e1], 0);
	assert_int_equal(m->xrows_of[e2 + 1] - m->xrows_of[e2], 0);
	assert_int_equal(m->xrows_of[e3 + 1] - m->xrows_of[e3], ROWS_BUF_ROWS + 2);
	struct rows_buf rb;
	size_t k;
	assert_ptr_equal(model_rows(m, e1, &k, &rb), rb.row);
	assert_int_equal(k, ROWS_BUF_ROWS);
	assert_ptr_not_equal(model_rows(m, e3, &k, &rb), rb.row);
	assert_int_equal(k, ROWS_BUF_ROWS + 2);
}

/* A log 32 times the size of what is appended to it. */
static void put_long_log(struct fx *f)
{
	char *log = malloc(1 << 16);
	assert_non_null(log);
	size_t n = (size_t)snprintf(log, 1 << 16, "%s", HEADER);
	for (int i = 0; i < 200; i++)
		n += (size_t)snprintf(log + n, (1 << 16) - n, "E%d,%s,%d,2026-0%d-1%d,manager,E1,\n", 1 + i % 3,
				      i % 2 ? "sql" : "python", 1 + i % 5, 1 + i % 6, i % 10);
	put(f, "assessments.csv", log);
	free(log);
}

static void stat_cache(struct fx *f, const char *rel, struct stat *st)
{
	char p[256];
	cache_path(f, p, sizeof p, rel);
	assert_int_equal(stat(p, st), 0);
}

/* A small append leaves the cache as it is: evidence.grown vouches for
 * its part of the log as the log is now, and the rows past it are parsed
 * on every run; a large one rewrites it. */
static void test_small_append_keeps_the_cache(void **state)
{
	struct fx *f = *state;
	put_base(f);
	put_long_log(f);
	same_as_uncached(f, false, false);
	same_as_uncached(f, true, false);
	struct stat before, after;
	stat_cache(f, "evidence", &before);
	append(f, "assessments.csv", "E2,excel,4,2026-06-01,manager,E1,\n");
	same_as_uncached(f, true, true);
	same_as_uncached(f, true, true);
	stat_cache(f, "evidence", &after);
	assert_int_equal(after.st_ino, before.st_ino);
	assert_int_equal(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
	stat_cache(f, "evidence.grown", &after);
	/* the cached part edited in place, the size kept: found, rebuilt */
	char p[256];
	snprintf(p, sizeof p, "%s/assessments.csv", f->dir);
	int fd = open(p, O_RDWR);
	assert_true(fd >= 0);
	assert_int_equal(pwrite(fd, "5", 1, (off_t)strlen(HEADER) + 7), 1); /* the first row's level */
	close(fd);
	same_as_uncached(f, false, false);
	same_as_uncached(f, true, false);
	/* a damaged evidence.grown is not trusted: the cached part is checked */
	append(f, "assessments.csv", "E3,excel,2,2026-06-02,test,Quiz,\n");
	same_as_uncached(f, true, true);
	char g[256];
	cache_path(f, g, sizeof g, "evidence.grown");
	fd = open(g, O_RDWR);
	assert_true(fd >= 0);
	assert_int_equal(pwrite(fd, "\x01", 1, 9), 1);
	close(fd);
	same_as_uncached(f, true, true);
	/* appends past a sixteenth of the cached part rewrite the cache */
	stat_cache(f, "evidence", &before);
	for (int i = 0; i < 20; i++)
		append(f, "assessments.csv", "E1,excel,3,2026-06-03,peer,E2,\n");
	same_as_uncached(f, true, true);
	stat_cache(f, "evidence", &after);
	assert_int_not_equal(after.st_ino, before.st_ino);
	same_as_uncached(f, true, false);
}

static void test_edited_or_truncated_log_rebuilds(void **state)
{
	struct fx *f = *state;
	put_base(f);
	same_as_uncached(f, false, false);
	/* the same size, one level changed */
	put(f, "assessments.csv", HEADER "E2,sql,4,2026-05-01,manager,E1,\n"
					 "E1,sql,2,2026-03-01,self,,\n"
					 "E1,python,1,2026-01-15,test,HackerRank,timed\n"
					 "E9,sql,3,2026-01-01,peer,E2,good\n"
					 "E2,python,2,2026-02-01,course,py-101,\n"
					 "E1,sequel,4,2026-03-01,manager,E3,\n");
	same_as_uncached(f, false, false);
	same_as_uncached(f, true, false);
	put(f, "assessments.csv", HEADER "E2,sql,4,2026-05-01,manager,E1,\n");
	same_as_uncached(f, false, false);
}

static void test_people_or_skills_changed_rebuilds(void **state)
{
	struct fx *f = *state;
	put_base(f);
	same_as_uncached(f, false, false);
	append(f, "people.csv", "E0,Zed,analyst-1,,Ops,\n");
	same_as_uncached(f, false, false); /* every index moved */
	same_as_uncached(f, true, false);
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c, 4: d, 5: e}\n"
			      "skills:\n"
			      "  - {id: sql, aliases: [sequel, structured-query]}\n"
			      "  - {id: python}\n"
			      "  - {id: excel}\n");
	same_as_uncached(f, false, false);
	same_as_uncached(f, true, false);
}

/* Damage of every kind is noticed and the cache rebuilt. */
static void damage(struct fx *f, off_t at, const char *bytes, size_t n, off_t truncate_to)
{
	damage_file(f, ".rungs/evidence", at, bytes, n, truncate_to);
}

/* One person's rows, as load_text prints them. */
static char *rows_of(struct fx *f, const char *id)
{
	const struct model *m = f->m;
	uint32_t e = model_person(m, id); /* NONE: no one's rows */
	size_t n, cap = 1 << 22, len = 0;
	char *buf = malloc(cap);
	assert_non_null(buf);
	buf[0] = '\0';
	struct rows_buf rb;
	const struct assessment *a = model_rows(m, e, &n, &rb);
	for (size_t i = 0; i < n && len < cap - 200; i++)
		len += (size_t)snprintf(buf + len, cap - len, "%s %u %d %u '%s' @%u\n", m->skills[a[i].skill].id, a[i].level,
					a[i].date, a[i].source, model_assessor(m, a[i].assessor), a[i].line);
	return buf;
}

static char *load_one(struct fx *f, const char *evidence_of, bool cache)
{
	diag_free(&f->d);
	diag_init(&f->d, 0);
	f->o.cache = cache;
	f->o.parts = PART_SKILLS | PART_ROLES | PART_PEOPLE | PART_ASSESSMENTS;
	f->o.load.evidence_of = evidence_of;
	load(f);
	f->o.load.evidence_of = NULL;
	return rows_of(f, evidence_of);
}

/* Loaded for one person's evidence: their rows as without the cache, and
 * whether only theirs were handed over (checked alone in the cache). */
static void one_as_uncached(struct fx *f, const char *id, bool want_mapped, bool want_one)
{
	char *with = load_one(f, id, true);
	bool mapped = f->m->rows_mapped, one = f->m->rows_one;
	size_t others = 0, n;
	struct rows_buf rb;
	for (uint32_t e = 0; e < f->m->npeople; e++)
		if (strcmp(person_id(f->m, e), id) != 0 && model_rows(f->m, e, &n, &rb))
			others += n;
	char *without = load_one(f, id, false);
	assert_string_equal(with, without);
	assert_int_equal(mapped, want_mapped);
	assert_int_equal(one, want_one);
	if (one)
		assert_int_equal(others, 0); /* nobody else's rows, unchecked, are seen */
	free(with);
	free(without);
}

/* A log of some 150 000 rows, most of them E3's: the cache holds several
 * chunks, E3's rows in the last ones, E1's in the first. */
static void put_chunked_log(struct fx *f)
{
	size_t cap = 8u << 20, n = 0;
	char *log = malloc(cap);
	assert_non_null(log);
	n += (size_t)snprintf(log + n, cap - n, "%sE1,sql,2,2026-03-01,self,,\nE2,excel,3,2026-04-01,peer,E1,\n", HEADER);
	for (int i = 0; i < 150000; i++)
		n += (size_t)snprintf(log + n, cap - n, "E3,%s,%d,2026-0%d-%02d,peer,E2,\n", i % 3 ? "python" : "excel",
				      1 + i % 5, 1 + i % 9, 1 + i % 28);
	put(f, "assessments.csv", log);
	free(log);
}

static void test_one_persons_rows_checked_alone(void **state)
{
	struct fx *f = *state;
	put_base(f);
	put_chunked_log(f);
	same_as_uncached(f, false, false);
	same_as_uncached(f, true, false); /* rewritten if the first was racy */
	same_as_uncached(f, true, false);
	one_as_uncached(f, "E1", true, true);
	one_as_uncached(f, "E3", true, true);
	one_as_uncached(f, "E404", true, true); /* nobody: no rows for anyone */
	/* a byte of E3's rows damaged: a load for E1 does not read them */
	struct stat st;
	stat_cache(f, "evidence", &st);
	damage(f, st.st_size - 200, "\x7f", 1, -1);
	one_as_uncached(f, "E1", true, true);
	/* one for E3 notices, reads the log and rebuilds the cache */
	one_as_uncached(f, "E3", false, false);
	one_as_uncached(f, "E3", true, true);
	damage(f, st.st_size - 200, "\x7f", 1, -1);
	same_as_uncached(f, false, false); /* so does every load of all rows */
	same_as_uncached(f, true, false);
	/* the log written again with the same bytes (a new stamp): once its
	 * cached part is vouched for (evidence.grown; twice, if the first was
	 * racy), one person's rows are checked alone again */
	put_chunked_log(f);
	one_as_uncached(f, "E1", true, false); /* the cached part checked against the log */
	free(load_one(f, "E1", true));
	one_as_uncached(f, "E1", true, true);
	one_as_uncached(f, "E3", true, true);
	/* rows appended since: all rows are checked and merged as always */
	append(f, "assessments.csv", "E1,excel,4,2026-06-01,manager,E2,\n");
	one_as_uncached(f, "E1", true, false);
}


/* The cache file's bytes, read whole (*size of them). */
static unsigned char *read_cache(struct fx *f, size_t *size)
{
	char p[256];
	cache_path(f, p, sizeof p, "evidence");
	FILE *fp = fopen(p, "rb");
	assert_non_null(fp);
	struct stat st;
	assert_int_equal(fstat(fileno(fp), &st), 0);
	unsigned char *b = malloc((size_t)st.st_size);
	assert_non_null(b);
	assert_int_equal(fread(b, 1, (size_t)st.st_size, fp), (size_t)st.st_size);
	fclose(fp);
	*size = (size_t)st.st_size;
	return b;
}

static uint64_t u64_at(const unsigned char *b, size_t at)
{
	uint64_t v;
	memcpy(&v, b + at, sizeof v);
	return v;
}

/* Where the sections at the cache's end start: the people index and the
 * chunk table (the last), each 64-byte aligned. The header's file_size is
 * at byte 16, nchunks at 32. */
static void cache_tail_layout(const unsigned char *b, uint32_t npeople, uint64_t *index, uint64_t *table)
{
	uint64_t nchunks = u64_at(b, 32);
	*table = u64_at(b, 16) - ((nchunks * 8 + 63) & ~(uint64_t)63);
	*index = *table - ((people_index_slots(npeople) * sizeof(struct people_slot) + 63) & ~(uint64_t)63);
}

static void test_damaged_cache_is_rebuilt(void **state)
{
	struct fx *f = *state;
	put_base(f);
	same_as_uncached(f, false, false);
	same_as_uncached(f, true, false);
	struct stat st;
	char p[256];
	cache_path(f, p, sizeof p, "evidence");
	assert_int_equal(stat(p, &st), 0);
	size_t size;
	unsigned char *b = read_cache(f, &size);
	uint64_t index, table;
	cache_tail_layout(b, f->m->npeople, &index, &table);
	free(b);
	/* a flipped byte in the rows, near their end */
	damage(f, (off_t)index - 70, "\x7f", 1, -1);
	same_as_uncached(f, false, false);
	same_as_uncached(f, true, false);
	/* cut short */
	damage(f, 0, NULL, 0, st.st_size / 2);
	same_as_uncached(f, false, false);
	same_as_uncached(f, true, false);
	/* something else entirely */
	damage(f, 0, "not a cache at all, but long enough to look at its header and more", 66, 66);
	same_as_uncached(f, false, false);
	/* a cache of another version */
	same_as_uncached(f, true, false);
	damage(f, 8, "\x63", 1, -1); /* version 99 */
	same_as_uncached(f, false, false);
	same_as_uncached(f, true, false);
	/* the hash of the chunk table (header byte 24), and the number of
	 * chunks (byte 32): a layout that is not the one the counts give */
	damage(f, 24, "\x5a", 1, -1);
	same_as_uncached(f, false, false);
	same_as_uncached(f, true, false);
	damage(f, 32, "\x09", 1, -1);
	same_as_uncached(f, false, false);
	same_as_uncached(f, true, false);
}

/* The people index is checked when rows appended to the log are to be
 * looked up in it, and only then: damaged where no other section's chunk
 * reaches, a run on the log as cached still maps the rows; the run after
 * an append finds the damage, parses the log whole and rewrites the cache. */
static void test_damaged_people_index_is_rebuilt(void **state)
{
	struct fx *f = *state;
	put_base(f);
	enum { N = 70000 }; /* an index of 1 MB: past the rows' last chunk */
	size_t cap;
	free(put_many_people(f, N, &cap));
	put(f, "assessments.csv", HEADER "P00007,sql,3,2026-02-01,manager,P00001,\n");
	same_as_uncached(f, false, false);
	size_t size;
	unsigned char *b = read_cache(f, &size);
	uint32_t header_size;
	memcpy(&header_size, b + 12, sizeof header_size);
	uint64_t index, table;
	cache_tail_layout(b, N, &index, &table);
	free(b);
	uint64_t past_rows = header_size + (((((index - 1) - header_size) >> 20) + 1) << 20) + 8;
	assert_true(past_rows < table);
	damage(f, (off_t)past_rows, "\x5a\x5a\x5a", 3, -1);
	same_as_uncached(f, true, false);
	append(f, "assessments.csv", "P69999,excel,4,2026-04-01,course,c,\nP00001,sql,2,2026-04-02,peer,P00007,\n");
	same_as_uncached(f, false, false);
	same_as_uncached(f, true, false);
	append(f, "assessments.csv", "P00002,excel,1,2026-04-03,self,,\n");
	same_as_uncached(f, true, true);
}

/* A cache whose hashes all agree with its bytes, but a row in it names a
 * skill the model does not have (a cache written by a buggy or hostile
 * program): the range check refuses it, rows are not used past the
 * model's tables, and the cache is rebuilt. */
static void test_forged_cache_with_good_hashes_is_rebuilt(void **state)
{
	struct fx *f = *state;
	put_base(f);
	same_as_uncached(f, false, false);
	same_as_uncached(f, true, false);
	size_t size;
	unsigned char *b = read_cache(f, &size);
	/* header: file_size at 16, chunks_hash at 24, nchunks at 32; the
	 * chunk table is the last section, each section 64-byte aligned, and
	 * the chunks cover the bytes from the header's end (its size at 12) */
	uint32_t header_size;
	memcpy(&header_size, b + 12, sizeof header_size);
	uint64_t nchunks = u64_at(b, 32), table, index;
	cache_tail_layout(b, f->m->npeople, &index, &table);
	assert_int_equal(u64_at(b, 16), size);
	/* the last row: the last nonzero 16 bytes before the people index (a
	 * row's line is never 0), its skill at byte 12 */
	size_t row = (size_t)index - 16;
	while (row > header_size && !memcmp(b + row, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 16))
		row -= 16;
	assert_true(row > header_size);
	memcpy(b + row + 12, "\xff\xff", 2);
	uint64_t k = (row - header_size) >> 20, lo = header_size + (k << 20), hi = lo + (1u << 20);
	hi = hi < table ? hi : table;
	uint64_t h = XXH3_64bits(b + lo, (size_t)(hi - lo));
	memcpy(b + table + 8 * k, &h, sizeof h);
	h = XXH3_64bits(b + table, (size_t)nchunks * 8);
	memcpy(b + 24, &h, sizeof h);
	damage(f, 0, (const char *)b, size, -1);
	free(b);
	same_as_uncached(f, false, false);
	same_as_uncached(f, true, false);
}

/* git's racy rule: a source changed in the tick the cache was written is
 * checked by content, not trusted on its stat data. */
static void test_racy_source_is_checked(void **state)
{
	struct fx *f = *state;
	put_base(f);
	same_as_uncached(f, false, false);
	char cp[256], pp[256];
	cache_path(f, cp, sizeof cp, "evidence");
	snprintf(pp, sizeof pp, "%s/people.csv", f->dir);
	struct stat st;
	assert_int_equal(stat(cp, &st), 0);
	struct timespec ts[2] = {st.st_mtim, st.st_mtim};
	assert_int_equal(utimensat(AT_FDCWD, pp, ts, 0), 0);
	same_as_uncached(f, true, false); /* same content: still a hit */
	/* the cache was rewritten with the new stat data; now change the
	 * content without changing the size, in the same tick again */
	assert_int_equal(stat(cp, &st), 0);
	put(f, "people.csv", "id,name,role,manager,department,aspirations\n"
			     "E1,Ann,analyst-1,,Data,analyst-1\n"
			     "E2,Bob,analyst-1,E1,Data,\n"
			     "E3,Cyd,analyst-2,E1,Ops,nowhere\n");
	struct timespec ts2[2] = {st.st_mtim, st.st_mtim};
	assert_int_equal(utimensat(AT_FDCWD, pp, ts2, 0), 0);
	same_as_uncached(f, false, false);
}

/* Where .rungs cannot be made, rungs runs without it. */
static void test_no_place_for_a_cache(void **state)
{
	struct fx *f = *state;
	put_base(f);
	put(f, ".rungs", "a file, not a folder\n");
	same_as_uncached(f, false, false);
	same_as_uncached(f, false, false);
}

/* A file with errors is never cached: its errors come back every time. */
static void test_errors_are_not_cached(void **state)
{
	struct fx *f = *state;
	put_base(f);
	append(f, "assessments.csv", "E1,sql,high,2026-06-01,self,,\n");
	same_as_uncached(f, false, false);
	same_as_uncached(f, false, false);
	char p[256];
	struct stat st;
	cache_path(f, p, sizeof p, "evidence");
	assert_int_not_equal(stat(p, &st), 0);
}

/* --no-cache neither reads nor writes it. */
static void test_no_cache_leaves_no_trace(void **state)
{
	struct fx *f = *state;
	put_base(f);
	free(load_text(f, false));
	char p[256];
	struct stat st;
	cache_path(f, p, sizeof p, "");
	assert_int_not_equal(stat(p, &st), 0);
}

/* The names in .rungs/, sorted, one per line. */
static char *listing(struct fx *f)
{
	char p[256];
	cache_path(f, p, sizeof p, "");
	struct dirent **names;
	int n = scandir(p, &names, NULL, alphasort);
	assert_true(n >= 0);
	char *buf = calloc(1, 4096);
	assert_non_null(buf);
	for (int i = 0; i < n; i++) {
		if (strcmp(names[i]->d_name, ".") && strcmp(names[i]->d_name, ".."))
			snprintf(buf + strlen(buf), 4096 - strlen(buf), "%s\n", names[i]->d_name);
		free(names[i]);
	}
	free(names);
	return buf;
}

/* A write stopped between naming its temporary and renaming it, or an older
 * rungs's temporary, is removed by the next run that writes; anything else
 * in the folder stays. A run that writes leaves only the cache's files. */
static void test_stale_temporaries_swept(void **state)
{
	struct fx *f = *state;
	put_base(f);
	same_as_uncached(f, false, false); /* its second load waits for the first's cache */
	char *first = listing(f);
	assert_string_equal(first, ".gitignore\nevidence\nlock\n");
	free(first);
	static const char *const stale[] = {".rungs/evidence.tmp.4242", ".rungs/.evidence.a1b2c3", ".rungs/.plans.zzzzzz",
					    ".rungs/plans-listing.tmp.7", ".rungs/.evidence.grown.000000"};
	for (size_t i = 0; i < sizeof stale / sizeof *stale; i++)
		put(f, stale[i], "half a cache");
	put(f, ".rungs/notes.txt", "mine\n");
	put(f, ".rungs/evidence.tmp.x1", "not a pid\n");
	put(f, ".rungs/.evidence.a1b2c3d", "seven letters\n");
	append(f, "assessments.csv", "E2,excel,2,2026-06-01,self,,\n"); /* the next run writes */
	same_as_uncached(f, true, true);
	char *after = listing(f);
	assert_string_equal(after, ".evidence.a1b2c3d\n.gitignore\nevidence\nevidence.tmp.x1\nlock\nnotes.txt\n");
	free(after);
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_first_run_builds_second_maps),
		T(test_appended_rows_are_read_alone),
		T(test_appended_rows_merged_in_every_block),
	T(test_appended_rows_beyond_the_buffer),
		T(test_small_append_keeps_the_cache),
		T(test_edited_or_truncated_log_rebuilds),
		T(test_people_or_skills_changed_rebuilds),
		T(test_damaged_cache_is_rebuilt),
		T(test_damaged_people_index_is_rebuilt),
		T(test_forged_cache_with_good_hashes_is_rebuilt),
		T(test_one_persons_rows_checked_alone),
		T(test_racy_source_is_checked),
		T(test_no_place_for_a_cache),
		T(test_errors_are_not_cached),
		T(test_no_cache_leaves_no_trace),
		T(test_stale_temporaries_swept),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
