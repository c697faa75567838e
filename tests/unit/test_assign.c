/* assign_solve (lib/assign.h): who fills which opening. Optimality against a
 * brute-force enumerator on many small seeded random cases, the capacity and
 * one-opening-per-person rules, determinism, the documented tie-break
 * (rungs-match(1): among assignments of equal total value, the most pairs,
 * then the smallest sum of person indexes), hand-worked cases where greedy is
 * wrong, and a timing on 2 000 openings and 100 000 people. */
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

#include "assign.h"

/* ---- helpers -------------------------------------------------------------- */

/* splitmix64: a seeded, portable generator, so every run sees the same cases */
static uint64_t rng_state;
static uint64_t rnd(void)
{
	uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}
static uint32_t rnd_below(uint32_t n)
{
	return (uint32_t)(rnd() % n);
}

struct result {
	size_t *chosen;
	size_t n;
};

static struct result solve(const struct assign_problem *p)
{
	struct result r = {NULL, 0};
	assert_int_equal(assign_solve(p, &r.chosen, &r.n), 0);
	assert_non_null(r.chosen);
	return r;
}

static int64_t total_value(const struct assign_problem *p, const struct result *r)
{
	int64_t t = 0;
	for (size_t i = 0; i < r->n; i++)
		t += p->edges[r->chosen[i]].value;
	return t;
}

static int64_t index_sum(const struct assign_problem *p, const struct result *r)
{
	int64_t t = 0;
	for (size_t i = 0; i < r->n; i++)
		t += p->edges[r->chosen[i]].person;
	return t;
}

/* Each chosen index names an edge once; each person at most once; each
 * opening at most its capacity. */
static void assert_valid(const struct assign_problem *p, const struct result *r)
{
	uint32_t *used_o = calloc(p->nopenings + 1, sizeof *used_o);
	uint32_t *used_p = calloc(p->npeople + 1, sizeof *used_p);
	bool *edge_seen = calloc(p->nedges + 1, sizeof *edge_seen);
	assert_non_null(used_o);
	assert_non_null(used_p);
	assert_non_null(edge_seen);
	for (size_t i = 0; i < r->n; i++) {
		size_t k = r->chosen[i];
		assert_true(k < p->nedges);
		assert_false(edge_seen[k]);
		edge_seen[k] = true;
		const struct assign_edge *e = &p->edges[k];
		assert_true(++used_p[e->person] <= 1);
		assert_true(++used_o[e->opening] <= p->capacity[e->opening]);
	}
	free(used_o), free(used_p), free(edge_seen);
}

/* The chosen pairs as a sorted list of edge indexes, to compare two runs. */
static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* ---- the brute force -------------------------------------------------------- */

/* Every valid assignment: person by person, none or one of their edges with
 * room left. Keeps the best by total value, then the most pairs, then the
 * smallest sum of person indexes (the documented tie-break). */
struct brute {
	const struct assign_problem *p;
	uint32_t *room;
	int64_t best_value, best_pairs, best_isum;
	size_t count; /* assignments enumerated */
};

static void brute_rec(struct brute *b, uint32_t person, int64_t value, int64_t pairs, int64_t isum)
{
	const struct assign_problem *p = b->p;
	if (person == p->npeople) {
		b->count++;
		if (value > b->best_value ||
		    (value == b->best_value &&
		     (pairs > b->best_pairs || (pairs == b->best_pairs && isum < b->best_isum))))
			b->best_value = value, b->best_pairs = pairs, b->best_isum = isum;
		return;
	}
	brute_rec(b, person + 1, value, pairs, isum); /* this person fills nothing */
	for (size_t i = 0; i < p->nedges; i++) {
		const struct assign_edge *e = &p->edges[i];
		if (e->person != person || b->room[e->opening] == 0)
			continue;
		b->room[e->opening]--;
		brute_rec(b, person + 1, value + e->value, pairs + 1, isum + person);
		b->room[e->opening]++;
	}
}

static void brute(const struct assign_problem *p, struct brute *b)
{
	memset(b, 0, sizeof *b);
	b->p = p;
	b->room = malloc((p->nopenings + 1) * sizeof *b->room);
	assert_non_null(b->room);
	for (uint32_t o = 0; o < p->nopenings; o++)
		b->room[o] = p->capacity[o];
	b->best_value = -1;
	brute_rec(b, 0, 0, 0, 0);
	free(b->room);
}

/* A random case: 1..6 openings of capacity 1..2, 1..7 people, each pair an
 * edge with probability about one half; values either from five levels
 * 0, 0.25e9 .. 1e9 (many ties, zeros included) or anywhere in [0, 1e9]. */
struct random_case {
	struct assign_problem p;
	uint32_t capacity[6];
	struct assign_edge edges[6 * 7];
};

static void random_case(struct random_case *c, bool ties)
{
	memset(c, 0, sizeof *c);
	c->p.nopenings = 1 + rnd_below(6);
	c->p.npeople = 1 + rnd_below(7);
	for (uint32_t o = 0; o < c->p.nopenings; o++)
		c->capacity[o] = 1 + rnd_below(2);
	size_t n = 0;
	/* edges in person order then opening order, as cmd/match.c builds them */
	for (uint32_t q = 0; q < c->p.npeople; q++)
		for (uint32_t o = 0; o < c->p.nopenings; o++) {
			if (rnd_below(2))
				continue;
			/* ties: 0 (a ready-soon candidate at readiness 0), 0.25 .. 1 */
			int64_t v = ties ? (int64_t)rnd_below(5) * 250000000 : (int64_t)rnd_below(1000000001u);
			c->edges[n++] = (struct assign_edge){o, q, v};
		}
	c->p.capacity = c->capacity;
	c->p.edges = c->edges;
	c->p.nedges = n;
}

/* ---- optimality ------------------------------------------------------------ */

static void test_optimal_against_brute_force(void **state)
{
	(void)state;
	rng_state = 20261122;
	size_t enumerated = 0, nontrivial = 0;
	for (int k = 0; k < 1500; k++) {
		struct random_case c;
		random_case(&c, k % 2 == 0);
		struct brute b;
		brute(&c.p, &b);
		enumerated += b.count;
		struct result r = solve(&c.p);
		assert_valid(&c.p, &r);
		int64_t got = total_value(&c.p, &r);
		if (got != b.best_value)
			print_error("case %d: total %lld, brute force %lld\n", k, (long long)got, (long long)b.best_value);
		assert_int_equal(got, b.best_value);
		nontrivial += b.count > 2;
		free(r.chosen);
	}
	/* the cases are not all degenerate */
	assert_true(nontrivial > 1000);
	assert_true(enumerated > 100000);
}

/* Among assignments of the best total value, the most pairs, then the
 * smallest sum of person indexes: checked on random cases whose values come
 * from five levels, where ties abound. */
static void test_tie_break_against_brute_force(void **state)
{
	(void)state;
	rng_state = 7;
	int mismatches = 0, first = -1;
	for (int k = 0; k < 3000; k++) {
		struct random_case c;
		random_case(&c, true);
		struct brute b;
		brute(&c.p, &b);
		struct result r = solve(&c.p);
		assert_valid(&c.p, &r);
		assert_int_equal(total_value(&c.p, &r), b.best_value);
		if ((int64_t)r.n != b.best_pairs || index_sum(&c.p, &r) != b.best_isum) {
			if (first < 0)
				first = k;
			mismatches++;
		}
		free(r.chosen);
	}
	if (mismatches)
		print_error("%d of 3000 cases (first: %d) break the tie otherwise than documented\n", mismatches, first);
	assert_int_equal(mismatches, 0);
}

/* A greedy pass (best edge first) takes p0 for A at 9 and leaves B empty:
 * 9. The optimum is p0 to B and p1 to A: 8 + 8 = 16. */
static void test_better_than_greedy(void **state)
{
	(void)state;
	uint32_t cap[] = {1, 1};
	struct assign_edge e[] = {{0, 0, 9}, {1, 0, 8}, {0, 1, 8}};
	struct assign_problem p = {2, 2, cap, e, 3};
	struct result r = solve(&p);
	assert_valid(&p, &r);
	assert_int_equal(r.n, 2);
	assert_int_equal(total_value(&p, &r), 16);
	qsort(r.chosen, r.n, sizeof *r.chosen, cmp_size);
	assert_int_equal(r.chosen[0], 1); /* p0 -> B */
	assert_int_equal(r.chosen[1], 2); /* p1 -> A */
	free(r.chosen);
}

/* Capacity 2 takes both people; one person with edges to two openings fills
 * one: A(cap 2) has p0 at 5 and p1 at 4, B has p0 at 6. Options: p0->A,
 * p1->A = 9; p0->B, p1->A = 10 (the best); p0->B alone = 6. */
static void test_capacity_and_one_opening_per_person(void **state)
{
	(void)state;
	uint32_t cap[] = {2, 1};
	struct assign_edge e[] = {{0, 0, 5}, {1, 0, 6}, {0, 1, 4}};
	struct assign_problem p = {2, 2, cap, e, 3};
	struct result r = solve(&p);
	assert_valid(&p, &r);
	assert_int_equal(total_value(&p, &r), 10);
	qsort(r.chosen, r.n, sizeof *r.chosen, cmp_size);
	assert_int_equal(r.n, 2);
	assert_int_equal(r.chosen[0], 1);
	assert_int_equal(r.chosen[1], 2);
	free(r.chosen);
}

static void test_empty_problems(void **state)
{
	(void)state;
	struct assign_problem none = {0, 0, NULL, NULL, 0};
	struct result r = solve(&none);
	assert_int_equal(r.n, 0);
	free(r.chosen);
	uint32_t cap[] = {1};
	struct assign_problem no_edges = {1, 3, cap, NULL, 0};
	r = solve(&no_edges);
	assert_int_equal(r.n, 0);
	free(r.chosen);
	/* an opening of capacity 0 takes nobody */
	uint32_t zero[] = {0};
	struct assign_edge e[] = {{0, 0, 7}};
	struct assign_problem closed = {1, 1, zero, e, 1};
	r = solve(&closed);
	assert_int_equal(r.n, 0);
	free(r.chosen);
}

/* ---- determinism and the tie-break -------------------------------------------- */

static void test_same_input_same_assignment(void **state)
{
	(void)state;
	rng_state = 99;
	for (int k = 0; k < 300; k++) {
		struct random_case c;
		random_case(&c, true);
		struct result a = solve(&c.p), b = solve(&c.p);
		assert_int_equal(a.n, b.n);
		qsort(a.chosen, a.n, sizeof *a.chosen, cmp_size);
		qsort(b.chosen, b.n, sizeof *b.chosen, cmp_size);
		for (size_t i = 0; i < a.n; i++)
			assert_int_equal(a.chosen[i], b.chosen[i]);
		free(a.chosen), free(b.chosen);
	}
}

/* One opening, three people of equal value: person 0 (index sum 0), not 1
 * or 2, whatever order the edges come in. */
static void test_tie_smallest_person(void **state)
{
	(void)state;
	uint32_t cap[] = {1};
	struct assign_edge e[] = {{0, 2, 500}, {0, 1, 500}, {0, 0, 500}};
	struct assign_problem p = {1, 3, cap, e, 3};
	struct result r = solve(&p);
	assert_int_equal(r.n, 1);
	assert_int_equal(r.chosen[0], 2); /* the edge of person 0 */
	free(r.chosen);
}

/* Two openings, capacity 1 each, all four pairs worth 5 among people 1, 2
 * and 3 (person 0 has no edge): every pair of two people is worth 10; the
 * smallest index sum is {1, 2} = 3 (not {1, 3} = 4 or {2, 3} = 5). */
static void test_tie_smallest_index_sum(void **state)
{
	(void)state;
	uint32_t cap[] = {1, 1};
	struct assign_edge e[] = {{0, 3, 5}, {1, 3, 5}, {0, 2, 5}, {1, 1, 5}};
	struct assign_problem p = {2, 4, cap, e, 4};
	struct result r = solve(&p);
	assert_valid(&p, &r);
	assert_int_equal(total_value(&p, &r), 10);
	assert_int_equal(index_sum(&p, &r), 3); /* p2 -> A, p1 -> B */
	free(r.chosen);
}

/* Value comes before the tie-break: A (capacity 2) with p0 at 3, p1 at 3
 * and p2 at 7. {p0, p1} = 6 has the smallest index sum (1) but {p0, p2} =
 * 10 ({p1, p2} = 10 too, index sum 3) is worth more: {p0, p2}, sum 2. */
static void test_tie_never_beats_value(void **state)
{
	(void)state;
	uint32_t cap[] = {2};
	struct assign_edge e[] = {{0, 0, 3}, {0, 1, 3}, {0, 2, 7}};
	struct assign_problem p = {1, 3, cap, e, 3};
	struct result r = solve(&p);
	assert_int_equal(total_value(&p, &r), 10);
	assert_int_equal(index_sum(&p, &r), 2);
	free(r.chosen);
}

/* Same head count, a tie inside one opening: A (capacity 2) with p0 at 4,
 * p1 at 2 and p2 at 2. {p0, p1} = 6 and {p0, p2} = 6 ({p1, p2} = 4): index
 * sums 0 + 1 = 1 and 0 + 2 = 2, so {p0, p1}. */
static void test_tie_inside_one_opening(void **state)
{
	(void)state;
	uint32_t cap[] = {2};
	struct assign_edge e[] = {{0, 2, 2}, {0, 1, 2}, {0, 0, 4}};
	struct assign_problem p = {1, 3, cap, e, 3};
	struct result r = solve(&p);
	assert_int_equal(total_value(&p, &r), 6);
	assert_int_equal(r.n, 2);
	assert_int_equal(index_sum(&p, &r), 1);
	free(r.chosen);
}

/* Equal totals with different head counts: the most pairs. A and B have
 * capacity 1; p0 fills A at 4 or B at 2, p1 fills only A at 2. {p0->A} = 4
 * (nobody else for B) and {p1->A, p0->B} = 2 + 2 = 4 tie on value; the
 * second has more pairs (2), so it is taken although its index sum (1) is
 * larger than the first's (0). */
static void test_tie_more_pairs_first(void **state)
{
	(void)state;
	uint32_t cap[] = {1, 1};
	struct assign_edge e[] = {{0, 0, 4}, {1, 0, 2}, {0, 1, 2}};
	struct assign_problem p = {2, 2, cap, e, 3};
	struct result r = solve(&p);
	assert_valid(&p, &r);
	assert_int_equal(total_value(&p, &r), 4);
	assert_int_equal(r.n, 2);
	qsort(r.chosen, r.n, sizeof *r.chosen, cmp_size);
	assert_int_equal(r.chosen[0], 1); /* p0 -> B */
	assert_int_equal(r.chosen[1], 2); /* p1 -> A */
	free(r.chosen);
}

/* The same with a zero value (a ready-soon candidate at readiness 0): A
 * (capacity 2) with p0 at 5, p1 and p2 at 0. {p0} and {p0, p1} and {p0, p2}
 * are all worth 5; the most pairs (2), then the smaller index sum: {p0, p1}. */
static void test_tie_zero_value_extra_person(void **state)
{
	(void)state;
	uint32_t cap[] = {2};
	struct assign_edge e[] = {{0, 2, 0}, {0, 0, 5}, {0, 1, 0}};
	struct assign_problem p = {1, 3, cap, e, 3};
	struct result r = solve(&p);
	assert_valid(&p, &r);
	assert_int_equal(total_value(&p, &r), 5);
	assert_int_equal(r.n, 2);
	assert_int_equal(index_sum(&p, &r), 1);
	free(r.chosen);
}

/* ---- scale ------------------------------------------------------------------- */

/* 2 000 openings of capacity 1..2, 100 000 people; each opening has about 50
 * random people (45..55) with random values; must finish in seconds (20 s
 * allowed under sanitizers). */
static void test_performance(void **state)
{
	(void)state;
	rng_state = 424242;
	const uint32_t no = 2000, np = 100000;
	uint32_t *cap = malloc(no * sizeof *cap);
	size_t ecap = (size_t)no * 55, ne = 0;
	struct assign_edge *e = malloc(ecap * sizeof *e);
	assert_non_null(cap);
	assert_non_null(e);
	for (uint32_t o = 0; o < no; o++) {
		cap[o] = 1 + rnd_below(2);
		uint32_t k = 45 + rnd_below(11);
		for (uint32_t i = 0; i < k; i++)
			e[ne++] = (struct assign_edge){o, rnd_below(np), (int64_t)rnd_below(1000000001u)};
	}
	/* a person drawn twice for one opening would be one pair: drop repeats */
	size_t w = 0;
	for (size_t i = 0; i < ne; i++) {
		bool dup = false;
		for (size_t j = w; j-- > 0 && e[j].opening == e[i].opening;)
			if (e[j].person == e[i].person) {
				dup = true;
				break;
			}
		if (!dup)
			e[w++] = e[i];
	}
	ne = w;
	struct assign_problem p = {no, np, cap, e, ne};
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	struct result r = solve(&p);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	fprintf(stderr, "assign_solve: %u openings, %u people, %zu pairs: %zu chosen in %.3f s\n", no, np, ne, r.n,
		secs);
	assert_valid(&p, &r);
	/* with ~50 people per opening and few people shared, every seat fills */
	uint64_t seats = 0;
	for (uint32_t o = 0; o < no; o++)
		seats += cap[o];
	size_t chosen = r.n;
	free(r.chosen);
	free(cap);
	free(e);
	assert_int_equal(chosen, seats);
	assert_true(secs < 20.0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_optimal_against_brute_force),
		cmocka_unit_test(test_tie_break_against_brute_force),
		cmocka_unit_test(test_better_than_greedy),
		cmocka_unit_test(test_capacity_and_one_opening_per_person),
		cmocka_unit_test(test_empty_problems),
		cmocka_unit_test(test_same_input_same_assignment),
		cmocka_unit_test(test_tie_smallest_person),
		cmocka_unit_test(test_tie_smallest_index_sum),
		cmocka_unit_test(test_tie_never_beats_value),
		cmocka_unit_test(test_tie_inside_one_opening),
		cmocka_unit_test(test_tie_more_pairs_first),
		cmocka_unit_test(test_tie_zero_value_extra_person),
		cmocka_unit_test(test_performance),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
