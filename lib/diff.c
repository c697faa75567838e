#include "diff.h"

#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "num.h"

static const char *const what_names[] = {"skill", "role", "opportunity"};
static const char *const kind_names[] = {
	[DK_ADDED] = "added",
	[DK_REMOVED] = "removed",
	[DK_RENAMED] = "renamed",
	[DK_NAME] = "name-changed",
	[DK_CATEGORY] = "category-changed",
	[DK_TITLE] = "title-changed",
	[DK_KIND] = "kind-changed",
	[DK_FAMILY] = "family-changed",
	[DK_TRACK] = "track-changed",
	[DK_LEVEL] = "level-changed",
	[DK_CRITICAL] = "critical-changed",
	[DK_EXTENDS] = "extends-changed",
	[DK_ROLE] = "role-changed",
	[DK_STATUS] = "status-changed",
	[DK_OPENS] = "opens-changed",
	[DK_CLOSES] = "closes-changed",
	[DK_CAPACITY] = "capacity-changed",
	[DK_DEPARTMENT] = "department-changed",
	[DK_LOCATION] = "location-changed",
	[DK_ALIAS_REMOVED] = "alias-removed",
	[DK_ALIAS_ADDED] = "alias-added",
	[DK_RELATED_REMOVED] = "related-removed",
	[DK_RELATED_ADDED] = "related-added",
	[DK_RELATED_CHANGED] = "related-changed",
	[DK_REQ_REMOVED] = "requirement-removed",
	[DK_REQ_ADDED] = "requirement-added",
	[DK_REQ_RAISED] = "requirement-raised",
	[DK_REQ_LOWERED] = "requirement-lowered",
	[DK_WEIGHT] = "weight-changed",
	[DK_ESSENTIAL] = "essential-changed",
	[DK_NEXT_REMOVED] = "next-removed",
	[DK_NEXT_ADDED] = "next-added",
};

const char *diff_what_name(enum diff_what w)
{
	return what_names[w];
}

const char *diff_kind_name(enum diff_kind k)
{
	return kind_names[k];
}

/* ---- values ------------------------------------------------------------------ */

static const struct dval none = {DV_NONE, 0, 0, NULL};

static struct dval dv_int(long long i)
{
	return (struct dval){DV_INT, i, 0, NULL};
}

static struct dval dv_num(double x)
{
	return (struct dval){DV_NUM, 0, x, NULL};
}

static struct dval dv_bool(bool b)
{
	return (struct dval){DV_BOOL, b, 0, NULL};
}

static struct dval dv_str(const char *s)
{
	return s ? (struct dval){DV_STR, 0, 0, s} : none;
}

static struct dval dv_date(int32_t d)
{
	return d == DATE_NONE ? none : (struct dval){DV_DATE, d, 0, NULL};
}

static bool dv_eq(struct dval x, struct dval y)
{
	if (x.t != y.t)
		return false;
	switch (x.t) {
	case DV_NONE:
		return true;
	case DV_NUM:
		return num_cmp(x.x, y.x) == 0;
	case DV_STR:
		return strcmp(x.s, y.s) == 0;
	default:
		return x.i == y.i;
	}
}

/* ---- the work ----------------------------------------------------------------- */

struct ctx {
	const struct model *a, *b;
	struct diff *d;
	uint32_t *a2b, *b2a; /* role pairs */
	bool *touched_a, *touched_b; /* skills whose evidence or credit may differ */
	int err;
};

static void push(struct ctx *c, enum diff_what w, const char *id, enum diff_kind k, const char *subject,
		 struct dval from, struct dval to, const char *inherited)
{
	struct diff *d = c->d;
	if (!VEC_PUSH(d->v, d->n, d->cap)) {
		c->err = -1;
		return;
	}
	d->v[d->n++] = (struct diff_change){w, id, k, subject, from, to, inherited};
}

/* A field compared as a value; pushed when it differs. */
static void field(struct ctx *c, enum diff_what w, const char *id, enum diff_kind k, struct dval from, struct dval to)
{
	if (!dv_eq(from, to))
		push(c, w, id, k, NULL, from, to, NULL);
}

static const char *text_or_null(const char *s)
{
	return s && *s ? s : NULL;
}

/* An old role's id as the new version calls it (its new id when renamed). */
static const char *as_new(const struct ctx *c, uint32_t ra)
{
	if (ra == NONE)
		return NULL;
	return c->a2b[ra] != NONE ? c->b->roles[c->a2b[ra]].id : c->a->roles[ra].id;
}

/* ---- requirements --------------------------------------------------------------- */

struct reqs {
	const struct model *m;
	const struct requirement *v;
	size_t n;
};

static struct reqs role_set(const struct model *m, uint32_t r)
{
	return r == NONE ? (struct reqs){m, NULL, 0} : (struct reqs){m, role_reqs(m, r), m->roles[r].req_n};
}

static struct reqs opp_set(const struct model *m, uint32_t o)
{
	return (struct reqs){m, m->reqs ? m->reqs + m->opps[o].req_off : NULL, m->opps[o].req_n};
}

static const char *req_skill(const struct reqs *s, size_t i)
{
	return s->m->skills[s->v[i].skill].id;
}

/* The requirement for a skill (by id), or NULL; sets are in skill id order. */
static const struct requirement *req_find(const struct reqs *s, const char *skill)
{
	size_t lo = 0, hi = s->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int cmp = strcmp(req_skill(s, mid), skill);
		if (cmp == 0)
			return &s->v[mid];
		if (cmp < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static bool reqs_equal(const struct reqs *x, const struct reqs *y)
{
	if (x->n != y->n)
		return false;
	for (size_t i = 0; i < x->n; i++)
		if (strcmp(req_skill(x, i), req_skill(y, i)) != 0 || x->v[i].level != y->v[i].level ||
		    num_cmp(x->v[i].weight, y->v[i].weight) != 0 || x->v[i].essential != y->v[i].essential)
			return false;
	return true;
}

/* Does the pair of sets show this change for this skill? */
static bool has_change(const struct reqs *x, const struct reqs *y, const char *skill, enum diff_kind k, struct dval from,
		       struct dval to)
{
	const struct requirement *p = req_find(x, skill), *q = req_find(y, skill);
	switch (k) {
	case DK_REQ_ADDED:
		return !p && q && q->level == to.i;
	case DK_REQ_REMOVED:
		return p && !q && p->level == from.i;
	case DK_REQ_RAISED:
	case DK_REQ_LOWERED:
		return p && q && p->level == from.i && q->level == to.i;
	case DK_WEIGHT:
		return p && q && num_cmp(p->weight, from.x) == 0 && num_cmp(q->weight, to.x) == 0;
	case DK_ESSENTIAL:
		return p && q && p->essential == from.i && q->essential == to.i;
	default:
		return false;
	}
}

/* Where a requirement change was made: climbing from the role pair (pa,
 * pb) through `extends` while the pair shows the same change, the last
 * such role (its new id); NULL when even (pa, pb) does not show it. */
static const char *origin(const struct ctx *c, uint32_t pa, uint32_t pb, const char *skill, enum diff_kind k,
			  struct dval from, struct dval to)
{
	const char *found = NULL;
	for (uint32_t steps = 0; pa != NONE && pb != NONE && c->a2b[pa] == pb && steps <= c->b->nroles; steps++) {
		struct reqs x = role_set(c->a, pa), y = role_set(c->b, pb);
		if (!has_change(&x, &y, skill, k, from, to))
			break;
		found = c->b->roles[pb].id;
		pa = c->a->roles[pa].extends;
		pb = c->b->roles[pb].extends;
	}
	return found;
}

struct req_ch {
	enum diff_kind k;
	struct dval from, to;
};

/* The changes from requirement set x to y, each with its origin looked for
 * from the parent pair (pa, pb). */
static void diff_reqs(struct ctx *c, enum diff_what w, const char *id, const struct reqs *x, const struct reqs *y,
		      uint32_t pa, uint32_t pb)
{
	size_t i = 0, j = 0;
	while (i < x->n || j < y->n) {
		int cmp = i == x->n ? 1 : j == y->n ? -1 : strcmp(req_skill(x, i), req_skill(y, j));
		struct req_ch ch[3];
		size_t nch = 0;
		const char *skill = cmp <= 0 ? req_skill(x, i) : req_skill(y, j);
		if (cmp < 0) {
			ch[nch++] = (struct req_ch){DK_REQ_REMOVED, dv_int(x->v[i].level), none};
		} else if (cmp > 0) {
			ch[nch++] = (struct req_ch){DK_REQ_ADDED, none, dv_int(y->v[j].level)};
		} else {
			const struct requirement *p = &x->v[i], *q = &y->v[j];
			if (p->level != q->level)
				ch[nch++] = (struct req_ch){q->level > p->level ? DK_REQ_RAISED : DK_REQ_LOWERED, dv_int(p->level),
							    dv_int(q->level)};
			if (num_cmp(p->weight, q->weight) != 0)
				ch[nch++] = (struct req_ch){DK_WEIGHT, dv_num(p->weight), dv_num(q->weight)};
			if (p->essential != q->essential)
				ch[nch++] = (struct req_ch){DK_ESSENTIAL, dv_bool(p->essential), dv_bool(q->essential)};
		}
		for (size_t k = 0; k < nch; k++)
			push(c, w, id, ch[k].k, skill, ch[k].from, ch[k].to, origin(c, pa, pb, skill, ch[k].k, ch[k].from, ch[k].to));
		i += cmp <= 0;
		j += cmp >= 0;
	}
}

/* ---- skills ---------------------------------------------------------------------- */

struct alias {
	const char *skill, *alias;
};

static int cmp_alias(const void *p, const void *q)
{
	const struct alias *x = p, *y = q;
	int c = strcmp(x->skill, y->skill);
	return c ? c : strcmp(x->alias, y->alias);
}

static struct alias *aliases_of(const struct model *m, size_t *n)
{
	struct alias *v = malloc((m->nskill_names ? m->nskill_names : 1) * sizeof *v);
	*n = 0;
	for (size_t i = 0; v && i < m->nskill_names; i++) {
		const char *name = m->skill_names[i];
		uint32_t s = idmap_get(&m->skill_ids, name, strlen(name));
		if (s != NONE && strcmp(name, m->skills[s].id) != 0)
			v[(*n)++] = (struct alias){m->skills[s].id, name};
	}
	if (v && *n > 1)
		qsort(v, *n, sizeof *v, cmp_alias);
	return v;
}

struct rel_pair {
	const char *lo, *hi;
	double sim;
};

/* Each related pair once, the smaller id first, in id order. */
static struct rel_pair *pairs_of(const struct model *m, size_t *n)
{
	size_t total = 0;
	for (uint32_t s = 0; s < m->nskills; s++)
		total += m->skills[s].related_n;
	struct rel_pair *v = malloc((total ? total : 1) * sizeof *v);
	*n = 0;
	for (uint32_t s = 0; v && s < m->nskills; s++)
		for (uint32_t k = 0; k < m->skills[s].related_n; k++) {
			const struct related *r = &m->related[m->skills[s].related_off + k];
			if (r->skill > s) /* index order is id order */
				v[(*n)++] = (struct rel_pair){m->skills[s].id, m->skills[r->skill].id, r->similarity};
		}
	return v;
}

static void touch(const struct model *m, bool *touched, const char *id, bool with_related)
{
	uint32_t s = model_skill(m, id);
	if (s == NONE)
		return;
	touched[s] = true;
	for (uint32_t k = 0; with_related && k < m->skills[s].related_n; k++)
		touched[m->related[m->skills[s].related_off + k].skill] = true;
}

static void touch_both(struct ctx *c, const char *id, bool with_related)
{
	touch(c->a, c->touched_a, id, with_related);
	touch(c->b, c->touched_b, id, with_related);
}

static void diff_skills(struct ctx *c)
{
	const struct model *a = c->a, *b = c->b;
	uint32_t i = 0, j = 0;
	while (i < a->nskills || j < b->nskills) {
		int cmp = i == a->nskills ? 1 : j == b->nskills ? -1 : strcmp(a->skills[i].id, b->skills[j].id);
		if (cmp < 0) {
			push(c, DIFF_SKILL, a->skills[i].id, DK_REMOVED, NULL, dv_str(a->skills[i].name), none, NULL);
		} else if (cmp > 0) {
			push(c, DIFF_SKILL, b->skills[j].id, DK_ADDED, NULL, none, dv_str(b->skills[j].name), NULL);
		} else {
			const struct skill *p = &a->skills[i], *q = &b->skills[j];
			field(c, DIFF_SKILL, q->id, DK_NAME, dv_str(p->name), dv_str(q->name));
			field(c, DIFF_SKILL, q->id, DK_CATEGORY, dv_str(text_or_null(p->category)), dv_str(text_or_null(q->category)));
		}
		i += cmp <= 0;
		j += cmp >= 0;
	}
	/* aliases: evidence and requirements written with them resolve differently */
	size_t na, nb;
	struct alias *x = aliases_of(a, &na), *y = aliases_of(b, &nb);
	for (size_t p = 0, q = 0; x && y && (p < na || q < nb);) {
		int cmp = p == na ? 1 : q == nb ? -1 : cmp_alias(&x[p], &y[q]);
		if (cmp < 0) {
			push(c, DIFF_SKILL, x[p].skill, DK_ALIAS_REMOVED, x[p].alias, none, none, NULL);
			touch_both(c, x[p].skill, true);
		} else if (cmp > 0) {
			push(c, DIFF_SKILL, y[q].skill, DK_ALIAS_ADDED, y[q].alias, none, none, NULL);
			touch_both(c, y[q].skill, true);
		}
		p += cmp <= 0;
		q += cmp >= 0;
	}
	if (!x || !y)
		c->err = -1;
	free(x);
	free(y);
	/* related pairs: credit for a requirement through a neighbouring skill */
	struct rel_pair *u = pairs_of(a, &na), *v = pairs_of(b, &nb);
	for (size_t p = 0, q = 0; u && v && (p < na || q < nb);) {
		int cmp = p == na ? 1 : q == nb ? -1 : strcmp(u[p].lo, v[q].lo);
		if (cmp == 0)
			cmp = strcmp(u[p].hi, v[q].hi);
		const struct rel_pair *r = cmp <= 0 ? &u[p] : &v[q];
		if (cmp < 0)
			push(c, DIFF_SKILL, r->lo, DK_RELATED_REMOVED, r->hi, dv_num(r->sim), none, NULL);
		else if (cmp > 0)
			push(c, DIFF_SKILL, r->lo, DK_RELATED_ADDED, r->hi, none, dv_num(r->sim), NULL);
		else if (num_cmp(u[p].sim, v[q].sim) != 0)
			push(c, DIFF_SKILL, r->lo, DK_RELATED_CHANGED, r->hi, dv_num(u[p].sim), dv_num(v[q].sim), NULL);
		if (cmp != 0 || num_cmp(u[p].sim, v[q].sim) != 0) {
			touch_both(c, r->lo, false);
			touch_both(c, r->hi, false);
		}
		p += cmp <= 0;
		q += cmp >= 0;
	}
	if (!u || !v)
		c->err = -1;
	free(u);
	free(v);
}

/* ---- roles ----------------------------------------------------------------------- */

/* Renamed: a removed and an added role in the same family and level with
 * the same effective requirements (skills, levels, weights, essential),
 * which must not be empty unless the titles agree too. Each removed role,
 * in id order, takes the first such added role in id order. */
static bool same_role(const struct ctx *c, uint32_t ra, uint32_t rb)
{
	const struct role *p = &c->a->roles[ra], *q = &c->b->roles[rb];
	struct reqs x = role_set(c->a, ra), y = role_set(c->b, rb);
	return strcmp(p->family, q->family) == 0 && p->level == q->level && reqs_equal(&x, &y) &&
	       (x.n > 0 || strcmp(p->title, q->title) == 0);
}

static void pair_roles(struct ctx *c)
{
	const struct model *a = c->a, *b = c->b;
	for (uint32_t i = 0; i < a->nroles; i++)
		c->a2b[i] = model_role(b, a->roles[i].id);
	for (uint32_t j = 0; j < b->nroles; j++)
		c->b2a[j] = model_role(a, b->roles[j].id);
	for (uint32_t i = 0; i < a->nroles; i++)
		for (uint32_t j = 0; c->a2b[i] == NONE && j < b->nroles; j++)
			if (c->b2a[j] == NONE && same_role(c, i, j)) {
				c->a2b[i] = j;
				c->b2a[j] = i;
			}
}

static bool role_renamed(const struct ctx *c, uint32_t ra, uint32_t rb)
{
	return ra != NONE && rb != NONE && strcmp(c->a->roles[ra].id, c->b->roles[rb].id) != 0;
}

static void diff_role(struct ctx *c, struct diff_role *dr)
{
	const struct model *a = c->a, *b = c->b;
	uint32_t ra = dr->a, rb = dr->b;
	if (rb == NONE) {
		push(c, DIFF_ROLE, a->roles[ra].id, DK_REMOVED, NULL, dv_str(a->roles[ra].title), none, NULL);
		dr->requirements = true;
		return;
	}
	const struct role *q = &b->roles[rb];
	if (ra == NONE) {
		push(c, DIFF_ROLE, q->id, DK_ADDED, NULL, none, dv_str(q->title), NULL);
		dr->requirements = true;
		return;
	}
	const struct role *p = &a->roles[ra];
	if (dr->renamed)
		push(c, DIFF_ROLE, q->id, DK_RENAMED, NULL, dv_str(p->id), dv_str(q->id), NULL);
	/* a role without a title shows its id: renamed, that is no news */
	if (!(dr->renamed && strcmp(p->title, p->id) == 0 && strcmp(q->title, q->id) == 0))
		field(c, DIFF_ROLE, q->id, DK_TITLE, dv_str(p->title), dv_str(q->title));
	field(c, DIFF_ROLE, q->id, DK_FAMILY, dv_str(p->family), dv_str(q->family));
	field(c, DIFF_ROLE, q->id, DK_TRACK, dv_str(p->track), dv_str(q->track));
	field(c, DIFF_ROLE, q->id, DK_LEVEL, dv_int(p->level), dv_int(q->level));
	field(c, DIFF_ROLE, q->id, DK_CRITICAL, dv_bool(p->critical), dv_bool(q->critical));
	/* a parent renamed is the same parent */
	const char *pe = as_new(c, p->extends), *qe = q->extends == NONE ? NULL : b->roles[q->extends].id;
	if (!dv_eq(dv_str(pe), dv_str(qe)))
		push(c, DIFF_ROLE, q->id, DK_EXTENDS, NULL, dv_str(p->extends == NONE ? NULL : a->roles[p->extends].id),
		     dv_str(qe), NULL);
	struct reqs x = role_set(a, ra), y = role_set(b, rb);
	size_t n0 = c->d->n;
	diff_reqs(c, DIFF_ROLE, q->id, &x, &y, p->extends, q->extends);
	dr->requirements = c->d->n > n0;
	/* next edges, the old ones through renames */
	for (uint32_t k = 0; k < p->next_n; k++) {
		uint32_t t = a->moves[p->next_off + k].role;
		const char *id = as_new(c, t);
		bool kept = false;
		for (uint32_t l = 0; l < q->next_n && !kept; l++)
			kept = strcmp(b->roles[b->moves[q->next_off + l].role].id, id) == 0;
		if (!kept)
			push(c, DIFF_ROLE, q->id, DK_NEXT_REMOVED, a->roles[t].id, none, none, NULL);
	}
	for (uint32_t l = 0; l < q->next_n; l++) {
		const char *id = b->roles[b->moves[q->next_off + l].role].id;
		bool kept = false;
		for (uint32_t k = 0; k < p->next_n && !kept; k++)
			kept = strcmp(as_new(c, a->moves[p->next_off + k].role), id) == 0;
		if (!kept)
			push(c, DIFF_ROLE, q->id, DK_NEXT_ADDED, id, none, none, NULL);
	}
}

static int cmp_diff_role(const void *p, const void *q)
{
	return strcmp(((const struct diff_role *)p)->id, ((const struct diff_role *)q)->id);
}

static int list_roles(struct ctx *c)
{
	const struct model *a = c->a, *b = c->b;
	struct diff *d = c->d;
	size_t n = 0;
	d->roles = malloc(((size_t)a->nroles + b->nroles + 1) * sizeof *d->roles);
	if (!d->roles)
		return -1;
	for (uint32_t j = 0; j < b->nroles; j++)
		d->roles[n++] = (struct diff_role){b->roles[j].id, c->b2a[j], j, role_renamed(c, c->b2a[j], j), false, false, false};
	for (uint32_t i = 0; i < a->nroles; i++)
		if (c->a2b[i] == NONE)
			d->roles[n++] = (struct diff_role){a->roles[i].id, i, NONE, false, false, false, false};
	d->nroles = n;
	/* an id is either kept, added or removed: no two entries share it */
	qsort(d->roles, n, sizeof *d->roles, cmp_diff_role);
	return 0;
}

static bool requires_touched(const struct model *m, uint32_t r, const bool *touched)
{
	if (r == NONE)
		return false;
	const struct requirement *v = role_reqs(m, r);
	for (uint32_t k = 0; k < m->roles[r].req_n; k++)
		if (touched[v[k].skill])
			return true;
	return false;
}

/* ---- opportunities ------------------------------------------------------------- */

static void diff_opp(struct ctx *c, uint32_t oa, uint32_t ob)
{
	const struct model *a = c->a, *b = c->b;
	if (ob == NONE) {
		push(c, DIFF_OPPORTUNITY, a->opps[oa].id, DK_REMOVED, NULL, dv_str(a->opps[oa].title), none, NULL);
		return;
	}
	const struct opportunity *q = &b->opps[ob];
	if (oa == NONE) {
		push(c, DIFF_OPPORTUNITY, q->id, DK_ADDED, NULL, none, dv_str(q->title), NULL);
		return;
	}
	const struct opportunity *p = &a->opps[oa];
	field(c, DIFF_OPPORTUNITY, q->id, DK_TITLE, dv_str(p->title), dv_str(q->title));
	field(c, DIFF_OPPORTUNITY, q->id, DK_KIND, dv_str(opp_kind_name(p->kind)), dv_str(opp_kind_name(q->kind)));
	const char *pr = as_new(c, p->role), *qr = q->role == NONE ? NULL : b->roles[q->role].id;
	if (!dv_eq(dv_str(pr), dv_str(qr)))
		push(c, DIFF_OPPORTUNITY, q->id, DK_ROLE, NULL, dv_str(p->role == NONE ? NULL : a->roles[p->role].id),
		     dv_str(qr), NULL);
	static const char *const status[] = {"open", "filled", "closed"};
	field(c, DIFF_OPPORTUNITY, q->id, DK_STATUS, dv_str(status[p->status]), dv_str(status[q->status]));
	field(c, DIFF_OPPORTUNITY, q->id, DK_OPENS, dv_date(p->opens), dv_date(q->opens));
	field(c, DIFF_OPPORTUNITY, q->id, DK_CLOSES, dv_date(p->closes), dv_date(q->closes));
	field(c, DIFF_OPPORTUNITY, q->id, DK_CAPACITY, dv_int(p->capacity), dv_int(q->capacity));
	field(c, DIFF_OPPORTUNITY, q->id, DK_DEPARTMENT, dv_str(text_or_null(p->department)),
	      dv_str(text_or_null(q->department)));
	field(c, DIFF_OPPORTUNITY, q->id, DK_LOCATION, dv_str(text_or_null(p->location)), dv_str(text_or_null(q->location)));
	struct reqs x = opp_set(a, oa), y = opp_set(b, ob);
	diff_reqs(c, DIFF_OPPORTUNITY, q->id, &x, &y, p->role, q->role);
}

/* ---- the whole ------------------------------------------------------------------- */

static int cmp_subject(const char *x, const char *y)
{
	return x == y ? 0 : !x ? -1 : !y ? 1 : strcmp(x, y);
}

static int cmp_change(const void *p, const void *q)
{
	const struct diff_change *x = p, *y = q;
	if (x->what != y->what)
		return x->what < y->what ? -1 : 1;
	int c = strcmp(x->id, y->id);
	if (c)
		return c;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return cmp_subject(x->subject, y->subject);
}

int diff_defs(const struct model *a, const struct model *b, struct diff *out)
{
	memset(out, 0, sizeof *out);
	struct ctx c = {a, b, out, NULL, NULL, NULL, NULL, 0};
	c.a2b = malloc(((size_t)a->nroles + 1) * sizeof *c.a2b);
	c.b2a = malloc(((size_t)b->nroles + 1) * sizeof *c.b2a);
	c.touched_a = calloc((size_t)a->nskills + 1, 1);
	c.touched_b = calloc((size_t)b->nskills + 1, 1);
	if (!c.a2b || !c.b2a || !c.touched_a || !c.touched_b)
		c.err = -1;
	if (!c.err) {
		diff_skills(&c);
		pair_roles(&c);
		if (list_roles(&c) < 0)
			c.err = -1;
	}
	for (size_t i = 0; !c.err && i < out->nroles; i++) {
		struct diff_role *dr = &out->roles[i];
		size_t n0 = out->n;
		diff_role(&c, dr);
		dr->changed = out->n > n0;
		dr->affected = dr->requirements || requires_touched(a, dr->a, c.touched_a) ||
			       requires_touched(b, dr->b, c.touched_b);
	}
	for (uint32_t i = 0, j = 0; !c.err && (i < a->nopps || j < b->nopps);) {
		int cmp = i == a->nopps ? 1 : j == b->nopps ? -1 : strcmp(a->opps[i].id, b->opps[j].id);
		diff_opp(&c, cmp <= 0 ? i : NONE, cmp >= 0 ? j : NONE);
		i += cmp <= 0;
		j += cmp >= 0;
	}
	if (!c.err && out->n > 1)
		qsort(out->v, out->n, sizeof *out->v, cmp_change);
	free(c.a2b);
	free(c.b2a);
	free(c.touched_a);
	free(c.touched_b);
	if (c.err) {
		diff_free(out);
		return -1;
	}
	return 0;
}

void diff_free(struct diff *d)
{
	if (!d)
		return;
	free(d->v);
	free(d->roles);
	memset(d, 0, sizeof *d);
}
