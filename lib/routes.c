/* Routes between roles: Yen's k shortest simple paths, where a path costs
 * (steps, increase) compared in that order. Each of the k rounds runs one
 * Dijkstra per node of the previous path, so the work is bounded by
 * k x depth x (moves log roles) however dense the lateral moves are. */
#include <stdlib.h>
#include <string.h>

#include "evidence.h"
#include "ladder.h"
#include "num.h"

struct graph {
	const struct model *m;
	double *inc;       /* per move: ladder_increase of it */
	bool *banned_move; /* per move */
	bool *banned_role; /* per role */
	uint32_t *steps, *prev, *heap;
	double *cost;
	bool *done;
};

/* (steps, increase, role) as a heap order */
static bool before(const struct graph *g, uint32_t a, uint32_t b)
{
	if (g->steps[a] != g->steps[b])
		return g->steps[a] < g->steps[b];
	int c = num_cmp(g->cost[a], g->cost[b]);
	return c ? c < 0 : a < b;
}

static void heap_push(struct graph *g, size_t *n, uint32_t v)
{
	size_t i = (*n)++;
	while (i > 0 && before(g, v, g->heap[(i - 1) / 2])) {
		g->heap[i] = g->heap[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	g->heap[i] = v;
}

static uint32_t heap_pop(struct graph *g, size_t *n)
{
	uint32_t top = g->heap[0], last = g->heap[--(*n)];
	size_t i = 0;
	for (;;) {
		size_t c = 2 * i + 1;
		if (c >= *n)
			break;
		if (c + 1 < *n && before(g, g->heap[c + 1], g->heap[c]))
			c++;
		if (!before(g, g->heap[c], last))
			break;
		g->heap[i] = g->heap[c];
		i = c;
	}
	if (*n)
		g->heap[i] = last;
	return top;
}

/* The best path from a to b avoiding banned roles and moves, into
 * path/npath (b last). Lazy deletion keeps the heap within the moves. */
static bool shortest(struct graph *g, uint32_t a, uint32_t b, uint32_t *path, size_t *npath)
{
	const struct model *m = g->m;
	for (uint32_t r = 0; r < m->nroles; r++)
		g->steps[r] = UINT32_MAX, g->done[r] = false;
	size_t hn = 0;
	g->steps[a] = 0;
	g->cost[a] = 0;
	g->prev[a] = NONE;
	heap_push(g, &hn, a);
	while (hn) {
		uint32_t u = heap_pop(g, &hn);
		if (g->done[u])
			continue;
		g->done[u] = true;
		if (u == b)
			break;
		const struct role *r = &m->roles[u];
		for (uint32_t i = 0; i < r->next_n; i++) {
			size_t mi = r->next_off + i;
			uint32_t v = m->moves[mi].role;
			if (g->banned_move[mi] || g->banned_role[v] || g->done[v])
				continue;
			uint32_t st = g->steps[u] + 1;
			double c = g->cost[u] + g->inc[mi];
			if (st < g->steps[v] || (st == g->steps[v] && num_cmp(c, g->cost[v]) < 0)) {
				g->steps[v] = st, g->cost[v] = c, g->prev[v] = u;
				heap_push(g, &hn, v);
			}
		}
	}
	if (!g->done[b])
		return false;
	size_t n = 0;
	for (uint32_t v = b; v != NONE; v = g->prev[v])
		path[n++] = v;
	for (size_t i = 0; i < n / 2; i++) {
		uint32_t t = path[i];
		path[i] = path[n - 1 - i];
		path[n - 1 - i] = t;
	}
	*npath = n;
	return true;
}

static size_t move_index(const struct model *m, uint32_t from, uint32_t to)
{
	const struct role *r = &m->roles[from];
	for (uint32_t i = 0; i < r->next_n; i++)
		if (m->moves[r->next_off + i].role == to)
			return r->next_off + i;
	return (size_t)-1;
}

static double path_increase(const struct graph *g, const uint32_t *p, size_t n)
{
	double sum = 0;
	for (size_t i = 0; i + 1 < n; i++)
		sum += g->inc[move_index(g->m, p[i], p[i + 1])];
	return sum;
}

static int route_cmp(const struct ladder_route *a, const struct ladder_route *b)
{
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	int c = num_cmp(a->increase, b->increase);
	if (c)
		return c;
	for (size_t i = 0; i < a->n; i++)
		if (a->roles[i] != b->roles[i])
			return a->roles[i] < b->roles[i] ? -1 : 1;
	return 0;
}

static bool same_path(const struct ladder_route *r, const uint32_t *p, size_t n)
{
	return r->n == n && memcmp(r->roles, p, n * sizeof *p) == 0;
}

static bool add_route(struct ladder_route **v, size_t *n, size_t *cap, const uint32_t *p, size_t np, double inc)
{
	for (size_t i = 0; i < *n; i++)
		if (same_path(&(*v)[i], p, np))
			return true;
	uint32_t *copy = malloc(np * sizeof *copy);
	if (!copy || !VEC_PUSH(*v, *n, *cap)) {
		free(copy);
		return false;
	}
	memcpy(copy, p, np * sizeof *p);
	(*v)[(*n)++] = (struct ladder_route){copy, np, inc};
	return true;
}

static void graph_free(struct graph *g)
{
	free(g->inc), free(g->banned_move), free(g->banned_role);
	free(g->steps), free(g->prev), free(g->heap), free(g->cost), free(g->done);
}

static bool graph_init(struct graph *g, const struct model *m)
{
	size_t nr = m->nroles ? m->nroles : 1, nm = m->nmoves ? m->nmoves : 1;
	*g = (struct graph){m, malloc(nm * sizeof(double)), calloc(nm, 1), calloc(nr, 1), malloc(nr * sizeof(uint32_t)),
			    malloc(nr * sizeof(uint32_t)), malloc((nm + 1) * sizeof(uint32_t)), malloc(nr * sizeof(double)),
			    malloc(nr)};
	if (!g->inc || !g->banned_move || !g->banned_role || !g->steps || !g->prev || !g->heap || !g->cost || !g->done)
		return false;
	for (uint32_t r = 0; r < m->nroles; r++)
		for (uint32_t i = 0; i < m->roles[r].next_n; i++) {
			size_t mi = m->roles[r].next_off + i;
			g->inc[mi] = ladder_increase(m, r, m->moves[mi].role);
		}
	return true;
}

/* One round of Yen: every deviation from the last accepted path. */
static bool spur_round(struct graph *g, const struct ladder_route *A, size_t na, uint32_t b, int depth,
		       struct ladder_route **B, size_t *nb, size_t *bcap, uint32_t *buf)
{
	const struct model *m = g->m;
	const struct ladder_route *last = &A[na - 1];
	for (size_t i = 0; i + 1 < last->n; i++) {
		memset(g->banned_move, 0, m->nmoves ? m->nmoves : 1);
		memset(g->banned_role, 0, m->nroles);
		for (size_t k = 0; k < na; k++)
			if (A[k].n > i + 1 && memcmp(A[k].roles, last->roles, (i + 1) * sizeof *buf) == 0)
				g->banned_move[move_index(m, A[k].roles[i], A[k].roles[i + 1])] = true;
		for (size_t k = 0; k < i; k++)
			g->banned_role[last->roles[k]] = true;
		size_t ns;
		if (!shortest(g, last->roles[i], b, buf + i, &ns))
			continue;
		memcpy(buf, last->roles, i * sizeof *buf);
		size_t total = i + ns;
		if ((int)total - 1 > depth)
			continue;
		bool known = false;
		for (size_t k = 0; k < na && !known; k++)
			known = same_path(&A[k], buf, total);
		if (!known && !add_route(B, nb, bcap, buf, total, path_increase(g, buf, total)))
			return false;
	}
	return true;
}

int ladder_routes(const struct model *m, uint32_t a, uint32_t b, int depth, size_t limit,
		  struct ladder_route **out, size_t *n)
{
	struct graph g;
	struct ladder_route *A = NULL, *B = NULL;
	size_t na = 0, acap = 0, nb = 0, bcap = 0, np;
	uint32_t *buf = malloc(((size_t)m->nroles + 1) * sizeof *buf);
	int rc = -1;
	*out = NULL;
	*n = 0;
	if (!buf || !graph_init(&g, m))
		goto done;
	rc = 0;
	if (!limit || a == b || !shortest(&g, a, b, buf, &np) || (int)np - 1 > depth)
		goto done;
	if (!add_route(&A, &na, &acap, buf, np, path_increase(&g, buf, np))) {
		rc = -1;
		goto done;
	}
	/* past the limit, routes that tie the limit-th still come in, so that
	 * the ids, not the order Yen met them in, decide which are shown */
	for (;;) {
		if (!spur_round(&g, A, na, b, depth, &B, &nb, &bcap, buf)) {
			rc = -1;
			break;
		}
		if (!nb)
			break;
		size_t best = 0;
		for (size_t k = 1; k < nb; k++)
			if (route_cmp(&B[k], &B[best]) < 0)
				best = k;
		if (na >= limit && !(B[best].n == A[limit - 1].n && num_cmp(B[best].increase, A[limit - 1].increase) == 0))
			break;
		if (!VEC_PUSH(A, na, acap)) {
			rc = -1;
			break;
		}
		A[na++] = B[best];
		B[best] = B[--nb];
	}
done:
	ladder_routes_free(B, nb);
	/* Yen finds them by cost; equal costs may come in any order: the ids decide */
	for (size_t i = 1; rc == 0 && i < na; i++)
		for (size_t j = i; j > 0 && route_cmp(&A[j], &A[j - 1]) < 0; j--) {
			struct ladder_route t = A[j];
			A[j] = A[j - 1];
			A[j - 1] = t;
		}
	if (rc == 0) {
		for (size_t i = limit; i < na; i++)
			free(A[i].roles);
		*out = A;
		*n = na < limit ? na : limit;
	} else {
		ladder_routes_free(A, na);
	}
	if (buf)
		graph_free(&g);
	free(buf);
	return rc;
}

void ladder_routes_free(struct ladder_route *r, size_t n)
{
	for (size_t i = 0; r && i < n; i++)
		free(r[i].roles);
	free(r);
}

/* ---- scenarios ----------------------------------------------------------- */

int ladder_scenario(const struct model *m, uint32_t e, int32_t as_of, const struct ladder_route *route,
		    struct scenario *out)
{
	memset(out, 0, sizeof *out);
	out->route = *route;
	size_t nsteps = route->n ? route->n - 1 : 0;
	double *levels = malloc((m->nskills ? m->nskills : 1) * sizeof *levels);
	out->steps = calloc(nsteps ? nsteps : 1, sizeof *out->steps);
	if (!levels || !out->steps) {
		free(levels);
		scenario_free(out);
		return -1;
	}
	evidence_all(m, e, as_of, levels, NULL);
	for (size_t i = 0; i < nsteps; i++) {
		uint32_t r = route->roles[i + 1];
		struct scenario_step *st = &out->steps[i];
		st->role = r;
		if (score_reqs(m, levels, role_reqs(m, r), m->roles[r].req_n, &st->score) < 0) {
			free(levels);
			scenario_free(out);
			return -1;
		}
		out->hours += st->score.hours;
		/* having made the step, its requirements are held */
		const struct requirement *rq = role_reqs(m, r);
		for (size_t k = 0; k < m->roles[r].req_n; k++)
			if (levels[rq[k].skill] < rq[k].level)
				levels[rq[k].skill] = rq[k].level;
	}
	out->months = num_ceil(out->hours / m->cfg.learning_hours_per_month);
	free(levels);
	return 0;
}

void scenario_free(struct scenario *s)
{
	if (!s)
		return;
	for (size_t i = 0; s->steps && s->route.n && i < s->route.n - 1; i++)
		score_free(&s->steps[i].score);
	free(s->steps);
	s->steps = NULL;
}
