/* Items only ever raise a state (from <= x, then max(x, to)), so the states
 * worth reaching are c and the `to` levels above it, and the routes form a
 * graph ordered by state: one pass in increasing state order finds, for
 * every state, the best route to it by (hours, items, item ids). */
#include "learn.h"

#include <string.h>

#include "num.h"

struct label {
	bool reached;
	double cost;
	uint32_t items[ROUTE_MAX];
	size_t n;
};

/* Orders routes by cost, then fewer items, then smaller item ids. */
static int label_cmp(const struct label *a, const struct label *b)
{
	int c = num_cmp(a->cost, b->cost);
	if (c)
		return c;
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (size_t i = 0; i < a->n; i++)
		if (a->items[i] != b->items[i])
			return a->items[i] < b->items[i] ? -1 : 1;
	return 0;
}

/* The best route to every state from c: state 0 is c, state k >= 1 the
 * level k when k > c. Every comparison with c is with a whole level. */
static void learn_labels(const struct model *m, uint32_t s, double c, struct label lab[LEVEL_MAX + 1])
{
	memset(lab, 0, (LEVEL_MAX + 1) * sizeof *lab);
	lab[0].reached = true;
	size_t lo = 0, hi = 0;
	if (m->steps_of) {
		lo = m->steps_of[s];
		hi = m->steps_of[s + 1];
	}
	for (int k = 0; k <= m->scale_max; k++) {
		double x = k == 0 ? c : k;
		if (!lab[k].reached || (k > 0 && num_cmp(k, c) <= 0))
			continue;
		for (size_t i = lo; i < hi; i++) {
			const struct learning_step *st = &m->steps[i];
			if (num_cmp(st->from, x) > 0 || num_cmp(st->to, x) <= 0 || lab[k].n >= ROUTE_MAX)
				continue;
			struct label next = lab[k];
			next.cost = lab[k].cost + m->items[st->item].hours;
			next.items[next.n++] = st->item;
			if (!lab[st->to].reached || label_cmp(&next, &lab[st->to]) < 0)
				lab[st->to] = next;
		}
	}
}

/* The route to L picked among the states from `first` on: least total
 * effort, then fewest items, higher final state, smaller ids. Its state,
 * or -1 when none is reached; its total in *total. */
static int learn_pick(const struct model *m, const struct label lab[LEVEL_MAX + 1], double c, int L, int first,
		      double *total)
{
	double hpl = m->cfg.hours_per_level;
	int pick = -1;
	double pick_total = 0, pick_final = 0;
	for (int k = first; k <= m->scale_max; k++) {
		double x = k == 0 ? c : k;
		if (!lab[k].reached || (k > 0 && num_cmp(k, c) <= 0))
			continue;
		double t = lab[k].cost + hpl * (L > x ? L - x : 0);
		int cmp = pick < 0 ? -1 : num_cmp(t, pick_total);
		if (!cmp && lab[k].n != lab[pick].n)
			cmp = lab[k].n < lab[pick].n ? -1 : 1;
		if (!cmp && num_cmp(x, pick_final))
			cmp = -num_cmp(x, pick_final);
		if (!cmp)
			cmp = label_cmp(&lab[k], &lab[pick]) < 0 ? -1 : 0;
		if (cmp < 0) {
			pick = k;
			pick_total = t;
			pick_final = x;
		}
	}
	*total = pick_total;
	return pick;
}

struct route learn_route(const struct model *m, uint32_t s, double c, int L)
{
	struct route best = {0, c, {0}, 0};
	if (num_cmp(c, L) >= 0)
		return best;
	struct label lab[LEVEL_MAX + 1];
	learn_labels(m, s, c, lab);
	int k = learn_pick(m, lab, c, L, 0, &best.hours); /* state 0, c, is always reached */
	best.final = k ? k : c;
	best.nitems = lab[k].n;
	memcpy(best.items, lab[k].items, lab[k].n * sizeof *lab[k].items);
	return best;
}

int learn_class(double c, int top)
{
	if (!(c >= 0) || c >= top + 0.5)
		return -1; /* NaN, below 0, or past every level */
	int t = (int)(c + 0.5); /* the nearest level: the others are half a level away or more */
	return 2 * t + num_cmp(c, t);
}

void learn_class_build(const struct model *m, uint32_t s, double c, struct route_class *out)
{
	struct label lab[LEVEL_MAX + 1];
	learn_labels(m, s, c, lab);
	memset(out, 0, sizeof *out);
	for (int L = 0; L <= m->scale_max; L++)
		out->pick[L] = (int8_t)learn_pick(m, lab, c, L, 1, &out->hours[L]);
	for (int k = 1; k <= m->scale_max; k++) {
		out->n[k] = (uint8_t)lab[k].n;
		memcpy(out->items[k], lab[k].items, lab[k].n * sizeof *lab[k].items);
	}
}

double learn_bare_hours(const struct model *m, double c, int L)
{
	return 0 + m->cfg.hours_per_level * (L > c ? L - c : 0); /* as learn_pick adds state 0's up */
}

void learn_rates(const struct model *m, double *rate)
{
	for (uint32_t s = 0; s < m->nskills; s++) {
		rate[s] = m->cfg.hours_per_level;
		for (size_t k = m->steps_of ? m->steps_of[s] : 0; m->steps_of && k < m->steps_of[s + 1]; k++) {
			const struct learning_step *st = &m->steps[k];
			double r = m->items[st->item].hours / (st->to - st->from);
			rate[s] = r < rate[s] ? r : rate[s];
		}
	}
}
