/* Nightly matching (match --all): every employee's top pairs, computed in
 * blocks of people over threads and handed back block by block in
 * employee order, so that any number of threads gives the same pairs in
 * the same order. */
#ifndef RUNGS_MATCH_ALL_H
#define RUNGS_MATCH_ALL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "match.h"

/* One (employee, opportunity) pair of the report. */
struct match_pair {
	uint32_t employee, opp;
	double readiness, growth;
	long long months;
	uint32_t helps, holds; /* the skills that most help and hold back, or NONE */
	enum tier tier;
	int previous;          /* the tier at `since`, -1 without since */
	bool development;      /* in the development list, else in jobs */
	bool aspired;
};

struct match_all_opts {
	int32_t as_of;
	int32_t since;     /* DATE_NONE: every pair; else those whose tier was worse then */
	const bool *kinds; /* the opportunity kinds considered (enum opp_kind); NULL: all */
	size_t limit;      /* pairs per list and person; 0: all */
	bool min_tier_set; /* only the pairs at min_tier or better */
	enum tier min_tier;
	unsigned threads;  /* 0: one per processor; 1: the calling thread alone */
};

/* Called on the calling thread with the pairs of each block of people in
 * turn, up to employee `end` (excluded). Returns 0 to go on, or a positive
 * value to stop the run. */
typedef int (*match_all_fn)(void *ctx, const struct match_pair *pairs, size_t n, uint32_t end);

/* For each employee in id order: the top `limit` jobs, then the top
 * `limit` development opportunities, as match_top ranks them, less those
 * below min_tier and (with since) those whose tier was not worse at since,
 * against the opportunity's requirements as they are now. Returns 0; the
 * value of fn that stopped it; or -1 with errno ENOMEM. */
int match_all_run(const struct model *m, const struct match_all_opts *o, match_all_fn fn, void *ctx);

#endif
