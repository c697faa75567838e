/* What a change to the definitions does to people: for each role the diff
 * marks affected, today's people (the same people.csv and assessments
 * loaded against both versions) scored against the role at both versions,
 * keeping those whose readiness or tier moves. */
#ifndef RUNGS_IMPACT_H
#define RUNGS_IMPACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diff.h"
#include "score.h"

/* Why a person is looked at for a role (bits). */
enum impact_rel { REL_INCUMBENT = 1, REL_ASPIRANT = 2, REL_CANDIDATE = 4 };

/* A tier, or none when the role does not exist in that version. */
#define TIER_NONE (-1)

struct impact_person {
	uint32_t employee; /* index in the new model */
	unsigned rel;      /* enum impact_rel bits */
	int tier_before, tier_after; /* enum tier or TIER_NONE */
	double readiness_before, readiness_after; /* when the tier is not TIER_NONE */
	long long months_before, months_after;
};

struct impact_move {
	int from, to; /* enum tier or TIER_NONE */
	size_t people;
};

struct impact_role {
	size_t role; /* index into diff.roles */
	/* those whose readiness or tier moved, by movement (from, then to, in
	 * tier order with none last), then employee id */
	struct impact_person *people;
	size_t n;
	struct impact_move *moves; /* in the same order */
	size_t nmoves;
	size_t drops; /* people at a worse tier than before */
	size_t considered; /* incumbents, aspirants and candidates looked at */
};

struct impact {
	struct impact_role *v; /* affected roles with anyone moved, in the diff's role order */
	size_t n;
	size_t drops;  /* (person, role) pairs at a worse tier */
	size_t people; /* distinct people with any movement */
};

/* A person looked at for role r: its incumbents and those who aspire to it
 * in either version, and the first `limit` (0: all) of its candidates in
 * each version, ranked as `match --role` ranks them. People are matched
 * across the models by id. Returns 0, or -1 when memory runs out. */
int impact_compute(const struct model *a, const struct model *b, const struct diff *d, int32_t as_of, size_t limit,
		   struct impact *out);
void impact_free(struct impact *im);

/* True when `to` is a tier worse than `from` (both tiers). */
bool impact_is_drop(int from, int to);

#endif
