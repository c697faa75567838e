/* Routes between roles (ladder_routes: fewest steps, then least increase,
 * then role ids; limit; depth bound), scenarios for a person along a route
 * (ladder_scenario: skills gained on earlier steps count for later ones),
 * and the search on a 5 000-role architecture with dense lateral moves.
 * Every expected number is worked out by hand beside it. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "fixture.h"

#include "ladder.h"
#include "repo.h"

#define assert_num(got, want)                                                            \
	do {                                                                             \
		double got_ = (got), want_ = (want);                                     \
		if (!(fabs(got_ - want_) <= 1e-9))                                       \
			print_error("%s is %.17g, expected %.17g\n", #got, got_, want_); \
		assert_true(fabs(got_ - want_) <= 1e-9);                                 \
	} while (0)

#define SKILLS                                                 \
	"scale: {1: a, 2: b, 3: c, 4: d, 5: e}\n"              \
	"skills:\n"                                            \
	"  - {id: a}\n  - {id: b}\n  - {id: c}\n  - {id: e}\n"

static void put_role(struct fx *f, const char *id, const char *family, int level, const char *skills,
		     const char *next)
{
	char path[128], text[1024];
	snprintf(path, sizeof path, "roles/%s.yaml", id);
	int n = snprintf(text, sizeof text, "id: %s\nfamily: %s\nlevel: %d\n", id, family, level);
	if (skills)
		n += snprintf(text + n, sizeof text - (size_t)n, "skills: %s\n", skills);
	if (next)
		snprintf(text + n, sizeof text - (size_t)n, "next: %s\n", next);
	put(f, path, text);
}

static uint32_t role(struct fx *f, const char *id)
{
	uint32_t r = model_role(f->m, id);
	assert_int_not_equal(r, NONE);
	return r;
}

/* A route as "role>role>...=increase". */
static const char *route_text(struct fx *f, const struct ladder_route *r)
{
	static char buf[512];
	size_t len = 0;
	for (size_t i = 0; i < r->n; i++)
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i ? ">" : "", f->m->roles[r->roles[i]].id);
	snprintf(buf + len, sizeof buf - len, "=%g", r->increase);
	return buf;
}

/* ---- ladder_routes ------------------------------------------------------------ */

/* From r-s to r-t. Increase of a move = over the target's requirements,
 * weight x (level beyond the source's level); all weights 1 here.
 *   r-s {a 1}        r-t {a 3, b 2}
 *   r-x {a 1, b 2}   r-y {a 2}   r-v {e 1}   r-z {}   r-w {a 1, b 1}
 * moves and their increases:
 *   r-s -> r-t: a 2 + b 2 = 4
 *   r-s -> r-x: b 2 = 2;   r-x -> r-t: a 2 = 2          (route 4)
 *   r-s -> r-y: a 1 = 1;   r-y -> r-t: a 1 + b 2 = 3    (route 4)
 *   r-s -> r-v: e 1 = 1;   r-v -> r-t: a 3 + b 2 = 5    (route 6)
 *   r-s -> r-z: 0;         r-z -> r-w: a 1 + b 1 = 2;  r-w -> r-t: a 2 + b 1 = 3  (route 5)
 * So: r-s>r-t (1 step, 4); r-s>r-x>r-t and r-s>r-y>r-t (2 steps, 4: a tie
 * broken by role ids, r-x before r-y); r-s>r-v>r-t (2 steps, 6); and
 * r-s>r-z>r-w>r-t (3 steps, 5: more steps rank after, whatever the increase).
 * r-y's first step is cheaper than r-x's, so a search that settles roles by
 * the cost so far meets r-y's route first. */
static void load_routes(struct fx *f)
{
	put(f, "skills.yaml", SKILLS);
	put_role(f, "r-s", "x", 1, "{a: 1}", "[r-t, r-v, r-x, r-y, r-z]");
	put_role(f, "r-t", "x", 3, "{a: 3, b: 2}", NULL);
	put_role(f, "r-x", "x", 2, "{a: 1, b: 2}", "[r-t]");
	put_role(f, "r-y", "x", 2, "{a: 2}", "[r-t]");
	put_role(f, "r-v", "x", 2, "{e: 1}", "[r-t]");
	put_role(f, "r-z", "x", 1, NULL, "[r-w]");
	put_role(f, "r-w", "x", 2, "{a: 1, b: 1}", "[r-t]");
	f->o.parts = PART_SKILLS | PART_ROLES;
	load_clean(f);
}

static void expect_routes(struct fx *f, const char *from, const char *to, int depth, size_t limit,
			  const char *const *want, size_t nwant)
{
	struct ladder_route *r;
	size_t n;
	char got[16][512];
	assert_int_equal(ladder_routes(f->m, role(f, from), role(f, to), depth, limit, &r, &n), 0);
	for (size_t i = 0; i < n && i < 16; i++)
		snprintf(got[i], sizeof got[i], "%s", route_text(f, &r[i]));
	ladder_routes_free(r, n); /* before any assertion can leave */
	/* a NULL in want: any route there (where the order of a tie is
	 * another test's business) */
	for (size_t i = 0; i < n && i < nwant; i++)
		if (want[i] && strcmp(got[i], want[i]) != 0)
			print_error("route %zu is %s, expected %s\n", i + 1, got[i], want[i]);
	for (size_t i = 0; i < n && i < nwant; i++)
		if (want[i])
			assert_string_equal(got[i], want[i]);
	assert_int_equal(n, nwant);
}

static void test_routes_fewest_steps_then_increase_then_ids(void **state)
{
	struct fx *f = *state;
	load_routes(f);
	const char *want[] = {"r-s>r-t=4", "r-s>r-x>r-t=4", "r-s>r-y>r-t=4", "r-s>r-v>r-t=6", "r-s>r-z>r-w>r-t=5"};
	expect_routes(f, "r-s", "r-t", 3, 10, want, 5);
}

/* The limit cuts after the tie is broken: with limit 2 the second route is
 * r-x's, though r-y's is met first. */
static void test_routes_limit(void **state)
{
	struct fx *f = *state;
	load_routes(f);
	const char *want[] = {"r-s>r-t=4", "r-s>r-x>r-t=4"};
	expect_routes(f, "r-s", "r-t", 3, 2, want, 2);
	expect_routes(f, "r-s", "r-t", 3, 1, want, 1);
}

static void test_routes_depth_bound(void **state)
{
	struct fx *f = *state;
	load_routes(f);
	/* depth 2: the 3-step route is out (routes 2 and 3 are the tie of
	 * test_routes_fewest_steps_then_increase_then_ids) */
	const char *want[] = {"r-s>r-t=4", NULL, NULL, "r-s>r-v>r-t=6"};
	expect_routes(f, "r-s", "r-t", 2, 10, want, 4);
	expect_routes(f, "r-s", "r-t", 1, 10, want, 1);
	/* r-z to r-t takes 2 steps: none within 1 */
	expect_routes(f, "r-z", "r-t", 1, 10, NULL, 0);
	const char *zt[] = {"r-z>r-w>r-t=5"};
	expect_routes(f, "r-z", "r-t", 2, 10, zt, 1);
}

static void test_routes_none_and_same_role(void **state)
{
	struct fx *f = *state;
	load_routes(f);
	expect_routes(f, "r-t", "r-s", 5, 10, NULL, 0); /* r-t has no moves */
	expect_routes(f, "r-x", "r-s", 5, 10, NULL, 0); /* nothing leads back to r-s */
	expect_routes(f, "r-s", "r-s", 5, 10, NULL, 0); /* a == b: no route */
}

/* Simple routes only: with lateral 2- and 3-cycles no route visits a role
 * twice. c-1 -> c-2 <-> c-2b, c-2 -> c-3p -> c-3q -> c-3r -> c-3p, c-3q -> c-4. */
static void test_routes_are_simple_through_cycles(void **state)
{
	struct fx *f = *state;
	put(f, "skills.yaml", SKILLS);
	put_role(f, "c-1", "x", 1, "{a: 1}", "[c-2]");
	put_role(f, "c-2", "x", 2, "{a: 2}", "[c-2b, c-3p]");
	put_role(f, "c-2b", "x", 2, "{b: 2}", "[c-2, c-3p]");
	put_role(f, "c-3p", "x", 3, "{a: 3}", "[c-3q]");
	put_role(f, "c-3q", "x", 3, "{b: 3}", "[c-3r, c-4]");
	put_role(f, "c-3r", "x", 3, "{c: 3}", "[c-3p]");
	put_role(f, "c-4", "x", 4, "{a: 4, b: 3}", NULL);
	f->o.parts = PART_SKILLS | PART_ROLES;
	load_clean(f);
	/* c-1>c-2: a 1; c-2>c-3p: a 1; c-3p>c-3q: b 3; c-3q>c-4: a 4 = 4 -> 9
	 * through c-2b: c-2>c-2b: b 2; c-2b>c-3p: a 3 -> 1 + 2 + 3 + 3 + 4 = 13 */
	const char *want[] = {"c-1>c-2>c-3p>c-3q>c-4=9", "c-1>c-2>c-2b>c-3p>c-3q>c-4=13"};
	expect_routes(f, "c-1", "c-4", 20, 1000, want, 2);
}

/* ---- ladder_scenario ------------------------------------------------------------ */

/* E1 holds a 1 and b 1 (one manager row each) in role s0 {a 1}.
 * Route s0 -> s1 {a 3, b 2} -> s2 {a 4, b 2, c 1}; hours_per_level 40,
 * learning_hours_per_month 8; one course for a from 3 to 4 in 10 hours. */
static void load_scenario(struct fx *f)
{
	put(f, "skills.yaml", SKILLS);
	put_role(f, "s0", "x", 1, "{a: 1}", "[s1]");
	put_role(f, "s1", "x", 2, "{a: 3, b: 2}", "[s2]");
	put_role(f, "s2", "x", 3, "{a: 4, b: 2, c: 1}", NULL);
	put(f, "people.csv", "id,name,role\nE1,Eve,s0\n");
	put(f, "assessments.csv", "employee,skill,level,date,source\n"
				  "E1,a,1,2026-01-10,manager\n"
				  "E1,b,1,2026-01-10,manager\n");
	put(f, "learning.csv", "id,title,kind,skill,from,to,hours\n"
			       "a-course,A beyond 3,course,a,3,4,10\n");
	f->o.parts = PART_SKILLS | PART_ROLES | PART_LEARNING | PART_PEOPLE | PART_ASSESSMENTS;
	load_clean(f);
}

static void test_scenario_earlier_steps_count_for_later_ones(void **state)
{
	struct fx *f = *state;
	load_scenario(f);
	uint32_t roles[] = {role(f, "s0"), role(f, "s1"), role(f, "s2")};
	struct ladder_route route = {roles, 3, 0};
	struct scenario s;
	assert_int_equal(ladder_scenario(f->m, person_of(f->m, "E1"), date_of("2026-11-22"), &route, &s), 0);
	assert_int_equal(s.steps[0].role, role(f, "s1"));
	assert_int_equal(s.steps[1].role, role(f, "s2"));
	/* step 1, s1 with a 1, b 1:
	 *   a 1 -> 3: the course needs 3 to start, so 2 x 40 = 80
	 *   b 1 -> 2: 40                                   -> 120 hours
	 *   readiness (1/3 + 1/2) / 2 = 5/12 */
	assert_num(s.steps[0].score.hours, 120);
	assert_num(s.steps[0].score.readiness, 5.0 / 12.0);
	assert_int_equal(s.steps[0].score.months, 15); /* ceil(120 / 8) */
	/* step 2, s2 with s1's requirements held: a 3, b 2:
	 *   a 3 -> 4: the course, 10 (not 3 x 40 from a 1)
	 *   b 2: met
	 *   c 0 -> 1: 40                                   -> 50 hours
	 *   readiness (3/4 + 2/2 + 0/1) / 3 = 7/12 */
	assert_num(s.steps[1].score.hours, 50);
	assert_num(s.steps[1].score.readiness, 7.0 / 12.0);
	assert_int_equal(s.steps[1].score.months, 7); /* ceil(50 / 8) = ceil(6.25) */
	/* the route: 120 + 50 = 170 hours, ceil(170 / 8) = ceil(21.25) = 22 months */
	assert_num(s.hours, 170);
	assert_int_equal(s.months, 22);
	scenario_free(&s);
}

static void test_scenario_levels_above_a_step_are_kept(void **state)
{
	struct fx *f = *state;
	load_scenario(f);
	/* straight to s2, then back to s1: s2 leaves a at 4, which s1's a 3 does
	 * not lower. step 1: a 1 -> 4: from 1 the course is out of reach: 3 x 40
	 * = 120; b 1 -> 2: 40; c 0 -> 1: 40 -> 200. step 2: s1 {a 3, b 2} all
	 * held -> 0. total 200, 25 months. */
	uint32_t roles[] = {role(f, "s0"), role(f, "s2"), role(f, "s1")};
	struct ladder_route route = {roles, 3, 0};
	struct scenario s;
	assert_int_equal(ladder_scenario(f->m, person_of(f->m, "E1"), date_of("2026-11-22"), &route, &s), 0);
	assert_num(s.steps[0].score.hours, 200);
	assert_num(s.steps[1].score.hours, 0);
	assert_num(s.steps[1].score.readiness, 1);
	assert_num(s.hours, 200);
	assert_int_equal(s.months, 25);
	scenario_free(&s);
}

static void test_scenario_evidence_as_of(void **state)
{
	struct fx *f = *state;
	load_scenario(f);
	/* before the assessments: a 0, b 0. step 1: a 0 -> 3 = 120, b 0 -> 2 = 80
	 * -> 200; step 2 as before -> 50; 250 hours, ceil(31.25) = 32 months */
	uint32_t roles[] = {role(f, "s0"), role(f, "s1"), role(f, "s2")};
	struct ladder_route route = {roles, 3, 0};
	struct scenario s;
	assert_int_equal(ladder_scenario(f->m, person_of(f->m, "E1"), date_of("2025-12-31"), &route, &s), 0);
	assert_num(s.steps[0].score.hours, 200);
	assert_num(s.steps[1].score.hours, 50);
	assert_num(s.hours, 250);
	assert_int_equal(s.months, 32);
	scenario_free(&s);
}

/* ---- 5 000 roles, dense lateral moves --------------------------------------------- */

#define FAMILIES 50
#define LEVELS 10
#define PER_LEVEL 10 /* 50 x 10 x 10 = 5 000 roles */

static double elapsed(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

/* f07-l03-4: family 7, level 3, the 5th role there. Its next: the 9 other
 * roles of its level (lateral), the 10 of the next level (promotion) and
 * the same slot one family on (cross-functional): 20, fewer at the top. */
static void put_architecture(struct fx *f)
{
	char skills[4096] = "scale: {1: a, 2: b, 3: c, 4: d, 5: e, 6: f, 7: g, 8: h, 9: i, 10: j}\nskills:\n";
	for (int s = 0; s < 30; s++)
		snprintf(skills + strlen(skills), sizeof skills - strlen(skills), "  - {id: s%02d}\n", s);
	put(f, "skills.yaml", skills);
	for (int fam = 0; fam < FAMILIES; fam++)
		for (int lv = 1; lv <= LEVELS; lv++)
			for (int k = 0; k < PER_LEVEL; k++) {
				char path[64], text[2048];
				int n = snprintf(text, sizeof text,
						 "id: f%02d-l%02d-%d\nfamily: f%02d\nlevel: %d\n"
						 "skills: {s%02d: %d, s%02d: {level: %d, weight: %d}, s%02d: %d}\nnext: [",
						 fam, lv, k, fam, lv, k, lv, 10 + lv - 1, 1 + (lv + k) % 10, 1 + k % 3,
						 20 + fam % 10, 1 + (lv * 3 + k) % 10);
				const char *sep = "";
				for (int j = 0; j < PER_LEVEL; j++)
					if (j != k) {
						n += snprintf(text + n, sizeof text - (size_t)n, "%sf%02d-l%02d-%d", sep, fam, lv, j);
						sep = ", ";
					}
				for (int j = 0; lv < LEVELS && j < PER_LEVEL; j++)
					n += snprintf(text + n, sizeof text - (size_t)n, ", f%02d-l%02d-%d", fam, lv + 1, j);
				n += snprintf(text + n, sizeof text - (size_t)n, ", f%02d-l%02d-%d]\n", (fam + 1) % FAMILIES, lv, k);
				snprintf(path, sizeof path, "roles/f%02d/f%02d-l%02d-%d.yaml", fam, fam, lv, k);
				put(f, path, text);
			}
	f->o.parts = PART_SKILLS | PART_ROLES;
	load_clean(f);
	assert_int_equal(f->m->nroles, FAMILIES * LEVELS * PER_LEVEL);
	assert_int_equal(f->m->nmoves, 95000); /* 5 000 x 20, less the 10 promotions of the 500 top roles */
}

static void timed_routes(struct fx *f, const char *from, const char *to, int depth, size_t limit, size_t want_n,
			 size_t want_steps)
{
	struct timespec t0, t1;
	struct ladder_route *r;
	size_t n;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_int_equal(ladder_routes(f->m, role(f, from), role(f, to), depth, limit, &r, &n), 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double s = elapsed(&t0, &t1);
	print_message("ladder_routes %s -> %s (depth %d, limit %zu): %zu routes in %.3f s\n", from, to, depth, limit, n, s);
	if (s >= 2)
		print_error("ladder_routes %s -> %s (depth %d, limit %zu) took %.3f s\n", from, to, depth, limit, s);
	assert_true(s < 2);
	assert_int_equal(n, want_n);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(r[i].roles[0], role(f, from));
		assert_int_equal(r[i].roles[r[i].n - 1], role(f, to));
		assert_true(r[i].n - 1 <= (size_t)depth);
		if (i == 0)
			assert_int_equal(r[i].n - 1, want_steps);
		else /* ranked: fewest steps, then least increase */
			assert_true(r[i - 1].n < r[i].n || (r[i - 1].n == r[i].n && r[i - 1].increase <= r[i].increase + 1e-9));
		for (size_t a = 0; a < r[i].n; a++) /* simple */
			for (size_t b = a + 1; b < r[i].n; b++)
				assert_int_not_equal(r[i].roles[a], r[i].roles[b]);
	}
	ladder_routes_free(r, n);
}

static void test_routes_fast_on_5000_roles(void **state)
{
	struct fx *f = *state;
	put_architecture(f);
	/* 5 promotions up one family; thousands of routes of 5 and 6 steps */
	timed_routes(f, "f00-l01-0", "f00-l06-0", 6, 10, 10, 5);
	/* across a family: 5 promotions and one cross-functional move */
	timed_routes(f, "f00-l01-0", "f01-l06-3", 6, 10, 10, 6);
	/* a lateral neighbour: 1 step, then many 2- to 6-step detours */
	timed_routes(f, "f10-l05-2", "f10-l05-7", 6, 10, 10, 1);
	/* out of reach within the depth (9 promotions needed): none, quickly */
	timed_routes(f, "f00-l01-0", "f00-l10-0", 6, 10, 0, 0);
	/* a longer list */
	timed_routes(f, "f00-l01-0", "f00-l06-0", 6, 100, 100, 5);
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_routes_fewest_steps_then_increase_then_ids),
		T(test_routes_limit),
		T(test_routes_depth_bound),
		T(test_routes_none_and_same_role),
		T(test_routes_are_simple_through_cycles),
		T(test_scenario_earlier_steps_count_for_later_ones),
		T(test_scenario_levels_above_a_step_are_kept),
		T(test_scenario_evidence_as_of),
		T(test_routes_fast_on_5000_roles),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
