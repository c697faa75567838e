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

/* A route depends on c only through the whole levels c lies on or between
 * (every comparison of learn_route with c is with a whole level), except
 * for the route without items, whose hours are hours_per_level x (L - c).
 * So per skill and class of c, the best route with items to each L is
 * worked out once, and a route is that or the one without items. */
struct route_class {
	int8_t pick[LEVEL_MAX + 1];  /* per L: the state (level) of the best route with items; -1: none */
	double hours[LEVEL_MAX + 1]; /* per L: its hours */
	uint8_t n[LEVEL_MAX + 1];    /* per state: the items of the best route to it */
	uint32_t items[LEVEL_MAX + 1][ROUTE_MAX];
};

/* The class of c on a scale of top levels: 2k when c is level k once
 * r-rounded, 2k + 1 when it lies strictly between k and k + 1; -1 for c
 * below 0, past top or not a number. */
int learn_class(double c, int top);
/* The routes with items of skill s from any c of c's class. */
void learn_class_build(const struct model *m, uint32_t s, double c, struct route_class *out);
/* The hours of the route from c to L without items: learn_route picks it
 * over the best with items unless that one's hours are less once r-rounded
 * (on a tie it has fewer items). */
double learn_bare_hours(const struct model *m, double c, int L);

/* Per skill, the least hours a level can cost: an item usable from a state
 * x has from <= x, so it gains at most to - from, at hours / (to - from)
 * a level, or hours_per_level without one. The least of these bounds any
 * route from below (the quick bounds of match_index.c and tiers.c). */
void learn_rates(const struct model *m, double *rate);

#endif
