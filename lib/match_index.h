/* Nightly matching at scale: the open opportunities' requirements indexed
 * by skill, so a person meets only the opportunities that share a skill
 * with them, and bounds that rank most pairs without scoring them fully. */
#ifndef RUNGS_MATCH_INDEX_H
#define RUNGS_MATCH_INDEX_H

#include "match.h"

struct match_index;
struct match_scratch;

/* The opportunities open at as_of (of the kinds marked, all when NULL).
 * Read only once built: threads may share one. */
struct match_index *match_index_build(const struct model *m, int32_t as_of, const bool *kinds);
void match_index_free(struct match_index *ix);

/* What match_top works in, one per thread: sums for the person at hand and
 * the learning routes met so far (which depend on no person, so they are
 * kept from one person to the next). */
struct match_scratch *match_scratch_new(const struct match_index *ix);
void match_scratch_free(struct match_scratch *sc);
/* Its route cache, for other scoring on the same thread. */
struct route_cache *match_scratch_routes(struct match_scratch *sc);

/* The first `limit` jobs and development opportunities for the person,
 * exactly as match_person ranks them (0: all). Pairs that cannot reach the
 * top are ranked without being scored in full: readiness and growth come
 * from the skill index, and a lower bound on the hours (each level still
 * missing costs at least the cheapest rate the catalog or hours_per_level
 * offers for that skill) settles most `develop` tiers. */
int match_top(const struct model *m, const struct match_index *ix, struct match_scratch *sc,
	      const struct person_state *ps, size_t limit, struct match_lists *out);

#endif
