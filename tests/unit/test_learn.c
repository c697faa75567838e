/* The cheapest learning route of SPEC 2.4: items usable from a state
 * (from <= x) move it to max(x, to); the effort is the least dist(m) plus
 * hours_per_level for the rest; ties go to fewest items, then the higher
 * final state, then smaller item ids. Hours worked out by hand beside each
 * assertion. */
#include <dirent.h>
#include <limits.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "fixture.h"

#include "num.h"
#include "learn.h"
#include "repo.h"

/* ---- a temporary data repo ---------------------------------------------- */

/* A hand-computed number: equal up to 1e-12 (the values here are < 1000). */
#define assert_num(got, want)                                                                         \
	do {                                                                                          \
		double got_ = (got), want_ = (want);                                                  \
		if (!(fabs(got_ - want_) <= 1e-12))                                                   \
			print_error("%s is %.17g, expected %.17g\n", #got, got_, want_);              \
		assert_true(fabs(got_ - want_) <= 1e-12);                                             \
	} while (0)

/* ---- the repo ----------------------------------------------------------- */

#define LHEADER "id,title,kind,skill,from,to,hours\n"

/* A scale of 1..5, skills python and sql, and the catalog `csv` (after
 * LHEADER; NULL for none); rungs.yaml `cfg` when not NULL. */
static void load_catalog(struct fx *f, const char *cfg, const char *csv)
{
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c, 4: d, 5: e}\nskills:\n  - {id: sql}\n  - {id: python}\n");
	put(f, "roles/analyst-1.yaml", "id: analyst-1\nfamily: data\nlevel: 1\nskills: {sql: 2}\n");
	if (cfg)
		put(f, "rungs.yaml", cfg);
	if (csv) {
		char *text = malloc(strlen(LHEADER) + strlen(csv) + 1);
		assert_non_null(text);
		strcpy(text, LHEADER);
		strcat(text, csv);
		put(f, "learning.csv", text);
		free(text);
	}
	f->o.parts = PART_SKILLS | PART_ROLES | PART_LEARNING;
	load_clean(f);
}

static struct route route(struct fx *f, const char *sk, double c, int L)
{
	return learn_route(f->m, skill_of(f->m, sk), c, L);
}

/* The items of a route as "id id ...". */
static const char *items(struct fx *f, const struct route *r)
{
	static char buf[256];
	size_t len = 0;
	buf[0] = '\0';
	assert_true(r->nitems <= ROUTE_MAX);
	for (size_t i = 0; i < r->nitems; i++)
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i ? " " : "", f->m->items[r->items[i]].id);
	return buf;
}

/* ---- no gap ------------------------------------------------------------- */

static void test_no_gap_no_route(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, "sql-201,SQL 201,course,sql,0,4,1\n");
	struct route r = route(f, "sql", 3, 3);
	assert_num(r.hours, 0); /* c >= L */
	assert_int_equal(r.nitems, 0);
	assert_num(r.final, 3);
	r = route(f, "sql", 4.5, 3);
	assert_num(r.hours, 0);
	assert_num(r.final, 4.5); /* the state the items reach: c when none */
}

static void test_no_gap_after_rounding(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, NULL);
	struct route r = route(f, "sql", 2.9999999996, 3); /* r(c) = 3 = L */
	assert_num(r.hours, 0);
	assert_int_equal(r.nitems, 0);
}

/* ---- hours_per_level ---------------------------------------------------- */

static void test_no_items_falls_back_to_hours_per_level(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, NULL);
	struct route r = route(f, "sql", 1, 4);
	assert_num(r.hours, 120); /* 40 * (4 - 1) */
	assert_int_equal(r.nitems, 0);
	assert_num(r.final, 1);
}

static void test_fractional_level_falls_back_pro_rata(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, NULL);
	struct route r = route(f, "sql", 1.5, 3);
	assert_num(r.hours, 60); /* 40 * (3 - 1.5) */
	assert_num(r.final, 1.5);
}

static void test_configured_hours_per_level(void **state)
{
	struct fx *f = *state;
	load_catalog(f, "hours_per_level: 25\n", NULL);
	assert_num(route(f, "sql", 0, 2).hours, 50); /* 25 * 2 */
}

static void test_item_of_another_skill_does_not_help(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, "py-101,Python 101,course,python,0,3,5\n");
	struct route r = route(f, "sql", 0, 3);
	assert_num(r.hours, 120); /* 40 * 3 */
	assert_int_equal(r.nitems, 0);
	r = route(f, "python", 0, 3);
	assert_num(r.hours, 5);
	assert_string_equal(items(f, &r), "py-101");
}

/* ---- one item ----------------------------------------------------------- */

static void test_cheaper_item_used(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, "sql-101,SQL 101,course,sql,0,3,20\n");
	struct route r = route(f, "sql", 0, 3);
	assert_num(r.hours, 20); /* 20 < 40 * 3 */
	assert_string_equal(items(f, &r), "sql-101");
	assert_num(r.final, 3);
}

static void test_dearer_item_not_used(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, "sql-101,SQL 101,course,sql,0,3,130\n");
	struct route r = route(f, "sql", 0, 3);
	assert_num(r.hours, 120); /* 40 * 3 < 130 */
	assert_int_equal(r.nitems, 0);
	assert_num(r.final, 0);
}

static void test_equally_dear_item_not_used(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, "sql-101,SQL 101,course,sql,0,3,120\n");
	struct route r = route(f, "sql", 0, 3);
	/* 120 either way: the route with fewest items, none */
	assert_num(r.hours, 120);
	assert_int_equal(r.nitems, 0);
}

static void test_item_beyond_the_required_level(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, "sql-301,SQL 301,course,sql,0,4,50\n");
	struct route r = route(f, "sql", 0, 2);
	assert_num(r.hours, 50); /* dist(4) + 40 * max(0, 2 - 4) = 50 < 80 */
	assert_num(r.final, 4);
	assert_string_equal(items(f, &r), "sql-301");
}

static void test_item_not_above_current_level_is_useless(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, "sql-101,SQL 101,course,sql,0,3,1\n");
	struct route r = route(f, "sql", 3, 4);
	assert_num(r.hours, 40); /* max(3, 3) = 3: it moves nothing; 40 * 1 */
	assert_int_equal(r.nitems, 0);
}

static void test_state_moves_to_max_of_state_and_to(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, "sql-lift,SQL lift,course,sql,1,3,10\n");
	struct route r = route(f, "sql", 2.5, 4);
	/* from 1 <= 2.5: state max(2.5, 3) = 3 at 10 h, then 40 * (4 - 3): 50 < 40 * 1.5 = 60 */
	assert_num(r.hours, 50);
	assert_num(r.final, 3);
	assert_string_equal(items(f, &r), "sql-lift");
}

/* ---- prerequisites ------------------------------------------------------ */

static void test_prerequisite_chain(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, "a-basics,Basics,course,sql,0,2,10\nb-advanced,Advanced,course,sql,2,4,10\n");
	struct route r = route(f, "sql", 0, 4);
	/* 0 -> 2 (10 h) -> 4 (10 h): 20 < 160 */
	assert_num(r.hours, 20);
	assert_string_equal(items(f, &r), "a-basics b-advanced");
	assert_num(r.final, 4);
}

static void test_chain_cheaper_than_a_direct_item(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL,
		     "a-basics,Basics,course,sql,0,2,10\n"
		     "b-advanced,Advanced,course,sql,2,4,10\n"
		     "0-direct,Direct,course,sql,0,4,25\n");
	struct route r = route(f, "sql", 0, 4);
	assert_num(r.hours, 20); /* 10 + 10 < 25 */
	assert_string_equal(items(f, &r), "a-basics b-advanced");
}

static void test_chain_starts_at_the_current_level(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, "a-basics,Basics,course,sql,0,2,10\nb-advanced,Advanced,course,sql,2,4,10\n");
	struct route r = route(f, "sql", 2, 4);
	assert_num(r.hours, 10); /* from 2 <= 2: the second item alone */
	assert_string_equal(items(f, &r), "b-advanced");
}

static void test_current_level_below_from_needs_the_prerequisite(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, "a-basics,Basics,course,sql,0,2,10\nb-advanced,Advanced,course,sql,2,4,10\n");
	struct route r = route(f, "sql", 1.5, 4);
	/* from 2 > 1.5: 1.5 -> 2 (10 h) -> 4 (10 h) = 20 < 40 * 2.5 = 100 */
	assert_num(r.hours, 20);
	assert_string_equal(items(f, &r), "a-basics b-advanced");
}

static void test_from_compared_after_rounding(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, "a-basics,Basics,course,sql,0,2,10\nb-advanced,Advanced,course,sql,2,4,10\n");
	struct route r = route(f, "sql", 1.9999999999, 4);
	/* r(1.9999999999) = 2 >= from 2: usable at once, 10 h */
	assert_num(r.hours, 10);
	assert_string_equal(items(f, &r), "b-advanced");
}

static void test_item_usable_only_from_an_unreachable_state(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, "x-expert,Expert,course,sql,3,5,1\ny-intro,Intro,course,sql,0,2,10\n");
	struct route r = route(f, "sql", 0, 5);
	/* states reachable: 0, 2; x-expert needs 3: never usable.
	 * y-intro then 40 * (5 - 2) = 130 < 200 */
	assert_num(r.hours, 130);
	assert_string_equal(items(f, &r), "y-intro");
	assert_num(r.final, 2);
}

static void test_unreachable_item_alone_leaves_the_fallback(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, "x-expert,Expert,course,sql,3,5,1\n");
	struct route r = route(f, "sql", 0, 5);
	assert_num(r.hours, 200); /* 40 * 5 */
	assert_int_equal(r.nitems, 0);
	/* from 3, it is usable: 1 h */
	r = route(f, "sql", 3, 5);
	assert_num(r.hours, 1);
	assert_string_equal(items(f, &r), "x-expert");
}

static void test_partial_route_then_hours_per_level(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, "sql-101,SQL 101,course,sql,0,2,20\n");
	struct route r = route(f, "sql", 0, 4);
	assert_num(r.hours, 100); /* 20 + 40 * (4 - 2) < 160 */
	assert_string_equal(items(f, &r), "sql-101");
	assert_num(r.final, 2);
}

static void test_partial_route_from_a_fractional_level(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, "sql-101,SQL 101,course,sql,0,2,10\n");
	struct route r = route(f, "sql", 0.5, 3);
	assert_num(r.hours, 50); /* 10 + 40 * (3 - 2) < 40 * 2.5 = 100 */
	assert_num(r.final, 2);
}

static void test_long_chain(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL,
		     "s1,S1,course,sql,0,1,1\n"
		     "s2,S2,course,sql,1,2,1\n"
		     "s3,S3,course,sql,2,3,1\n"
		     "s4,S4,course,sql,3,4,1\n"
		     "s5,S5,course,sql,4,5,1\n");
	struct route r = route(f, "sql", 0, 5);
	assert_num(r.hours, 5); /* 1 + 1 + 1 + 1 + 1 */
	assert_string_equal(items(f, &r), "s1 s2 s3 s4 s5");
	assert_num(r.final, 5);
}

/* ---- ties: fewest items, then higher final state, then smaller ids ------- */

static void test_tie_fewest_items(void **state)
{
	struct fx *f = *state;
	load_catalog(f, "hours_per_level: 100\n",
		     "a-part1,Part 1,course,sql,0,1,50\n"
		     "b-part2,Part 2,course,sql,1,2,50\n"
		     "c-whole,Whole,course,sql,0,2,100\n");
	struct route r = route(f, "sql", 0, 2);
	/* a-part1 + b-part2 = 100, c-whole = 100, a-part1 + 100 * 1 = 150, none: 200 */
	assert_num(r.hours, 100);
	assert_string_equal(items(f, &r), "c-whole");
}

static void test_tie_fewest_items_before_higher_final(void **state)
{
	struct fx *f = *state;
	load_catalog(f, "hours_per_level: 100\n",
		     "a-x,X,course,sql,0,1,100\n"
		     "b-y,Y,course,sql,1,3,100\n"
		     "z-big,Big,course,sql,0,2,100\n");
	struct route r = route(f, "sql", 0, 3);
	/* z-big + 100 * 1 = 200 (1 item, final 2); a-x + b-y = 200 (2 items, final 3);
	 * a-x + 100 * 2 = 300; none: 300. Fewest items first */
	assert_num(r.hours, 200);
	assert_string_equal(items(f, &r), "z-big");
	assert_num(r.final, 2);
}

static void test_tie_higher_final_state(void **state)
{
	struct fx *f = *state;
	load_catalog(f, "hours_per_level: 100\n",
		     "a-intro,Intro,course,sql,0,1,40\n"
		     "b-full,Full,course,sql,0,2,140\n");
	struct route r = route(f, "sql", 0, 2);
	/* a-intro + 100 * 1 = 140 (final 1); b-full = 140 (final 2); none: 200 */
	assert_num(r.hours, 140);
	assert_string_equal(items(f, &r), "b-full");
	assert_num(r.final, 2);
}

static void test_tie_smaller_item_id(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, "m-course,M,course,sql,0,2,30\nk-course,K,course,sql,0,2,30\n");
	struct route r = route(f, "sql", 0, 2);
	assert_num(r.hours, 30);
	assert_string_equal(items(f, &r), "k-course"); /* k < m, though m is written first */
}

static void test_tie_smaller_item_ids_in_a_chain(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL,
		     "p-start,Start,course,sql,0,1,10\n"
		     "r-next,R,course,sql,1,2,10\n"
		     "q-next,Q,course,sql,1,2,10\n");
	struct route r = route(f, "sql", 0, 2);
	assert_num(r.hours, 20);
	assert_string_equal(items(f, &r), "p-start q-next"); /* q < r */
}

static void test_ids_compare_by_bytes(void **state)
{
	struct fx *f = *state;
	load_catalog(f, NULL, "SQL-9,Nine,course,sql,0,2,30\nSQL-10,Ten,course,sql,0,2,30\n");
	struct route r = route(f, "sql", 0, 2);
	assert_string_equal(items(f, &r), "SQL-10"); /* "SQL-10" < "SQL-9" by bytes */
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_no_gap_no_route),
		T(test_no_gap_after_rounding),
		T(test_no_items_falls_back_to_hours_per_level),
		T(test_fractional_level_falls_back_pro_rata),
		T(test_configured_hours_per_level),
		T(test_item_of_another_skill_does_not_help),
		T(test_cheaper_item_used),
		T(test_dearer_item_not_used),
		T(test_equally_dear_item_not_used),
		T(test_item_beyond_the_required_level),
		T(test_item_not_above_current_level_is_useless),
		T(test_state_moves_to_max_of_state_and_to),
		T(test_prerequisite_chain),
		T(test_chain_cheaper_than_a_direct_item),
		T(test_chain_starts_at_the_current_level),
		T(test_current_level_below_from_needs_the_prerequisite),
		T(test_from_compared_after_rounding),
		T(test_item_usable_only_from_an_unreachable_state),
		T(test_unreachable_item_alone_leaves_the_fallback),
		T(test_partial_route_then_hours_per_level),
		T(test_partial_route_from_a_fractional_level),
		T(test_long_chain),
		T(test_tie_fewest_items),
		T(test_tie_fewest_items_before_higher_final),
		T(test_tie_higher_final_state),
		T(test_tie_smaller_item_id),
		T(test_tie_smaller_item_ids_in_a_chain),
		T(test_ids_compare_by_bytes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
