/* plans/: one development plan per employee (SPEC 1.7). */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "load.h"
#include "par.h"
#include "plancache.h"

struct plan_ctx {
	struct model *m;
	struct diag_list *d;
	const char *const *displays;
	size_t ms_cap, plans_cap;
	const struct plancache *pc;
	const uint32_t *rec; /* per file: its cached record, or NONE */
	uint32_t *plan_of;   /* per file: its plan when it loaded cleanly, or NONE */
};

static void take_milestone(struct plan_ctx *c, struct yctx *y, const struct ynode *n, struct milestone *ms)
{
	struct yfield f[] = {{"skill", NULL}, {"level", NULL}, {"title", NULL}, {"due", NULL}, {"done", NULL}};
	*ms = (struct milestone){NONE, 0, NULL, DATE_NONE, DATE_NONE};
	if (!yfields(y, n, f, 5, "a milestone"))
		return;
	if (f[0].val) {
		ms->skill = load_skill_ref(c->m, y, f[0].val, "milestone skill");
		long long lv;
		if (!f[1].val)
			yerr(y, n, "skill milestone has no 'level'");
		else if (yint(y, f[1].val, "level", 1, c->m->scale_max ? c->m->scale_max : LEVEL_MAX, &lv))
			ms->level = (uint8_t)lv;
	} else if (f[1].val) {
		yerr(y, f[1].val, "'level' belongs to a skill milestone, and this one has no 'skill'");
	}
	if (f[2].val)
		ytext(y, f[2].val, "title", &ms->title);
	if (!f[0].val && !f[1].val && !f[2].val)
		yerr(y, n, "milestone needs a 'skill' (with a 'level') or a 'title'");
	if (!f[3].val)
		yerr(y, n, "milestone has no 'due' date");
	else
		ydate(y, f[3].val, "due", &ms->due);
	if (f[4].val)
		ydate(y, f[4].val, "done", &ms->done);
}

/* The plan in a parsed file (root, or NULL when the file could not be
 * read: rc < 0). */
static int take_plan(struct plan_ctx *c, const char *display, int rc, const struct ynode *root, struct plan *p)
{
	struct model *m = c->m;
	struct yctx y = {c->d, &m->arena, display, 0};
	*p = (struct plan){display, 0, NULL, NONE, NONE, NONE, 0, 0};
	if (rc < 0)
		return -1;
	if (!root || ynode_is_null(root)) {
		yerr(&y, NULL, "file is empty; expected a development plan");
		return -1;
	}
	struct yfield f[] = {{"employee", NULL}, {"target", NULL}, {"mentor", NULL}, {"milestones", NULL}};
	if (!yfields(&y, root, f, 4, "a plan"))
		return -1;
	bool people = m->loaded & PART_PEOPLE;
	if (f[0].val)
		p->line = f[0].val->line;
	if (!f[0].val)
		yerr(&y, root, "plan has no 'employee'");
	else if (people)
		p->employee = load_person_ref(m, &y, f[0].val, "employee");
	else
		yid(&y, f[0].val, "employee", &p->employee_id);
	if (p->employee != NONE)
		p->employee_id = person_id(m, p->employee);
	if (f[1].val)
		p->target = load_role_ref(m, &y, f[1].val, "target");
	if (f[2].val) {
		const char *mid = NULL;
		if (people)
			p->mentor = load_person_ref(m, &y, f[2].val, "mentor");
		else
			yid(&y, f[2].val, "mentor", &mid);
		if ((p->mentor != NONE && p->mentor == p->employee) ||
		    (mid && p->employee_id && strcmp(mid, p->employee_id) == 0))
			yerr(&y, f[2].val, "'%s' cannot mentor themselves", p->employee_id);
	}
	const struct ynode *ms = f[3].val;
	p->ms_off = (uint32_t)m->nmilestones;
	if (ms && !ynode_is_null(ms) && yexpect(&y, ms, YN_SEQ, "milestones")) {
		for (size_t i = 0; i < ms->nkids; i++) {
			if (!VEC_PUSH(m->milestones, m->nmilestones, c->ms_cap))
				return -1;
			take_milestone(c, &y, ms->kids[i], &m->milestones[m->nmilestones++]);
			p->ms_n++;
		}
	}
	return y.errors ? -1 : 0;
}

/* By employee: by index when people are loaded (index order is id order),
 * which spares a hundred thousand plans a look at their ids' bytes. */
static int cmp_employee(const struct plan *a, const struct plan *b)
{
	if (a->employee != NONE && b->employee != NONE)
		return a->employee < b->employee ? -1 : a->employee > b->employee;
	if (a->employee_id && b->employee_id)
		return strcmp(a->employee_id, b->employee_id);
	return a->employee_id == b->employee_id ? 0 : a->employee_id ? -1 : 1;
}

static int cmp_plan(const void *pa, const void *pb)
{
	const struct plan *a = pa, *b = pb;
	int c = cmp_employee(a, b);
	return c ? c : strcmp(a->file, b->file);
}

/* Files are read and parsed on every core, each thread into its own
 * arena (adopted by the model after); what they say is taken in file order,
 * so plans and diagnostics come out as from one thread. */
struct plan_reader {
	PAR_OWN_LINE struct arena a;
	const char *const *paths, *const *displays;
	size_t max_per_file;
	const uint32_t *rec;
};

struct plan_parsed {
	int rc;
	struct ynode *root;
	struct diag_list d;
};

static int parse_plan(void *worker, size_t i, void *slot)
{
	struct plan_reader *w = worker;
	struct plan_parsed *pp = slot;
	diag_init(&pp->d, w->max_per_file);
	pp->root = NULL;
	pp->rc = w->rec[i] == NONE ? ydoc_load(w->paths[i], w->displays[i], &w->a, &pp->d, &pp->root) : 0;
	return 0;
}

static int add_plan(void *ctx, size_t i, void *slot)
{
	struct plan_ctx *c = ctx;
	struct plan_parsed *pp = slot;
	struct plan p;
	bool clean = pp->d.n == 0;
	diag_merge(c->d, &pp->d, 0);
	diag_free(&pp->d);
	size_t n0 = c->d->n;
	if (c->rec[i] != NONE) {
		if (plancache_take(c->pc, c->rec[i], c->m, c->displays[i], &c->ms_cap, &p) < 0)
			return -1;
		c->m->plans_cached++;
	} else if (take_plan(c, c->displays[i], pp->rc, pp->root, &p) < 0 || c->d->n > n0) {
		clean = false;
	}
	if (p.employee_id) {
		c->plan_of[i] = clean ? c->m->nplans : NONE;
		c->m->plans[c->m->nplans++] = p;
	}
	return 0;
}

static void drop_plan(void *ctx, void *slot)
{
	(void)ctx;
	diag_free(&((struct plan_parsed *)slot)->d);
}

int plans_load(struct model *m, const char *const *paths, const char *const *displays,
	       const struct file_stamp *stamps, size_t n, unsigned threads, struct plancache *pc, struct diag_list *d)
{
	size_t errors0 = d->errors;
	uint32_t *rec = mem_alloc_huge(n * sizeof *rec), *plan_of = mem_alloc_huge(n * sizeof *plan_of);
	m->plans = mem_alloc_huge(n * sizeof *m->plans);
	if (!m->plans || !rec || !plan_of) {
		free(rec);
		free(plan_of);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		rec[i] = plan_of[i] = NONE;
	if (pc && stamps)
		plancache_match(pc, displays, stamps, n, rec);
	struct plan_ctx c = {.m = m, .d = d, .displays = displays, .pc = pc, .rec = rec, .plan_of = plan_of};
	c.ms_cap = m->nmilestones; /* the vector's room, as VEC_PUSH keeps it */
	if (!vec_reserve((void **)&m->milestones, &c.ms_cap, m->nmilestones + plancache_matched_milestones(pc),
			 sizeof *m->milestones)) {
		free(rec);
		free(plan_of);
		return -1;
	}
	size_t to_parse = n - plancache_matched(pc);
	unsigned nt = par_threads(threads);
	if (to_parse < 64)
		nt = 1; /* a thread costs more than a few files */
	struct plan_reader w[PAR_MAX];
	void *workers[PAR_MAX];
	for (unsigned k = 0; k < nt; k++) {
		w[k] = (struct plan_reader){{0}, paths, displays, d->max_per_file, rec};
		workers[k] = &w[k];
	}
	struct par_job job = {n, sizeof(struct plan_parsed), nt, workers, parse_plan, add_plan, drop_plan, &c, 0, NULL};
	int rc = 0;
	if (to_parse) {
		rc = par_run(&job);
	} else { /* all from the cache: nothing to hand between threads */
		struct plan_parsed none = {0};
		enum { AHEAD = 16 }; /* employees are looked up all over a million people */
		for (size_t i = 0; i < n && rc == 0; i++) {
			if (i + AHEAD < n)
				plancache_prefetch(pc, rec[i + AHEAD], m);
			rc = add_plan(&c, i, &none);
		}
	}
	for (unsigned k = 0; k < nt; k++)
		arena_adopt(&m->arena, &w[k].a);
	if (rc == 0 && pc && stamps)
		plancache_store(pc, m, displays, stamps, plan_of, n);
	free(rec);
	free(plan_of);
	if (rc < 0)
		return -1;
	/* by employee, so index order is id order and duplicates are adjacent */
	bool sorted = true; /* as the files are named after employees, often */
	for (uint32_t i = 1; sorted && i < m->nplans; i++)
		sorted = cmp_plan(&m->plans[i - 1], &m->plans[i]) < 0;
	if (!sorted)
		qsort(m->plans, m->nplans, sizeof *m->plans, cmp_plan);
	uint32_t kept = 0;
	for (uint32_t i = 0; i < m->nplans; i++) {
		if (kept && cmp_employee(&m->plans[kept - 1], &m->plans[i]) == 0) {
			diag_add(d, DIAG_ERROR, m->plans[i].file, m->plans[i].line, 0, "'%s' already has a plan in %s", m->plans[i].employee_id,
				 m->plans[kept - 1].file);
			continue;
		}
		m->plans[kept++] = m->plans[i];
	}
	m->nplans = kept;
	free(m->plan_of);
	if (!(m->plan_of = mem_alloc_huge(((size_t)m->npeople + 1) * sizeof *m->plan_of)))
		return -1;
	memset(m->plan_of, 0xff, ((size_t)m->npeople + 1) * sizeof *m->plan_of); /* NONE */
	for (uint32_t i = 0; i < m->nplans; i++)
		if (m->plans[i].employee != NONE)
			m->plan_of[m->plans[i].employee] = i;
	return d->errors > errors0 ? -1 : 0;
}
