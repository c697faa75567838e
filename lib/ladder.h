/* The role graph (SPEC 1.2): what each move asks, the tree of moves from a
 * role, routes between roles, moves nobody wrote down, and the checks of
 * the architecture. */
#ifndef RUNGS_LADDER_H
#define RUNGS_LADDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "model.h"
#include "score.h"

/* ---- what a move asks --------------------------------------------------- */

enum delta_kind { DELTA_NEW, DELTA_RAISED, DELTA_LOWERED, DELTA_DROPPED, DELTA_WEIGHT, DELTA_ESSENTIAL };

struct delta_item {
	uint32_t skill;
	enum delta_kind kind;
	double from, to; /* levels; weights for DELTA_WEIGHT; 0/1 for DELTA_ESSENTIAL */
};

struct delta {
	struct delta_item *v; /* in skill order */
	size_t n;
	double increase; /* ladder_increase of the move */
};

/* The differences of b's requirements from a's. Returns -1 without memory. */
int ladder_delta(const struct model *m, uint32_t a, uint32_t b, struct delta *out);
void delta_free(struct delta *d);
const char *delta_kind_name(enum delta_kind k);

/* How much more a move asks: over b's requirements, weight_b x the levels
 * b requires beyond a's (a skill a does not require counts in full). */
double ladder_increase(const struct model *m, uint32_t a, uint32_t b);

/* Overlap of two requirement sets: with v(s) = weight x level (0 when not
 * required), sum of min(v_a, v_b) over sum of max(v_a, v_b). 1 is the same
 * profile, 0 nothing in common. */
double ladder_similarity(const struct model *m, uint32_t a, uint32_t b);

/* Sum of weight x level over a role's requirements. */
double ladder_total(const struct model *m, uint32_t r);

/* ---- the tree of moves from a role -------------------------------------- */

enum node_state {
	NODE_EXPANDED, /* its moves follow it */
	NODE_CYCLE,    /* already on the path from the root: not followed */
	NODE_SEEN,     /* expanded where it is nearest the root: not repeated */
	NODE_LEAF,     /* at the depth limit, or no moves */
};

struct tree_node {
	uint32_t role;
	uint32_t parent; /* node index, NONE for the root */
	enum move_type type; /* of the move from the parent */
	int depth;
	enum node_state state;
};

/* Depth-first, moves in the order written. *out is malloc'd. */
int ladder_tree(const struct model *m, uint32_t root, int depth, struct tree_node **out, size_t *n);

/* ---- routes -------------------------------------------------------------- */

struct ladder_route {
	uint32_t *roles; /* from first to last */
	size_t n;        /* roles; steps are n - 1 */
	double increase; /* sum over the steps */
};

/* The simple routes from a to b of at most depth steps: fewest steps, then
 * least increase, then role ids; at most limit. Yen's k shortest paths over
 * (steps, increase): bounded work, not an enumeration. */
int ladder_routes(const struct model *m, uint32_t a, uint32_t b, int depth, size_t limit,
		  struct ladder_route **out, size_t *n);
void ladder_routes_free(struct ladder_route *r, size_t n);

/* ---- scenario planning for a person ------------------------------------ */

struct scenario_step {
	uint32_t role;
	struct score score; /* of the person, with what earlier steps gave them */
};

struct scenario {
	struct ladder_route route;
	struct scenario_step *steps; /* route.n - 1 of them */
	double hours;
	long long months;
};

/* Walks a route with e's levels as of as_of: each step is scored against the
 * levels reached so far, then every skill it requires counts as held at its
 * required level for the steps after it. */
int ladder_scenario(const struct model *m, uint32_t e, int32_t as_of, const struct ladder_route *route,
		    struct scenario *out);
void scenario_free(struct scenario *s);

/* ---- moves nobody wrote down -------------------------------------------- */

struct suggestion {
	uint32_t role;
	double similarity;
};

/* Roles other than r and its `next` by similarity descending, then id;
 * similarity 0 left out; at most limit. */
int ladder_suggest(const struct model *m, uint32_t r, size_t limit, struct suggestion **out, size_t *n);

/* ---- checks ------------------------------------------------------------- */

/* Warnings: roles no entry-level role (the lowest level of each family)
 * leads to (when any `next` is written at all), and promotions to a role that asks less: nothing new and no
 * level raised. */
void ladder_check(const struct model *m, struct diag_list *d);

#endif
