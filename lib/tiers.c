#include "tiers.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"

/* Credited levels this close to an integer may fall on either side of it
 * for learn_route (it compares r-rounded values). */
#define HAIR 1e-8
/* Routes learn_route picks among totals equal once r-rounded: the bounds
 * below keep this much room (absolute, and relative for large hours). */
#define ROUTE_ROOM 1e-6
#define ROUTE_ROOM_REL 1e-9
/* Sums an index adds up in another order than the requirements' are off
 * by far less than this, relative to what they add. */
#define INDEX_ROOM 1e-9
/* The index's readiness is trusted below the threshold by this much. */
#define INDEX_READY_ROOM 1e-6

/* A requirement of an indexed set, filed under its skill. */
struct posting {
	uint32_t set;
	uint8_t level;
	bool essential;
	double weight;
	double zero_bound; /* the bound of the requirement for nobody's credit */
};

/* An indexed set: what everyone with no credit in its skills gets. */
struct set {
	const struct requirement *reqs;
	size_t n;
	double wsum;       /* in requirement order, as readiness divides by it */
	double zero_bound; /* the hours' bound with no credit at all */
	uint32_t essential;
};

struct tiers {
	const struct model *m;
	const double *levels; /* the person at hand's */
	struct credit {
		double c, rc;  /* credited(e, s) and r() of it */
		uint32_t gen;  /* the person they are of */
	} *credited;           /* per skill, worked out when first asked */
	uint32_t gen;          /* the person at hand; 0: none yet */
	uint32_t *touched_gen; /* per skill: == gen when the person may have credit in it */
	uint32_t *touched;     /* those skills */
	size_t ntouched;
	size_t *credits_of;   /* skill u credits skills credits[credits_of[u] ..): u is related to them */
	uint32_t *credits;
	double *rate;         /* per skill: the least hours a level can cost */
	size_t *route_at;     /* per skill with catalog items: its tables in route_lo/hi */
	double *route_lo, *route_hi;
	bool bound;           /* the policy lets the bounds work (hours > 0) */
	struct tiers_counts counts;
	/* tiers_index: the sets, their requirements by skill, and the
	 * person at hand's sums over the skills they have credit in */
	struct set *sets;
	size_t nsets;
	size_t *post_of;
	struct posting *post;
	double *met, *cut; /* per set: sum of w x met / L; the bound's fall from zero_bound */
	uint32_t *ess_met;
	struct route_cache routes; /* kept from person to person: routes depend on none */
};

#define NO_TABLE SIZE_MAX
#define ROUTE_SLOTS ((size_t)(LEVEL_MAX + 2) * (LEVEL_MAX + 2))

static size_t route_slot(int L, int i)
{
	return (size_t)L * (LEVEL_MAX + 2) + (size_t)i;
}

/* What learn_route can give with items. From a credited level c strictly
 * inside (i - 1, i) the items usable first (from <= i - 1, to >= i) and
 * every state after (whole levels from i on) are the same for every c, so
 * the best total over routes with items, A(i, L), does not depend on c;
 * the route picked is A or, without items, hours_per_level x (L - c),
 * whichever is less once r-rounded. One learn_route from the middle of
 * the interval tells A when it picks items; when it does not, A is at
 * least what it picked. So per skill with items, level L and interval i:
 * lo <= A, and A <= hi (infinite when unknown). */
static int tiers_route_tables(struct tiers *t)
{
	const struct model *m = t->m;
	size_t ntab = 0;
	t->route_at = malloc((m->nskills ? m->nskills : 1) * sizeof *t->route_at);
	if (!t->route_at)
		return -1;
	for (uint32_t s = 0; s < m->nskills; s++) {
		bool items = m->steps_of && m->steps_of[s + 1] > m->steps_of[s];
		t->route_at[s] = items ? ntab++ * ROUTE_SLOTS : NO_TABLE;
	}
	t->route_lo = malloc((ntab ? ntab : 1) * ROUTE_SLOTS * sizeof *t->route_lo);
	t->route_hi = malloc((ntab ? ntab : 1) * ROUTE_SLOTS * sizeof *t->route_hi);
	if (!t->route_lo || !t->route_hi)
		return -1;
	double hpl = m->cfg.hours_per_level;
	for (uint32_t s = 0; s < m->nskills; s++) {
		if (t->route_at[s] == NO_TABLE)
			continue;
		for (int L = 1; L <= m->scale_max; L++)
			for (int i = 1; i <= L; i++) {
				double c0 = i - 0.5;
				struct route r = learn_route(m, s, c0, L);
				size_t at = t->route_at[s] + route_slot(L, i);
				t->route_lo[at] = r.nitems ? r.hours : hpl * (L - c0);
				t->route_hi[at] = r.nitems ? r.hours : INFINITY;
			}
	}
	return 0;
}

/* Who credits whom: skill t names u among its related skills, so a level
 * in u may credit t (2.2). By skill u, counted into [u + 2] so that the
 * fill leaves of[u] at the start of u's run. */
static int tiers_credits(struct tiers *t)
{
	const struct model *m = t->m;
	size_t n = 0;
	for (uint32_t s = 0; s < m->nskills; s++)
		n += m->skills[s].related_n;
	t->credits_of = calloc((size_t)m->nskills + 2, sizeof *t->credits_of);
	t->credits = malloc((n ? n : 1) * sizeof *t->credits);
	if (!t->credits_of || !t->credits)
		return -1;
	for (uint32_t s = 0; s < m->nskills; s++)
		for (uint32_t i = 0; i < m->skills[s].related_n; i++)
			t->credits_of[m->related[m->skills[s].related_off + i].skill + 2]++;
	for (uint32_t s = 1; s <= m->nskills; s++)
		t->credits_of[s + 1] += t->credits_of[s];
	for (uint32_t s = 0; s < m->nskills; s++)
		for (uint32_t i = 0; i < m->skills[s].related_n; i++)
			t->credits[t->credits_of[m->related[m->skills[s].related_off + i].skill + 1]++] = s;
	return 0;
}

struct tiers *tiers_new(const struct model *m)
{
	struct tiers *t = calloc(1, sizeof *t);
	size_t ns = m->nskills ? m->nskills : 1;
	if (!t)
		return NULL;
	t->m = m;
	t->credited = calloc(ns, sizeof *t->credited);
	t->touched_gen = calloc(ns, sizeof *t->touched_gen);
	t->touched = malloc(ns * sizeof *t->touched);
	t->rate = malloc(ns * sizeof *t->rate);
	if (!t->credited || !t->touched_gen || !t->touched || !t->rate || tiers_credits(t) < 0 ||
	    tiers_route_tables(t) < 0) {
		tiers_free(t);
		return NULL;
	}
	learn_rates(m, t->rate);
	double hpm = m->cfg.learning_hours_per_month, hpl = m->cfg.hours_per_level;
	t->bound = hpm > 0 && isfinite(hpm) && hpl >= 0 && isfinite(hpl);
	return t;
}

static void tiers_unindex(struct tiers *t)
{
	free(t->sets), free(t->post_of), free(t->post);
	free(t->met), free(t->cut), free(t->ess_met);
	t->sets = NULL, t->post_of = NULL, t->post = NULL;
	t->met = t->cut = NULL, t->ess_met = NULL;
	t->nsets = 0;
}

void tiers_free(struct tiers *t)
{
	if (!t)
		return;
	tiers_unindex(t);
	route_cache_free(&t->routes);
	free(t->credited), free(t->touched_gen), free(t->touched), free(t->rate);
	free(t->route_at), free(t->route_lo), free(t->route_hi);
	free(t->credits_of), free(t->credits);
	free(t);
}

/* The interval (i - 1, i) of learn_route's tables a credited level x is in
 * (L + 1: at L or above, no route). */
static int tiers_interval(double x, int L)
{
	int i = x < 0 ? 1 : (int)floor(x) + 1;
	return i < 1 ? 1 : i > L + 1 ? L + 1 : i;
}

/* Bounds on the hours of the route for a gap in s from c up to L (c < L),
 * learn_route's to the bit or not: the total without items, exactly as
 * learn_route works it out (never less than its pick), against A of the
 * interval c is in, or of both when it is a hair from an integer. */
static void tiers_gap_bounds(const struct tiers *t, uint32_t s, int L, double c, double *lo, double *hi)
{
	double base = t->m->cfg.hours_per_level * (L - c);
	size_t at = t->route_at[s];
	if (at == NO_TABLE) { /* no items: the route is that total */
		*lo = *hi = base;
		return;
	}
	int i1 = tiers_interval(c - HAIR, L), i2 = tiers_interval(c + HAIR, L);
	double a_lo = i1 > L ? 0 : t->route_lo[at + route_slot(L, i1)];
	double a_hi = i1 > L ? 0 : t->route_hi[at + route_slot(L, i1)];
	if (i2 != i1) {
		double lo2 = i2 > L ? 0 : t->route_lo[at + route_slot(L, i2)];
		double hi2 = i2 > L ? 0 : t->route_hi[at + route_slot(L, i2)];
		a_lo = lo2 < a_lo ? lo2 : a_lo;
		a_hi = hi2 > a_hi ? hi2 : a_hi;
	}
	a_lo -= ROUTE_ROOM + ROUTE_ROOM_REL * a_lo;
	a_hi += ROUTE_ROOM + ROUTE_ROOM_REL * a_hi;
	*lo = a_lo < base ? (a_lo > 0 ? a_lo : 0) : base;
	*hi = a_hi < base ? a_hi : base;
}

/* A gap's share of the quick lower bound on the hours: the skill's rate
 * for each level short, less a slack for the hair an item's `from` may be
 * above the level it is used from (at most ROUTE_MAX items: far less than
 * HAIR); the room covers rounding. */
static double tiers_gap_bound(const struct tiers *t, uint32_t s, int L, double c)
{
	if (!(L - c > HAIR))
		return 0;
	double b = (L - c - HAIR) * t->rate[s];
	return b - ROUTE_ROOM_REL * b;
}

int tiers_index(struct tiers *t, const struct requirement *const *reqs, const size_t *nreqs, size_t n)
{
	const struct model *m = t->m;
	size_t npost = 0;
	tiers_unindex(t);
	for (size_t k = 0; k < n; k++)
		npost += nreqs[k];
	t->sets = calloc(n ? n : 1, sizeof *t->sets);
	t->post_of = calloc((size_t)m->nskills + 2, sizeof *t->post_of); /* as credits_of */
	t->post = malloc((npost ? npost : 1) * sizeof *t->post);
	t->met = malloc((n ? n : 1) * sizeof *t->met);
	t->cut = malloc((n ? n : 1) * sizeof *t->cut);
	t->ess_met = malloc((n ? n : 1) * sizeof *t->ess_met);
	if (!t->sets || !t->post_of || !t->post || !t->met || !t->cut || !t->ess_met) {
		tiers_unindex(t);
		return -1;
	}
	t->nsets = n;
	for (size_t k = 0; k < n; k++) {
		struct set *x = &t->sets[k];
		*x = (struct set){reqs[k], nreqs[k], 0, 0, 0};
		for (size_t i = 0; i < x->n; i++) {
			x->wsum += x->reqs[i].weight;
			x->zero_bound += tiers_gap_bound(t, x->reqs[i].skill, x->reqs[i].level, 0);
			x->essential += x->reqs[i].essential;
			t->post_of[x->reqs[i].skill + 2]++;
		}
	}
	for (uint32_t s = 1; s <= m->nskills; s++)
		t->post_of[s + 1] += t->post_of[s];
	for (size_t k = 0; k < n; k++)
		for (size_t i = 0; i < t->sets[k].n; i++) {
			const struct requirement *rq = &t->sets[k].reqs[i];
			t->post[t->post_of[rq->skill + 1]++] = (struct posting){
				(uint32_t)k, rq->level, rq->essential, rq->weight, tiers_gap_bound(t, rq->skill, rq->level, 0)};
		}
	return 0;
}

/* credited(e, s) of the person at hand, worked out once: critical roles
 * and openings ask for the same skills again and again. A skill nobody
 * crediting it has a level in is credited 0. */
static const struct credit *tiers_credited(struct tiers *t, uint32_t s)
{
	struct credit *k = &t->credited[s];
	if (k->gen != t->gen) {
		uint32_t via;
		k->c = t->touched_gen[s] == t->gen ? score_credited(t->m, t->levels, s, &via) : 0;
		k->rc = num_r(k->c);
		k->gen = t->gen;
	}
	return k;
}

static void tiers_touch(struct tiers *t, uint32_t s)
{
	if (t->touched_gen[s] != t->gen) {
		t->touched_gen[s] = t->gen;
		t->touched[t->ntouched++] = s;
	}
}

/* The indexed sets' sums over the skills the person has credit in; in
 * the others the person is as anyone with no credit at all. */
static void tiers_accumulate(struct tiers *t)
{
	memset(t->met, 0, t->nsets * sizeof *t->met);
	memset(t->cut, 0, t->nsets * sizeof *t->cut);
	memset(t->ess_met, 0, t->nsets * sizeof *t->ess_met);
	for (size_t i = 0; i < t->ntouched; i++) {
		uint32_t s = t->touched[i];
		if (t->post_of[s] == t->post_of[s + 1])
			continue; /* no indexed set asks for it */
		const struct credit *k = tiers_credited(t, s);
		if (!(k->c > 0))
			continue;
		for (size_t p = t->post_of[s]; p < t->post_of[s + 1]; p++) {
			const struct posting *x = &t->post[p];
			double met = k->c < x->level ? k->c : x->level;
			t->met[x->set] += x->weight * met / x->level;
			t->cut[x->set] += x->zero_bound - tiers_gap_bound(t, s, x->level, k->c);
			t->ess_met[x->set] += x->essential && k->rc >= x->level;
		}
	}
}

void tiers_start(struct tiers *t, const double *levels)
{
	const struct model *m = t->m;
	t->levels = levels;
	if (++t->gen == 0) { /* wrapped: forget every skill for real */
		memset(t->credited, 0, (m->nskills ? m->nskills : 1) * sizeof *t->credited);
		memset(t->touched_gen, 0, (m->nskills ? m->nskills : 1) * sizeof *t->touched_gen);
		t->gen = 1;
	}
	t->ntouched = 0;
	for (uint32_t s = 0; s < m->nskills; s++) {
		if (levels[s] == 0)
			continue;
		tiers_touch(t, s);
		for (size_t i = t->credits_of[s]; i < t->credits_of[s + 1]; i++)
			tiers_touch(t, t->credits[i]);
	}
	if (t->nsets)
		tiers_accumulate(t);
}

/* Whether hours of at least lb make months (2.4) exceed soon_months:
 * num_ceil(x) > soon_months, x the months, with num_ceil called only
 * where it can go either way (r() keeps order and integers, so x <= soon
 * gives at most soon and x > soon + 1 more than soon). */
static bool tiers_past_soon(const struct tiers *t, double lb)
{
	const struct config *cfg = &t->m->cfg;
	if (!t->bound)
		return false;
	double x = lb / cfg->learning_hours_per_month;
	return x > cfg->soon_months + 1.0 || (x > cfg->soon_months && num_ceil(x) > cfg->soon_months);
}

/* Whether hours of at most ub keep months within soon_months. */
static bool tiers_within_soon(const struct tiers *t, double ub)
{
	return t->bound && num_ceil(ub / t->m->cfg.learning_hours_per_month) <= t->m->cfg.soon_months;
}

/* The rest of tiers_measure, once readiness and the quick bounds are
 * known. */
static enum tier tiers_settle(struct tiers *t, const struct requirement *reqs, size_t n, size_t nunmet, double r,
			      double lb, double ub)
{
	const struct model *m = t->m;
	t->counts.all++;
	if (!nunmet && num_cmp(r, m->cfg.ready_now_threshold) >= 0)
		return TIER_READY_NOW; /* whatever the hours */
	if (tiers_past_soon(t, lb))
		return TIER_DEVELOP;
	if (tiers_within_soon(t, ub))
		return TIER_READY_SOON; /* whatever the routes */
	/* closer bounds from the route tables, in a second pass: most pairs
	 * never need them */
	lb = ub = 0;
	for (size_t i = 0; i < n; i++) {
		const struct requirement *rq = &reqs[i];
		double c = tiers_credited(t, rq->skill)->c, lo, hi;
		if (!(rq->level > c))
			continue; /* no gap */
		tiers_gap_bounds(t, rq->skill, rq->level, c, &lo, &hi);
		lb += rq->level - c > HAIR ? lo : 0; /* a hair short may not count as a gap */
		ub += hi;
	}
	if (tiers_past_soon(t, lb))
		return TIER_DEVELOP;
	if (tiers_within_soon(t, ub))
		return TIER_READY_SOON;
	/* the hours as score_reqs_into adds them up: the routes of the gaps,
	 * in requirement order */
	double hours = 0;
	for (size_t i = 0; i < n; i++) {
		const struct requirement *rq = &reqs[i];
		double c = tiers_credited(t, rq->skill)->c;
		double gap = rq->level > c ? rq->level - c : 0;
		if (num_cmp(gap, 0) > 0)
			hours += route_cache_hours(m, &t->routes, rq->skill, c, rq->level);
	}
	t->counts.full++;
	return score_tier(&m->cfg, r, nunmet, num_ceil(hours / m->cfg.learning_hours_per_month));
}

enum tier tiers_measure(struct tiers *t, const struct requirement *reqs, size_t n, double *readiness)
{
	const struct model *m = t->m;
	/* readiness and unmet requirements exactly as score_reqs_into works
	 * them out (the same operations in the same order; r(L) is L), and
	 * bounds on the hours. The bounds of each gap hold its route's hours
	 * between them and they add up in the same order, so the sums keep
	 * that; months only grow with hours. */
	double wsum = 0, wmet = 0, lb = 0, ub = 0;
	size_t nunmet = 0;
	for (size_t i = 0; i < n; i++) {
		const struct requirement *rq = &reqs[i];
		const struct credit *k = tiers_credited(t, rq->skill);
		double c = k->c;
		nunmet += rq->essential && k->rc < rq->level;
		double met = c < rq->level ? c : rq->level;
		wsum += rq->weight;
		wmet += rq->weight * met / rq->level;
		lb += tiers_gap_bound(t, rq->skill, rq->level, c);
		/* learn_route's own total without items, never less than the
		 * route it picks */
		ub += rq->level > c ? m->cfg.hours_per_level * (rq->level - c) : 0;
	}
	double r = n ? wmet / wsum : 1.0;
	if (readiness)
		*readiness = r;
	return tiers_settle(t, reqs, n, nunmet, r, lb, ub);
}

enum tier tiers_indexed(struct tiers *t, size_t k)
{
	const struct model *m = t->m;
	const struct set *x = &t->sets[k];
	/* the index's sums come in another order: settled here only when
	 * they are clear by far more than that can change; else measured */
	bool not_now = x->essential > t->ess_met[k] ||
		       (x->n && t->met[k] / x->wsum < m->cfg.ready_now_threshold - INDEX_READY_ROOM);
	double lb = (x->zero_bound - t->cut[k]) - INDEX_ROOM * (x->zero_bound + fabs(t->cut[k]));
	if (not_now && tiers_past_soon(t, lb)) {
		t->counts.all++;
		t->counts.by_index++;
		return TIER_DEVELOP;
	}
	return tiers_measure(t, x->reqs, x->n, NULL);
}

struct tiers_counts tiers_counts(const struct tiers *t)
{
	return t->counts;
}
