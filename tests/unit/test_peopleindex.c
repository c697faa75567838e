#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "peopleindex.h"
#include "util.h"

/* ids "P0", "P1", ... laid out one after another, each ending in '\0' */
struct texts {
	char *text;
	size_t size;
	uint32_t *off;
};

static struct texts make_texts(uint32_t n)
{
	struct texts t = {malloc((size_t)n * 12 + 1), 0, malloc((n ? n : 1) * sizeof(uint32_t))};
	assert_non_null(t.text);
	assert_non_null(t.off);
	for (uint32_t i = 0; i < n; i++) {
		t.off[i] = (uint32_t)t.size;
		t.size += (size_t)sprintf(t.text + t.size, "P%u", i) + 1;
	}
	return t;
}

static uint64_t h_of(const char *s)
{
	return hash_bytes(s, strlen(s));
}

static struct people_index build(struct people_slot *slot, uint64_t nslots, const struct texts *t, uint32_t n,
				 uint64_t (*hash)(const char *))
{
	memset(slot, 0, nslots * sizeof *slot);
	for (uint32_t e = 0; e < n; e++)
		people_index_put(slot, nslots - 1, hash(t->text + t->off[e]), e, t->off[e]);
	return (struct people_index){slot, nslots - 1, t->text, t->size, n};
}

static uint32_t get(const struct people_index *ix, const char *s, uint64_t (*hash)(const char *))
{
	return people_index_get(ix, s, strlen(s), hash(s));
}

static void test_slots(void **state)
{
	(void)state;
	assert_int_equal(people_index_slots(0), 0);
	assert_int_equal(people_index_slots(1), 2);
	assert_int_equal(people_index_slots(2), 4);
	assert_int_equal(people_index_slots(3), 8);
	assert_int_equal(people_index_slots(1000000), 2097152);
	assert_int_equal(people_index_slots(UINT32_MAX), (uint64_t)1 << 33);
}

/* Every id is found, as the person it was put in as; others are not. */
static void test_finds_everyone(void **state)
{
	(void)state;
	enum { N = 5000 };
	struct texts t = make_texts(N);
	uint64_t nslots = people_index_slots(N);
	struct people_slot *slot = malloc(nslots * sizeof *slot);
	assert_non_null(slot);
	struct people_index ix = build(slot, nslots, &t, N, h_of);
	for (uint32_t e = 0; e < N; e++)
		assert_int_equal(get(&ix, t.text + t.off[e], h_of), e);
	static const char *const absent[] = {"", "P", "P5000", "P00", "P1 ", "Q1", "P12345678901"};
	for (size_t i = 0; i < sizeof absent / sizeof *absent; i++)
		assert_int_equal(get(&ix, absent[i], h_of), NONE);
	/* a prefix of an id, or an id with more after it, is another id */
	assert_int_equal(people_index_get(&ix, "P12", 2, h_of("P1")), 1);
	assert_int_equal(people_index_get(&ix, "P1\0x", 4, h_of("P1")), NONE);
	struct people_index none = {0};
	assert_int_equal(get(&none, "P1", h_of), NONE);
	free(slot);
	free(t.text);
	free(t.off);
}

static uint64_t h_same(const char *s)
{
	(void)s;
	return 5;
}

/* All ids in one probe chain, wrapping past the table's end. */
static void test_collisions_wrap(void **state)
{
	(void)state;
	enum { N = 4 };
	struct texts t = make_texts(N);
	struct people_slot slot[8];
	struct people_index ix = build(slot, 8, &t, N, h_same);
	for (uint32_t e = 0; e < N; e++)
		assert_int_equal(get(&ix, t.text + t.off[e], h_same), e);
	assert_int_equal(slot[0].person, 4); /* P3 wrapped to the start */
	assert_int_equal(get(&ix, "P9", h_same), NONE);
	free(t.text);
	free(t.off);
}

/* A damaged table answers wrongly at worst: slots naming no one or texts
 * out of range are passed over, and a table without an empty slot ends. */
static void test_damaged_table_stays_in_bounds(void **state)
{
	(void)state;
	enum { N = 3 };
	struct texts t = make_texts(N);
	struct people_slot slot[4] = {{9, 0}, {1, 4000000000u}, {2, t.off[1]}, {3, t.off[2]}};
	struct people_index ix = {slot, 3, t.text, t.size, N};
	assert_int_equal(get(&ix, "P1", h_same), 1);   /* slot 1 passed over, found in slot 2 */
	assert_int_equal(get(&ix, "P0", h_same), NONE); /* slot 0 names no one: searched once round */
	/* the last text, its '\0' the texts' last byte */
	assert_int_equal(get(&ix, "P2", h_same), 2);
	free(t.text);
	free(t.off);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_slots),
		cmocka_unit_test(test_finds_everyone),
		cmocka_unit_test(test_collisions_wrap),
		cmocka_unit_test(test_damaged_table_stays_in_bounds),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
