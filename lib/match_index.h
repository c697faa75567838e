/* Nightly matching at scale: the open opportunities' requirements indexed
 * by skill, so a person meets only the opportunities that share a skill
 * with them, and bounds that rank most pairs without scoring them fully. */
#ifndef RUNGS_MATCH_INDEX_H
#define RUNGS_MATCH_INDEX_H

#include "match.h"

struct match_index;

/* The opportunities open at as_of (of the kinds marked, all when NULL). */
struct match_index *match_index_build(const struct model *m, int32_t as_of, const bool *kinds);
void match_index_free(struct match_index *ix);

/* The first `limit` jobs and development opportunities for the person,
 * exactly as match_person ranks them (0: all). Pairs that cannot reach the
 * top are ranked without being scored in full: readiness and growth come
 * from the skill index, and a lower bound on the hours (each level still
 * missing costs at least the cheapest rate the catalog or hours_per_level
 * offers for that skill) settles most `develop` tiers. */
int match_top(const struct model *m, struct match_index *ix, const struct person_state *ps, size_t limit,
	      struct match_lists *out);

#endif
