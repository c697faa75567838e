/* match_top, with its skill index and bounds, must rank exactly as the
 * plain match_person does: checked for every person of data-examples at
 * several dates and list lengths. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <cmocka.h>

#include "fixture.h"

#include "date.h"
#include "match_index.h"
#include "repo.h"

static void same(const struct opp_match *a, size_t na, const struct opp_match *b, size_t nb, size_t limit)
{
	size_t want = limit && nb > limit ? limit : nb;
	assert_int_equal(na, want);
	for (size_t i = 0; i < na; i++) {
		assert_int_equal(a[i].opp, b[i].opp);
		assert_int_equal(a[i].score.tier, b[i].score.tier);
		assert_int_equal(a[i].score.months, b[i].score.months);
		assert_true(a[i].value == b[i].value);
		assert_true(a[i].growth == b[i].growth);
	}
}

static void test_top_equals_full_ranking(void **state)
{
	(void)state;
	struct repo *r = load_examples();
	const struct model *m = r->model;
	static const char *const dates[] = {"2026-11-22", "2026-06-30", "2025-12-31"};
	static const size_t limits[] = {1, 3, 0};
	for (size_t d = 0; d < 3; d++) {
		int32_t as_of;
		assert_int_equal(date_parse(dates[d], 10, &as_of), 0);
		struct match_index *ix = match_index_build(m, as_of, NULL);
		assert_non_null(ix);
		/* one scratch for everyone: routes kept from one person to the next */
		struct match_scratch *sc = match_scratch_new(ix);
		assert_non_null(sc);
		for (uint32_t e = 0; e < m->npeople; e++) {
			struct person_state ps;
			struct match_lists full;
			assert_int_equal(person_state_init(m, e, as_of, &ps), 0);
			assert_int_equal(match_person(m, &ps, as_of, NULL, &full), 0);
			for (size_t k = 0; k < 3; k++) {
				struct match_lists top;
				assert_int_equal(match_top(m, ix, sc, &ps, limits[k], &top), 0);
				same(top.jobs, top.njobs, full.jobs, full.njobs, limits[k]);
				same(top.dev, top.ndev, full.dev, full.ndev, limits[k]);
				match_lists_free(&top);
			}
			match_lists_free(&full);
			person_state_free(&ps);
		}
		match_scratch_free(sc);
		match_index_free(ix);
	}
	repo_free(r);
}

/* person_state_set gives person after person in the same memory exactly
 * what person_state_init gives each. */
static void test_person_state_set(void **state)
{
	(void)state;
	struct repo *r = load_examples();
	const struct model *m = r->model;
	int32_t as_of;
	assert_int_equal(date_parse("2026-11-22", 10, &as_of), 0);
	struct person_state moved;
	struct route_cache cache, *routes = &cache;
	route_cache_init(routes);
	assert_int_equal(person_state_init(m, 0, as_of, &moved), 0);
	for (uint32_t k = 0; k < 2 * m->npeople; k++) {
		uint32_t e = (k * 7919u) % m->npeople; /* in an order where targets change */
		struct person_state fresh;
		assert_int_equal(person_state_init(m, e, as_of, &fresh), 0);
		assert_int_equal(person_state_set(m, e, as_of, k % 2 ? routes : NULL, &moved), 0);
		assert_int_equal(moved.employee, e);
		assert_int_equal(moved.target, fresh.target);
		assert_true(moved.g_total == fresh.g_total);
		assert_int_equal(moved.target_score.n, fresh.target_score.n);
		assert_true(moved.target_score.hours == fresh.target_score.hours);
		assert_true(moved.target_score.readiness == fresh.target_score.readiness);
		assert_int_equal(moved.target_score.tier, fresh.target_score.tier);
		assert_memory_equal(moved.levels, fresh.levels, m->nskills * sizeof(double));
		assert_memory_equal(moved.g_weight, fresh.g_weight, m->nskills * sizeof(double));
		assert_memory_equal(moved.g_gap, fresh.g_gap, m->nskills * sizeof(double));
		person_state_free(&fresh);
	}
	person_state_free(&moved);
	route_cache_free(routes);
	repo_free(r);
}

static void test_kinds_filter(void **state)
{
	(void)state;
	struct repo *r = load_examples();
	const struct model *m = r->model;
	int32_t as_of;
	assert_int_equal(date_parse("2026-11-22", 10, &as_of), 0);
	bool kinds[6] = {false, true, true, false, false, false}; /* rotation, project */
	struct match_index *ix = match_index_build(m, as_of, kinds);
	struct match_scratch *sc = match_scratch_new(ix);
	for (uint32_t e = 0; e < m->npeople; e++) {
		struct person_state ps;
		struct match_lists full, top;
		assert_int_equal(person_state_init(m, e, as_of, &ps), 0);
		assert_int_equal(match_person(m, &ps, as_of, kinds, &full), 0);
		assert_int_equal(match_top(m, ix, sc, &ps, 0, &top), 0);
		assert_int_equal(top.njobs, 0);
		same(top.dev, top.ndev, full.dev, full.ndev, 0);
		match_lists_free(&top);
		match_lists_free(&full);
		person_state_free(&ps);
	}
	match_scratch_free(sc);
	match_index_free(ix);
	repo_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_top_equals_full_ranking),
		cmocka_unit_test(test_kinds_filter),
		cmocka_unit_test(test_person_state_set),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
