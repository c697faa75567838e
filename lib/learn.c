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

struct route learn_route(const struct model *m, uint32_t s, double c, int L)
{
	struct route best = {0, c, {0}, 0};
	if (num_cmp(c, L) >= 0)
		return best;
	double hpl = m->cfg.hours_per_level;
	/* state 0 is c; state k >= 1 is the level k when k > c */
	struct label lab[LEVEL_MAX + 1];
	memset(lab, 0, sizeof lab);
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
	/* the route: least total effort, then fewest items, higher final state, smaller ids */
	bool have = false;
	struct label *pick = NULL;
	double pick_total = 0, pick_final = 0;
	for (int k = 0; k <= m->scale_max; k++) {
		double x = k == 0 ? c : k;
		if (!lab[k].reached || (k > 0 && num_cmp(k, c) <= 0))
			continue;
		double total = lab[k].cost + hpl * (L > x ? L - x : 0);
		int cmp = !have ? -1 : num_cmp(total, pick_total);
		if (!cmp && lab[k].n != pick->n)
			cmp = lab[k].n < pick->n ? -1 : 1;
		if (!cmp && num_cmp(x, pick_final))
			cmp = -num_cmp(x, pick_final);
		if (!cmp)
			cmp = label_cmp(&lab[k], pick) < 0 ? -1 : 0;
		if (cmp < 0) {
			have = true;
			pick = &lab[k];
			pick_total = total;
			pick_final = x;
		}
	}
	best.hours = pick_total;
	best.final = pick_final;
	best.nitems = pick->n;
	memcpy(best.items, pick->items, pick->n * sizeof *pick->items);
	return best;
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
