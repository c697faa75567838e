#include <float.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "exactsum.h"

static double sum_of(const double *x, size_t n)
{
	struct exact_sum s = {0};
	for (size_t i = 0; i < n; i++)
		exact_sum_add(&s, x[i]);
	return exact_sum_value(&s);
}

/* the same bits: 0 and -0 apart, NaN equal to NaN */
static void assert_same(double a, double b)
{
	uint64_t x, y;
	memcpy(&x, &a, sizeof x);
	memcpy(&y, &b, sizeof y);
	if (x != y)
		fail_msg("%a != %a", a, b);
}

static void test_empty_and_simple(void **state)
{
	(void)state;
	struct exact_sum s = {0};
	assert_same(exact_sum_value(&s), 0.0);
	double a[] = {1, 2.5, 0.25, -0.75, 1024};
	assert_same(sum_of(a, 5), 1027.0);
	double b[] = {-1.5, 0.25};
	assert_same(sum_of(b, 2), -1.25);
	double c[] = {3, -3};
	assert_same(sum_of(c, 2), 0.0); /* never -0 */
}

/* the classic failures of adding doubles in turn */
static void test_no_rounding_on_the_way(void **state)
{
	(void)state;
	double a[] = {1e308, 1, -1e308};
	assert_same(sum_of(a, 3), 1.0);
	double b[] = {0.1, 0.2, 0.3, -0.6};
	/* exactly: the binary 0.1 + 0.2 + 0.3 - 0.6 is 2^-55 (added in turn, 1.1e-16) */
	assert_same(sum_of(b, 4), 0x1p-55);
	double c[1000];
	for (int i = 0; i < 1000; i++)
		c[i] = 0.1;
	/* 1000 times the binary 0.1 is 100 + 1000*(0.1 - 1/10): rounds to 100.00000000000000555 = 100 */
	assert_same(sum_of(c, 1000), 100.0);
}

static void test_rounds_once_to_nearest_even(void **state)
{
	(void)state;
	double tie_down[] = {1, 0x1p-53}; /* halfway between 1 and its successor: to even, 1 */
	assert_same(sum_of(tie_down, 2), 1.0);
	double tie_up[] = {1 + 0x1p-52, 0x1p-53}; /* halfway, the odd neighbour below: up */
	assert_same(sum_of(tie_up, 2), 1 + 0x1p-51);
	double sticky[] = {1, 0x1p-53, 0x1p-300}; /* past halfway by a hair, far below */
	assert_same(sum_of(sticky, 3), 1 + 0x1p-52);
	double below[] = {1, 0x1p-53, -0x1p-300}; /* short of halfway by a hair */
	assert_same(sum_of(below, 3), 1.0);
	double neg[] = {-1, -0x1p-53, -0x1p-300};
	assert_same(sum_of(neg, 3), -(1 + 0x1p-52));
}

static void test_extremes(void **state)
{
	(void)state;
	double sub[] = {DBL_TRUE_MIN, DBL_TRUE_MIN, DBL_TRUE_MIN};
	assert_same(sum_of(sub, 3), 3 * DBL_TRUE_MIN);
	double to_normal[] = {DBL_MIN / 2, DBL_MIN / 2};
	assert_same(sum_of(to_normal, 2), DBL_MIN);
	double big[] = {DBL_MAX, DBL_MAX, -DBL_MAX};
	assert_same(sum_of(big, 3), DBL_MAX);
	double over[] = {DBL_MAX, DBL_MAX};
	assert_same(sum_of(over, 2), INFINITY);
	double under[] = {-DBL_MAX, -DBL_MAX};
	assert_same(sum_of(under, 2), -INFINITY);
	double inf[] = {1, INFINITY, 5};
	assert_same(sum_of(inf, 3), INFINITY);
	double both[] = {INFINITY, -INFINITY};
	assert_true(isnan(sum_of(both, 2)));
}

/* Random doubles of every size and sign: any order, and any split over
 * sums merged afterwards, gives the same bits. */
static double random_double(unsigned *seed)
{
	double m = (double)rand_r(seed) / RAND_MAX + 1;
	int e = rand_r(seed) % 200 - 100;
	return (rand_r(seed) & 1 ? -1 : 1) * ldexp(m, e);
}

static void test_order_and_split_do_not_matter(void **state)
{
	(void)state;
	enum { N = 5000 };
	static double x[N];
	unsigned seed = 42;
	for (int i = 0; i < N; i++)
		x[i] = random_double(&seed);
	double forward = sum_of(x, N);
	struct exact_sum back = {0}, parts[3];
	memset(parts, 0, sizeof parts);
	for (int i = N - 1; i >= 0; i--) {
		exact_sum_add(&back, x[i]);
		exact_sum_add(&parts[i % 3], x[i]);
	}
	assert_same(exact_sum_value(&back), forward);
	exact_sum_merge(&parts[0], &parts[2]);
	exact_sum_merge(&parts[0], &parts[1]);
	assert_same(exact_sum_value(&parts[0]), forward);
	assert_same(exact_sum_value(&parts[1]), exact_sum_value(&parts[1])); /* a merged-from sum keeps its value */
}

/* Against integer arithmetic: multiples of 2^-40 add exactly in 64 bits,
 * and the one rounding is the conversion's. */
static void test_agrees_with_integers(void **state)
{
	(void)state;
	unsigned seed = 7;
	for (int round = 0; round < 50; round++) {
		struct exact_sum s = {0};
		int64_t k = 0; /* 200 values below 2^53 */
		for (int i = 0; i < 200; i++) {
			int64_t v = ((int64_t)rand_r(&seed) << 31 | rand_r(&seed)) % (1LL << 53); /* a double holds it */
			if (rand_r(&seed) & 1)
				v = -v;
			k += v;
			exact_sum_add(&s, ldexp((double)v, -40));
		}
		double want = ldexp((double)k, -40);
		assert_same(exact_sum_value(&s), want);
	}
}

/* After 2^30 additions the carries move up: the value is unchanged. */
static void test_carries_move_up(void **state)
{
	(void)state;
	struct exact_sum s = {0};
	exact_sum_add(&s, 3.5);
	s.pending = (1u << 30) - 2;
	exact_sum_add(&s, 0.25);
	exact_sum_add(&s, 0.25); /* the 2^30th: normalised here */
	assert_true(s.pending < 2);
	exact_sum_add(&s, 1);
	assert_same(exact_sum_value(&s), 5.0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_and_simple),
		cmocka_unit_test(test_no_rounding_on_the_way),
		cmocka_unit_test(test_rounds_once_to_nearest_even),
		cmocka_unit_test(test_extremes),
		cmocka_unit_test(test_order_and_split_do_not_matter),
		cmocka_unit_test(test_agrees_with_integers),
		cmocka_unit_test(test_carries_move_up),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
