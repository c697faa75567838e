/* skills.yaml: the proficiency scale and the skill taxonomy (SPEC 1.1). */
#include <stdlib.h>
#include <string.h>

#include "load.h"

struct skill_src {
	struct skill s;
	const struct ynode *id, *aliases, *related, *levels;
};

static int cmp_skill_src(const void *a, const void *b)
{
	return strcmp(((const struct skill_src *)a)->s.id, ((const struct skill_src *)b)->s.id);
}

static int load_scale(struct model *m, struct yctx *y, const struct ynode *n)
{
	if (!yexpect(y, n, YN_MAP, "scale"))
		return -1;
	bool seen[LEVEL_MAX + 1] = {false};
	int top = 0;
	for (size_t i = 0; i < ynode_map_len(n); i++) {
		long long lv;
		const char *text;
		if (!yint(y, ynode_key(n, i), "scale level", 1, LEVEL_MAX, &lv))
			continue;
		if (ytext(y, ynode_val(n, i), "scale description", &text))
			m->scale[lv] = text;
		seen[lv] = true;
		if (lv > top)
			top = (int)lv;
	}
	if (top < 2) {
		yerr(y, n, "scale: needs levels 1 to N with N from 2 to %d", LEVEL_MAX);
		return -1;
	}
	for (int lv = 1; lv < top; lv++)
		if (!seen[lv])
			yerr(y, n, "scale: level %d is missing (levels run from 1 to %d)", lv, top);
	m->scale_max = top;
	return 0;
}

static int take_skill(struct yctx *y, const struct ynode *n, struct skill_src *s)
{
	struct yfield f[] = {{"id", NULL}, {"name", NULL}, {"category", NULL},
			     {"aliases", NULL}, {"related", NULL}, {"levels", NULL}};
	memset(s, 0, sizeof *s);
	if (!yfields(y, n, f, 6, "a skill"))
		return -1;
	if (!f[0].val) {
		yerr(y, n, "skill has no 'id'");
		return -1;
	}
	if (!yid(y, f[0].val, "skill id", &s->s.id))
		return -1;
	s->id = f[0].val;
	s->s.name = s->s.id;
	if (f[1].val)
		ytext(y, f[1].val, "name", &s->s.name);
	s->s.category = "";
	if (f[2].val)
		ytext(y, f[2].val, "category", &s->s.category);
	s->aliases = f[3].val;
	s->related = f[4].val;
	s->levels = f[5].val;
	return 0;
}

struct by_line {
	uint32_t line, skill;
};

static int cmp_by_line(const void *a, const void *b)
{
	uint32_t x = ((const struct by_line *)a)->line, y = ((const struct by_line *)b)->line;
	return x < y ? -1 : x > y;
}

/* Registers ids and aliases; an alias may not name another skill, and a
 * clash is reported where the second name stands in the file. */
static void register_names(struct model *m, struct yctx *y, struct skill_src *src, uint32_t n)
{
	struct by_line *order = malloc((n ? n : 1) * sizeof *order);
	size_t cap = 0;
	if (!order)
		return;
	for (uint32_t i = 0; i < n; i++) {
		idmap_put(&m->skill_ids, src[i].s.id, strlen(src[i].s.id), i);
		if (VEC_PUSH(m->skill_names, m->nskill_names, cap))
			m->skill_names[m->nskill_names++] = src[i].s.id;
		order[i] = (struct by_line){src[i].id->line, i};
	}
	qsort(order, n, sizeof *order, cmp_by_line);
	for (uint32_t oi = 0; oi < n; oi++) {
		uint32_t i = order[oi].skill;
		const struct ynode *al = src[i].aliases;
		if (!al || (ynode_is_null(al)))
			continue;
		if (!yexpect(y, al, YN_SEQ, "aliases"))
			continue;
		for (size_t k = 0; k < al->nkids; k++) {
			const char *a;
			if (!yid(y, al->kids[k], "alias", &a))
				continue;
			uint32_t prev = idmap_put(&m->skill_ids, a, strlen(a), i);
			if (prev == i && strcmp(a, src[i].s.id) != 0 && VEC_PUSH(m->skill_names, m->nskill_names, cap))
				m->skill_names[m->nskill_names++] = a;
			if (prev != i)
				yerr(y, al->kids[k], "alias '%s' of skill '%s' already names skill '%s'", a, src[i].s.id,
				     m->skills[prev].id);
			else if (strcmp(a, src[i].s.id) == 0)
				ywarn(y, al->kids[k], "alias '%s' repeats the skill's own id", a);
		}
	}
	free(order);
}

struct pair {
	uint32_t a, b;
	double sim;
};

static int cmp_pair(const void *pa, const void *pb)
{
	const struct pair *a = pa, *b = pb;
	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	if (a->b != b->b)
		return a->b < b->b ? -1 : 1;
	return a->sim < b->sim ? -1 : a->sim > b->sim;
}

/* `related` applies both ways; when both name each other the larger holds. */
static int build_related(struct model *m, struct yctx *y, struct skill_src *src, uint32_t n)
{
	struct pair *p = NULL;
	size_t np = 0, cap = 0;
	for (uint32_t i = 0; i < n; i++) {
		const struct ynode *rel = src[i].related;
		if (!rel || ynode_is_null(rel) || !yexpect(y, rel, YN_MAP, "related"))
			continue;
		uint32_t first = (uint32_t)np;
		for (size_t k = 0; k < ynode_map_len(rel); k++) {
			uint32_t t = load_skill_ref(m, y, ynode_key(rel, k), "related skill");
			double sim;
			if (!ynum_range(y, ynode_val(rel, k), "similarity", 0, 1, true, &sim) || t == NONE)
				continue;
			if (t == i) {
				yerr(y, ynode_key(rel, k), "skill '%s' lists itself as related", src[i].s.id);
				continue;
			}
			bool twice = false;
			for (size_t q = first; q < np; q += 2)
				twice |= p[q].b == t;
			if (twice) { /* the same key twice was reported by the parser */
				bool same = false;
				for (size_t q = 0; q < k; q++)
					same |= ynode_key(rel, q)->len == ynode_key(rel, k)->len &&
						memcmp(ynode_key(rel, q)->text, ynode_key(rel, k)->text, ynode_key(rel, k)->len) == 0;
				if (!same)
					yerr(y, ynode_key(rel, k), "related skill '%s' is named twice (by id and by alias)",
					     m->skills[t].id);
				continue;
			}
			if (!vec_reserve((void **)&p, &cap, np + 2, sizeof *p)) {
				free(p);
				return -1;
			}
			p[np++] = (struct pair){i, t, sim};
			p[np++] = (struct pair){t, i, sim};
		}
	}
	if (np)
		qsort(p, np, sizeof *p, cmp_pair);
	m->related = arena_alloc(&m->arena, (np ? np : 1) * sizeof *m->related);
	if (!m->related) {
		free(p);
		return -1;
	}
	size_t out = 0;
	for (size_t k = 0; k < np; k++) {
		if (k + 1 < np && p[k + 1].a == p[k].a && p[k + 1].b == p[k].b)
			continue; /* sorted by sim: the last of equal pairs is the larger */
		struct skill *s = &m->skills[p[k].a];
		if (!s->related_n)
			s->related_off = (uint32_t)out;
		s->related_n++;
		m->related[out++] = (struct related){p[k].b, p[k].sim};
	}
	free(p);
	return 0;
}

static void load_rubrics(struct model *m, struct yctx *y, struct skill_src *src, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		const struct ynode *lv = src[i].levels;
		if (!lv || ynode_is_null(lv) || !yexpect(y, lv, YN_MAP, "levels"))
			continue;
		for (size_t k = 0; k < ynode_map_len(lv); k++) {
			long long l;
			const char *text;
			if (!yint(y, ynode_key(lv, k), "level", 1, m->scale_max ? m->scale_max : LEVEL_MAX, &l))
				continue;
			if (ytext(y, ynode_val(lv, k), "level description", &text))
				m->skills[i].rubric[l] = text;
		}
	}
}

int skills_load(struct model *m, const struct filesrc *from, const char *path, const char *display,
		struct diag_list *d)
{
	struct ynode *root;
	struct yctx y = {d, &m->arena, display, 0};
	if (filesrc_yaml(from, path, display, &m->arena, d, &root) < 0)
		return -1;
	struct yfield f[] = {{"scale", NULL}, {"skills", NULL}};
	if (!root || ynode_is_null(root)) {
		yerr(&y, NULL, "file is empty; expected 'scale' and 'skills'");
		return -1;
	}
	if (!yfields(&y, root, f, 2, "skills.yaml"))
		return -1;
	if (!f[0].val)
		yerr(&y, root, "missing 'scale'");
	else
		load_scale(m, &y, f[0].val);
	if (!f[1].val || !yexpect(&y, f[1].val, YN_SEQ, "skills")) {
		if (!f[1].val)
			yerr(&y, root, "missing 'skills'");
		return -1;
	}
	const struct ynode *list = f[1].val;
	m->loaded |= PART_SKILLS;
	struct skill_src *src = calloc(list->nkids ? list->nkids : 1, sizeof *src);
	if (!src)
		return -1;
	uint32_t n = 0;
	for (size_t i = 0; i < list->nkids; i++)
		if (take_skill(&y, list->kids[i], &src[n]) == 0)
			n++;
	if (n > 65535) {
		yerr(&y, list, "more than 65535 skills");
		free(src);
		return -1;
	}
	qsort(src, n, sizeof *src, cmp_skill_src);
	uint32_t kept = 0;
	for (uint32_t i = 0; i < n; i++) {
		if (kept && strcmp(src[kept - 1].s.id, src[i].s.id) == 0) {
			const struct ynode *a = src[kept - 1].id, *b = src[i].id;
			const struct ynode *later = a->line > b->line ? a : b, *first = a->line > b->line ? b : a;
			yerr(&y, later, "duplicate skill '%s' (first at line %u)", src[i].s.id, first->line);
			continue;
		}
		src[kept++] = src[i];
	}
	n = kept;
	m->skills = arena_calloc(&m->arena, (n ? n : 1) * sizeof *m->skills);
	if (!m->skills) {
		free(src);
		return -1;
	}
	for (uint32_t i = 0; i < n; i++)
		m->skills[i] = src[i].s;
	m->nskills = n;
	register_names(m, &y, src, n);
	int rc = build_related(m, &y, src, n);
	load_rubrics(m, &y, src, n);
	free(src);
	return rc < 0 || y.errors ? -1 : 0;
}
