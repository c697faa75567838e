/* The cheapest learning route that closes a gap (SPEC 2.4). */
#ifndef RUNGS_LEARN_H
#define RUNGS_LEARN_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"

#define ROUTE_MAX (LEVEL_MAX + 1) /* every useful item raises the state */

struct route {
	double hours;      /* the effort: catalog hours plus hours_per_level for the rest */
	double final;      /* the state the items reach (c when none) */
	uint32_t items[ROUTE_MAX];
	size_t nitems;
};

/* The effort to raise skill s from level c to L (0 and no items when c >= L). */
struct route learn_route(const struct model *m, uint32_t s, double c, int L);

/* Per skill, the least hours a level can cost: an item usable from a state
 * x has from <= x, so it gains at most to - from, at hours / (to - from)
 * a level, or hours_per_level without one. The least of these bounds any
 * route from below (the quick bounds of match_index.c and tiers.c). */
void learn_rates(const struct model *m, double *rate);

#endif
