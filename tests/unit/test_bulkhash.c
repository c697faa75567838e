#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <xxhash.h> /* the plain XXH3, for comparison */

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

#include "bulkhash.h"

static unsigned char *bytes(size_t n)
{
	unsigned char *p = malloc(n ? n : 1);
	assert_non_null(p);
	uint64_t x = 0x9e3779b97f4a7c15u;
	for (size_t i = 0; i < n; i++) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		p[i] = (unsigned char)x;
	}
	return p;
}

/* Caches written on a machine with AVX-512 read on one without: the
 * bulk hash is XXH3 itself, at every length and alignment. */
static void test_same_as_plain_xxh3(void **state)
{
	(void)state;
	static const size_t sizes[] = {0, 1, 3, 4, 8, 9, 16, 17, 128, 129, 240, 241, 1023, 1024, 1025, 4096, 65537, (1 << 20) + 7};
	unsigned char *p = bytes((1 << 20) + 64);
	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++)
		for (size_t at = 0; at < 3; at++)
			assert_true(bulk_hash(p + at, sizes[i]) == XXH3_64bits(p + at, sizes[i]));
	free(p);
}

/* Fed in pieces of any size, the digest is the whole's. */
static void test_update_in_pieces(void **state)
{
	(void)state;
	size_t n = (3 << 20) + 11;
	unsigned char *p = bytes(n);
	static const size_t steps[] = {1, 7, 64, 1000, 1 << 20};
	XXH3_state_t *st = XXH3_createState();
	assert_non_null(st);
	for (size_t s = 0; s < sizeof steps / sizeof *steps; s++) {
		XXH3_64bits_reset(st);
		size_t limit = steps[s] < 64 ? 100000 : n; /* a byte at a time is slow */
		for (size_t at = 0; at < limit; at += steps[s])
			assert_true(bulk_update(st, p + at, limit - at < steps[s] ? limit - at : steps[s]));
		assert_true(XXH3_64bits_digest(st) == XXH3_64bits(p, limit));
	}
	XXH3_freeState(st);
	free(p);
}

#if defined(__x86_64__) || defined(__i386__)
/* XINUSE (xgetbv 1): which register state is not at its initial value.
 * Bits 2 (YMM upper halves) and 6 (ZMM0-15 upper halves). */
static uint64_t vector_in_use(void)
{
	unsigned lo, hi;
	__asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(1));
	return ((uint64_t)hi << 32) | lo;
}

static bool can_ask(void)
{
	unsigned a, b, c, d;
	return __get_cpuid_max(0, NULL) >= 0xd && __get_cpuid_count(0xd, 1, &a, &b, &c, &d) && (a & 4);
}
#endif

/* After a bulk hash, the upper halves of the vector registers are clean:
 * left dirty, they slow every SSE instruction after (the scoring ran a
 * quarter slower). */
static void test_vector_state_left_clean(void **state)
{
	(void)state;
#if defined(__x86_64__) || defined(__i386__)
	if (!can_ask())
		skip();
	size_t n = 1 << 20;
	unsigned char *p = bytes(n);
	XXH3_state_t *st = XXH3_createState();
	assert_non_null(st);
	XXH3_64bits_reset(st);
	uint64_t h = bulk_hash(p, n);
	uint64_t after_hash = vector_in_use();
	assert_true(bulk_update(st, p, n));
	uint64_t after_update = vector_in_use();
	assert_true(XXH3_64bits_digest(st) == h);
	assert_int_equal(after_hash & 0x44, 0);
	assert_int_equal(after_update & 0x44, 0);
	XXH3_freeState(st);
	free(p);
#else
	skip();
#endif
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_as_plain_xxh3),
		cmocka_unit_test(test_update_in_pieces),
		cmocka_unit_test(test_vector_state_left_clean),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
