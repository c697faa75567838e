/* match_all_run: the pairs of everyone, on any number of threads, equal
 * to the plain ranking of each person (match_person) cut to the limit and
 * filtered as --min-tier and --since say; handed over in employee order;
 * stopped when asked. On every person of data-examples. */
#include <errno.h>
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
#include "match_all.h"
#include "repo.h"

struct got {
	struct match_pair *v;
	size_t n, cap;
	uint32_t end;   /* the end of the last block */
	size_t calls;
	size_t stop_at; /* stop on this call (0: never) */
};

static void push(struct got *g, const struct match_pair *p)
{
	if (g->n == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 64;
		g->v = realloc(g->v, g->cap * sizeof *g->v);
		assert_non_null(g->v);
	}
	g->v[g->n++] = *p;
}

static int collect(void *ctx, const struct match_pair *pairs, size_t n, uint32_t end)
{
	struct got *g = ctx;
	assert_true(end > g->end); /* blocks in order */
	for (size_t i = 0; i < n; i++) {
		assert_true(pairs[i].employee >= g->end && pairs[i].employee < end);
		push(g, &pairs[i]);
	}
	g->end = end;
	return ++g->calls == g->stop_at ? 7 : 0;
}

/* The pairs as the plain ranking gives them. */
static void expected(const struct model *m, const struct match_all_opts *o, struct got *want)
{
	double *then = malloc(m->nskills * sizeof *then);
	assert_non_null(then);
	for (uint32_t e = 0; e < m->npeople; e++) {
		struct person_state ps;
		struct match_lists l;
		assert_int_equal(person_state_init(m, e, o->as_of, &ps), 0);
		assert_int_equal(match_person(m, &ps, o->as_of, o->kinds, &l), 0);
		for (int k = 0; k < 2; k++) {
			const struct opp_match *v = k ? l.dev : l.jobs;
			size_t n = k ? l.ndev : l.njobs;
			for (size_t i = 0; i < n && (!o->limit || i < o->limit); i++) {
				if (o->min_tier_set && v[i].score.tier > o->min_tier)
					continue;
				int prev = -1;
				if (o->since != DATE_NONE) {
					const struct opportunity *op = &m->opps[v[i].opp];
					struct score s;
					evidence_all(m, e, o->since, then, NULL);
					assert_int_equal(score_reqs(m, then, m->reqs + op->req_off, op->req_n, &s), 0);
					prev = (int)s.tier;
					score_free(&s);
					if (prev <= (int)v[i].score.tier)
						continue;
				}
				struct match_pair p = {e, v[i].opp, v[i].score.readiness, v[i].growth, v[i].score.months,
						       v[i].helps, v[i].holds, v[i].score.tier, prev, k == 1, v[i].aspired};
				push(want, &p);
			}
		}
		match_lists_free(&l);
		person_state_free(&ps);
	}
	free(then);
}

static void same_pairs(const struct got *a, const struct got *b)
{
	assert_int_equal(a->n, b->n);
	for (size_t i = 0; i < a->n; i++) {
		const struct match_pair *x = &a->v[i], *y = &b->v[i];
		assert_int_equal(x->employee, y->employee);
		assert_int_equal(x->opp, y->opp);
		assert_true(x->readiness == y->readiness);
		assert_true(x->growth == y->growth);
		assert_int_equal(x->months, y->months);
		assert_int_equal(x->helps, y->helps);
		assert_int_equal(x->holds, y->holds);
		assert_int_equal(x->tier, y->tier);
		assert_int_equal(x->previous, y->previous);
		assert_int_equal(x->development, y->development);
		assert_int_equal(x->aspired, y->aspired);
	}
}

static void test_every_thread_count(void **state)
{
	(void)state;
	struct repo *r = load_examples();
	const struct model *m = r->model;
	int32_t as_of, since;
	assert_int_equal(date_parse("2026-11-22", 10, &as_of), 0);
	assert_int_equal(date_parse("2026-06-30", 10, &since), 0);
	bool jobs_gigs[6] = {true, false, false, false, false, true};
	struct match_all_opts opts[] = {
		{as_of, DATE_NONE, NULL, 3, false, TIER_DEVELOP, 0},
		{as_of, DATE_NONE, NULL, 0, false, TIER_DEVELOP, 0},
		{as_of, since, NULL, 3, false, TIER_DEVELOP, 0},
		{as_of, since, NULL, 0, true, TIER_READY_SOON, 0},
		{as_of, DATE_NONE, jobs_gigs, 1, true, TIER_READY_NOW, 0},
		{since, DATE_NONE, NULL, 2, false, TIER_DEVELOP, 0},
	};
	static const unsigned threads[] = {1, 2, 3, 8, 0};
	for (size_t k = 0; k < sizeof opts / sizeof opts[0]; k++) {
		struct got want = {0};
		expected(m, &opts[k], &want);
		assert_true(want.n > 0);
		for (size_t t = 0; t < sizeof threads / sizeof threads[0]; t++) {
			struct got got = {0};
			opts[k].threads = threads[t];
			assert_int_equal(match_all_run(m, &opts[k], collect, &got), 0);
			assert_int_equal(got.end, m->npeople);
			same_pairs(&got, &want);
			free(got.v);
		}
		free(want.v);
	}
	repo_free(r);
}

/* fn's value stops the run and comes back; nothing is left running. */
static void test_stop(void **state)
{
	(void)state;
	struct repo *r = load_examples();
	const struct model *m = r->model;
	int32_t as_of;
	assert_int_equal(date_parse("2026-11-22", 10, &as_of), 0);
	static const unsigned threads[] = {1, 2, 4};
	for (size_t t = 0; t < sizeof threads / sizeof threads[0]; t++) {
		struct match_all_opts o = {as_of, DATE_NONE, NULL, 3, false, TIER_DEVELOP, threads[t]};
		struct got got = {.stop_at = 2};
		assert_int_equal(match_all_run(m, &o, collect, &got), 7);
		assert_int_equal(got.calls, 2);
		assert_true(got.end < m->npeople);
		free(got.v);
	}
	repo_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_thread_count),
		cmocka_unit_test(test_stop),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
