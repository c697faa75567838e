/* tiers_measure must give exactly the tier and readiness score_reqs gives,
 * though it scores most pairs only in part: checked for every person of
 * data-examples against every role and opportunity at several dates, and
 * on levels a hair from the edges (r-rounding, integers, the ready-now
 * threshold, soon_months) against a hand-made catalog. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fixture.h"

#include "date.h"
#include "evidence.h"
#include "repo.h"
#include "tiers.h"

/* tiers_measure against score_reqs on one set of requirements. */
static void same(const struct model *m, struct tiers *t, const double *levels, const struct requirement *reqs,
		 size_t n)
{
	struct score s;
	double readiness = -1;
	assert_int_equal(score_reqs(m, levels, reqs, n, &s), 0);
	enum tier tier = tiers_measure(t, reqs, n, &readiness);
	if (tier != s.tier)
		print_error("tier %d, score_reqs %d (readiness %.17g, hours %.17g)\n", tier, s.tier, s.readiness,
			    s.hours);
	assert_int_equal(tier, s.tier);
	assert_memory_equal(&readiness, &s.readiness, sizeof readiness); /* to the bit */
	assert_int_equal(tiers_measure(t, reqs, n, NULL), s.tier); /* readiness not wanted */
	score_free(&s);
}

/* Every role and every opportunity, for the person whose levels are given,
 * measured as they come and through the index of every role (made with
 * index_roles). */
static void same_everywhere(const struct model *m, struct tiers *t, const double *levels)
{
	tiers_start(t, levels);
	for (uint32_t r = 0; r < m->nroles; r++) {
		same(m, t, levels, role_reqs(m, r), m->roles[r].req_n);
		struct score s;
		assert_int_equal(score_reqs(m, levels, role_reqs(m, r), m->roles[r].req_n, &s), 0);
		assert_int_equal(tiers_indexed(t, r), s.tier);
		score_free(&s);
	}
	for (uint32_t k = 0; k < m->nopps; k++)
		same(m, t, levels, m->reqs ? m->reqs + m->opps[k].req_off : NULL, m->opps[k].req_n);
}

static void index_roles(const struct model *m, struct tiers *t)
{
	const struct requirement **reqs = malloc((m->nroles + 1) * sizeof *reqs);
	size_t *n = malloc((m->nroles + 1) * sizeof *n);
	assert_non_null(reqs);
	assert_non_null(n);
	for (uint32_t r = 0; r < m->nroles; r++) {
		reqs[r] = role_reqs(m, r);
		n[r] = m->roles[r].req_n;
	}
	assert_int_equal(tiers_index(t, reqs, n, m->nroles), 0);
	free(reqs), free(n); /* the index keeps the requirements, not the arrays */
}

static void test_examples_everyone_everything(void **state)
{
	(void)state;
	struct repo *r = load_examples();
	const struct model *m = r->model;
	static const char *const dates[] = {"2026-11-22", "2026-06-30", "2025-12-31"};
	double *levels = malloc(m->nskills * sizeof *levels);
	struct tiers *t = tiers_new(m);
	assert_non_null(levels);
	assert_non_null(t);
	index_roles(m, t);
	for (size_t d = 0; d < 3; d++) {
		int32_t as_of;
		assert_int_equal(date_parse(dates[d], 10, &as_of), 0);
		/* one buffer for everyone, as the audit does: a new person
		 * forgets the last one's credited levels */
		for (uint32_t e = 0; e < m->npeople; e++) {
			evidence_all(m, e, as_of, levels, NULL);
			same_everywhere(m, t, levels);
		}
	}
	struct tiers_counts n = tiers_counts(t);
	assert_int_equal(n.all, 3 * (size_t)m->npeople * (3 * m->nroles + 2 * m->nopps));
	assert_true(n.full < n.all / 4); /* most are settled without routes */
	assert_true(n.by_index > 0);
	tiers_free(t);
	free(levels);
	repo_free(r);
}

/* ---- a hand-made catalog, and levels at the edges ------------------------ */

/* Skills by index: a 0, b 1, c 2, d 3 (b credits a at 0.9, c credits d at
 * 0.7). Learning: a has an item cheaper than hours_per_level (20 h a
 * level), b one dearer (60 h a level: hours_per_level 40 stays the rate), c
 * an item from 2 only, d none. Roles mix essential and weighted
 * requirements; soon_months 12 at 8 h a month is 96 hours. */
static void load_edges(struct fx *f)
{
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c, 4: d, 5: e}\n"
			      "skills:\n"
			      "  - {id: a, related: {b: 0.9}}\n"
			      "  - {id: b}\n"
			      "  - {id: c, related: {d: 0.7}}\n"
			      "  - {id: d}\n");
	put(f, "roles/one.yaml", "id: one\nfamily: f\nlevel: 1\nskills:\n  a: 3\n");
	put(f, "roles/two.yaml", "id: two\nfamily: f\nlevel: 2\n"
				 "skills:\n  a: {level: 4, essential: true}\n  b: {level: 2, weight: 3}\n");
	put(f, "roles/three.yaml", "id: three\nfamily: f\nlevel: 3\n"
				   "skills:\n  a: 2\n  b: 5\n  c: {level: 4, weight: 0.5}\n  d: {level: 3, essential: true}\n");
	put(f, "roles/four.yaml", "id: four\nfamily: f\nlevel: 3\nskills:\n  c: 5\n  d: 5\n");
	put(f, "learning.csv", "id,title,kind,skill,from,to,hours\n"
			       "a-up,A up,course,a,1,3,40\n"
			       "b-up,B up,course,b,0,2,120\n"
			       "c-top,C top,course,c,2,5,30\n");
	put(f, "rungs.yaml", "ready_now_threshold: 0.9\nsoon_months: 12\nhours_per_level: 40\n"
			     "learning_hours_per_month: 8\n");
	f->o.parts = PART_SKILLS | PART_ROLES | PART_LEARNING;
	load_clean(f);
	assert_int_equal(f->m->nskills, 4);
}

/* A level a hair from k: where r-rounding, gaps and `from` tests turn. */
static double edgy(unsigned *seed, int top)
{
	static const double hair[] = {0, 4e-10, -4e-10, 5e-10, -5e-10, 6e-10, -6e-10, 1e-9, -1e-9, 1e-8, -1e-8, 0.4, 0.6};
	*seed = *seed * 1103515245u + 12345u;
	int k = (int)((*seed >> 16) % (unsigned)(top + 1));
	*seed = *seed * 1103515245u + 12345u;
	double v = k + hair[(*seed >> 16) % (sizeof hair / sizeof hair[0])];
	return v < 0 ? 0 : v;
}

static void test_levels_at_the_edges(void **state)
{
	struct fx *f = *state;
	load_edges(f);
	struct tiers *t = tiers_new(f->m);
	assert_non_null(t);
	index_roles(f->m, t);
	double lv[4];
	unsigned seed = 7;
	for (int i = 0; i < 20000; i++) {
		for (int s = 0; s < 4; s++)
			lv[s] = edgy(&seed, 5);
		same_everywhere(f->m, t, lv);
	}
	struct tiers_counts n = tiers_counts(t);
	assert_true(n.full > 0 && n.full < n.all);
	assert_true(n.by_index > 0);
	tiers_free(t);
}

/* A catalog dense with items: chains, items past the level asked, hours
 * r-equal to hours_per_level and to each other (learn_route's ties), on
 * skills a and c; b and d have none. Roles ask up to 5, alone and
 * together. */
static void load_catalog(struct fx *f)
{
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c, 4: d, 5: e}\n"
			      "skills:\n"
			      "  - {id: a, related: {b: 0.9}}\n"
			      "  - {id: b}\n"
			      "  - {id: c, related: {d: 0.7}}\n"
			      "  - {id: d}\n");
	put(f, "roles/a5.yaml", "id: a5\nfamily: f\nlevel: 1\nskills:\n  a: 5\n");
	put(f, "roles/a3.yaml", "id: a3\nfamily: f\nlevel: 1\nskills:\n  a: {level: 3, essential: true}\n");
	put(f, "roles/c4.yaml", "id: c4\nfamily: f\nlevel: 1\nskills:\n  c: 4\n");
	put(f, "roles/mix.yaml", "id: mix\nfamily: f\nlevel: 1\n"
				 "skills:\n  a: 2\n  b: {level: 1, weight: 5}\n  c: 5\n  d: 1\n");
	put(f, "learning.csv", "id,title,kind,skill,from,to,hours\n"
			       "a01,x,course,a,0,1,7\n"
			       "a03,x,course,a,0,3,118\n"
			       "a12,x,course,a,1,2,40.0000000004\n"
			       "a14,x,course,a,1,4,90\n"
			       "a23,x,course,a,2,3,39.9999999996\n"
			       "a35,x,course,a,3,5,75\n"
			       "a45,x,course,a,4,5,40\n"
			       "c25,x,course,c,2,5,30\n"
			       "c34,x,course,c,3,4,20\n"
			       "c45,x,course,c,4,5,39.9999999995\n"
			       "c05,x,course,c,0,5,56\n");
	put(f, "rungs.yaml", "ready_now_threshold: 0.9\nsoon_months: 12\nhours_per_level: 40\n"
			     "learning_hours_per_month: 8\n");
	f->o.parts = PART_SKILLS | PART_ROLES | PART_LEARNING;
	load_clean(f);
	assert_int_equal(f->m->nskills, 4);
}

static void test_routes_at_the_edges(void **state)
{
	struct fx *f = *state;
	load_catalog(f);
	struct tiers *t = tiers_new(f->m);
	assert_non_null(t);
	index_roles(f->m, t);
	double lv[4];
	unsigned seed = 11;
	for (int i = 0; i < 40000; i++) {
		for (int s = 0; s < 4; s++)
			lv[s] = edgy(&seed, 5);
		same_everywhere(f->m, t, lv);
	}
	struct tiers_counts n = tiers_counts(t);
	assert_true(n.full < n.all / 10);
	tiers_free(t);
}

/* Hours right at soon_months x learning_hours_per_month: the bound (20 h a
 * level on a) cannot tell, the full score says ready-soon; a hair more
 * and it is develop. */
static void test_hours_at_soon_months(void **state)
{
	struct fx *f = *state;
	load_edges(f);
	struct tiers *t = tiers_new(f->m);
	assert_non_null(t);
	uint32_t four = model_role(f->m, "four");
	const struct requirement *rq = role_reqs(f->m, four);
	size_t n = f->m->roles[four].req_n;
	/* four: c 5 and d 5 at weight 1. c at 2 takes c-top (30 h) to 5; d at
	 * 3.35 is 1.65 levels short at 40 h: 66 h; 96 h in all = 12 months */
	double lv[4] = {0, 0, 2, 3.35};
	tiers_start(t, lv);
	assert_int_equal(tiers_measure(t, rq, n, NULL), TIER_READY_SOON);
	same(f->m, t, lv, rq, n);
	lv[3] = 3.3499;
	tiers_start(t, lv);
	assert_int_equal(tiers_measure(t, rq, n, NULL), TIER_DEVELOP);
	same(f->m, t, lv, rq, n);
	/* far short: the bound says develop without a route */
	double low[4] = {0, 0, 0, 0};
	tiers_start(t, low);
	struct tiers_counts n0 = tiers_counts(t);
	assert_int_equal(tiers_measure(t, rq, n, NULL), TIER_DEVELOP);
	struct tiers_counts n1 = tiers_counts(t);
	assert_int_equal(n1.full, n0.full);
	assert_int_equal(n1.all, n0.all + 1);
	tiers_free(t);
}

/* Gaps whose routes the tables of learn_route's totals (see tiers.c) put
 * clearly on one side of soon_months need no route. */
static void test_clear_hours_need_no_route(void **state)
{
	struct fx *f = *state;
	load_edges(f);
	struct tiers *t = tiers_new(f->m);
	assert_non_null(t);
	uint32_t one = model_role(f->m, "one");
	const struct requirement *rq = role_reqs(f->m, one);
	size_t n = f->m->roles[one].req_n;
	/* one: a 3. a at 1.2: readiness 40%, 1.8 levels at 40 h = 72 h = 9
	 * months at most (a-up makes it 40 h) */
	double lv[4] = {1.2, 0, 0, 0};
	tiers_start(t, lv);
	assert_int_equal(tiers_measure(t, rq, n, NULL), TIER_READY_SOON);
	assert_int_equal(tiers_counts(t).full, 0);
	same(f->m, t, lv, rq, n);
	/* a at 0.5: a-up (from 1) is no use from below 1, so 2.5 levels at
	 * 40 h = 100 h = 13 months, develop: known from the route tables too */
	lv[0] = 0.5;
	tiers_start(t, lv);
	assert_int_equal(tiers_measure(t, rq, n, NULL), TIER_DEVELOP);
	assert_int_equal(tiers_counts(t).full, 0);
	same(f->m, t, lv, rq, n);
	/* a at 1.3: a-up (40 h) takes it to 3 and beats 1.7 x 40 = 68 h */
	lv[0] = 1.3;
	tiers_start(t, lv);
	assert_int_equal(tiers_measure(t, rq, n, NULL), TIER_READY_SOON);
	assert_int_equal(tiers_counts(t).full, 0);
	same(f->m, t, lv, rq, n);
	tiers_free(t);
}

/* A ready-now tier needs no route, however many hours the gaps left. */
static void test_ready_now_needs_no_route(void **state)
{
	struct fx *f = *state;
	load_edges(f);
	struct tiers *t = tiers_new(f->m);
	assert_non_null(t);
	uint32_t three = model_role(f->m, "three");
	/* three: a 2, b 5, c 4 (w 0.5), d 3 essential; b at 4 is a gap, the
	 * rest met: readiness (1 + 0.8 + 0.5 + 1) / 3.5 = 94.3% */
	double lv[4] = {2, 4, 4, 3};
	double readiness;
	tiers_start(t, lv);
	assert_int_equal(tiers_measure(t, role_reqs(f->m, three), f->m->roles[three].req_n, &readiness), TIER_READY_NOW);
	assert_true(fabs(readiness - 3.3 / 3.5) < 1e-12);
	struct tiers_counts c = tiers_counts(t);
	assert_int_equal(c.full, 0);
	assert_int_equal(c.all, 1);
	tiers_free(t);
}

/* Through the index: a person far from a role is settled from the sums
 * of the skills they have credit in; one close to it is measured (and
 * scored in full when the bound cannot tell). */
static void test_index_settles_the_clear_cases(void **state)
{
	struct fx *f = *state;
	load_edges(f);
	struct tiers *t = tiers_new(f->m);
	assert_non_null(t);
	uint32_t four = model_role(f->m, "four");
	const struct requirement *reqs[1] = {role_reqs(f->m, four)};
	size_t n[1] = {f->m->roles[four].req_n};
	assert_int_equal(tiers_index(t, reqs, n, 1), 0);
	/* nothing at all: (5 c at 10 h + 5 d at 40 h) = 250 h, develop */
	double none[4] = {0, 0, 0, 0};
	tiers_start(t, none);
	assert_int_equal(tiers_indexed(t, 0), TIER_DEVELOP);
	struct tiers_counts c = tiers_counts(t);
	assert_int_equal(c.by_index, 1);
	/* a and b only, which four does not ask for: the same */
	double other[4] = {5, 5, 0, 0};
	tiers_start(t, other);
	assert_int_equal(tiers_indexed(t, 0), TIER_DEVELOP);
	c = tiers_counts(t);
	assert_int_equal(c.by_index, 2);
	/* 96 h exactly (as in test_hours_at_soon_months): measured in full */
	double edge[4] = {0, 0, 2, 3.35};
	tiers_start(t, edge);
	assert_int_equal(tiers_indexed(t, 0), TIER_READY_SOON);
	c = tiers_counts(t);
	assert_int_equal(c.by_index, 2);
	assert_int_equal(c.full, 1);
	/* ready now: never from the index */
	double ready[4] = {0, 0, 5, 5};
	tiers_start(t, ready);
	assert_int_equal(tiers_indexed(t, 0), TIER_READY_NOW);
	c = tiers_counts(t);
	assert_int_equal(c.by_index, 2);
	assert_int_equal(c.all, 4);
	tiers_free(t);
}

/* Sets no role has: a skill twice, several essentials, none at all. */
static void test_sets_of_any_shape(void **state)
{
	struct fx *f = *state;
	load_edges(f);
	struct tiers *t = tiers_new(f->m);
	assert_non_null(t);
	struct requirement rq[6] = {{0, 5, true, 1}, {1, 5, false, 2}, {1, 4, false, 1},
				    {2, 5, false, 1}, {3, 5, false, 1}, {3, 2, true, 3}};
	double lv[4] = {4.5, 4.5, 1.5, 4.5};
	tiers_start(t, lv);
	same(f->m, t, lv, rq, 6);
	same(f->m, t, lv, rq, 0); /* no requirements: readiness 1, ready-now */
	tiers_free(t);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_examples_everyone_everything),
		T(test_levels_at_the_edges),
		T(test_routes_at_the_edges),
		T(test_hours_at_soon_months),
		T(test_ready_now_needs_no_route),
		T(test_clear_hours_need_no_route),
		T(test_index_settles_the_clear_cases),
		T(test_sets_of_any_shape),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
