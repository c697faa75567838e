#include "ladder.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"

/* ---- what a move asks --------------------------------------------------- */

const char *delta_kind_name(enum delta_kind k)
{
	static const char *const names[] = {"new", "raised", "lowered", "dropped", "weight", "essential"};
	return names[k];
}

static bool push_item(struct delta *d, size_t *cap, struct delta_item it)
{
	if (!VEC_PUSH(d->v, d->n, *cap))
		return false;
	d->v[d->n++] = it;
	return true;
}

/* Requirements are in skill order: one merge walk compares them. */
int ladder_delta(const struct model *m, uint32_t a, uint32_t b, struct delta *out)
{
	memset(out, 0, sizeof *out);
	const struct requirement *ra = role_reqs(m, a), *rb = role_reqs(m, b);
	size_t na = m->roles[a].req_n, nb = m->roles[b].req_n, i = 0, j = 0, cap = 0;
	bool ok = true;
	while (ok && (i < na || j < nb)) {
		if (j == nb || (i < na && ra[i].skill < rb[j].skill)) {
			ok = push_item(out, &cap, (struct delta_item){ra[i].skill, DELTA_DROPPED, ra[i].level, 0});
			i++;
			continue;
		}
		if (i == na || rb[j].skill < ra[i].skill) {
			/* a new requirement with its weight and essential flag, when not the defaults */
			const struct requirement *y = &rb[j++];
			ok = push_item(out, &cap, (struct delta_item){y->skill, DELTA_NEW, 0, y->level});
			if (ok && num_cmp(y->weight, 1))
				ok = push_item(out, &cap, (struct delta_item){y->skill, DELTA_WEIGHT, 1, y->weight});
			if (ok && y->essential)
				ok = push_item(out, &cap, (struct delta_item){y->skill, DELTA_ESSENTIAL, 0, 1});
			continue;
		}
		const struct requirement *x = &ra[i++], *y = &rb[j++];
		if (x->level != y->level)
			ok &= push_item(out, &cap,
					(struct delta_item){y->skill, y->level > x->level ? DELTA_RAISED : DELTA_LOWERED, x->level,
							    y->level});
		if (num_cmp(x->weight, y->weight))
			ok &= push_item(out, &cap, (struct delta_item){y->skill, DELTA_WEIGHT, x->weight, y->weight});
		if (x->essential != y->essential)
			ok &= push_item(out, &cap, (struct delta_item){y->skill, DELTA_ESSENTIAL, x->essential, y->essential});
	}
	out->increase = ladder_increase(m, a, b);
	if (!ok) {
		delta_free(out);
		return -1;
	}
	return 0;
}

void delta_free(struct delta *d)
{
	if (!d)
		return;
	free(d->v);
	d->v = NULL;
	d->n = 0;
}

double ladder_increase(const struct model *m, uint32_t a, uint32_t b)
{
	const struct requirement *ra = role_reqs(m, a), *rb = role_reqs(m, b);
	size_t na = m->roles[a].req_n, nb = m->roles[b].req_n, i = 0;
	double sum = 0;
	for (size_t j = 0; j < nb; j++) {
		while (i < na && ra[i].skill < rb[j].skill)
			i++;
		int had = i < na && ra[i].skill == rb[j].skill ? ra[i].level : 0;
		if (rb[j].level > had)
			sum += rb[j].weight * (rb[j].level - had);
	}
	return sum;
}

double ladder_similarity(const struct model *m, uint32_t a, uint32_t b)
{
	const struct requirement *ra = role_reqs(m, a), *rb = role_reqs(m, b);
	size_t na = m->roles[a].req_n, nb = m->roles[b].req_n, i = 0, j = 0;
	double lo = 0, hi = 0;
	while (i < na || j < nb) {
		double va = 0, vb = 0;
		if (j == nb || (i < na && ra[i].skill < rb[j].skill))
			va = ra[i].weight * ra[i].level, i++;
		else if (i == na || rb[j].skill < ra[i].skill)
			vb = rb[j].weight * rb[j].level, j++;
		else
			va = ra[i].weight * ra[i].level, vb = rb[j].weight * rb[j].level, i++, j++;
		lo += va < vb ? va : vb;
		hi += va > vb ? va : vb;
	}
	return hi > 0 ? lo / hi : 0;
}

double ladder_total(const struct model *m, uint32_t r)
{
	const struct requirement *rq = role_reqs(m, r);
	double sum = 0;
	for (size_t i = 0; i < m->roles[r].req_n; i++)
		sum += rq[i].weight * rq[i].level;
	return sum;
}

/* ---- the tree ------------------------------------------------------------ */

/* The fewest moves from root to each role (INT_MAX beyond depth). */
static int min_depths(const struct model *m, uint32_t root, int depth, int *d)
{
	uint32_t *queue = malloc((m->nroles ? m->nroles : 1) * sizeof *queue);
	if (!queue)
		return -1;
	for (uint32_t r = 0; r < m->nroles; r++)
		d[r] = INT_MAX;
	size_t head = 0, tail = 0;
	d[root] = 0;
	queue[tail++] = root;
	while (head < tail) {
		uint32_t u = queue[head++];
		if (d[u] >= depth)
			continue;
		const struct role *r = &m->roles[u];
		for (uint32_t i = 0; i < r->next_n; i++) {
			uint32_t v = m->moves[r->next_off + i].role;
			if (d[v] == INT_MAX) {
				d[v] = d[u] + 1;
				queue[tail++] = v;
			}
		}
	}
	free(queue);
	return 0;
}

struct frame {
	uint32_t node;
	uint32_t next; /* index of the next move to follow */
};

int ladder_tree(const struct model *m, uint32_t root, int depth, struct tree_node **out, size_t *n)
{
	size_t cap = 0, ns = 0, scap = 0;
	struct tree_node *v = NULL;
	struct frame *stack = NULL;
	bool *expanded = calloc(m->nroles ? m->nroles : 1, 1), *on_path = calloc(m->nroles ? m->nroles : 1, 1);
	int *mindepth = malloc((m->nroles ? m->nroles : 1) * sizeof *mindepth);
	*out = NULL;
	*n = 0;
	if (!expanded || !on_path || !mindepth || min_depths(m, root, depth, mindepth) < 0 || !VEC_PUSH(v, *n, cap) ||
	    !VEC_PUSH(stack, ns, scap))
		goto fail;
	v[(*n)++] = (struct tree_node){root, NONE, MOVE_PROMOTION, 0, NODE_EXPANDED};
	stack[ns++] = (struct frame){0, 0};
	expanded[root] = on_path[root] = true;
	if (depth <= 0 || !m->roles[root].next_n)
		v[0].state = NODE_LEAF;
	while (ns > 0) {
		struct frame *f = &stack[ns - 1];
		const struct tree_node *parent = &v[f->node];
		const struct role *r = &m->roles[parent->role];
		if (parent->state != NODE_EXPANDED || f->next >= r->next_n) {
			on_path[parent->role] = false;
			ns--;
			continue;
		}
		const struct move *mv = &m->moves[r->next_off + f->next++];
		struct tree_node child = {mv->role, f->node, mv->type, parent->depth + 1, NODE_EXPANDED};
		/* each role's moves are shown once, where it is nearest the root */
		if (on_path[mv->role])
			child.state = NODE_CYCLE;
		else if (expanded[mv->role] || child.depth > mindepth[mv->role])
			child.state = NODE_SEEN;
		else if (child.depth >= depth || !m->roles[mv->role].next_n)
			child.state = NODE_LEAF;
		if (!VEC_PUSH(v, *n, cap))
			goto fail;
		v[(*n)++] = child;
		if (child.state == NODE_EXPANDED) {
			expanded[mv->role] = on_path[mv->role] = true;
			if (!VEC_PUSH(stack, ns, scap))
				goto fail;
			stack[ns++] = (struct frame){(uint32_t)(*n - 1), 0};
		} else if (child.state == NODE_LEAF) {
			expanded[mv->role] = true;
		}
	}
	free(stack);
	free(expanded);
	free(on_path);
	free(mindepth);
	*out = v;
	return 0;
fail:
	free(v);
	free(stack);
	free(expanded);
	free(on_path);
	free(mindepth);
	*n = 0;
	return -1;
}

/* ---- suggestions --------------------------------------------------------- */

static int cmp_suggestion(const void *pa, const void *pb)
{
	const struct suggestion *a = pa, *b = pb;
	int c = num_cmp(b->similarity, a->similarity);
	return c ? c : (a->role < b->role ? -1 : a->role > b->role);
}

int ladder_suggest(const struct model *m, uint32_t r, size_t limit, struct suggestion **out, size_t *n)
{
	*n = 0;
	*out = malloc((m->nroles ? m->nroles : 1) * sizeof **out);
	if (!*out)
		return -1;
	const struct role *from = &m->roles[r];
	for (uint32_t k = 0; k < m->nroles; k++) {
		bool listed = k == r;
		for (uint32_t i = 0; i < from->next_n && !listed; i++)
			listed = m->moves[from->next_off + i].role == k;
		double sim = listed ? 0 : ladder_similarity(m, r, k);
		if (num_cmp(sim, 0) > 0)
			(*out)[(*n)++] = (struct suggestion){k, sim};
	}
	qsort(*out, *n, sizeof **out, cmp_suggestion);
	if (limit && *n > limit)
		*n = limit;
	return 0;
}

/* ---- checks --------------------------------------------------------------- */

static bool asks_more(const struct model *m, uint32_t a, uint32_t b)
{
	struct delta dl;
	if (ladder_delta(m, a, b, &dl) < 0)
		return true; /* no memory: no warning rather than a wrong one */
	bool more = false;
	for (size_t i = 0; i < dl.n && !more; i++)
		more = dl.v[i].kind == DELTA_NEW || dl.v[i].kind == DELTA_RAISED ||
		       (dl.v[i].kind == DELTA_WEIGHT && dl.v[i].to > dl.v[i].from) ||
		       (dl.v[i].kind == DELTA_ESSENTIAL && dl.v[i].to > 0);
	delta_free(&dl);
	return more;
}

void ladder_check(const struct model *m, struct diag_list *d)
{
	if (!m->nroles)
		return;
	/* entry level: the lowest level of each family */
	bool *seen = calloc(m->nroles, 1);
	uint32_t *queue = malloc(m->nroles * sizeof *queue);
	if (!seen || !queue) {
		free(seen);
		free(queue);
		return;
	}
	size_t head = 0, tail = 0;
	struct idmap fam = {0}; /* family -> its lowest level, one pass */
	int *lowest = malloc(m->nroles * sizeof *lowest);
	for (uint32_t r = 0; lowest && r < m->nroles; r++) {
		const char *f = m->roles[r].family;
		uint32_t k = idmap_put(&fam, f, strlen(f), r);
		if (k == NONE - 1)
			break;
		lowest[k] = k == r || m->roles[r].level < lowest[k] ? m->roles[r].level : lowest[k];
	}
	for (uint32_t r = 0; lowest && r < m->nroles; r++) {
		const char *f = m->roles[r].family;
		uint32_t k = idmap_get(&fam, f, strlen(f));
		if (k != NONE && m->roles[r].level == lowest[k]) {
			seen[r] = true;
			queue[tail++] = r;
		}
	}
	free(lowest);
	idmap_free(&fam);
	while (head < tail) {
		const struct role *r = &m->roles[queue[head++]];
		for (uint32_t i = 0; i < r->next_n; i++) {
			uint32_t t = m->moves[r->next_off + i].role;
			if (!seen[t]) {
				seen[t] = true;
				queue[tail++] = t;
			}
		}
	}
	/* an architecture that writes down no moves at all has no paths to check */
	for (uint32_t r = 0; m->nmoves && r < m->nroles; r++)
		if (!seen[r])
			diag_add(d, DIAG_WARNING, m->roles[r].file, 0, 0,
				 "role '%s' cannot be reached from any entry-level role (no `next` path leads to it)",
				 m->roles[r].id);
	for (uint32_t r = 0; r < m->nroles; r++) {
		const struct role *from = &m->roles[r];
		for (uint32_t i = 0; i < from->next_n; i++) {
			const struct move *mv = &m->moves[from->next_off + i];
			/* a promotion that asks for nothing new, higher, weightier or
			 * essential asks less: a management step may drop technical
			 * skills, but must add something */
			if (mv->type != MOVE_PROMOTION || asks_more(m, r, mv->role))
				continue;
			diag_add(d, DIAG_WARNING, from->file, mv->line, mv->col,
				 "promotion to '%s' asks nothing that '%s' does not (no skill new, raised, weightier or essential)",
				 m->roles[mv->role].id, from->id);
		}
	}
	free(seen);
	free(queue);
}
