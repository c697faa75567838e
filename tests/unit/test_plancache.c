/* lib/plancache: development plans kept parsed under .rungs/plans. Every
 * load is compared with one that does not use the cache, and the number of
 * plans taken from it says whether it was used: it may only change how a
 * result is reached, never the result. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "fixture.h"

#include "cache.h"
#include "date.h"
#include "plancache.h"
#include "repo.h"

/* A plan file written a minute ago: one written in the tick the cache is
 * would be parsed again by git's racy rule (tested on its own below). */
static void put_plan(struct fx *f, const char *rel, const char *text)
{
	char p[256];
	struct timespec now, ts[2];
	put(f, rel, text);
	snprintf(p, sizeof p, "%s/%s", f->dir, rel);
	clock_gettime(CLOCK_REALTIME, &now);
	ts[0] = ts[1] = (struct timespec){now.tv_sec - 60, now.tv_nsec};
	assert_int_equal(utimensat(AT_FDCWD, p, ts, 0), 0);
}

static void put_base(struct fx *f)
{
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c, 4: d, 5: e}\n"
			      "skills: [{id: sql, aliases: [sequel]}, {id: python}]\n");
	put(f, "roles/analyst-1.yaml", "id: analyst-1\nfamily: data\nlevel: 1\n");
	put(f, "roles/analyst-2.yaml", "id: analyst-2\nfamily: data\nlevel: 2\n");
	put(f, "people.csv", "id,name,role,manager\nE1,Ann,analyst-2,\nE2,Bob,analyst-1,E1\nE3,Cid,analyst-1,E1\n");
	put(f, "assessments.csv", "employee,skill,level,date,source,assessor,note\nE2,sql,3,2026-05-01,manager,E1,\n");
	put_plan(f, "plans/E2.yaml", "employee: E2\ntarget: analyst-2\nmentor: E1\nmilestones:\n"
				"  - {skill: sequel, level: 4, due: 2027-03-31}\n"
				"  - {title: Lead a sprint, due: 2027-01-31, done: 2026-12-10}\n");
	put_plan(f, "plans/sub/E3.yml", "employee: E3\nmilestones: []\n");
}

/* Every plan as the model holds it, people's plan indexes and diagnostics. */
static char *plans_text(struct fx *f)
{
	const struct model *m = f->m;
	size_t cap = 1 << 14, len = 0;
	char *buf = malloc(cap);
	assert_non_null(buf);
	buf[0] = '\0';
	for (uint32_t i = 0; i < m->nplans; i++) {
		const struct plan *p = &m->plans[i];
		len += (size_t)snprintf(buf + len, cap - len, "%s:%u %s e%u t%u m%u:", p->file + strlen(f->dir), p->line,
					p->employee_id, p->employee, p->target, p->mentor);
		for (uint32_t k = 0; k < p->ms_n; k++) {
			const struct milestone *ms = &m->milestones[p->ms_off + k];
			len += (size_t)snprintf(buf + len, cap - len, " [s%u l%u '%s' %d %d]", ms->skill, ms->level,
						ms->title ? ms->title : "-", ms->due, ms->done);
		}
		len += (size_t)snprintf(buf + len, cap - len, "\n");
	}
	for (uint32_t e = 0; e < m->npeople; e++)
		len += (size_t)snprintf(buf + len, cap - len, "%s plan %u\n", person_id(m, e), person_plan(m, e));
	len += (size_t)snprintf(buf + len, cap - len, "%s", diags(f));
	return buf;
}

static char *load_text(struct fx *f, bool cache, uint32_t *cached)
{
	diag_free(&f->d);
	diag_init(&f->d, 0);
	f->o.cache = cache;
	f->o.parts = PART_ALL;
	load(f);
	*cached = f->m->plans_cached;
	/* plans taken from the cache keep their titles in its mapping, held by
	 * the model while it lives (plans_text reads them) */
	assert_int_equal(f->m->plans_mapped != NULL, *cached > 0);
	return plans_text(f);
}

/* Loads with the cache, checks the result equals a load without it, and
 * that `want` plans came from the cache. */
static void same_as_uncached(struct fx *f, uint32_t want)
{
	uint32_t cached, none;
	char *with = load_text(f, true, &cached);
	char *without = load_text(f, false, &none);
	assert_string_equal(with, without);
	assert_int_equal(none, 0);
	assert_int_equal(cached, want);
	free(with);
	free(without);
}

static void cache_file(struct fx *f, char *p, size_t n)
{
	snprintf(p, n, "%s/.rungs/plans", f->dir);
}

static void test_second_run_parses_no_plan(void **state)
{
	struct fx *f = *state;
	put_base(f);
	same_as_uncached(f, 0);
	same_as_uncached(f, 2);
	same_as_uncached(f, 2);
	/* the repo named another way (-C repo/. against -C repo): files are
	 * named below the plans folder, so they are the same records */
	size_t n = strlen(f->dir);
	assert_true(n + 3 <= sizeof f->dir);
	strcat(f->dir, "/.");
	same_as_uncached(f, 2);
	f->dir[n] = '\0';
	same_as_uncached(f, 2);
	char p[256];
	struct stat st;
	cache_file(f, p, sizeof p);
	assert_int_equal(stat(p, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
}

/* Only the files whose stat data changed are parsed again. */
static void test_changed_added_and_removed_files(void **state)
{
	struct fx *f = *state;
	put_base(f);
	same_as_uncached(f, 0);
	same_as_uncached(f, 2);
	put_plan(f, "plans/sub/E3.yml", "employee: E3\ntarget: analyst-2\n");
	same_as_uncached(f, 1);
	same_as_uncached(f, 2);
	put_plan(f, "plans/E1.yaml", "employee: E1\nmilestones: [{title: Write it down, due: 2027-01-01}]\n");
	same_as_uncached(f, 2);
	same_as_uncached(f, 3);
	char p[256];
	snprintf(p, sizeof p, "%s/plans/E2.yaml", f->dir);
	assert_int_equal(unlink(p), 0);
	same_as_uncached(f, 2);
	same_as_uncached(f, 2);
	/* renamed: the same stat data under another name is another file */
	char q[256];
	snprintf(p, sizeof p, "%s/plans/E1.yaml", f->dir);
	snprintf(q, sizeof q, "%s/plans/a-E1.yaml", f->dir);
	assert_int_equal(rename(p, q), 0);
	same_as_uncached(f, 1);
	same_as_uncached(f, 2);
}

/* A plan with a problem is parsed, and its problem reported, every time;
 * so is a second plan for one employee, made of two clean files. */
static void test_problems_are_not_cached(void **state)
{
	struct fx *f = *state;
	put_base(f);
	put_plan(f, "plans/E1.yaml", "employee: E1\nmentor: E1\n");
	same_as_uncached(f, 0);
	same_as_uncached(f, 2);
	assert_string_equal(diags(f), "plans/E1.yaml:2:9: error: 'E1' cannot mentor themselves\n");
	put_plan(f, "plans/E1.yaml", "employee: E3\n");
	same_as_uncached(f, 2);
	same_as_uncached(f, 3);
	assert_string_equal(diags(f), "plans/sub/E3.yml:1: error: 'E3' already has a plan in plans/E1.yaml\n");
}

/* Plans hold employee, role and skill indexes: other people (here one who
 * sorts first and moves every index) or other skills, and nothing cached
 * is used. */
static void test_people_or_skills_changed(void **state)
{
	struct fx *f = *state;
	put_base(f);
	same_as_uncached(f, 0);
	put(f, "people.csv", "id,name,role,manager\nE0,Zed,analyst-1,\nE1,Ann,analyst-2,\nE2,Bob,analyst-1,E1\n"
			     "E3,Cid,analyst-1,E1\n");
	same_as_uncached(f, 0);
	same_as_uncached(f, 2);
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c, 4: d, 5: e}\n"
			      "skills: [{id: python}, {id: sql, aliases: [sequel]}, {id: rust}]\n");
	same_as_uncached(f, 0);
	same_as_uncached(f, 2);
}

static void damage(struct fx *f, off_t at, const char *bytes, size_t n, off_t truncate_to)
{
	damage_file(f, ".rungs/plans", at, bytes, n, truncate_to);
}

static void test_damaged_cache_is_rebuilt(void **state)
{
	struct fx *f = *state;
	put_base(f);
	same_as_uncached(f, 0);
	char p[256];
	struct stat st;
	cache_file(f, p, sizeof p);
	assert_int_equal(stat(p, &st), 0);
	damage(f, st.st_size - 3, "X", 1, -1); /* in a milestone's title */
	same_as_uncached(f, 0);
	same_as_uncached(f, 2);
	damage(f, 0, NULL, 0, st.st_size - 1);
	same_as_uncached(f, 0);
	same_as_uncached(f, 2);
	damage(f, 0, "not a cache of plans, but long enough to have a header", 55, 55);
	same_as_uncached(f, 0);
	same_as_uncached(f, 2);
	damage(f, 8, "\x02", 1, -1); /* another version */
	same_as_uncached(f, 0);
	same_as_uncached(f, 2);
}

/* git's racy rule: a plan written in the tick the cache was is parsed. */
static void test_racy_plan_is_parsed(void **state)
{
	struct fx *f = *state;
	put_base(f);
	same_as_uncached(f, 0);
	char cp[256], pp[256];
	struct stat st;
	cache_file(f, cp, sizeof cp);
	snprintf(pp, sizeof pp, "%s/plans/E2.yaml", f->dir);
	assert_int_equal(stat(cp, &st), 0);
	put(f, "plans/E2.yaml", "employee: E2\ntarget: analyst-1\nmentor: E3\n");
	struct timespec ts[2] = {st.st_mtim, st.st_mtim};
	assert_int_equal(utimensat(AT_FDCWD, pp, ts, 0), 0);
	same_as_uncached(f, 1);
}

/* Without the people (check --defs reads no people), nothing is cached. */
static void test_no_people_no_plans_cache(void **state)
{
	struct fx *f = *state;
	put_base(f);
	f->o.cache = true;
	f->o.parts = PART_DEFS;
	load(f);
	assert_int_equal(f->m->plans_cached, 0);
	char p[256];
	struct stat st;
	cache_file(f, p, sizeof p);
	assert_int_not_equal(stat(p, &st), 0);
}

/* What a match finds unchanged, counted in files and in their milestones:
 * the milestones' room is made once from it. */
static void test_match_counts_milestones(void **state)
{
	struct fx *f = *state;
	put_base(f);
	same_as_uncached(f, 0);
	same_as_uncached(f, 2);
	/* the definitions alone, and the people from the cache, as a load does */
	f->o.cache = false;
	f->o.parts = PART_SKILLS | PART_ROLES;
	load(f);
	char people[256], log[256], root[256];
	snprintf(people, sizeof people, "%s/people.csv", f->dir);
	snprintf(log, sizeof log, "%s/assessments.csv", f->dir);
	snprintf(root, sizeof root, "%s/plans", f->dir);
	struct cache *c = cache_open(f->dir, f->m, people, log);
	assert_non_null(c);
	assert_int_equal(cache_people(c, f->m, "people.csv", &f->d), 1);
	struct plancache *pc = plancache_open(c, f->m, root);
	assert_non_null(pc);
	char e2[300], e3[300];
	snprintf(e2, sizeof e2, "%s/E2.yaml", root);
	snprintf(e3, sizeof e3, "%s/sub/E3.yml", root);
	const char *files[2] = {e2, e3};
	struct file_stamp stamps[2];
	for (int i = 0; i < 2; i++) {
		struct stat st;
		assert_int_equal(stat(files[i], &st), 0);
		file_stamp_of(&st, &stamps[i]);
	}
	uint32_t rec[2];
	plancache_match(pc, files, stamps, 2, rec);
	assert_int_equal(plancache_matched(pc), 2);
	assert_int_equal(plancache_matched_milestones(pc), 2); /* E2's two, E3's none */
	stamps[0].size++; /* E2 changed: its milestones are not counted */
	plancache_match(pc, files, stamps, 2, rec);
	assert_int_equal(plancache_matched(pc), 1);
	assert_int_equal(plancache_matched_milestones(pc), 0);
	assert_int_equal(rec[0], NONE);
	plancache_close(pc, f->m);
	cache_close(c);
	assert_int_equal(plancache_matched_milestones(NULL), 0);
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_second_run_parses_no_plan),
		T(test_changed_added_and_removed_files),
		T(test_problems_are_not_cached),
		T(test_people_or_skills_changed),
		T(test_damaged_cache_is_rebuilt),
		T(test_racy_plan_is_parsed),
		T(test_no_people_no_plans_cache),
		T(test_match_counts_milestones),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
