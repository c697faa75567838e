/* Credited levels, readiness, gaps, effort and tiers of a person for a set
 * of requirements (SPEC 2.2-2.6). */
#ifndef RUNGS_SCORE_H
#define RUNGS_SCORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "learn.h"
#include "model.h"

enum tier { TIER_READY_NOW, TIER_READY_SOON, TIER_DEVELOP };

struct skill_score {
	uint32_t skill;
	int required;
	double weight;
	bool essential;
	double level;    /* effective level (2.1) */
	double credited; /* 2.2 */
	uint32_t via;    /* the related skill credited, or NONE */
	double gap;      /* max(0, L - credited) */
	bool is_gap;     /* r(gap) > 0 */
	bool unmet;      /* essential and r(credited) < L */
	struct route route; /* when is_gap: effort and learning */
};

struct score {
	double readiness;
	enum tier tier;
	double hours;
	long long months;
	size_t nunmet;
	struct skill_score *skills; /* one per requirement, in skill order */
	size_t n;
};

/* credited(e, s) from e's levels in every skill (2.2); *via gets the
 * related skill that gave it, or NONE. */
double score_credited(const struct model *m, const double *levels, uint32_t s, uint32_t *via);

/* Routes by (skill, credited level, required level), for one thread: per
 * skill and class of the credited level (learn.h) the routes with items are
 * worked out the first time the class is met, and every route of it after
 * that is read off them, the same route learn_route gives. A zeroed cache
 * (route_cache_init) is empty; route_cache_free gives back its memory.
 * Without memory for more, routes are worked out each time. */
struct route_cache {
	const struct model *m;   /* the model it keeps routes of */
	/* per skill, class and level asked for: the best route with items, read
	 * on every gap, so 16 bytes each and nothing else in their way */
	struct route_pick {
		double hours;
		uint32_t cls;    /* 1 + the index of its class in cls; 0: not built */
		int8_t state;    /* its final level; -1: no route with items */
	} *pick;
	struct route_class *cls;
	size_t n, cap;
	bool full;               /* no memory for more */
};
void route_cache_init(struct route_cache *c);
void route_cache_free(struct route_cache *c);
/* How many classes c holds now. */
size_t route_cache_held(const struct route_cache *c);

/* The hours of the route for a gap in skill s from credited to L through
 * the cache (NULL: none): what score_reqs puts in route.hours. */
double route_cache_hours(const struct model *m, struct route_cache *c, uint32_t s, double credited, int L);

/* score_reqs with a cache (NULL: none). */
int score_reqs_cached(const struct model *m, const double *levels, const struct requirement *reqs, size_t n,
		      struct route_cache *cache, struct score *out);

/* The same into out->skills, which the caller gives room for n in (a
 * buffer kept from person to person: no allocation per person). */
void score_reqs_into(const struct model *m, const double *levels, const struct requirement *reqs, size_t n,
		     struct route_cache *cache, struct score *out);

/* A gap as a total by skill adds it up. */
struct req_gap {
	uint32_t skill;
	bool essential;
	double value;          /* weight * gap */
	const uint32_t *items; /* its route's learning items, kept in the route cache */
	size_t nitems;
	uint32_t cls;          /* where they are kept: 1 + their class, 0 for none */
	uint8_t state;         /* and the level they reach */
};

/* The gaps of score_reqs_into, in requirement order, into gaps (room for
 * n), and the tier it gives, without the rest of each requirement's score:
 * what a total by skill reads. Routes are read off cache, whose items
 * gaps point into until a class is next added to it. Returns how many gaps, or -1 when the cache cannot give
 * a route (no memory for it): score_reqs_into works those out. */
int score_reqs_gaps(const struct model *m, const double *levels, const struct requirement *reqs, size_t n,
		    struct route_cache *cache, struct req_gap *gaps, enum tier *tier);

/* Scores levels (m->nskills entries, from evidence_all) against reqs.
 * out->skills is malloc'd (free with score_free); returns -1 without memory. */
int score_reqs(const struct model *m, const double *levels, const struct requirement *reqs, size_t n,
	       struct score *out);
void score_free(struct score *s);

/* The tier of a readiness, an unmet count and months (2.5). */
enum tier score_tier(const struct config *cfg, double readiness, size_t nunmet, long long months);
const char *tier_name(enum tier t);
int tier_parse(const char *s, enum tier *t);

/* The target of an employee (2.6), or NONE. */
uint32_t score_target(const struct model *m, uint32_t e);

#endif
