#include "match_all.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "evidence.h"
#include "match_index.h"
#include "par.h"
#include "util.h"

#define BLOCK_MAX 1024 /* people per block: enough to make a hand-over rare */

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

/* ---- the threads: lib/par, one block of people an item ------------------------ */

struct run {
	const struct model *m;
	const struct match_all_opts *o;
	const struct match_index *ix;
	uint32_t per, nblocks; /* people per block, blocks */
	match_all_fn fn;
	void *ctx;
	int stopped; /* what fn returned to stop the run */
};

struct thread {
	PAR_OWN_LINE const struct run *r;
	struct worker w;
};

static uint32_t block_end(const struct run *r, size_t k)
{
	uint64_t end = ((uint64_t)k + 1) * r->per;
	return end < r->m->npeople ? (uint32_t)end : r->m->npeople;
}

static int work_block(void *worker, size_t k, void *slot)
{
	struct thread *t = worker;
	const struct run *r = t->r;
	struct block *b = slot;
	*b = (struct block){0};
	if (compute_block(r->m, r->o, r->ix, &t->w, (uint32_t)(k * r->per), block_end(r, k), b) == 0)
		return 0;
	free(b->pairs); /* a failed block is neither taken nor dropped */
	return -1;
}

static int hand_over(void *ctx, size_t k, void *slot)
{
	struct run *r = ctx;
	struct block *b = slot;
	int rc = r->fn(r->ctx, b->pairs, b->n, block_end(r, k));
	free(b->pairs);
	if (rc)
		r->stopped = rc;
	return rc ? -1 : 0;
}

static void drop_block(void *ctx, void *slot)
{
	(void)ctx;
	free(((struct block *)slot)->pairs);
}

int match_all_run(const struct model *m, const struct match_all_opts *o, match_all_fn fn, void *ctx)
{
	struct match_index *ix = match_index_build(m, o->as_of, o->kinds);
	if (!ix) {
		errno = ENOMEM;
		return -1;
	}
	struct run r = {.m = m, .o = o, .ix = ix, .fn = fn, .ctx = ctx};
	/* blocks of up to BLOCK_MAX people, some 8 per thread at least */
	unsigned n = par_threads(o->threads);
	r.per = m->npeople / (8 * n);
	r.per = r.per < 1 ? 1 : r.per > BLOCK_MAX ? BLOCK_MAX : r.per;
	r.nblocks = (uint32_t)((m->npeople + (uint64_t)r.per - 1) / r.per);
	struct thread t[PAR_MAX];
	void *workers[PAR_MAX];
	int rc = 0;
	for (unsigned k = 0; k < n; k++) {
		t[k].r = &r;
		workers[k] = &t[k];
		if (worker_init(m, ix, &t[k].w) < 0)
			rc = -1;
	}
	struct par_job job = {r.nblocks, sizeof(struct block), n, workers, work_block, hand_over, drop_block, &r, 1, NULL};
	if (rc == 0)
		rc = par_run(&job);
	for (unsigned k = 0; k < n; k++)
		worker_free(&t[k].w);
	match_index_free(ix);
	if (rc < 0 && r.stopped)
		return r.stopped;
	if (rc < 0)
		errno = ENOMEM;
	return rc;
}
