#include "match.h"

#include <stdlib.h>
#include <string.h>

#include "evidence.h"
#include "num.h"

/* ---- the person ---------------------------------------------------------- */

int person_state_init(const struct model *m, uint32_t e, int32_t as_of, struct person_state *ps)
{
	memset(ps, 0, sizeof *ps);
	size_t ns = m->nskills ? m->nskills : 1;
	ps->levels = malloc(ns * sizeof *ps->levels);
	ps->g_weight = calloc(ns, sizeof *ps->g_weight);
	ps->g_gap = calloc(ns, sizeof *ps->g_gap);
	if (!ps->levels || !ps->g_weight || !ps->g_gap || person_state_set(m, e, as_of, NULL, ps) < 0) {
		person_state_free(ps);
		return -1;
	}
	return 0;
}

int person_state_set(const struct model *m, uint32_t e, int32_t as_of, struct route_cache *routes,
		     struct person_state *ps)
{
	for (size_t i = 0; i < ps->target_score.n; i++) { /* the gaps of the one before */
		ps->g_weight[ps->target_score.skills[i].skill] = 0;
		ps->g_gap[ps->target_score.skills[i].skill] = 0;
	}
	score_free(&ps->target_score);
	memset(&ps->target_score, 0, sizeof ps->target_score);
	ps->g_total = 0;
	ps->employee = e;
	evidence_all(m, e, as_of, ps->levels, NULL);
	ps->target = score_target(m, e);
	if (ps->target == NONE)
		return 0;
	if (score_reqs_cached(m, ps->levels, role_reqs(m, ps->target), m->roles[ps->target].req_n, routes,
			      &ps->target_score) < 0)
		return -1;
	for (size_t i = 0; i < ps->target_score.n; i++) { /* skill order: the sum runs as 2.0 says */
		const struct skill_score *ss = &ps->target_score.skills[i];
		if (!ss->is_gap)
			continue;
		ps->g_weight[ss->skill] = ss->weight;
		ps->g_gap[ss->skill] = ss->gap;
		ps->g_total += ss->weight * ss->gap;
	}
	return 0;
}

void person_state_free(struct person_state *ps)
{
	if (!ps)
		return;
	free(ps->levels);
	free(ps->g_weight);
	free(ps->g_gap);
	score_free(&ps->target_score);
	ps->levels = ps->g_weight = ps->g_gap = NULL;
}

/* ---- 2.7 ------------------------------------------------------------------ */

double match_growth(const struct model *m, const struct person_state *ps, const struct requirement *reqs, size_t n)
{
	if (num_cmp(ps->g_total, 0) <= 0)
		return 0;
	/* only skills of G count, and L_o is 0 where o does not require them:
	 * walking o's requirements visits exactly the terms that can be > 0 */
	double sum = 0;
	for (size_t i = 0; i < n; i++) {
		uint32_t s = reqs[i].skill;
		if (ps->g_gap[s] <= 0)
			continue;
		uint32_t via;
		double c = score_credited(m, ps->levels, s, &via);
		double practise = reqs[i].level > c ? reqs[i].level - c : 0;
		sum += ps->g_weight[s] * (practise < ps->g_gap[s] ? practise : ps->g_gap[s]);
	}
	return sum / ps->g_total;
}

bool match_eligible(const struct model *m, const struct person_state *ps, const struct requirement *reqs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (!reqs[i].essential)
			continue;
		uint32_t via;
		double c = score_credited(m, ps->levels, reqs[i].skill, &via);
		if (num_cmp(reqs[i].level - c, 1) > 0)
			return false;
	}
	return true;
}

/* The requirement contributing most to readiness, and the one with the
 * largest weighted gap; ties to the smaller skill id (skill order). */
static void helps_and_holds(const struct score *s, uint32_t *helps, uint32_t *holds)
{
	double best_help = 0, best_hold = 0;
	*helps = *holds = NONE;
	for (size_t i = 0; i < s->n; i++) {
		const struct skill_score *ss = &s->skills[i];
		double met = ss->credited < ss->required ? ss->credited : ss->required;
		double help = ss->weight * met / ss->required, hold = ss->weight * ss->gap;
		if (num_cmp(help, best_help) > 0)
			best_help = help, *helps = ss->skill;
		if (ss->is_gap && num_cmp(hold, best_hold) > 0)
			best_hold = hold, *holds = ss->skill;
	}
}

static bool person_aspires(const struct model *m, uint32_t e, uint32_t role)
{
	const struct person *p = &m->people[e];
	for (uint32_t i = 0; i < p->asp_n; i++)
		if (m->aspirations[p->asp_off + i] == role)
			return true;
	return false;
}

static int cmp_jobs(const struct opp_match *a, const struct opp_match *b)
{
	if (a->score.tier != b->score.tier)
		return a->score.tier < b->score.tier ? -1 : 1;
	int c = num_cmp(b->value, a->value);
	return c ? c : (a->opp < b->opp ? -1 : a->opp > b->opp);
}

static int cmp_dev(const struct opp_match *a, const struct opp_match *b)
{
	int c = num_cmp(b->growth, a->growth);
	if (c)
		return c;
	c = num_cmp(b->score.readiness, a->score.readiness);
	return c ? c : (a->opp < b->opp ? -1 : a->opp > b->opp);
}

static void sort_matches(struct opp_match *v, size_t n, int (*cmp)(const struct opp_match *, const struct opp_match *))
{
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && cmp(&v[j], &v[j - 1]) < 0; j--) {
			struct opp_match t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
}

int match_person(const struct model *m, const struct person_state *ps, int32_t as_of, const bool *kinds,
		 struct match_lists *out)
{
	memset(out, 0, sizeof *out);
	const struct person *p = &m->people[ps->employee];
	int level = p->role != NONE ? m->roles[p->role].level : -1;
	size_t cj = 0, cd = 0;
	struct route_cache routes, *cache = &routes;
	route_cache_init(cache);
	for (uint32_t o = 0; o < m->nopps; o++) {
		const struct opportunity *op = &m->opps[o];
		if (!opportunity_open(op, as_of) || (kinds && !kinds[op->kind]))
			continue;
		if (op->role != NONE && (op->role == p->role ||
					 (level >= 0 && m->roles[op->role].level > level + m->cfg.max_level_jump)))
			continue;
		const struct requirement *reqs = m->reqs ? m->reqs + op->req_off : NULL;
		bool job = op->kind == OPP_JOB;
		double growth = match_growth(m, ps, reqs, op->req_n);
		if (!job && (num_cmp(growth, 0) <= 0 || !match_eligible(m, ps, reqs, op->req_n)))
			continue;
		struct opp_match om = {.opp = o, .growth = growth};
		if (score_reqs_cached(m, ps->levels, reqs, op->req_n, cache, &om.score) < 0)
			goto fail;
		om.aspired = op->role != NONE && person_aspires(m, ps->employee, op->role);
		om.value = job ? om.score.readiness + (om.aspired ? m->cfg.aspiration_bonus : 0) : growth;
		helps_and_holds(&om.score, &om.helps, &om.holds);
		struct opp_match **list = job ? &out->jobs : &out->dev;
		size_t *n = job ? &out->njobs : &out->ndev, *cap = job ? &cj : &cd;
		if (!VEC_PUSH(*list, *n, *cap)) {
			score_free(&om.score);
			goto fail;
		}
		(*list)[(*n)++] = om;
	}
	route_cache_free(cache);
	sort_matches(out->jobs, out->njobs, cmp_jobs);
	sort_matches(out->dev, out->ndev, cmp_dev);
	return 0;
fail:
	route_cache_free(cache);
	match_lists_free(out);
	return -1;
}

void match_lists_free(struct match_lists *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->njobs; i++)
		score_free(&l->jobs[i].score);
	for (size_t i = 0; i < l->ndev; i++)
		score_free(&l->dev[i].score);
	free(l->jobs);
	free(l->dev);
	memset(l, 0, sizeof *l);
}

/* ---- candidates ------------------------------------------------------------ */

static int cmp_candidate(const void *pa, const void *pb)
{
	const struct candidate *a = pa, *b = pb;
	if (a->tier != b->tier)
		return a->tier < b->tier ? -1 : 1;
	int c = num_cmp(b->readiness, a->readiness);
	if (c)
		return c;
	if (a->months != b->months)
		return a->months < b->months ? -1 : 1;
	return a->employee < b->employee ? -1 : a->employee > b->employee;
}

static bool candidate_in(const struct model *m, uint32_t e, uint32_t role, int level)
{
	const struct person *p = &m->people[e];
	if (role != NONE && p->role == role)
		return false;
	return level < 0 || (p->role != NONE && m->roles[p->role].level >= level - m->cfg.max_level_jump);
}

int match_candidates(const struct model *m, const struct requirement *reqs, size_t n, uint32_t role, int level,
		     int32_t as_of, struct candidate **out, size_t *nout)
{
	*out = NULL;
	*nout = 0;
	/* counted first so the list is allocated once: at a million people a
	 * doubling array would hold half as much again while it grows */
	size_t count = 0;
	for (uint32_t e = 0; e < m->npeople; e++)
		count += candidate_in(m, e, role, level);
	double *levels = malloc((m->nskills ? m->nskills : 1) * sizeof *levels);
	struct score s = {.skills = malloc((n ? n : 1) * sizeof *s.skills)};
	struct route_cache routes;
	route_cache_init(&routes);
	*out = malloc((count ? count : 1) * sizeof **out);
	if (!levels || !s.skills || !*out) {
		free(levels), free(s.skills), free(*out);
		*out = NULL;
		return -1;
	}
	/* every candidate is scored in the same buffer and only the ranking
	 * keys are kept: a whole score takes 136 bytes a requirement (1.8 KB
	 * a candidate for a role of 13 skills) */
	for (uint32_t e = 0; e < m->npeople; e++) {
		if (!candidate_in(m, e, role, level))
			continue;
		evidence_all(m, e, as_of, levels, NULL);
		score_reqs_into(m, levels, reqs, n, &routes, &s);
		(*out)[(*nout)++] = (struct candidate){e, s.tier, s.readiness, s.months};
	}
	free(levels), free(s.skills);
	route_cache_free(&routes);
	if (*nout > 1)
		qsort(*out, *nout, sizeof **out, cmp_candidate);
	return 0;
}

int match_candidate_score(const struct model *m, const struct requirement *reqs, size_t n, uint32_t e,
			  int32_t as_of, struct score *out)
{
	double *levels = malloc((m->nskills ? m->nskills : 1) * sizeof *levels);
	if (!levels) {
		memset(out, 0, sizeof *out);
		return -1;
	}
	evidence_all(m, e, as_of, levels, NULL);
	int rc = score_reqs(m, levels, reqs, n, out);
	free(levels);
	return rc;
}

void candidates_free(struct candidate *c)
{
	free(c);
}

/* ---- mentors ---------------------------------------------------------------- */

uint32_t *match_mentee_counts(const struct model *m)
{
	uint32_t *n = calloc(m->npeople ? m->npeople : 1, sizeof *n);
	for (uint32_t i = 0; n && i < m->nplans; i++)
		if (m->plans[i].mentor != NONE)
			n[m->plans[i].mentor]++;
	return n;
}

static int cmp_mentor(const void *pa, const void *pb)
{
	const struct mentor *a = pa, *b = pb;
	int c = num_cmp(b->value, a->value);
	return c ? c : (a->employee < b->employee ? -1 : a->employee > b->employee);
}

int match_mentors(const struct model *m, const struct person_state *ps, int32_t as_of, struct mentor **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (num_cmp(ps->g_total, 0) <= 0)
		return 0;
	uint32_t *mentees = match_mentee_counts(m);
	size_t cap = 0;
	if (!mentees)
		return -1;
	uint32_t self = ps->employee, manager = m->people[self].manager;
	const struct score *t = &ps->target_score;
	for (uint32_t e = 0; e < m->npeople; e++) {
		if (e == self || e == manager || mentees[e] >= (uint32_t)m->cfg.max_mentees)
			continue;
		struct mentor mt = {e, 0, mentees[e], NULL, 0};
		double covered = 0;
		for (size_t i = 0; i < t->n; i++) {
			const struct skill_score *ss = &t->skills[i];
			if (!ss->is_gap)
				continue;
			int need = m->cfg.mentor_min_level > ss->required ? m->cfg.mentor_min_level : ss->required;
			struct evidence ev = evidence_fold(m, e, ss->skill, as_of, NULL, NULL);
			if (num_cmp(ev.level, need) < 0)
				continue;
			covered += ss->weight * ss->gap;
			uint32_t *sk = realloc(mt.skills, (mt.nskills + 1) * sizeof *sk);
			if (!sk) {
				free(mt.skills);
				goto fail;
			}
			mt.skills = sk;
			mt.skills[mt.nskills++] = ss->skill;
		}
		mt.value = covered / ps->g_total;
		if (num_cmp(mt.value, 0) <= 0 || !VEC_PUSH(*out, *n, cap)) {
			free(mt.skills);
			if (num_cmp(mt.value, 0) > 0)
				goto fail;
			continue;
		}
		(*out)[(*n)++] = mt;
	}
	free(mentees);
	if (*n > 1)
		qsort(*out, *n, sizeof **out, cmp_mentor);
	return 0;
fail:
	free(mentees);
	mentors_free(*out, *n);
	*out = NULL;
	*n = 0;
	return -1;
}

void mentors_free(struct mentor *v, size_t n)
{
	for (size_t i = 0; v && i < n; i++)
		free(v[i].skills);
	free(v);
}
