#include "score.h"

#include <stdlib.h>
#include <string.h>

#include "num.h"

double score_credited(const struct model *m, const double *levels, uint32_t s, uint32_t *via)
{
	double best = levels[s];
	*via = NONE;
	const struct skill *sk = &m->skills[s];
	/* related skills are in id order: on equal credit the first, the smallest id, stays */
	for (uint32_t i = 0; i < sk->related_n; i++) {
		const struct related *r = &m->related[sk->related_off + i];
		double v = r->similarity * levels[r->skill];
		if (num_cmp(v, best) > 0) {
			best = v;
			*via = r->skill;
		}
	}
	return best;
}

enum tier score_tier(const struct config *cfg, double readiness, size_t nunmet, long long months)
{
	if (!nunmet && num_cmp(readiness, cfg->ready_now_threshold) >= 0)
		return TIER_READY_NOW;
	return months <= cfg->soon_months ? TIER_READY_SOON : TIER_DEVELOP;
}

void route_cache_init(struct route_cache *c)
{
	*c = (struct route_cache){0};
}

void route_cache_free(struct route_cache *c)
{
	free(c->pick);
	free(c->cls);
	route_cache_init(c);
}

size_t route_cache_held(const struct route_cache *c)
{
	return c->n;
}

/* Where the route of skill s from class q to L is kept; NULL when it is
 * not (no class, no level, no memory). */
static struct route_pick *route_pick_at(const struct model *m, struct route_cache *c, uint32_t s, int q, int L)
{
	size_t nclass = 2 * (size_t)m->scale_max + 2, nlevel = (size_t)m->scale_max + 1;
	if (!c || q < 0 || L < 0 || L > m->scale_max || s >= m->nskills || c->full || (c->m && c->m != m))
		return NULL;
	if (!c->pick) {
		c->m = m;
		if (!(c->pick = calloc(m->nskills * nclass * nlevel, sizeof *c->pick))) {
			c->full = true;
			return NULL;
		}
	}
	return &c->pick[((size_t)s * nclass + (size_t)q) * nlevel + (size_t)L];
}

/* Builds the class of credited for skill s, whose pick for level L is p. */
static bool route_class_add(const struct model *m, struct route_cache *c, uint32_t s, double credited, int L,
			    struct route_pick *p)
{
	if (c->n == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 64;
		struct route_class *more = cap < UINT32_MAX ? realloc(c->cls, cap * sizeof *more) : NULL;
		if (!more) {
			c->full = true;
			return false;
		}
		c->cls = more;
		c->cap = cap;
	}
	struct route_class *rc = &c->cls[c->n++];
	learn_class_build(m, s, credited, rc);
	for (int l = 0; l <= m->scale_max; l++)
		p[l - L] = (struct route_pick){rc->hours[l], (uint32_t)c->n, rc->pick[l]};
	return true;
}

/* learn_route(m, s, credited, L) read off the cache: its hours and final
 * state, and where the cache keeps its items: *cls is 1 + the index of
 * their class, 0 without items. A class added later may move the classes,
 * so items are looked up by index once no more are added. false when the
 * cache cannot give the route (no class, no memory). */
static bool route_read(const struct model *m, struct route_cache *c, uint32_t s, double credited, int L,
		       struct route *r, uint32_t *cls)
{
	r->hours = 0; /* not the whole struct: its items are the most of it */
	r->final = credited;
	r->nitems = 0;
	*cls = 0;
	if (num_cmp(credited, L) >= 0)
		return true;
	struct route_pick *p = route_pick_at(m, c, s, learn_class(credited, m->scale_max), L);
	if (!p || (!p->cls && !route_class_add(m, c, s, credited, L, p)))
		return false;
	r->hours = learn_bare_hours(m, credited, L);
	if (p->state < 0 || num_cmp(r->hours, p->hours) <= 0)
		return true;
	r->hours = p->hours;
	r->final = p->state;
	r->nitems = c->cls[p->cls - 1].n[p->state];
	*cls = p->cls;
	return true;
}

/* learn_route(m, s, credited, L) into *r, items only as many as it has. */
static void cached_route(const struct model *m, struct route_cache *c, uint32_t s, double credited, int L,
			 struct route *r)
{
	uint32_t cls;
	if (!route_read(m, c, s, credited, L, r, &cls)) {
		*r = learn_route(m, s, credited, L);
		return;
	}
	if (r->nitems)
		memcpy(r->items, c->cls[cls - 1].items[(int)r->final], r->nitems * sizeof *r->items);
}

double route_cache_hours(const struct model *m, struct route_cache *c, uint32_t s, double credited, int L)
{
	struct route r;
	cached_route(m, c, s, credited, L, &r);
	return r.hours;
}

int score_reqs(const struct model *m, const double *levels, const struct requirement *reqs, size_t n,
	       struct score *out)
{
	return score_reqs_cached(m, levels, reqs, n, NULL, out);
}

int score_reqs_cached(const struct model *m, const double *levels, const struct requirement *reqs, size_t n,
		      struct route_cache *cache, struct score *out)
{
	memset(out, 0, sizeof *out);
	out->skills = calloc(n ? n : 1, sizeof *out->skills);
	if (!out->skills)
		return -1;
	score_reqs_into(m, levels, reqs, n, cache, out);
	return 0;
}

/* 2.2-2.3 for requirement rq: all of ss but its route. */
static inline void req_score(const struct model *m, const double *levels, const struct requirement *rq,
			     struct skill_score *ss)
{
	ss->skill = rq->skill;
	ss->required = rq->level;
	ss->weight = rq->weight;
	ss->essential = rq->essential;
	ss->level = levels[rq->skill];
	ss->credited = score_credited(m, levels, rq->skill, &ss->via);
	ss->gap = rq->level > ss->credited ? rq->level - ss->credited : 0;
	ss->is_gap = num_cmp(ss->gap, 0) > 0;
	ss->unmet = rq->essential && num_cmp(ss->credited, rq->level) < 0;
}

/* What readiness and the tier are worked out from, added up in
 * requirement order. */
struct score_sums {
	double wsum, wmet, hours;
	size_t nunmet;
};

static inline void sums_add(struct score_sums *t, const struct requirement *rq, const struct skill_score *ss)
{
	double met = ss->credited < rq->level ? ss->credited : rq->level;
	t->nunmet += ss->unmet;
	t->wsum += rq->weight;
	t->wmet += rq->weight * met / rq->level;
}

static void sums_finish(const struct model *m, const struct score_sums *t, size_t n, struct score *out)
{
	out->nunmet = t->nunmet;
	out->hours = t->hours;
	out->readiness = n ? t->wmet / t->wsum : 1.0;
	out->months = num_ceil(out->hours / m->cfg.learning_hours_per_month);
	out->tier = score_tier(&m->cfg, out->readiness, out->nunmet, out->months);
}

void score_reqs_into(const struct model *m, const double *levels, const struct requirement *reqs, size_t n,
		     struct route_cache *cache, struct score *out)
{
	struct skill_score *skills = out->skills;
	memset(out, 0, sizeof *out);
	if (n)
		memset(skills, 0, n * sizeof *skills);
	out->skills = skills;
	out->n = n;
	struct score_sums t = {0};
	for (size_t i = 0; i < n; i++) { /* requirements are in skill order (2.0) */
		struct skill_score *ss = &out->skills[i];
		req_score(m, levels, &reqs[i], ss);
		sums_add(&t, &reqs[i], ss);
		if (!ss->is_gap) {
			ss->route.final = ss->credited;
			continue;
		}
		cached_route(m, cache, ss->skill, ss->credited, reqs[i].level, &ss->route);
		t.hours += ss->route.hours; /* in requirement order */
	}
	sums_finish(m, &t, n, out);
}

int score_reqs_gaps(const struct model *m, const double *levels, const struct requirement *reqs, size_t n,
		    struct route_cache *cache, struct req_gap *gaps, enum tier *tier)
{
	struct score_sums t = {0};
	struct score out;
	int k = 0;
	for (size_t i = 0; i < n; i++) {
		struct skill_score ss;
		req_score(m, levels, &reqs[i], &ss);
		sums_add(&t, &reqs[i], &ss);
		if (!ss.is_gap)
			continue;
		struct req_gap *g = &gaps[k++];
		if (!route_read(m, cache, ss.skill, ss.credited, reqs[i].level, &ss.route, &g->cls))
			return -1;
		g->skill = ss.skill;
		g->essential = ss.essential;
		g->value = ss.weight * ss.gap;
		g->nitems = ss.route.nitems;
		g->state = (uint8_t)ss.route.final; /* a whole level when there are items */
		t.hours += ss.route.hours;
	}
	for (int i = 0; i < k; i++) /* no class is added now: the items stay where they are */
		gaps[i].items = gaps[i].cls ? cache->cls[gaps[i].cls - 1].items[gaps[i].state] : NULL;
	sums_finish(m, &t, n, &out);
	*tier = out.tier;
	return k;
}

void score_free(struct score *s)
{
	if (!s)
		return;
	free(s->skills);
	s->skills = NULL;
	s->n = 0;
}

const char *tier_name(enum tier t)
{
	static const char *const names[] = {"ready-now", "ready-soon", "develop"};
	return names[t];
}

int tier_parse(const char *s, enum tier *t)
{
	for (int i = 0; i < 3; i++)
		if (strcmp(s, tier_name((enum tier)i)) == 0)
			return *t = (enum tier)i, 0;
	return -1;
}

uint32_t score_target(const struct model *m, uint32_t e)
{
	const struct person *p = &m->people[e];
	uint32_t plan = person_plan(m, e);
	if (plan != NONE && m->plans[plan].target != NONE)
		return m->plans[plan].target;
	if (p->asp_n)
		return m->aspirations[p->asp_off];
	if (p->role != NONE) {
		const struct role *r = &m->roles[p->role];
		for (uint32_t i = 0; i < r->next_n; i++)
			if (m->moves[r->next_off + i].type == MOVE_PROMOTION)
				return m->moves[r->next_off + i].role;
	}
	return NONE;
}
