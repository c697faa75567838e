/* Requirement maps, shared by roles and opportunities: the short form
 * `sql: 3`, the long form `{level, weight, essential}`, and overriding a
 * resolved set field by field (extends, and an opportunity's `skills`). */
#include <stdlib.h>
#include <string.h>

#include "load.h"

static int cmp_entry(const void *a, const void *b)
{
	uint32_t x = ((const struct req_entry *)a)->skill, y = ((const struct req_entry *)b)->skill;
	return x < y ? -1 : x > y;
}

static bool parse_entry(struct model *m, struct yctx *y, const struct ynode *v, struct req_entry *e)
{
	long long lv;
	int top = m->scale_max ? m->scale_max : LEVEL_MAX;
	if (v && v->type == YN_SCALAR) {
		if (!yint(y, v, "required level", 0, top, &lv))
			return false;
		e->has_level = true;
		e->level = (int)lv;
		return true;
	}
	struct yfield f[] = {{"level", NULL}, {"weight", NULL}, {"essential", NULL}};
	if (!yfields(y, v, f, 3, "a requirement"))
		return false;
	bool ok = true;
	if (f[0].val) {
		ok &= yint(y, f[0].val, "level", 0, top, &lv);
		e->has_level = true;
		e->level = (int)lv;
	}
	if (f[1].val) {
		ok &= ynum_pos(y, f[1].val, "weight", &e->weight);
		e->has_weight = true;
	}
	if (f[2].val) {
		ok &= ybool(y, f[2].val, "essential", &e->essential);
		e->has_essential = true;
	}
	return ok;
}

int reqs_parse(struct model *m, struct yctx *y, const struct ynode *n, struct req_entry **out, size_t *nout)
{
	*out = NULL;
	*nout = 0;
	if (!n || ynode_is_null(n))
		return 0;
	if (!yexpect(y, n, YN_MAP, "skills"))
		return -1;
	size_t len = ynode_map_len(n);
	struct req_entry *e = calloc(len ? len : 1, sizeof *e);
	if (!e)
		return -1;
	size_t k = 0;
	for (size_t i = 0; i < len; i++) {
		uint32_t s = load_skill_ref(m, y, ynode_key(n, i), "required skill");
		struct req_entry *r = &e[k];
		memset(r, 0, sizeof *r);
		r->skill = s;
		r->weight = 1;
		r->at = ynode_key(n, i);
		if (!parse_entry(m, y, ynode_val(n, i), r) || s == NONE)
			continue;
		const struct req_entry *first = NULL;
		for (size_t j = 0; j < k && !first; j++)
			if (e[j].skill == s)
				first = &e[j];
		if (first) { /* the same key twice was reported by the parser */
			if (first->at->len != r->at->len || memcmp(first->at->text, r->at->text, r->at->len) != 0)
				yerr(y, r->at, "skill '%s' is required twice (as '%s' and '%s')", m->skills[s].id, first->at->text,
				     r->at->text);
			continue;
		}
		k++;
	}
	qsort(e, k, sizeof *e, cmp_entry);
	*out = e;
	*nout = k;
	return 0;
}

static bool push_req(struct model *m, struct requirement r)
{
	if (!VEC_PUSH(m->reqs, m->nreqs, m->reqs_cap))
		return false;
	m->reqs[m->nreqs++] = r;
	return true;
}

int reqs_apply(struct model *m, struct yctx *y, const struct requirement *base_in, size_t nbase,
	       const struct req_entry *e, size_t ne, uint32_t *off, uint32_t *n)
{
	/* base may live in m->reqs, which grows below */
	struct requirement *base = malloc((nbase ? nbase : 1) * sizeof *base);
	if (!base)
		return -1;
	if (nbase)
		memcpy(base, base_in, nbase * sizeof *base);
	size_t start = m->nreqs, i = 0, j = 0;
	bool ok = true;
	while (ok && (i < nbase || j < ne)) {
		if (j == ne || (i < nbase && base[i].skill < e[j].skill)) {
			ok = push_req(m, base[i++]);
			continue;
		}
		const struct req_entry *x = &e[j++];
		struct requirement r = {x->skill, 0, false, 1};
		bool inherited = i < nbase && base[i].skill == x->skill;
		if (inherited)
			r = base[i++];
		else if (!x->has_level) {
			yerr(y, x->at, "requirement '%s' has no level", m->skills[x->skill].id);
			continue;
		}
		if (x->has_level)
			r.level = (uint8_t)x->level;
		if (x->has_weight)
			r.weight = x->weight;
		if (x->has_essential)
			r.essential = x->essential;
		if (r.level == 0)
			continue; /* level 0 drops the requirement */
		ok = push_req(m, r);
	}
	free(base);
	if (!ok)
		return -1;
	*off = (uint32_t)start;
	*n = (uint32_t)(m->nreqs - start);
	return 0;
}
