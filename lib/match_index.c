#include "match_index.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"

struct posting {
	uint32_t opp;     /* index into ix->opps */
	uint32_t req;     /* index into the opportunity's requirements */
};

struct ix_opp {
	uint32_t opp;
	const struct requirement *reqs;
	size_t n;
	double wsum;
	double need_hours; /* sum of L x rate(s): the bound's part that needs no person */
	uint32_t essential, essential_easy; /* essential requirements; those with L <= 1 */
};

/* Read only once built: threads share it. */
struct match_index {
	struct ix_opp *opps;
	uint32_t nopps;
	size_t *post_of; /* postings of skill s: [post_of[s], post_of[s+1]) */
	struct posting *post;
	double *rate;    /* per skill: the least hours per level anything offers */
};

/* A pair as far as the index can take it without scoring it in full. */
struct cand {
	uint32_t k; /* index opportunity */
	bool job, ready_now, surely_develop;
	double readiness, value, growth; /* r-rounded, for ranking */
	double growth_raw;
};

/* One thread's: sums by index opportunity for the person at hand, and the
 * routes met so far (they depend on no person, so they are kept). */
struct match_scratch {
	double *ready_num, *bound_met, *growth_num;
	uint32_t *ess_met, *ess_ok, *touched;
	bool *seen;
	size_t ntouched;
	struct cand *jobs, *dev;
	struct route_cache cache;
};

void match_index_free(struct match_index *ix)
{
	if (!ix)
		return;
	free(ix->opps), free(ix->post_of), free(ix->post), free(ix->rate);
	free(ix);
}

void match_scratch_free(struct match_scratch *sc)
{
	if (!sc)
		return;
	free(sc->ready_num), free(sc->bound_met), free(sc->growth_num);
	free(sc->ess_met), free(sc->ess_ok), free(sc->touched), free(sc->seen);
	free(sc->jobs), free(sc->dev);
	route_cache_free(&sc->cache);
	free(sc);
}

struct route_cache *match_scratch_routes(struct match_scratch *sc)
{
	return &sc->cache;
}

struct match_scratch *match_scratch_new(const struct match_index *ix)
{
	struct match_scratch *sc = calloc(1, sizeof *sc);
	size_t no = ix->nopps ? ix->nopps : 1;
	if (!sc)
		return NULL;
	sc->ready_num = calloc(no, sizeof(double)), sc->bound_met = calloc(no, sizeof(double));
	sc->growth_num = calloc(no, sizeof(double));
	sc->ess_met = calloc(no, sizeof(uint32_t)), sc->ess_ok = calloc(no, sizeof(uint32_t));
	sc->touched = malloc(no * sizeof(uint32_t)), sc->seen = calloc(no, 1);
	sc->jobs = malloc(no * sizeof *sc->jobs), sc->dev = malloc(no * sizeof *sc->dev);
	if (!sc->ready_num || !sc->bound_met || !sc->growth_num || !sc->ess_met || !sc->ess_ok || !sc->touched ||
	    !sc->seen || !sc->jobs || !sc->dev) {
		match_scratch_free(sc);
		return NULL;
	}
	return sc;
}

struct match_index *match_index_build(const struct model *m, int32_t as_of, const bool *kinds)
{
	struct match_index *ix = calloc(1, sizeof *ix);
	size_t ns = m->nskills ? m->nskills : 1, no = m->nopps ? m->nopps : 1;
	if (!ix)
		return NULL;
	ix->opps = calloc(no, sizeof *ix->opps);
	ix->post_of = calloc(ns + 1, sizeof *ix->post_of);
	ix->rate = malloc(ns * sizeof *ix->rate);
	if (!ix->opps || !ix->post_of || !ix->rate) {
		match_index_free(ix);
		return NULL;
	}
	learn_rates(m, ix->rate);
	size_t npost = 0;
	for (uint32_t o = 0; o < m->nopps; o++) {
		const struct opportunity *op = &m->opps[o];
		if (!opportunity_open(op, as_of) || (kinds && !kinds[op->kind]))
			continue;
		struct ix_opp *x = &ix->opps[ix->nopps++];
		*x = (struct ix_opp){o, m->reqs ? m->reqs + op->req_off : NULL, op->req_n, 0, 0, 0, 0};
		for (size_t i = 0; i < x->n; i++) {
			x->wsum += x->reqs[i].weight;
			x->need_hours += x->reqs[i].level * ix->rate[x->reqs[i].skill];
			x->essential += x->reqs[i].essential;
			x->essential_easy += x->reqs[i].essential && x->reqs[i].level <= 1;
			ix->post_of[x->reqs[i].skill + 1]++;
			npost++;
		}
	}
	for (uint32_t s = 0; s < m->nskills; s++)
		ix->post_of[s + 1] += ix->post_of[s];
	ix->post = malloc((npost ? npost : 1) * sizeof *ix->post);
	size_t *fill = malloc(ns * sizeof *fill);
	if (!ix->post || !fill) {
		free(fill);
		match_index_free(ix);
		return NULL;
	}
	memcpy(fill, ix->post_of, ns * sizeof *fill);
	for (uint32_t k = 0; k < ix->nopps; k++)
		for (size_t i = 0; i < ix->opps[k].n; i++)
			ix->post[fill[ix->opps[k].reqs[i].skill]++] = (struct posting){k, (uint32_t)i};
	free(fill);
	return ix;
}

static bool aspires(const struct model *m, uint32_t e, uint32_t role)
{
	const struct person *p = &m->people[e];
	for (uint32_t i = 0; i < p->asp_n; i++)
		if (m->aspirations[p->asp_off + i] == role)
			return true;
	return false;
}

/* One pass over the person's credited skills and the postings of each. */
static void accumulate(const struct model *m, const struct match_index *ix, struct match_scratch *sc,
		       const struct person_state *ps)
{
	sc->ntouched = 0;
	for (uint32_t s = 0; s < m->nskills; s++) {
		if (ix->post_of[s] == ix->post_of[s + 1])
			continue;
		uint32_t via;
		double c = score_credited(m, ps->levels, s, &via);
		bool in_g = ps->g_gap[s] > 0;
		if (num_cmp(c, 0) <= 0 && !in_g)
			continue; /* adds nothing to readiness, growth or the bound */
		for (size_t p = ix->post_of[s]; p < ix->post_of[s + 1]; p++) {
			uint32_t k = ix->post[p].opp;
			const struct requirement *rq = &ix->opps[k].reqs[ix->post[p].req];
			if (!sc->seen[k]) {
				sc->seen[k] = true;
				sc->touched[sc->ntouched++] = k;
			}
			double met = c < rq->level ? c : rq->level;
			sc->ready_num[k] += rq->weight * met / rq->level;
			sc->bound_met[k] += met * ix->rate[s];
			sc->ess_met[k] += rq->essential && num_cmp(c, rq->level) >= 0;
			sc->ess_ok[k] += rq->essential && rq->level > 1 && num_cmp(rq->level - c, 1) <= 0;
			if (in_g) {
				double practise = rq->level > c ? rq->level - c : 0;
				sc->growth_num[k] += ps->g_weight[s] * (practise < ps->g_gap[s] ? practise : ps->g_gap[s]);
			}
		}
	}
}

static void reset(struct match_scratch *sc)
{
	for (size_t i = 0; i < sc->ntouched; i++) {
		uint32_t k = sc->touched[i];
		sc->seen[k] = false;
		sc->ready_num[k] = sc->bound_met[k] = sc->growth_num[k] = 0;
		sc->ess_met[k] = sc->ess_ok[k] = 0;
	}
	sc->ntouched = 0;
}

/* Values are r-rounded once when a candidate is made, so these compare
 * plain doubles: the comparisons of 2.0 without rounding in the loop. */
static int cmp_cand_job(const struct cand *a, const struct cand *b, const struct match_index *ix)
{
	if (a->ready_now != b->ready_now)
		return a->ready_now ? -1 : 1;
	if (a->value != b->value)
		return a->value > b->value ? -1 : 1;
	return ix->opps[a->k].opp < ix->opps[b->k].opp ? -1 : 1;
}

static int cmp_cand_dev(const struct cand *a, const struct cand *b, const struct match_index *ix)
{
	if (a->growth != b->growth)
		return a->growth > b->growth ? -1 : 1;
	if (a->readiness != b->readiness)
		return a->readiness > b->readiness ? -1 : 1;
	return ix->opps[a->k].opp < ix->opps[b->k].opp ? -1 : 1;
}

typedef int (*cand_cmp)(const struct cand *, const struct cand *, const struct match_index *);

/* A binary heap over the candidates, best first: built in linear time and
 * popped only as far as the lists need, since most people need a few. */
static void sift(struct cand *v, size_t n, size_t i, const struct match_index *ix, cand_cmp cmp)
{
	for (;;) {
		size_t c = 2 * i + 1;
		if (c >= n)
			return;
		if (c + 1 < n && cmp(&v[c + 1], &v[c], ix) < 0)
			c++;
		if (cmp(&v[c], &v[i], ix) >= 0)
			return;
		struct cand t = v[i];
		v[i] = v[c];
		v[c] = t;
		i = c;
	}
}

static void heapify(struct cand *v, size_t n, const struct match_index *ix, cand_cmp cmp)
{
	for (size_t i = n / 2; i-- > 0;)
		sift(v, n, i, ix, cmp);
}

static struct cand pop(struct cand *v, size_t *n, const struct match_index *ix, cand_cmp cmp)
{
	struct cand top = v[0];
	v[0] = v[--(*n)];
	sift(v, *n, 0, ix, cmp);
	return top;
}

static int full(const struct model *m, const struct match_index *ix, struct match_scratch *sc,
		const struct person_state *ps, const struct cand *c, struct opp_match *om)
{
	const struct ix_opp *x = &ix->opps[c->k];
	*om = (struct opp_match){.opp = x->opp, .growth = c->growth_raw};
	if (score_reqs_cached(m, ps->levels, x->reqs, x->n, &sc->cache, &om->score) < 0)
		return -1;
	const struct opportunity *op = &m->opps[x->opp];
	om->aspired = op->role != NONE && aspires(m, ps->employee, op->role);
	om->value = c->job ? om->score.readiness + (om->aspired ? m->cfg.aspiration_bonus : 0) : c->growth_raw;
	/* helps and holds: the same rule as match_person */
	double best_help = 0, best_hold = 0;
	om->helps = om->holds = NONE;
	for (size_t i = 0; i < om->score.n; i++) {
		const struct skill_score *ss = &om->score.skills[i];
		double met = ss->credited < ss->required ? ss->credited : ss->required;
		double help = ss->weight * met / ss->required, hold = ss->weight * ss->gap;
		if (num_cmp(help, best_help) > 0)
			best_help = help, om->helps = ss->skill;
		if (ss->is_gap && num_cmp(hold, best_hold) > 0)
			best_hold = hold, om->holds = ss->skill;
	}
	return 0;
}

static int push(struct opp_match **v, size_t *n, size_t *cap, const struct opp_match *om)
{
	if (!VEC_PUSH(*v, *n, *cap))
		return -1;
	(*v)[(*n)++] = *om;
	return 0;
}

/* Jobs: ready-now ones rank first by value and need no months to rank.
 * The rest rank ready-soon before develop: a pair whose bound already
 * exceeds soon_months is develop for sure; the others are scored in full,
 * in value order, until the list cannot change. */
static int top_jobs(const struct model *m, const struct match_index *ix, struct match_scratch *sc,
		    const struct person_state *ps, struct cand *v, size_t n, size_t limit, struct match_lists *out)
{
	size_t cap = 0, want = limit ? limit : n;
	heapify(v, n, ix, cmp_cand_job);
	struct opp_match *soon = NULL, *dev = NULL;
	size_t nsoon = 0, ndev = 0, csoon = 0, cdev = 0, uncertain = 0, ready = 0;
	for (size_t i = 0; i < n; i++)
		uncertain += !v[i].ready_now && !v[i].surely_develop, ready += v[i].ready_now;
	int rc = 0;
	for (size_t left = n; left > 0 && rc == 0;) {
		/* past the ready-now ones, with the develop places taken and no
		 * pair left that might be ready-soon, nothing can change the list */
		if (!ready && !uncertain && out->njobs + nsoon + ndev >= want)
			break;
		struct cand cur = pop(v, &left, ix, cmp_cand_job), *vi = &cur;
		ready -= vi->ready_now;
		uncertain -= !vi->ready_now && !vi->surely_develop;
		if (vi->ready_now) {
			if (out->njobs < want) {
				struct opp_match om;
				rc = full(m, ix, sc, ps, vi, &om) < 0 ? -1 : push(&out->jobs, &out->njobs, &cap, &om);
			}
			continue;
		}
		if (out->njobs + nsoon >= want)
			break; /* ready-soon ones already fill the list: nothing later can enter */
		if (vi->surely_develop && out->njobs + nsoon + ndev >= want)
			continue; /* a develop pair, and the develop places are taken by better values */
		struct opp_match om;
		if (full(m, ix, sc, ps, vi, &om) < 0) {
			rc = -1;
			break;
		}
		if (om.score.tier == TIER_READY_SOON)
			rc = push(&soon, &nsoon, &csoon, &om);
		else if (out->njobs + nsoon + ndev < want)
			rc = push(&dev, &ndev, &cdev, &om);
		else
			score_free(&om.score);
	}
	for (size_t i = 0; i < nsoon && rc == 0; i++)
		rc = out->njobs < want ? push(&out->jobs, &out->njobs, &cap, &soon[i]) : (score_free(&soon[i].score), 0);
	for (size_t i = 0; i < ndev && rc == 0; i++)
		rc = out->njobs < want ? push(&out->jobs, &out->njobs, &cap, &dev[i]) : (score_free(&dev[i].score), 0);
	free(soon);
	free(dev);
	return rc;
}

int match_top(const struct model *m, const struct match_index *ix, struct match_scratch *sc,
	      const struct person_state *ps, size_t limit, struct match_lists *out)
{
	memset(out, 0, sizeof *out);
	const struct person *p = &m->people[ps->employee];
	int level = p->role != NONE ? m->roles[p->role].level : -1;
	struct cand *jobs = sc->jobs, *dev = sc->dev;
	size_t nj = 0, nd = 0;
	accumulate(m, ix, sc, ps);
	for (uint32_t k = 0; k < ix->nopps; k++) {
		const struct ix_opp *x = &ix->opps[k];
		const struct opportunity *op = &m->opps[x->opp];
		if (op->role != NONE &&
		    (op->role == p->role || (level >= 0 && m->roles[op->role].level > level + m->cfg.max_level_jump)))
			continue;
		struct cand c = {k, op->kind == OPP_JOB, false, false, 0, 0, 0, 0};
		double readiness = x->n ? sc->ready_num[k] / x->wsum : 1.0;
		c.growth_raw = ps->g_total > 0 ? sc->growth_num[k] / ps->g_total : 0;
		c.readiness = num_r(readiness);
		c.growth = num_r(c.growth_raw);
		if (c.job) {
			c.ready_now = sc->ess_met[k] == x->essential && num_cmp(c.readiness, m->cfg.ready_now_threshold) >= 0;
			double bound = x->need_hours - sc->bound_met[k];
			c.surely_develop = !c.ready_now && num_ceil(bound / m->cfg.learning_hours_per_month) > m->cfg.soon_months;
			bool asp = op->role != NONE && aspires(m, ps->employee, op->role);
			c.value = num_r(readiness + (asp ? m->cfg.aspiration_bonus : 0));
			jobs[nj++] = c;
		} else if (c.growth > 0 && sc->ess_ok[k] + x->essential_easy == x->essential) {
			dev[nd++] = c;
		}
	}
	reset(sc);
	int rc = top_jobs(m, ix, sc, ps, jobs, nj, limit, out);
	heapify(dev, nd, ix, cmp_cand_dev);
	size_t cap = 0;
	while (rc == 0 && nd > 0 && (!limit || out->ndev < limit)) {
		struct cand c = pop(dev, &nd, ix, cmp_cand_dev);
		struct opp_match om;
		rc = full(m, ix, sc, ps, &c, &om) < 0 ? -1 : push(&out->dev, &out->ndev, &cap, &om);
	}
	if (rc < 0)
		match_lists_free(out);
	return rc;
}
