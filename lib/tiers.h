/* The tier of one person for many requirement sets, as score_reqs gives
 * it, for passes that need only tiers (SPEC 2.5) of everyone for every
 * critical role or opening: the organisation audit. Most pairs are settled
 * without a learning route: credited levels are worked out once a skill
 * per person (and only where a level could credit anything), a ready-now
 * tier needs no hours, and bounds on the hours settle the rest but a few:
 * first quick ones (each level missing costs at least the cheapest rate
 * the catalog or hours_per_level offers, and at most hours_per_level), then
 * close ones from tables of what learn_route gives per skill, level asked
 * and whole level started from. Only the pairs left, with hours within a
 * hair of a month's boundary, are scored with routes. Sets met by everyone
 * can be indexed by skill: a person then touches only the requirements of
 * skills they have credit in, and most of those sets are settled from sums
 * of these alone. */
#ifndef RUNGS_TIERS_H
#define RUNGS_TIERS_H

#include <stddef.h>

#include "score.h"

struct tiers; /* one per thread: it remembers the person at hand and routes */

/* NULL without memory. */
struct tiers *tiers_new(const struct model *m);
void tiers_free(struct tiers *t);

/* Indexes n sets for tiers_indexed, set k being the nreqs[k] requirements
 * at reqs[k] (the requirements must outlive t; the two arrays need not).
 * Replaces any index before; comes before the tiers_start of the first
 * person measured with it. Returns 0, or -1 without memory (then nothing
 * is indexed). */
int tiers_index(struct tiers *t, const struct requirement *const *reqs, const size_t *nreqs, size_t n);

/* Starts a person: levels (m->nskills entries, from evidence_all) stay the
 * caller's and must not change until the next tiers_start. */
void tiers_start(struct tiers *t, const double *levels);

/* The person's tier for reqs (n of them, in skill order), and readiness
 * into *readiness when not NULL: what score_reqs gives, to the bit. */
enum tier tiers_measure(struct tiers *t, const struct requirement *reqs, size_t n, double *readiness);

/* tiers_measure for indexed set k. */
enum tier tiers_indexed(struct tiers *t, size_t k);

/* The bounds at work, for tests: of all tiers_measure and tiers_indexed
 * calls, how many the index settled alone and how many needed routes. */
struct tiers_counts {
	size_t all, by_index, full;
};
struct tiers_counts tiers_counts(const struct tiers *t);

#endif
