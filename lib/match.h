/* The internal talent marketplace (SPEC 2.7, 2.8): opportunities for a
 * person, people for a role or an opening, mentors. */
#ifndef RUNGS_MATCH_H
#define RUNGS_MATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "score.h"

/* A person's levels as of a date, with the cheapest routes cached by
 * (skill, required level): one person meets many opportunities. */
struct person_state {
	uint32_t employee;
	double *levels;       /* m->nskills */
	uint32_t target;      /* 2.6, NONE when none */
	struct score target_score; /* the gaps G of 2.7 (empty when no target) */
	double g_total;       /* sum of w*g over G */
	double *g_weight, *g_gap; /* per skill: weight and gap in G, 0 when not in G */
};

int person_state_init(const struct model *m, uint32_t e, int32_t as_of, struct person_state *ps);
/* The state of another person in the memory of ps (from person_state_init),
 * for person after person, with a route cache (NULL: none); on failure ps
 * can only be freed. */
int person_state_set(const struct model *m, uint32_t e, int32_t as_of, struct route_cache *routes,
		     struct person_state *ps);
void person_state_free(struct person_state *ps);

/* Growth of o for the person (2.7); 0 when G is empty. */
double match_growth(const struct model *m, const struct person_state *ps, const struct requirement *reqs, size_t n);
/* Eligible for a development opportunity (2.7). */
bool match_eligible(const struct model *m, const struct person_state *ps, const struct requirement *reqs, size_t n);

struct opp_match {
	uint32_t opp;
	struct score score;
	double value;  /* jobs: readiness + aspiration bonus; development: growth */
	double growth;
	bool aspired;
	uint32_t helps, holds; /* the requirement skills that most help and most hold back, or NONE */
};

/* The opportunities open at as_of for the person that SPEC 2.8 lets in,
 * in two ranked lists. Arrays are malloc'd; free with match_lists_free. */
struct match_lists {
	struct opp_match *jobs, *dev;
	size_t njobs, ndev;
};
int match_person(const struct model *m, const struct person_state *ps, int32_t as_of, const bool *kinds,
		 struct match_lists *out);
void match_lists_free(struct match_lists *l);

/* Candidates for a requirement set (a role's or an opening's): who, and
 * the keys they rank by. */
struct candidate {
	uint32_t employee;
	enum tier tier;
	double readiness;
	long long months;
};
/* Everyone not in `role` whose role is at least `level` - max_level_jump
 * (no level rule when level < 0), ranked by tier, readiness desc, months
 * asc, id. *out is malloc'd (candidates_free). Only the ranking keys are
 * kept, a few bytes a person; match_candidate_score gives a candidate's
 * whole score. */
int match_candidates(const struct model *m, const struct requirement *reqs, size_t n, uint32_t role, int level,
		     int32_t as_of, struct candidate **out, size_t *nout);
/* The score of employee e that match_candidates ranked e by, with every
 * requirement (free with score_free). 0, or -1 without memory. */
int match_candidate_score(const struct model *m, const struct requirement *reqs, size_t n, uint32_t e,
			  int32_t as_of, struct score *out);
void candidates_free(struct candidate *c);

struct mentor {
	uint32_t employee;
	double value;
	uint32_t mentees;
	uint32_t *skills; /* the skills of G they cover, in skill order */
	size_t nskills;
};
/* Mentors for the person (2.8), by value desc then id. */
int match_mentors(const struct model *m, const struct person_state *ps, int32_t as_of, struct mentor **out,
		  size_t *n);
void mentors_free(struct mentor *v, size_t n);

/* Mentees per employee: plans naming them as mentor. malloc'd, npeople. */
uint32_t *match_mentee_counts(const struct model *m);

#endif
