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
		memset(c->set, 0, sizeof c->set);
		c->gen = 1;
	}
}

/* The sets, from the first that starts a cache line. */
static struct route_set *route_sets(const struct route_cache *c)
{
	uintptr_t at = ((uintptr_t)c->set + 63) & ~(uintptr_t)63;
	return (struct route_set *)at;
}

size_t route_cache_held(const struct route_cache *c)
{
	const struct route_set *set = route_sets(c);
	size_t n = 0;
	for (size_t i = 0; c->gen && i < ROUTE_CACHE_SETS; i++)
		for (size_t w = 0; w < ROUTE_CACHE_WAYS; w++)
			n += set[i].key[w].gen == c->gen;
	return n;
}

/* Routes depend only on (skill, credited level, required level): people
 * share most of them, so the cache keeps them across people too. Keys
 * that do not fit (a skill past 2^24, a level past 255) are not cached. */
static bool route_key_of(uint32_t s, double credited, int L, struct route_key *k, size_t *set)
{
	if (s >= 1u << 24 || L < 0 || L > 255)
		return false;
	memcpy(&k->credited, &credited, sizeof k->credited);
	k->what = s << 8 | (uint32_t)L;
	uint64_t h = (k->credited ^ (k->credited >> 29) ^ ((uint64_t)s << 8) ^ (uint64_t)L) * 0x9E3779B97F4A7C15ull;
	*set = (size_t)(h >> 50) % ROUTE_CACHE_SETS;
	return true;
}

/* The cache is megabytes: a person's gaps ask the CPU for their sets all
 * at once, before the first is read, instead of missing them one by one. */
static void prefetch_route(const struct route_cache *c, uint32_t s, double credited, int L)
{
	struct route_key k;
	size_t set;
	if (c && route_key_of(s, credited, L, &k, &set)) {
		__builtin_prefetch(&route_sets(c)[set]);
		const char *r = (const char *)&c->route[set * ROUTE_CACHE_WAYS];
		for (size_t b = 0; b < ROUTE_CACHE_WAYS * sizeof *c->route; b += 64)
			__builtin_prefetch(r + b);
	}
}

static struct route cached_route(const struct model *m, struct route_cache *c, uint32_t s, double credited, int L)
{
	struct route_key k;
	size_t set;
	if (!c || !route_key_of(s, credited, L, &k, &set))
		return learn_route(m, s, credited, L);
	if (!c->gen)
		c->gen = 1; /* zeroed keys (gen 0) are empty, not routes of skill 0 */
	k.gen = c->gen;
	struct route_key *key = route_sets(c)[set].key;
	size_t w = 0;
	for (; w < ROUTE_CACHE_WAYS && key[w].gen == c->gen; w++)
		if (key[w].what == k.what && key[w].credited == k.credited)
			return c->route[set * ROUTE_CACHE_WAYS + w];
	/* a full set: the newest route takes a way of it in turn (credited
	 * levels are means, so keys never stop coming) */
	if (w == ROUTE_CACHE_WAYS)
		w = c->evict++ % ROUTE_CACHE_WAYS;
	key[w] = k;
	return c->route[set * ROUTE_CACHE_WAYS + w] = learn_route(m, s, credited, L);
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
