/* Skills-gap reports: one person against a role, and a group's
 * development priorities skill by skill. */
#ifndef RUNGS_GAP_H
#define RUNGS_GAP_H

#include "evidence.h"
#include "exactsum.h"
#include "score.h"

struct gap_person {
	uint32_t employee;
	uint32_t role;   /* the role measured against */
	uint32_t target; /* the person's target (2.6), NONE when none */
	struct score score;
	struct evidence *evidence; /* per requirement, like score.skills */
	size_t *order;             /* requirement indexes by weight*gap desc, then skill id */
	double *key;               /* r(weight*gap) per requirement, to sort by */
	size_t cap;                /* requirements the four buffers have room for */
};

/* What measuring people one after another reuses (one per thread). */
struct gap_scratch {
	double *levels;         /* m->nskills, 0 but for the skills in set */
	uint32_t *set;          /* the skills the last person measured has levels in */
	size_t nset;
	struct evidence *info;  /* m->nskills */
	struct route_cache *routes; /* learning routes met before; NULL: none kept */
	bool totals_only;       /* leave gap_person.order and .evidence unset (a total by skill reads neither) */
	struct req_gap *gaps;   /* gap_tally_measure's, room for ngaps (m->nskills: a role requires a skill once) */
	size_t ngaps;
	struct gap_person spare; /* gap_tally_measure's, for a person the route cache cannot measure */
};
/* keep_routes: remember routes across people (a group). 0, or -1 without memory. */
int gap_scratch_init(const struct model *m, struct gap_scratch *s, bool keep_routes);
void gap_scratch_free(struct gap_scratch *s);

/* Measures e against role (NONE: e's target). Returns 0, -1 without
 * memory, or 1 when there is no role to measure against. */
int gap_person_compute(const struct model *m, uint32_t e, uint32_t role, int32_t as_of, struct gap_scratch *s,
		       struct gap_person *out);
/* The same into out's buffers, kept from the last person measured into it
 * (out zeroed the first time): a group is measured without an allocation
 * per person, and so without threads freeing each other's memory. */
int gap_person_measure(const struct model *m, uint32_t e, uint32_t role, int32_t as_of, struct gap_scratch *s,
		       struct gap_person *out);
void gap_person_free(struct gap_person *g);

/* A group's gaps for one skill. */
struct gap_skill {
	uint32_t skill;
	size_t people;          /* with a gap in it */
	double total;           /* sum of weight * gap */
	size_t essential;       /* gaps on essential requirements */
	double *item_value;     /* per learning item: weighted gap on routes using it */
};

/* A group's totals while people are added. The sums are exact (see
 * exactsum.h): threads each keep a tally of their share, merged at the end
 * to the same totals whatever the order, as one thread adding everyone
 * would reach. */
struct gap_tally {
	size_t measured;
	struct gap_tally_skill {
		size_t people, essential;
		struct exact_sum total;
	} *skills;               /* per skill, from the first person added */
	struct exact_sum *steps; /* per learning step: weighted gaps of routes using its item */
};

/* Adds one measured person. 0, or -1 without memory. */
int gap_tally_add(const struct model *m, struct gap_tally *t, const struct gap_person *p);
/* Measures e against role (NONE: e's target) and adds them to t, as
 * gap_person_measure then gap_tally_add do, without writing out the score
 * of each requirement: only the gaps and their routes, read off the route
 * cache. *tier gets e's tier. Returns 0, 1 when there is no role to
 * measure against (nothing added), -1 without memory. */
int gap_tally_measure(const struct model *m, uint32_t e, uint32_t role, int32_t as_of, struct gap_scratch *s,
		      struct gap_tally *t, enum tier *tier);
/* Adds everything from holds into t. 0, or -1 without memory. */
int gap_tally_merge(const struct model *m, struct gap_tally *t, struct gap_tally *from);
void gap_tally_free(struct gap_tally *t);

struct gap_group {
	size_t people, measured;  /* in the group; with a role to measure against */
	struct gap_skill *skills; /* one per skill of the model, once finished */
	struct gap_tally tally;   /* what gap_group_add adds to */
};

/* How many of the n people in who have a role to be measured against:
 * all with a role given, else those with a target (2.6). It is the count
 * of `measured` the group's totals reach, known before anyone is measured
 * (a report can say it before its rows). */
size_t gap_group_measurable(const struct model *m, const uint32_t *who, size_t n, uint32_t role);

/* Adds one measured person to the group's tally. */
int gap_group_add(const struct model *m, struct gap_group *g, const struct gap_person *p);
/* The totals of everyone added: fills measured and skills. 0, or -1 without memory. */
int gap_group_finish(const struct model *m, struct gap_group *g);
void gap_group_free(const struct model *m, struct gap_group *g);

/* The items of skill s that close the most of the group's gap: up to max
 * item indexes, by value descending then id. Returns how many. */
size_t gap_group_items(const struct model *m, const struct gap_skill *gs, uint32_t *items, size_t max);

#endif
