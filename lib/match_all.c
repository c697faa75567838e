#include "match_all.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "date.h"
#include "evidence.h"
#include "match_index.h"
#include "util.h"

#define BLOCK_MAX 1024 /* people per block: enough to make a hand-over rare */
#define THREADS_MAX 16

/* What one thread computes with. */
struct worker {
	struct match_scratch *sc;
	struct person_state ps;
	bool ps_ready;
	double *then; /* levels at `since`, folded when a pair first needs them */
};

static void worker_free(struct worker *w)
{
	match_scratch_free(w->sc);
	if (w->ps_ready)
		person_state_free(&w->ps);
	free(w->then);
}

static int worker_init(const struct model *m, const struct match_index *ix, struct worker *w)
{
	memset(w, 0, sizeof *w);
	w->sc = match_scratch_new(ix);
	w->then = malloc((m->nskills ? m->nskills : 1) * sizeof *w->then);
	return w->sc && w->then ? 0 : -1;
}

/* A block's pairs. */
struct block {
	struct match_pair *pairs;
	size_t n, cap;
	int rc;    /* 0, or -1: out of memory */
	bool done; /* computed, not handed over yet */
};

static int block_push(struct block *b, const struct match_pair *p)
{
	if (!VEC_PUSH(b->pairs, b->n, b->cap))
		return -1;
	b->pairs[b->n++] = *p;
	return 0;
}

/* The tier of opportunity opp with the levels at since (w->then), against
 * its requirements as they are now. */
static int tier_then(const struct model *m, struct worker *w, uint32_t opp)
{
	const struct opportunity *o = &m->opps[opp];
	struct score s;
	if (score_reqs_cached(m, w->then, m->reqs ? m->reqs + o->req_off : NULL, o->req_n, match_scratch_routes(w->sc),
			      &s) < 0)
		return -1;
	int t = (int)s.tier;
	score_free(&s);
	return t;
}

static int person_pairs(const struct model *m, const struct match_all_opts *o, struct worker *w,
			const struct match_lists *l, struct block *b)
{
	bool folded = false;
	for (int k = 0; k < 2; k++) {
		const struct opp_match *v = k ? l->dev : l->jobs;
		size_t n = k ? l->ndev : l->njobs;
		for (size_t i = 0; i < n; i++) {
			if (o->min_tier_set && v[i].score.tier > o->min_tier)
				continue;
			int prev = -1;
			if (o->since != DATE_NONE) {
				if (!folded)
					evidence_all(m, w->ps.employee, o->since, w->then, NULL);
				folded = true;
				if ((prev = tier_then(m, w, v[i].opp)) < 0)
					return -1;
				if (prev <= (int)v[i].score.tier)
					continue; /* not better than it was */
			}
			struct match_pair p = {w->ps.employee, v[i].opp, v[i].score.readiness, v[i].growth, v[i].score.months,
					       v[i].helps, v[i].holds, v[i].score.tier, prev, k == 1, v[i].aspired};
			if (block_push(b, &p) < 0)
				return -1;
		}
	}
	return 0;
}

static int compute_block(const struct model *m, const struct match_all_opts *o, const struct match_index *ix,
			 struct worker *w, uint32_t first, uint32_t end, struct block *b)
{
	b->n = 0;
	for (uint32_t e = first; e < end; e++) {
		if (w->ps_ready ? person_state_set(m, e, o->as_of, match_scratch_routes(w->sc), &w->ps) < 0
				: person_state_init(m, e, o->as_of, &w->ps) < 0)
			return -1;
		w->ps_ready = true;
		struct match_lists l;
		if (match_top(m, ix, w->sc, &w->ps, o->limit, &l) < 0)
			return -1;
		int rc = person_pairs(m, o, w, &l, b);
		match_lists_free(&l);
		if (rc < 0)
			return -1;
	}
	return 0;
}

/* ---- the threads ---------------------------------------------------------------- */

struct run {
	const struct model *m;
	const struct match_all_opts *o;
	const struct match_index *ix;
	uint32_t per, nblocks; /* people per block, blocks */
	pthread_mutex_t mu;
	pthread_cond_t ready, room;
	uint32_t next;    /* the next block to compute */
	uint32_t handed;  /* blocks handed over to fn */
	bool stop;
	struct block *slot; /* block k computes into slot[k % window] */
	uint32_t window;
};

struct thread {
	struct run *r;
	struct worker w;
	pthread_t t;
};

static uint32_t block_end(const struct run *r, uint32_t k)
{
	uint64_t end = ((uint64_t)k + 1) * r->per;
	return end < r->m->npeople ? (uint32_t)end : r->m->npeople;
}

static void *compute_thread(void *arg)
{
	struct thread *t = arg;
	struct run *r = t->r;
	pthread_mutex_lock(&r->mu);
	for (;;) {
		/* at most `window` blocks ahead of the one to hand over next */
		while (!r->stop && r->next < r->nblocks && r->next - r->handed >= r->window)
			pthread_cond_wait(&r->room, &r->mu);
		if (r->stop || r->next >= r->nblocks)
			break;
		uint32_t k = r->next++;
		struct block *b = &r->slot[k % r->window];
		pthread_mutex_unlock(&r->mu);
		int rc = compute_block(r->m, r->o, r->ix, &t->w, k * r->per, block_end(r, k), b);
		pthread_mutex_lock(&r->mu);
		b->rc = rc;
		b->done = true;
		if (rc < 0)
			r->stop = true; /* the blocks before it still finish: they are handed over first */
		pthread_cond_broadcast(&r->ready);
	}
	pthread_mutex_unlock(&r->mu);
	return NULL;
}

static unsigned want_threads(const struct match_all_opts *o)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	unsigned n = o->threads ? o->threads : cpus > 0 ? (unsigned)cpus : 1;
	return n > THREADS_MAX ? THREADS_MAX : n;
}

/* The calling thread alone: compute a block, hand it over, and so on. */
static int run_here(struct run *r, match_all_fn fn, void *ctx)
{
	struct worker w;
	struct block b = {0};
	int rc = worker_init(r->m, r->ix, &w);
	for (uint32_t k = 0; rc == 0 && k < r->nblocks; k++) {
		rc = compute_block(r->m, r->o, r->ix, &w, k * r->per, block_end(r, k), &b);
		if (rc == 0)
			rc = fn(ctx, b.pairs, b.n, block_end(r, k));
	}
	worker_free(&w);
	free(b.pairs);
	return rc;
}

/* Threads compute blocks ahead; the calling thread hands them over in order. */
static int run_threads(struct run *r, unsigned n, match_all_fn fn, void *ctx)
{
	struct thread *th = calloc(n, sizeof *th);
	r->window = 2 * n + 2;
	r->slot = calloc(r->window, sizeof *r->slot);
	if (!th || !r->slot) {
		free(th);
		free(r->slot);
		return -1;
	}
	unsigned started = 0;
	int rc = 0;
	for (unsigned i = 0; i < n && rc == 0; i++) {
		th[i].r = r;
		if (worker_init(r->m, r->ix, &th[i].w) < 0)
			rc = -1;
		else if (pthread_create(&th[i].t, NULL, compute_thread, &th[i]) == 0)
			started++;
		else
			break;
	}
	if (rc == 0 && started == 0)
		rc = run_here(r, fn, ctx);
	for (uint32_t k = 0; rc == 0 && started && k < r->nblocks; k++) {
		struct block *b = &r->slot[k % r->window];
		pthread_mutex_lock(&r->mu);
		while (!b->done)
			pthread_cond_wait(&r->ready, &r->mu);
		pthread_mutex_unlock(&r->mu);
		rc = b->rc ? b->rc : fn(ctx, b->pairs, b->n, block_end(r, k));
		pthread_mutex_lock(&r->mu);
		b->done = false;
		r->handed++;
		pthread_cond_broadcast(&r->room);
		pthread_mutex_unlock(&r->mu);
	}
	pthread_mutex_lock(&r->mu);
	r->stop = true;
	pthread_cond_broadcast(&r->room);
	pthread_mutex_unlock(&r->mu);
	for (unsigned i = 0; i < started; i++)
		pthread_join(th[i].t, NULL);
	for (unsigned i = 0; i < n; i++)
		worker_free(&th[i].w);
	for (uint32_t k = 0; k < r->window; k++)
		free(r->slot[k].pairs);
	free(r->slot);
	free(th);
	return rc;
}

int match_all_run(const struct model *m, const struct match_all_opts *o, match_all_fn fn, void *ctx)
{
	struct match_index *ix = match_index_build(m, o->as_of, o->kinds);
	struct run r = {.m = m, .o = o, .ix = ix};
	if (!ix) {
		errno = ENOMEM;
		return -1;
	}
	/* blocks of up to BLOCK_MAX people, some 8 per thread at least */
	unsigned n = want_threads(o);
	r.per = m->npeople / (8 * n);
	r.per = r.per < 1 ? 1 : r.per > BLOCK_MAX ? BLOCK_MAX : r.per;
	r.nblocks = (uint32_t)((m->npeople + (uint64_t)r.per - 1) / r.per);
	if (n > r.nblocks)
		n = r.nblocks;
	int rc;
	if (n <= 1) {
		rc = run_here(&r, fn, ctx);
	} else {
		pthread_mutex_init(&r.mu, NULL);
		pthread_cond_init(&r.ready, NULL);
		pthread_cond_init(&r.room, NULL);
		rc = run_threads(&r, n, fn, ctx);
		pthread_cond_destroy(&r.room);
		pthread_cond_destroy(&r.ready);
		pthread_mutex_destroy(&r.mu);
	}
	match_index_free(ix);
	if (rc == -1)
		errno = ENOMEM;
	return rc;
}
