#include "gap.h"

#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "num.h"

/* key[i] = r(weight*gap) of requirement i: rounded once each, not at
 * every comparison (a division each, tens of them a person). */
static void sort_order(const struct score *s, size_t *order, double *key)
{
	/* insertion sort: a role has tens of requirements, and no shared state */
	for (size_t i = 0; i < s->n; i++) {
		order[i] = i;
		key[i] = num_r(s->skills[i].weight * s->skills[i].gap);
	}
	for (size_t i = 1; i < s->n; i++) {
		size_t v = order[i], j = i;
		while (j > 0) {
			size_t u = order[j - 1];
			if (key[v] < key[u] || (key[v] == key[u] && s->skills[u].skill < s->skills[v].skill))
				break;
			order[j] = u;
			j--;
		}
		order[j] = v;
	}
}

int gap_scratch_init(const struct model *m, struct gap_scratch *s, bool keep_routes)
{
	size_t n = m->nskills ? m->nskills : 1;
	*s = (struct gap_scratch){0};
	s->levels = calloc(n, sizeof *s->levels);
	s->set = malloc(n * sizeof *s->set);
	s->info = malloc(n * sizeof *s->info);
	s->routes = keep_routes ? calloc(1, sizeof *s->routes) : NULL;
	s->gaps = malloc(n * sizeof *s->gaps);
	s->ngaps = n;
	if (!s->levels || !s->set || !s->info || !s->gaps || (keep_routes && !s->routes)) {
		gap_scratch_free(s);
		return -1;
	}
	return 0;
}

void gap_scratch_free(struct gap_scratch *s)
{
	free(s->levels);
	free(s->set);
	free(s->info);
	free(s->gaps);
	gap_person_free(&s->spare);
	if (s->routes)
		route_cache_free(s->routes);
	free(s->routes);
	*s = (struct gap_scratch){0};
}

int gap_person_compute(const struct model *m, uint32_t e, uint32_t role, int32_t as_of, struct gap_scratch *s,
		       struct gap_person *out)
{
	memset(out, 0, sizeof *out);
	return gap_person_measure(m, e, role, as_of, s, out);
}

/* Room for n requirements in g's buffers, kept when there is enough. */
static int gap_person_room(struct gap_person *g, size_t n)
{
	if (n <= g->cap && g->score.skills)
		return 0;
	size_t cap = n > 16 ? n : 16;
	free(g->score.skills);
	free(g->evidence);
	free(g->order);
	free(g->key);
	g->score.skills = malloc(cap * sizeof *g->score.skills);
	g->evidence = malloc(cap * sizeof *g->evidence);
	g->order = malloc(cap * sizeof *g->order);
	g->key = malloc(cap * sizeof *g->key);
	g->cap = cap;
	if (g->score.skills && g->evidence && g->order && g->key)
		return 0;
	gap_person_free(g);
	return -1;
}

/* e's levels into s, as of as_of, and with_info their evidence: only the
 * required skills' evidence is read, so only theirs is cleared. */
static void levels_of(const struct model *m, uint32_t e, int32_t as_of, struct gap_scratch *s,
		      const struct requirement *reqs, size_t n, bool with_info)
{
	for (size_t i = 0; with_info && i < n; i++)
		s->info[reqs[i].skill] = (struct evidence){0, DATE_NONE, DATE_NONE, 0, 0};
	for (size_t i = 0; i < s->nset; i++)
		s->levels[s->set[i]] = 0;
	s->nset = evidence_each(m, e, as_of, s->levels, with_info ? s->info : NULL, s->set);
}

int gap_person_measure(const struct model *m, uint32_t e, uint32_t role, int32_t as_of, struct gap_scratch *s,
		       struct gap_person *out)
{
	out->employee = e;
	out->target = score_target(m, e);
	out->role = role != NONE ? role : out->target;
	out->score.n = 0;
	if (out->role == NONE)
		return 1;
	const struct role *r = &m->roles[out->role];
	const struct requirement *reqs = role_reqs(m, out->role);
	if (gap_person_room(out, r->req_n) < 0)
		return -1;
	levels_of(m, e, as_of, s, reqs, r->req_n, !s->totals_only);
	score_reqs_into(m, s->levels, reqs, r->req_n, s->routes, &out->score);
	if (s->totals_only)
		return 0;
	for (size_t i = 0; i < r->req_n; i++)
		out->evidence[i] = s->info[out->score.skills[i].skill];
	sort_order(&out->score, out->order, out->key);
	return 0;
}

void gap_person_free(struct gap_person *g)
{
	if (!g)
		return;
	score_free(&g->score);
	free(g->evidence);
	free(g->order);
	free(g->key);
	g->evidence = NULL;
	g->order = NULL;
	g->key = NULL;
	g->cap = 0;
}

size_t gap_group_measurable(const struct model *m, const uint32_t *who, size_t n, uint32_t role)
{
	if (role != NONE)
		return n;
	size_t k = 0;
	for (size_t i = 0; i < n; i++) /* gap_person_measure's test: a target to measure against */
		k += score_target(m, who[i]) != NONE;
	return k;
}

/* The step of skill s that item belongs to (the first, should it be
 * listed twice): the key an item's value is kept under. */
static size_t step_of(const struct model *m, uint32_t s, uint32_t item)
{
	size_t k = m->steps_of[s];
	while (k + 1 < m->steps_of[s + 1] && m->steps[k].item != item)
		k++;
	return k;
}

/* Adds one gap of value weight*gap in skill, closed by the given items. */
static inline int tally_gap(const struct model *m, struct gap_tally *t, uint32_t skill, double value, bool essential,
			    const uint32_t *items, size_t nitems)
{
	struct gap_tally_skill *ts = &t->skills[skill];
	ts->people++;
	exact_sum_add(&ts->total, value);
	ts->essential += essential;
	if (!nitems)
		return 0;
	if (!t->steps && !(t->steps = calloc(m->nsteps ? m->nsteps : 1, sizeof *t->steps)))
		return -1;
	for (size_t k = 0; k < nitems; k++)
		exact_sum_add(&t->steps[step_of(m, skill, items[k])], value);
	return 0;
}

static int tally_start(const struct model *m, struct gap_tally *t)
{
	if (!t->skills && !(t->skills = calloc(m->nskills ? m->nskills : 1, sizeof *t->skills)))
		return -1;
	t->measured++;
	return 0;
}

int gap_tally_add(const struct model *m, struct gap_tally *t, const struct gap_person *p)
{
	if (tally_start(m, t) < 0)
		return -1;
	for (size_t i = 0; i < p->score.n; i++) {
		const struct skill_score *ss = &p->score.skills[i];
		if (ss->is_gap && tally_gap(m, t, ss->skill, ss->weight * ss->gap, ss->essential, ss->route.items,
					    ss->route.nitems) < 0)
			return -1;
	}
	return 0;
}

int gap_tally_measure(const struct model *m, uint32_t e, uint32_t role, int32_t as_of, struct gap_scratch *s,
		      struct gap_tally *t, enum tier *tier)
{
	uint32_t target = role != NONE ? role : score_target(m, e);
	if (target == NONE)
		return 1;
	const struct requirement *reqs = role_reqs(m, target);
	size_t n = m->roles[target].req_n;
	levels_of(m, e, as_of, s, reqs, n, false);
	int k = s->routes && n <= s->ngaps ? score_reqs_gaps(m, s->levels, reqs, n, s->routes, s->gaps, tier) : -1;
	if (k < 0) { /* a route the cache could not give: measured in full */
		if (gap_person_room(&s->spare, n) < 0)
			return -1;
		score_reqs_into(m, s->levels, reqs, n, s->routes, &s->spare.score);
		*tier = s->spare.score.tier;
		return gap_tally_add(m, t, &s->spare);
	}
	if (tally_start(m, t) < 0)
		return -1;
	for (int i = 0; i < k; i++) {
		const struct req_gap *g = &s->gaps[i];
		if (tally_gap(m, t, g->skill, g->value, g->essential, g->items, g->nitems) < 0)
			return -1;
	}
	return 0;
}

int gap_tally_merge(const struct model *m, struct gap_tally *t, struct gap_tally *from)
{
	t->measured += from->measured;
	if (from->skills && !t->skills && !(t->skills = calloc(m->nskills ? m->nskills : 1, sizeof *t->skills)))
		return -1;
	if (from->steps && !t->steps && !(t->steps = calloc(m->nsteps ? m->nsteps : 1, sizeof *t->steps)))
		return -1;
	for (uint32_t s = 0; from->skills && s < m->nskills; s++) {
		t->skills[s].people += from->skills[s].people;
		t->skills[s].essential += from->skills[s].essential;
		exact_sum_merge(&t->skills[s].total, &from->skills[s].total);
	}
	for (size_t k = 0; from->steps && k < m->nsteps; k++)
		exact_sum_merge(&t->steps[k], &from->steps[k]);
	return 0;
}

void gap_tally_free(struct gap_tally *t)
{
	free(t->skills);
	free(t->steps);
	*t = (struct gap_tally){0};
}

int gap_group_add(const struct model *m, struct gap_group *g, const struct gap_person *p)
{
	return gap_tally_add(m, &g->tally, p);
}

/* Skill s's items' values, read off the tally once (NULL: none). */
static double *item_values(const struct model *m, const struct gap_tally *t, uint32_t s, bool *oom)
{
	double *v = NULL;
	for (size_t k = m->steps_of[s]; t->steps && k < m->steps_of[s + 1]; k++) {
		double x = exact_sum_value(&t->steps[k]);
		if (x == 0)
			continue;
		if (!v && !(v = calloc(m->nitems ? m->nitems : 1, sizeof *v))) {
			*oom = true;
			return NULL;
		}
		v[m->steps[k].item] = x;
	}
	return v;
}

int gap_group_finish(const struct model *m, struct gap_group *g)
{
	const struct gap_tally *t = &g->tally;
	g->measured = t->measured;
	if (!t->skills)
		return 0; /* nobody measured: no skills to list */
	if (!g->skills && !(g->skills = calloc(m->nskills ? m->nskills : 1, sizeof *g->skills)))
		return -1;
	bool oom = false;
	for (uint32_t s = 0; s < m->nskills && !oom; s++) {
		const struct gap_tally_skill *ts = &t->skills[s];
		struct gap_skill *gs = &g->skills[s];
		*gs = (struct gap_skill){s, ts->people, exact_sum_value(&ts->total), ts->essential, NULL};
		if (ts->people)
			gs->item_value = item_values(m, t, s, &oom);
	}
	return oom ? -1 : 0;
}

void gap_group_free(const struct model *m, struct gap_group *g)
{
	for (uint32_t s = 0; g && g->skills && s < m->nskills; s++)
		free(g->skills[s].item_value);
	if (g) {
		free(g->skills);
		g->skills = NULL;
		gap_tally_free(&g->tally);
	}
}

size_t gap_group_items(const struct model *m, const struct gap_skill *gs, uint32_t *items, size_t max)
{
	size_t n = 0;
	if (!max || !gs->item_value)
		return 0;
	for (uint32_t it = 0; it < m->nitems; it++) {
		if (num_cmp(gs->item_value[it], 0) <= 0)
			continue;
		/* keep the best `max` by value, then id: insertion into a short list */
		size_t j = n < max ? n++ : max;
		if (j == max && num_cmp(gs->item_value[it], gs->item_value[items[max - 1]]) <= 0)
			continue;
		if (j == max)
			j = max - 1;
		while (j > 0 && num_cmp(gs->item_value[it], gs->item_value[items[j - 1]]) > 0) {
			items[j] = items[j - 1];
			j--;
		}
		items[j] = it;
	}
	return n;
}
