#include "impact.h"

#include <stdlib.h>
#include <string.h>

#include "evidence.h"
#include "match.h"
#include "num.h"

bool impact_is_drop(int from, int to)
{
	return from != TIER_NONE && to != TIER_NONE && to > from;
}

/* Tier order with none last, for sorting movements. */
static int tier_key(int t)
{
	return t == TIER_NONE ? 3 : t;
}

static int cmp_person(const void *p, const void *q)
{
	const struct impact_person *x = p, *y = q;
	int a = tier_key(x->tier_before), b = tier_key(y->tier_before);
	if (a != b)
		return a < b ? -1 : 1;
	a = tier_key(x->tier_after), b = tier_key(y->tier_after);
	if (a != b)
		return a < b ? -1 : 1;
	return x->employee < y->employee ? -1 : x->employee > y->employee; /* index order is id order */
}

static bool aspires(const struct model *m, uint32_t e, uint32_t r)
{
	const struct person *p = &m->people[e];
	for (uint32_t k = 0; r != NONE && k < p->asp_n; k++)
		if (m->aspirations[p->asp_off + k] == r)
			return true;
	return false;
}

struct side {
	const struct model *m;
	uint32_t role;       /* NONE when the role is not in this version */
	const uint32_t *map; /* employee of the new model -> this model's */
	const uint32_t *back; /* this model's employee -> the new model's */
};

/* Marks who is looked at for the role in one version. */
static int gather(const struct side *s, size_t limit, int32_t as_of, unsigned *rel, size_t nb)
{
	if (s->role == NONE)
		return 0;
	const struct model *m = s->m;
	for (uint32_t e = 0; e < nb; e++) {
		uint32_t x = s->map[e];
		if (x == NONE)
			continue;
		if (m->people[x].role == s->role)
			rel[e] |= REL_INCUMBENT;
		if (aspires(m, x, s->role))
			rel[e] |= REL_ASPIRANT;
	}
	struct candidate *cand;
	size_t n;
	if (match_candidates(m, role_reqs(m, s->role), m->roles[s->role].req_n, s->role, m->roles[s->role].level, as_of,
			     &cand, &n) < 0)
		return -1;
	for (size_t i = 0; i < n && (!limit || i < limit); i++)
		if (s->back[cand[i].employee] != NONE)
			rel[s->back[cand[i].employee]] |= REL_CANDIDATE;
	candidates_free(cand);
	return 0;
}

/* The tier (or TIER_NONE) and readiness of new-model employee e in one version. */
static int score_in(const struct side *s, uint32_t e, int32_t as_of, double *levels, int *tier, double *readiness,
		    long long *months)
{
	*tier = TIER_NONE;
	*readiness = 0;
	*months = 0;
	uint32_t x = s->map[e];
	if (s->role == NONE || x == NONE)
		return 0;
	struct score sc;
	evidence_all(s->m, x, as_of, levels, NULL);
	if (score_reqs(s->m, levels, role_reqs(s->m, s->role), s->m->roles[s->role].req_n, &sc) < 0)
		return -1;
	*tier = (int)sc.tier;
	*readiness = sc.readiness;
	*months = sc.months;
	score_free(&sc);
	return 0;
}

static int role_impact(const struct side *sa, const struct side *sb, size_t limit, int32_t as_of, unsigned *rel,
		       double *levels, struct impact_role *ir)
{
	size_t nb = sb->m->npeople;
	memset(rel, 0, nb * sizeof *rel);
	if (gather(sa, limit, as_of, rel, nb) < 0 || gather(sb, limit, as_of, rel, nb) < 0)
		return -1;
	size_t cap = 0;
	for (uint32_t e = 0; e < nb; e++) {
		if (!rel[e])
			continue;
		ir->considered++;
		struct impact_person p = {e, rel[e], 0, 0, 0, 0, 0, 0};
		if (score_in(sa, e, as_of, levels, &p.tier_before, &p.readiness_before, &p.months_before) < 0 ||
		    score_in(sb, e, as_of, levels, &p.tier_after, &p.readiness_after, &p.months_after) < 0)
			return -1;
		if (p.tier_before == p.tier_after && num_cmp(p.readiness_before, p.readiness_after) == 0)
			continue;
		if (!VEC_PUSH(ir->people, ir->n, cap))
			return -1;
		ir->people[ir->n++] = p;
		ir->drops += impact_is_drop(p.tier_before, p.tier_after);
	}
	if (ir->n > 1)
		qsort(ir->people, ir->n, sizeof *ir->people, cmp_person);
	size_t mcap = 0;
	for (size_t i = 0; i < ir->n; i++) {
		const struct impact_person *p = &ir->people[i];
		if (ir->nmoves && ir->moves[ir->nmoves - 1].from == p->tier_before && ir->moves[ir->nmoves - 1].to == p->tier_after) {
			ir->moves[ir->nmoves - 1].people++;
			continue;
		}
		if (!VEC_PUSH(ir->moves, ir->nmoves, mcap))
			return -1;
		ir->moves[ir->nmoves++] = (struct impact_move){p->tier_before, p->tier_after, 1};
	}
	return 0;
}

static void role_free(struct impact_role *ir)
{
	free(ir->people);
	free(ir->moves);
}

int impact_compute(const struct model *a, const struct model *b, const struct diff *d, int32_t as_of, size_t limit,
		   struct impact *out)
{
	memset(out, 0, sizeof *out);
	size_t nb = b->npeople, ns = a->nskills > b->nskills ? a->nskills : b->nskills;
	uint32_t *b2a = malloc((nb + 1) * sizeof *b2a), *a2b = malloc(((size_t)a->npeople + 1) * sizeof *a2b);
	uint32_t *self = malloc((nb + 1) * sizeof *self);
	unsigned *rel = malloc((nb + 1) * sizeof *rel);
	bool *moved = calloc(nb + 1, sizeof *moved);
	double *levels = malloc((ns + 1) * sizeof *levels);
	out->v = calloc(d->nroles + 1, sizeof *out->v);
	int rc = b2a && a2b && self && rel && moved && levels && out->v ? 0 : -1;
	for (uint32_t e = 0; !rc && e < a->npeople; e++)
		a2b[e] = model_person(b, person_id(a, e));
	for (uint32_t e = 0; !rc && e < nb; e++) {
		b2a[e] = model_person(a, person_id(b, e));
		self[e] = e;
	}
	for (size_t i = 0; !rc && i < d->nroles; i++) {
		const struct diff_role *dr = &d->roles[i];
		if (!dr->affected)
			continue;
		struct side sa = {a, dr->a, b2a, a2b}, sb = {b, dr->b, self, self};
		struct impact_role *ir = &out->v[out->n];
		*ir = (struct impact_role){.role = i};
		if (role_impact(&sa, &sb, limit, as_of, rel, levels, ir) < 0) {
			role_free(ir);
			rc = -1;
			break;
		}
		if (!ir->n) {
			role_free(ir);
			continue;
		}
		out->drops += ir->drops;
		for (size_t k = 0; k < ir->n; k++)
			if (!moved[ir->people[k].employee]) {
				moved[ir->people[k].employee] = true;
				out->people++;
			}
		out->n++;
	}
	free(b2a);
	free(a2b);
	free(self);
	free(rel);
	free(moved);
	free(levels);
	if (rc)
		impact_free(out);
	return rc;
}

void impact_free(struct impact *im)
{
	if (!im)
		return;
	for (size_t i = 0; im->v && i < im->n; i++)
		role_free(&im->v[i]);
	free(im->v);
	memset(im, 0, sizeof *im);
}
