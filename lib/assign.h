/* Who should fill which opening: an optimal assignment (SPEC 2.0 numbers),
 * not a greedy one. */
#ifndef RUNGS_ASSIGN_H
#define RUNGS_ASSIGN_H

#include <stddef.h>
#include <stdint.h>

/* One possible pair: person p may fill opening o with value w (readiness
 * r-rounded and scaled to an integer: round(r(x) * 1e9)). */
struct assign_edge {
	uint32_t opening, person;
	int64_t value;
};

struct assign_problem {
	uint32_t nopenings, npeople; /* openings and people are dense indexes */
	const uint32_t *capacity;    /* per opening */
	const struct assign_edge *edges;
	size_t nedges;
};

/* Chooses pairs so that each person fills at most one opening and each
 * opening at most its capacity, maximising the total value. Among equally
 * valuable assignments it takes the one with more pairs, then the one whose
 * people have the smallest indexes in total, then the one found first by
 * augmenting place by place, openings in index order, along cheapest paths
 * with ties to smaller indexes: the same input always gives the same
 * assignment. Min-cost flow by successive shortest paths with potentials,
 * one search per place of an opening (leaving a place unfilled costs 0);
 * costs are (value, person) pairs compared in that order. Writes the chosen
 * edge indexes to *chosen (malloc'd). Returns -1 without memory. */
int assign_solve(const struct assign_problem *p, size_t **chosen, size_t *nchosen);

#endif
