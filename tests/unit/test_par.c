/* lib/par: items computed on several threads and taken strictly in order;
 * after a stop every computed result is taken or dropped exactly once. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "par.h"

struct totals {
	size_t next;      /* the item expected next */
	double sum;       /* order-sensitive: sums of doubles */
	size_t stop_take; /* take fails at this item (SIZE_MAX: never) */
	atomic_size_t computed, taken, dropped;
};

struct worker {
	struct totals *t;
	size_t fail_at; /* work fails at this item (SIZE_MAX: never) */
	size_t done;    /* items this worker computed */
};

struct slot {
	size_t i;
	double value;
	int *owned; /* freed by take or drop: leaks show a slot lost */
};

static int work(void *w_, size_t i, void *s_)
{
	struct worker *w = w_;
	struct slot *s = s_;
	if (i == w->fail_at)
		return -1;
	s->i = i;
	s->value = 1.0 / (double)(i + 3); /* not exact in binary: order shows */
	s->owned = malloc(sizeof *s->owned);
	w->done++;
	atomic_fetch_add(&w->t->computed, 1);
	return 0;
}

static int take(void *ctx, size_t i, void *s_)
{
	struct totals *t = ctx;
	struct slot *s = s_;
	free(s->owned);
	atomic_fetch_add(&t->taken, 1);
	if (i != t->next || s->i != i)
		return -1;
	t->next++;
	t->sum += s->value;
	return i == t->stop_take ? -1 : 0;
}

static void drop(void *ctx, void *s_)
{
	struct totals *t = ctx;
	free(((struct slot *)s_)->owned);
	atomic_fetch_add(&t->dropped, 1);
}

static size_t block_size; /* the job's block; 0: the default */

static int run(struct totals *t, size_t n, unsigned threads, size_t fail_at, struct worker *w)
{
	void *workers[PAR_MAX];
	for (unsigned k = 0; k < PAR_MAX; k++) {
		w[k] = (struct worker){t, fail_at, 0};
		workers[k] = &w[k];
	}
	struct par_job job = {n, sizeof(struct slot), threads, workers, work, take, drop, t, block_size, NULL};
	return par_run(&job);
}

static void test_in_order_and_same_sum_on_any_threads(void **state)
{
	(void)state;
	const size_t n = 100000;
	double sums[3];
	unsigned threads[3] = {1, 2, 4};
	for (int k = 0; k < 3; k++) {
		struct totals t = {.stop_take = SIZE_MAX};
		struct worker w[PAR_MAX];
		assert_int_equal(run(&t, n, threads[k], SIZE_MAX, w), 0);
		assert_int_equal(t.next, n);
		assert_int_equal(t.taken, n);
		assert_int_equal(t.dropped, 0);
		sums[k] = t.sum;
		if (threads[k] == 1)
			assert_int_equal(w[1].done, 0); /* all on the calling thread */
	}
	assert_memory_equal(&sums[0], &sums[1], sizeof(double));
	assert_memory_equal(&sums[0], &sums[2], sizeof(double));
}

static void test_no_items(void **state)
{
	(void)state;
	struct totals t = {.stop_take = SIZE_MAX};
	struct worker w[PAR_MAX];
	assert_int_equal(run(&t, 0, 2, SIZE_MAX, w), 0);
	assert_int_equal(t.taken, 0);
}

static void test_failed_work_stops_and_nothing_is_lost(void **state)
{
	(void)state;
	for (unsigned threads = 1; threads <= 3; threads++) {
		struct totals t = {.stop_take = SIZE_MAX};
		struct worker w[PAR_MAX];
		assert_int_equal(run(&t, 50000, threads, 7000, w), -1);
		assert_true(t.next <= 7000); /* nothing at or after the failure is taken */
		assert_int_equal(t.taken + t.dropped, t.computed);
	}
}

static void test_failed_take_stops_and_nothing_is_lost(void **state)
{
	(void)state;
	for (unsigned threads = 1; threads <= 3; threads++) {
		struct totals t = {.stop_take = 1234};
		struct worker w[PAR_MAX];
		assert_int_equal(run(&t, 50000, threads, SIZE_MAX, w), -1);
		assert_int_equal(t.next, 1235);
		assert_int_equal(t.taken, 1235);
		assert_int_equal(t.taken + t.dropped, t.computed);
	}
}

static void test_blocks_of_any_size(void **state)
{
	(void)state;
	size_t sizes[] = {1, 3, 1000};
	for (int k = 0; k < 3; k++) {
		block_size = sizes[k];
		struct totals one = {.stop_take = SIZE_MAX}, two = {.stop_take = SIZE_MAX}, stop = {.stop_take = 77};
		struct worker w[PAR_MAX];
		assert_int_equal(run(&one, 5000, 1, SIZE_MAX, w), 0);
		assert_int_equal(run(&two, 5000, 2, SIZE_MAX, w), 0);
		assert_int_equal(two.next, 5000);
		assert_memory_equal(&one.sum, &two.sum, sizeof(double));
		assert_int_equal(run(&stop, 5000, 3, SIZE_MAX, w), -1);
		assert_int_equal(stop.next, 78);
		assert_int_equal(stop.taken + stop.dropped, stop.computed);
	}
	block_size = 0;
}

/* Work that writes its own place and leaves nothing to take. */
static int mark(void *w_, size_t i, void *s_)
{
	(void)s_;
	unsigned char *seen = w_;
	seen[i]++;
	return 0;
}

static void test_nothing_to_take(void **state)
{
	(void)state;
	static unsigned char seen[10000];
	void *workers[PAR_MAX];
	for (unsigned t = 0; t < PAR_MAX; t++)
		workers[t] = seen;
	for (unsigned threads = 1; threads <= 3; threads++) {
		memset(seen, 0, sizeof seen);
		struct par_job job = {.n = sizeof seen, .slot_size = 1, .threads = threads, .workers = workers, .work = mark, .block = 7};
		assert_int_equal(par_run(&job), 0);
		for (size_t i = 0; i < sizeof seen; i++)
			assert_int_equal(seen[i], 1); /* every item once */
	}
}

static void test_threads_asked(void **state)
{
	(void)state;
	assert_int_equal(par_threads(1), 1);
	assert_int_equal(par_threads(2), 2);
	assert_int_equal(par_threads(100), PAR_MAX);
	long online = sysconf(_SC_NPROCESSORS_ONLN);
	unsigned want = online < 1 ? 1 : online > PAR_MAX ? PAR_MAX : (unsigned)online;
	assert_int_equal(par_threads(0), want); /* one per online core */
	assert_int_equal(par_threads(0), want); /* and the same once it is remembered */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_in_order_and_same_sum_on_any_threads),
		cmocka_unit_test(test_no_items),
		cmocka_unit_test(test_failed_work_stops_and_nothing_is_lost),
		cmocka_unit_test(test_failed_take_stops_and_nothing_is_lost),
		cmocka_unit_test(test_blocks_of_any_size),
		cmocka_unit_test(test_nothing_to_take),
		cmocka_unit_test(test_threads_asked),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
