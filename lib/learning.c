/* learning.csv: the catalog, one row per (item, skill); the rows of one
 * item agree on title, kind and hours (SPEC 1.5). */
#include <stdlib.h>
#include <string.h>

#include "csvfields.h"
#include "load.h"

struct learn_ctx {
	struct model *m;
	struct diag_list *d;
	size_t cap_items, cap_steps, cap_lines;
	uint32_t *item_line;
};

static int on_row(void *p, const struct csv_row *r)
{
	struct learn_ctx *c = p;
	struct model *m = c->m;
	long long from = 0, to = 0;
	double hours = 0;
	bool ok = csvf_id(c->d, r, LC_ID, "learning item id", true);
	uint32_t skill = NONE;
	if (ok && !(m->loaded & PART_SKILLS))
		return 0; /* skills.yaml could not be read: reported there */
	if (ok)
		skill = csvf_ref(c->d, r, LC_SKILL, "skill", &m->skill_ids, m->skills, m->nskills, sizeof *m->skills);
	ok &= skill != NONE;
	int top = m->scale_max ? m->scale_max : LEVEL_MAX;
	if (r->len[LC_FROM])
		ok &= csvf_int(c->d, r, LC_FROM, "from", 0, top - 1, &from);
	ok &= csvf_int(c->d, r, LC_TO, "to", 1, top, &to);
	ok &= csvf_num_pos(c->d, r, LC_HOURS, "hours", &hours);
	if (ok && to <= from) {
		csv_row_problem(c->d, r, "'to' (%lld) must be greater than 'from' (%lld)", to, from);
		ok = false;
	}
	if (!ok)
		return 0;
	uint32_t it = idmap_get(&m->item_ids, r->field[LC_ID], r->len[LC_ID]);
	if (it == NONE) {
		if (!VEC_PUSH(m->items, m->nitems, c->cap_items) ||
		    !vec_reserve((void **)&c->item_line, &c->cap_lines, m->nitems + 1, sizeof *c->item_line))
			return -1;
		struct learning_item *li = &m->items[m->nitems];
		li->id = arena_strndup(&m->arena, r->field[LC_ID], r->len[LC_ID]);
		li->title = arena_strndup(&m->arena, r->field[LC_TITLE], r->len[LC_TITLE]);
		li->kind = arena_strndup(&m->arena, r->field[LC_KIND], r->len[LC_KIND]);
		li->hours = hours;
		if (!li->id || !li->title || !li->kind)
			return -1;
		c->item_line[m->nitems] = r->line;
		it = m->nitems++;
		idmap_put(&m->item_ids, li->id, r->len[LC_ID], it);
	} else {
		const struct learning_item *li = &m->items[it];
		const char *field = strcmp(li->title, r->field[LC_TITLE]) != 0 ? "title"
				    : strcmp(li->kind, r->field[LC_KIND]) != 0  ? "kind"
				    : li->hours != hours			   ? "hours"
										   : NULL;
		if (field) {
			csv_row_problem(c->d, r, "item '%s' disagrees on %s with its row at line %u", li->id, field,
					c->item_line[it]);
			return 0;
		}
	}
	if (!VEC_PUSH(m->steps, m->nsteps, c->cap_steps))
		return -1;
	m->steps[m->nsteps++] = (struct learning_step){it, skill, r->line, (uint8_t)from, (uint8_t)to};
	return 0;
}

static int cmp_step(const void *pa, const void *pb)
{
	const struct learning_step *a = pa, *b = pb;
	if (a->skill != b->skill)
		return a->skill < b->skill ? -1 : 1;
	if (a->item != b->item)
		return a->item < b->item ? -1 : 1;
	return a->line < b->line ? -1 : a->line > b->line;
}

struct item_order {
	const char *id;
	uint32_t old;
};

static int cmp_item_order(const void *a, const void *b)
{
	return strcmp(((const struct item_order *)a)->id, ((const struct item_order *)b)->id);
}

/* Items sorted by id so index order is id order; steps indexed by skill. */
static int index_catalog(struct model *m, struct diag_list *d, const char *display)
{
	uint32_t n = m->nitems;
	struct item_order *order = malloc((n ? n : 1) * sizeof *order);
	uint32_t *rank = malloc((n ? n : 1) * sizeof *rank);
	struct learning_item *sorted = malloc((n ? n : 1) * sizeof *sorted);
	m->steps_of = calloc((size_t)m->nskills + 1, sizeof *m->steps_of);
	if (!order || !rank || !sorted || !m->steps_of) {
		free(order), free(rank), free(sorted);
		return -1;
	}
	for (uint32_t i = 0; i < n; i++)
		order[i] = (struct item_order){m->items[i].id, i};
	qsort(order, n, sizeof *order, cmp_item_order);
	for (uint32_t i = 0; i < n; i++) {
		sorted[i] = m->items[order[i].old];
		rank[order[i].old] = i;
	}
	if (n)
		memcpy(m->items, sorted, n * sizeof *sorted);
	idmap_free(&m->item_ids);
	for (uint32_t i = 0; i < n; i++)
		idmap_put(&m->item_ids, m->items[i].id, strlen(m->items[i].id), i);
	for (size_t i = 0; i < m->nsteps; i++)
		m->steps[i].item = rank[m->steps[i].item];
	if (m->nsteps)
		qsort(m->steps, m->nsteps, sizeof *m->steps, cmp_step);
	size_t kept = 0; /* one item naming a skill twice: adjacent now */
	for (size_t i = 0; i < m->nsteps; i++) {
		if (kept && m->steps[kept - 1].skill == m->steps[i].skill && m->steps[kept - 1].item == m->steps[i].item) {
			diag_add(d, DIAG_ERROR, display, m->steps[i].line, 0, "item '%s' lists skill '%s' twice (first at line %u)",
				 m->items[m->steps[i].item].id, m->skills[m->steps[i].skill].id, m->steps[kept - 1].line);
			continue;
		}
		m->steps[kept++] = m->steps[i];
	}
	m->nsteps = kept;
	for (size_t i = 0; i < m->nsteps; i++)
		m->steps_of[m->steps[i].skill + 1]++;
	for (uint32_t k = 0; k < m->nskills; k++)
		m->steps_of[k + 1] += m->steps_of[k];
	free(order), free(rank), free(sorted);
	return 0;
}

int learning_load(struct model *m, const char *path, const char *display, struct diag_list *d)
{
	static const bool req[LC__COUNT] = {true, true, true, true, false, true, true};
	struct csv_column cols[LC__COUNT];
	csvf_columns(&m->cfg, CSVF_LEARNING, req, cols, LC__COUNT);
	struct learn_ctx c = {.m = m, .d = d};
	size_t errors0 = d->errors;
	int rc = csv_read(path, display, cols, LC__COUNT, d, on_row, &c);
	free(c.item_line);
	if (index_catalog(m, d, display) < 0)
		return -1;
	return rc < 0 || d->errors > errors0 ? -1 : 0;
}
