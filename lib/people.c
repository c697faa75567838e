/* people.csv: the HRIS export (SPEC 1.3). */
#define _GNU_SOURCE 1 /* qsort_r */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csvfields.h"
#include "load.h"

#define AHEAD 16 /* managers looked up ahead of their turn (model_index_people) */

struct person_src {
	struct person p;
	const char *manager, *aspirations;
};

/* The people's texts, one after another, NUL-terminated: struct person's
 * offsets point here (model.person_text once the file is read). */
struct text {
	char *buf;
	size_t n, cap;
	bool failed;
};

struct people_ctx {
	struct model *m;
	struct diag_list *d;
	const char *file;
	struct person_src *v;
	size_t n, cap;
	size_t nasp, asp_cap;
	struct text text;
};

static const char *dup_field(struct model *m, const struct csv_row *r, int col)
{
	return arena_strndup(&m->arena, r->field[col], r->len[col]);
}

static uint32_t text_add(struct text *t, const struct csv_row *r, int col)
{
	size_t n = r->len[col];
	if (t->n + n + 1 > t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 1 << 16;
		while (cap < t->n + n + 1)
			cap *= 2;
		char *b = cap <= UINT32_MAX ? realloc(t->buf, cap) : NULL;
		if (!b) {
			t->failed = true;
			return 0;
		}
		t->buf = b;
		t->cap = cap;
	}
	uint32_t at = (uint32_t)t->n;
	memcpy(t->buf + at, r->field[col], n);
	t->buf[at + n] = '\0';
	t->n += n + 1;
	return at;
}

/* A text of a person before the file is read whole (the texts still grow). */
static const char *text_of(const struct people_ctx *c, uint32_t off)
{
	return c->text.buf + off;
}

static uint32_t group(struct model *m, const struct csv_row *r, int col)
{
	return r->len[col] ? strtab_intern(&m->groups, r->field[col], r->len[col]) : NONE;
}

static int on_row(void *p, const struct csv_row *r)
{
	struct people_ctx *c = p;
	bool ok = csvf_id(c->d, r, PC_ID, "employee id", true);
	if (!r->len[PC_NAME]) {
		csv_row_problem(c->d, r, "empty name");
		ok = false;
	}
	ok &= csvf_id(c->d, r, PC_ROLE, "role", true);
	ok &= csvf_id(c->d, r, PC_MANAGER, "manager", false);
	if (!ok)
		return 0;
	if (!VEC_PUSH(c->v, c->n, c->cap))
		return -1;
	struct person_src *s = &c->v[c->n++];
	memset(s, 0, sizeof *s);
	s->p.id = text_add(&c->text, r, PC_ID);
	s->p.name = text_add(&c->text, r, PC_NAME);
	s->p.role_id = text_add(&c->text, r, PC_ROLE);
	s->p.department = group(c->m, r, PC_DEPARTMENT);
	s->p.location = group(c->m, r, PC_LOCATION);
	s->p.line = r->line;
	s->p.manager = NONE;
	s->manager = r->len[PC_MANAGER] ? dup_field(c->m, r, PC_MANAGER) : NULL;
	s->aspirations = r->len[PC_ASPIRATIONS] ? dup_field(c->m, r, PC_ASPIRATIONS) : NULL;
	return c->m->arena.failed || c->text.failed ? -1 : 0;
}

static int cmp_person_src(const void *a, const void *b, void *text)
{
	const struct person_src *x = a, *y = b;
	int c = strcmp((const char *)text + x->p.id, (const char *)text + y->p.id);
	return c ? c : (x->p.line < y->p.line ? -1 : x->p.line > y->p.line);
}

static void resolve_role(struct people_ctx *c, struct person *p)
{
	struct model *m = c->m;
	const char *role_id = person_text(m, p->role_id);
	p->role = idmap_get(&m->role_ids, role_id, strlen(role_id));
	if (p->role == NONE && (m->loaded & PART_ROLES))
		diag_add(c->d, DIAG_WARNING, c->file, p->line, 0,
			 "role '%s' of '%s' has no profile; the employee is kept with no current requirements", role_id,
			 person_text(m, p->id));
}

/* "a; b ;c" -> the role ids a, b, c; unknown ones are warnings. */
static void resolve_aspirations(struct people_ctx *c, struct person *p, const char *text)
{
	struct model *m = c->m;
	p->asp_off = (uint32_t)c->nasp;
	for (const char *s = text; s && *s;) {
		const char *e = strchr(s, ';');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		const char *b = s;
		s = e ? e + 1 : NULL;
		while (n && (*b == ' ' || *b == '\t'))
			b++, n--;
		while (n && (b[n - 1] == ' ' || b[n - 1] == '\t'))
			n--;
		if (!n)
			continue;
		uint32_t r = idmap_get(&m->role_ids, b, n);
		if (r == NONE) {
			if (m->loaded & PART_ROLES)
				diag_add(c->d, DIAG_WARNING, c->file, p->line, 0,
					 "aspiration '%s' of '%s' is not a known role; ignored", diag_quote(c->d, b, n),
					 person_text(m, p->id));
			continue;
		}
		if (!VEC_PUSH(m->aspirations, c->nasp, c->asp_cap))
			return;
		m->aspirations[c->nasp++] = r;
		p->asp_n++;
	}
}

static void resolve_manager(struct people_ctx *c, struct person *p, const char *manager, uint64_t hash)
{
	if (!manager)
		return;
	const char *id = person_text(c->m, p->id);
	p->manager = idmap_get_hashed(&c->m->person_ids, manager, strlen(manager), hash);
	if (p->manager == NONE)
		diag_add(c->d, DIAG_WARNING, c->file, p->line, 0, "manager '%s' of '%s' is not in the file", manager, id);
	else if (strcmp(manager, id) == 0) {
		diag_add(c->d, DIAG_ERROR, c->file, p->line, 0, "'%s' is their own manager", id);
		p->manager = NONE;
	}
}

/* Room for what the file can hold, from its size, taken at once: grown
 * by doubling, a million people's texts and records were copied again and
 * again into fresh memory. Only a first guess: both still grow. */
static void presize(struct people_ctx *c, const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0 || (uint64_t)st.st_size >= UINT32_MAX)
		return;
	size_t size = (size_t)st.st_size;
	if ((c->text.buf = mem_alloc_huge(size + 1)))
		c->text.cap = size + 1; /* the texts are the fields' bytes, each ended by one of its separators */
	(void)vec_reserve((void **)&c->v, &c->cap, size / 24 + 1, sizeof *c->v); /* ids, names, roles: rows of 24 bytes or more */
}

/* Reporting lines must end at someone without a manager: follow each chain
 * once (marks make the whole pass linear) and report each loop once. */
static void check_manager_loops(struct people_ctx *c)
{
	struct model *m = c->m;
	uint8_t *state = calloc(m->npeople ? m->npeople : 1, 1);
	if (!state)
		return;
	for (uint32_t i = 0; i < m->npeople; i++) {
		uint32_t cur = i;
		while (cur != NONE && state[cur] == 0) {
			state[cur] = 1;
			cur = m->people[cur].manager;
		}
		uint32_t least = NONE;
		if (cur != NONE && state[cur] == 1) {
			least = cur;
			for (uint32_t k = m->people[cur].manager; k != cur; k = m->people[k].manager)
				if (k < least)
					least = k;
			diag_add(c->d, DIAG_ERROR, c->file, m->people[least].line, 0,
				 "reporting line of '%s' loops back to them through manager '%s'", person_id(m, least),
				 person_id(m, m->people[least].manager));
		}
		for (cur = i; cur != NONE && state[cur] == 1; cur = m->people[cur].manager)
			state[cur] = 2;
		if (least != NONE)
			m->people[least].manager = NONE; /* so walks up the tree end */
	}
	free(state);
}

int people_load(struct model *m, const char *path, const char *display, struct diag_list *d)
{
	static const bool req[PC__COUNT] = {true, true, true, false, false, false, false};
	struct csv_column cols[PC__COUNT];
	csvf_columns(&m->cfg, CSVF_PEOPLE, req, cols, PC__COUNT);
	struct people_ctx c = {.m = m, .d = d, .file = display};
	size_t errors0 = d->errors;
	presize(&c, path);
	int rc = csv_read_progress(path, display, cols, PC__COUNT, d, on_row, &c, &m->progress);
	if (rc == 0)
		m->loaded |= PART_PEOPLE;
	if (c.n)
		qsort_r(c.v, c.n, sizeof *c.v, cmp_person_src, c.text.buf);
	size_t kept = 0;
	for (size_t i = 0; i < c.n; i++) {
		if (kept && strcmp(text_of(&c, c.v[kept - 1].p.id), text_of(&c, c.v[i].p.id)) == 0) {
			diag_add(d, DIAG_ERROR, display, c.v[i].p.line, 0, "duplicate employee '%s' (first at line %u)",
				 text_of(&c, c.v[i].p.id), c.v[kept - 1].p.line);
			continue;
		}
		c.v[kept++] = c.v[i];
	}
	m->people = mem_alloc_huge((kept ? kept : 1) * sizeof *m->people);
	/* the texts are whole: the model keeps them (even when short of memory) */
	m->person_text = c.text.buf ? c.text.buf : strdup("");
	if (!m->people || !m->person_text) {
		free(c.v);
		return -1;
	}
	m->npeople = (uint32_t)kept;
	for (size_t i = 0; i < kept; i++)
		m->people[i] = c.v[i].p;
	if (!model_index_people(m)) {
		free(c.v);
		return -1;
	}
	uint64_t mh[AHEAD] = {0};
	for (size_t i = 0; i < kept + AHEAD; i++) {
		size_t k = i - AHEAD; /* its ring entry is the one i takes next */
		if (i >= AHEAD) {
			struct person *p = &m->people[k];
			resolve_role(&c, p);
			resolve_manager(&c, p, c.v[k].manager, mh[k % AHEAD]);
			resolve_aspirations(&c, p, c.v[k].aspirations);
		}
		if (i < kept && c.v[i].manager) { /* its slot asked for ahead, as in model_index_people */
			mh[i % AHEAD] = hash_bytes(c.v[i].manager, strlen(c.v[i].manager));
			idmap_prefetch(&m->person_ids, mh[i % AHEAD]);
		}
	}
	check_manager_loops(&c);
	free(c.v);
	return rc < 0 || d->errors > errors0 ? -1 : 0;
}
