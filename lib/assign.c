#include "assign.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* A cost: compared by value first, then by the person tie-break. */
struct cost {
	int64_t a, b;
};

static struct cost add(struct cost x, struct cost y)
{
	return (struct cost){x.a + y.a, x.b + y.b};
}

static struct cost sub(struct cost x, struct cost y)
{
	return (struct cost){x.a - y.a, x.b - y.b};
}

static int cmp(struct cost x, struct cost y)
{
	if (x.a != y.a)
		return x.a < y.a ? -1 : 1;
	return x.b < y.b ? -1 : x.b > y.b;
}

static const struct cost INF = {INT64_MAX / 4, 0};

/* Residual arcs: forward and backward of each edge side by side. */
struct arc {
	uint32_t to;
	int32_t cap;
	struct cost cost;
	uint32_t next; /* next arc out of the same node, UINT32_MAX at the end */
};

struct flow {
	struct arc *arcs;
	size_t narcs, cap;
	uint32_t *head;
	uint32_t nnodes;
	struct cost *pot, *dist;
	uint32_t *prev_arc, *heap, *pos;
	bool *done;
	uint32_t *stamp, now; /* dist, done and pos hold for nodes stamped now */
	uint32_t *touched;
	size_t ntouched;
};

static bool arc_add(struct flow *f, uint32_t u, uint32_t v, int32_t cap, struct cost c)
{
	if (f->narcs + 2 > f->cap) {
		size_t nc = f->cap ? f->cap * 2 : 1024;
		struct arc *na = realloc(f->arcs, nc * sizeof *na);
		if (!na)
			return false;
		f->arcs = na;
		f->cap = nc;
	}
	f->arcs[f->narcs] = (struct arc){v, cap, c, f->head[u]};
	f->head[u] = (uint32_t)f->narcs++;
	f->arcs[f->narcs] = (struct arc){u, 0, {-c.a, -c.b}, f->head[v]};
	f->head[v] = (uint32_t)f->narcs++;
	return true;
}

/* An indexed binary heap on dist, ties to the smaller node. */
static bool less(const struct flow *f, uint32_t x, uint32_t y)
{
	int c = cmp(f->dist[x], f->dist[y]);
	return c ? c < 0 : x < y;
}

static void sift_up(struct flow *f, size_t i)
{
	uint32_t v = f->heap[i];
	while (i > 0 && less(f, v, f->heap[(i - 1) / 2])) {
		f->heap[i] = f->heap[(i - 1) / 2];
		f->pos[f->heap[i]] = (uint32_t)i;
		i = (i - 1) / 2;
	}
	f->heap[i] = v;
	f->pos[v] = (uint32_t)i;
}

static void sift_down(struct flow *f, size_t n, size_t i)
{
	uint32_t v = f->heap[i];
	for (;;) {
		size_t c = 2 * i + 1;
		if (c >= n)
			break;
		if (c + 1 < n && less(f, f->heap[c + 1], f->heap[c]))
			c++;
		if (!less(f, f->heap[c], v))
			break;
		f->heap[i] = f->heap[c];
		f->pos[f->heap[i]] = (uint32_t)i;
		i = c;
	}
	f->heap[i] = v;
	f->pos[v] = (uint32_t)i;
}

/* Makes v part of this search: its state is reset the first time. */
static void touch(struct flow *f, uint32_t v)
{
	if (f->stamp[v] == f->now)
		return;
	f->stamp[v] = f->now;
	f->dist[v] = INF, f->done[v] = false, f->pos[v] = UINT32_MAX;
	f->touched[f->ntouched++] = v;
}

/* Dijkstra on reduced costs from s; stops once t is settled, and touches
 * only the nodes it reaches: each search is as small as its answer. The
 * potentials of settled nodes rise by dist - dist(t); the others stay,
 * which is the usual update less a constant that cancels in every reduced
 * cost. */
static bool shortest(struct flow *f, uint32_t s, uint32_t t)
{
	size_t n = 0;
	f->now++;
	f->ntouched = 0;
	touch(f, s);
	f->dist[s] = (struct cost){0, 0};
	f->heap[n++] = s;
	f->pos[s] = 0;
	while (n) {
		uint32_t u = f->heap[0];
		f->pos[u] = UINT32_MAX;
		if (--n) {
			f->heap[0] = f->heap[n];
			sift_down(f, n, 0);
		}
		f->done[u] = true;
		if (u == t)
			break;
		for (uint32_t a = f->head[u]; a != UINT32_MAX; a = f->arcs[a].next) {
			const struct arc *ar = &f->arcs[a];
			if (ar->cap <= 0)
				continue;
			touch(f, ar->to);
			if (f->done[ar->to])
				continue;
			struct cost d = add(f->dist[u], sub(add(ar->cost, f->pot[u]), f->pot[ar->to]));
			if (cmp(d, f->dist[ar->to]) < 0) {
				f->dist[ar->to] = d;
				f->prev_arc[ar->to] = a;
				if (f->pos[ar->to] == UINT32_MAX) {
					f->heap[n] = ar->to;
					f->pos[ar->to] = (uint32_t)n;
					n++;
				}
				sift_up(f, f->pos[ar->to]);
			}
		}
	}
	if (f->stamp[t] != f->now || !f->done[t])
		return false;
	for (size_t i = 0; i < f->ntouched; i++) {
		uint32_t v = f->touched[i];
		if (f->done[v])
			f->pot[v] = add(f->pot[v], sub(f->dist[v], f->dist[t]));
	}
	return true;
}

static void flow_free(struct flow *f)
{
	free(f->arcs), free(f->head), free(f->pot), free(f->dist), free(f->prev_arc), free(f->heap), free(f->pos),
		free(f->done), free(f->stamp), free(f->touched);
}

int assign_solve(const struct assign_problem *p, size_t **chosen, size_t *nchosen)
{
	/* nodes: 0 (unused), openings, people, sink */
	uint32_t sink = 1 + p->nopenings + p->npeople;
	struct flow f = {0};
	f.nnodes = sink + 1;
	f.head = malloc(f.nnodes * sizeof *f.head);
	f.pot = calloc(f.nnodes, sizeof *f.pot);
	f.dist = malloc(f.nnodes * sizeof *f.dist);
	f.prev_arc = malloc(f.nnodes * sizeof *f.prev_arc);
	f.heap = malloc(f.nnodes * sizeof *f.heap);
	f.pos = malloc(f.nnodes * sizeof *f.pos);
	f.done = malloc(f.nnodes);
	f.stamp = calloc(f.nnodes, sizeof *f.stamp);
	f.touched = malloc(f.nnodes * sizeof *f.touched);
	*chosen = NULL;
	*nchosen = 0;
	if (!f.head || !f.pot || !f.dist || !f.prev_arc || !f.heap || !f.pos || !f.done || !f.stamp || !f.touched) {
		flow_free(&f);
		return -1;
	}
	memset(f.head, 0xff, f.nnodes * sizeof *f.head);
	bool ok = true;
	size_t first_edge_arc = f.narcs; /* node 0 stays unused: searches start at each opening */
	/* maximising value means minimising -value; then smaller person indexes */
	for (size_t i = 0; ok && i < p->nedges; i++) {
		const struct assign_edge *e = &p->edges[i];
		ok = arc_add(&f, 1 + e->opening, 1 + p->nopenings + e->person, 1,
			     (struct cost){-e->value, (int64_t)e->person - (int64_t)p->npeople});
	}
	for (uint32_t q = 0; ok && q < p->npeople; q++)
		ok = arc_add(&f, 1 + p->nopenings + q, sink, 1, (struct cost){0, 0});
	/* leaving a place unfilled costs nothing: every place of every opening
	 * then has a path, and the search per place is a plain assignment step */
	for (uint32_t o = 0; ok && o < p->nopenings; o++)
		ok = arc_add(&f, 1 + o, sink, (int32_t)p->capacity[o], (struct cost){0, 0});
	/* potentials for the negative costs: the graph is layered, so the
	 * shortest distances come from one pass per layer */
	for (uint32_t v = 0; ok && v < f.nnodes; v++)
		f.pot[v] = v <= p->nopenings ? (struct cost){0, 0} : INF;
	for (size_t i = 0; ok && i < p->nedges; i++) {
		struct arc *a = &f.arcs[first_edge_arc + 2 * i];
		if (cmp(a->cost, f.pot[a->to]) < 0)
			f.pot[a->to] = a->cost;
	}
	for (uint32_t q = 0; ok && q < p->npeople; q++) {
		uint32_t v = 1 + p->nopenings + q;
		if (cmp(f.pot[v], INF) == 0)
			f.pot[v] = (struct cost){0, 0}; /* nobody can reach it: any potential will do */
		if (cmp(f.pot[v], f.pot[sink]) < 0)
			f.pot[sink] = f.pot[v];
	}
	if (ok && cmp(f.pot[sink], (struct cost){0, 0}) > 0)
		f.pot[sink] = (struct cost){0, 0}; /* the unfilled arcs cost 0 from potential 0 */
	/* place by place, opening by opening: the cheapest path from the place
	 * to the sink may take a person from an earlier place, who then moves
	 * on along the path; every step keeps the assignment so far optimal */
	for (uint32_t o = 0; ok && o < p->nopenings; o++)
		for (uint32_t k = 0; k < p->capacity[o]; k++) {
			if (!shortest(&f, 1 + o, sink))
				break;
			for (uint32_t v = sink; v != 1 + o;) {
				uint32_t a = f.prev_arc[v];
				f.arcs[a].cap--;
				f.arcs[a ^ 1].cap++;
				v = f.arcs[a ^ 1].to;
			}
		}
	size_t *out = ok ? malloc((p->nedges ? p->nedges : 1) * sizeof *out) : NULL;
	for (size_t i = 0; out && i < p->nedges; i++)
		if (f.arcs[first_edge_arc + 2 * i].cap == 0)
			out[(*nchosen)++] = i;
	flow_free(&f);
	if (!out)
		return -1;
	*chosen = out;
	return 0;
}
