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

void route_cache_reset(struct route_cache *c)
{
	if (++c->gen == 0) { /* wrapped: clear for real */
		memset(c->slot, 0, sizeof c->slot);
		c->gen = 1;
	}
}

/* Routes depend only on (skill, credited level, required level): people
 * share most of them, so the cache keeps them across people too. */
static size_t slot_of(uint32_t s, double credited, int L, uint64_t *bits)
{
	memcpy(bits, &credited, sizeof *bits);
	uint64_t h = (*bits ^ (*bits >> 29) ^ ((uint64_t)s << 8) ^ (uint64_t)L) * 0x9E3779B97F4A7C15ull;
	return (size_t)(h >> 40) % ROUTE_CACHE_SLOTS;
}

/* The cache is megabytes: a person's gaps ask the CPU for their slots all
 * at once, before the first is read, instead of missing them one by one. */
static void prefetch_route(const struct route_cache *c, uint32_t s, double credited, int L)
{
	uint64_t bits;
	if (c)
		__builtin_prefetch(&c->slot[slot_of(s, credited, L, &bits)]);
}

static struct route cached_route(const struct model *m, struct route_cache *c, uint32_t s, double credited, int L)
{
	if (!c)
		return learn_route(m, s, credited, L);
	if (!c->gen)
		c->gen = 1; /* zeroed slots (gen 0) are empty, not routes of skill 0 */
	uint64_t bits;
	size_t at = slot_of(s, credited, L, &bits);
	for (size_t k = 0; k < 8; k++) {
		struct route_slot *sl = &c->slot[(at + k) % ROUTE_CACHE_SLOTS];
		if (sl->gen == c->gen && sl->skill == s && sl->level == L && sl->credited == bits)
			return sl->route;
		if (sl->gen != c->gen) {
			*sl = (struct route_slot){c->gen, s, L, bits, learn_route(m, s, credited, L)};
			return sl->route;
		}
	}
	/* a crowded neighbourhood: the newest route takes a slot of it in turn
	 * (credited levels are means, so keys never stop coming) */
	struct route_slot *sl = &c->slot[(at + (c->evict++ & 7)) % ROUTE_CACHE_SLOTS];
	*sl = (struct route_slot){c->gen, s, L, bits, learn_route(m, s, credited, L)};
	return sl->route;
}

double route_cache_hours(const struct model *m, struct route_cache *c, uint32_t s, double credited, int L)
{
	return cached_route(m, c, s, credited, L).hours;
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

void score_reqs_into(const struct model *m, const double *levels, const struct requirement *reqs, size_t n,
		     struct route_cache *cache, struct score *out)
{
	struct skill_score *skills = out->skills;
	memset(out, 0, sizeof *out);
	if (n)
		memset(skills, 0, n * sizeof *skills);
	out->skills = skills;
	out->n = n;
	double wsum = 0, wmet = 0;
	for (size_t i = 0; i < n; i++) { /* requirements are in skill order (2.0) */
		const struct requirement *rq = &reqs[i];
		struct skill_score *ss = &out->skills[i];
		ss->skill = rq->skill;
		ss->required = rq->level;
		ss->weight = rq->weight;
		ss->essential = rq->essential;
		ss->level = levels[rq->skill];
		ss->credited = score_credited(m, levels, rq->skill, &ss->via);
		ss->gap = rq->level > ss->credited ? rq->level - ss->credited : 0;
		ss->is_gap = num_cmp(ss->gap, 0) > 0;
		ss->unmet = rq->essential && num_cmp(ss->credited, rq->level) < 0;
		out->nunmet += ss->unmet;
		double met = ss->credited < rq->level ? ss->credited : rq->level;
		wsum += rq->weight;
		wmet += rq->weight * met / rq->level;
		if (ss->is_gap)
			prefetch_route(cache, rq->skill, ss->credited, rq->level);
		else
			ss->route.final = ss->credited;
	}
	for (size_t i = 0; i < n; i++) { /* in requirement order, as hours add up */
		struct skill_score *ss = &out->skills[i];
		if (!ss->is_gap)
			continue;
		ss->route = cached_route(m, cache, ss->skill, ss->credited, (int)ss->required);
		out->hours += ss->route.hours;
	}
	out->readiness = n ? wmet / wsum : 1.0;
	out->months = num_ceil(out->hours / m->cfg.learning_hours_per_month);
	out->tier = score_tier(&m->cfg, out->readiness, out->nunmet, out->months);
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
