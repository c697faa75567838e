/* assessments.csv: the evidence log, an append-only history (SPEC 1.4).
 *
 * The log is tens of millions of rows in date order, every employee's rows
 * scattered through it. It is read in two pieces at once (csvread); rows
 * land in buckets by range of employee index, so that grouping them by
 * employee afterwards is a short pass per bucket over memory that fits in
 * cache, not a sort of the whole log, and each bucket's memory is given
 * back as soon as it is grouped. Ids are looked up in batches with their
 * hash slots prefetched: with a million employees the id table is far
 * bigger than the cache, and the misses then overlap instead of queueing. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include "csvfields.h"
#include "date.h"
#include "load.h"
#include "num.h"
#include "par.h"

#define GONE_NAMED 3
#define BUCKETS 256      /* at least; more when a bucket would hold more than MEMBERS_MAX people */
#define MEMBERS_MAX 65536 /* people a bucket holds: raw_row.member is 16 bits */
#define BATCH 32
#define ID_MAX 64
#define CHUNK_BYTES (1u << 20)
#define HUGE_BYTES ((size_t)2 << 20)
#define POOL_BYTES ((size_t)64 << 20)

/* A row waiting in its bucket, 16 bytes where the employee's index and
 * the assessment took 20: the rows of a log of 30 million are 120 MB less
 * memory that the kernel must hand over fresh. The employee is told from
 * the bucket's first; the date (in years 1 to 9999: 22 bits from
 * 0001-01-01), the level and the source share a word. */
struct raw_row {
	uint32_t assessor, line;
	uint32_t when; /* the date from DAY_ONE, level << 22, source << 26 */
	uint16_t skill, member;
};
#define DAY_ONE (-719162) /* 0001-01-01 */
#define DAYS_MASK ((1u << 22) - 1)
_Static_assert(sizeof(struct raw_row) == 16, "a raw row is 16 bytes");
_Static_assert(LEVEL_MAX < 16 && SOURCES_MAX <= 32, "a level takes 4 bits of raw_row.when, a source 5");

static inline struct raw_row raw_pack(uint32_t member, const struct assessment *a)
{
	uint32_t when = (uint32_t)(a->date - DAY_ONE) | (uint32_t)a->level << 22 | (uint32_t)a->source << 26;
	return (struct raw_row){a->assessor, a->line, when, a->skill, (uint16_t)member};
}

static inline struct assessment raw_unpack(const struct raw_row *r)
{
	return (struct assessment){r->assessor, r->line, (int32_t)(r->when & DAYS_MASK) + DAY_ONE, r->skill,
				   (uint8_t)(r->when >> 22 & 15), (uint8_t)(r->when >> 26)};
}

struct chunk {
	struct chunk *next;
	size_t n;
	struct raw_row rows[];
};
#define CHUNK_ROWS ((CHUNK_BYTES - offsetof(struct chunk, rows)) / sizeof(struct raw_row))

struct gone_row {
	uint32_t line;
	bool employee;
	char name[ID_MAX + 1];
};

/* A row waiting for its ids to be looked up. */
struct pending {
	uint64_t eh, ah;
	struct assessment a;
	uint8_t elen, slen, alen;
	char e[ID_MAX], s[ID_MAX], who[ID_MAX];
};

struct assess_part {
	PAR_OWN_LINE const struct assess_load *l;
	struct diag_list *d;
	const char *file;
	struct chunk **head, **tail; /* assess_load.nbuckets of each */
	size_t *count;
	size_t nrows;
	struct strtab assessors; /* those who are not employees, numbered in this piece */
	size_t gone;
	uint32_t gone_last;
	struct gone_row gone_first[GONE_NAMED];
	struct pending batch[BATCH];
	size_t nbatch;
	char *pool, *pool_end; /* chunks not yet handed out */
	bool oom;
};

struct assess_load {
	struct model *m;
	const struct load_opts *o;
	unsigned shift; /* employee e is in bucket e >> shift */
	size_t nbuckets;
	bool pools;     /* chunks cut from huge pools: see chunk_new */
	struct assess_part part[CSV_PARTS_MAX];
};

static void chunk_free(struct chunk *c)
{
	while (c) {
		struct chunk *next = c->next;
		munmap(c, CHUNK_BYTES);
		c = next;
	}
}

static void part_free(struct assess_part *p)
{
	for (size_t b = 0; p->head && b < p->l->nbuckets; b++)
		chunk_free(p->head[b]);
	free(p->head);
	free(p->tail);
	free(p->count);
	if (p->pool_end > p->pool)
		munmap(p->pool, (size_t)(p->pool_end - p->pool));
	strtab_free(&p->assessors);
	const struct assess_load *l = p->l;
	memset(p, 0, sizeof *p);
	p->l = l;
}

static void part_discard(void *ctx)
{
	part_free(ctx);
}

/* Chunks are mapped memory, so that unmapping one gives it back to the
 * system at once while the grouped rows grow. When every bucket will fill
 * chunks, they are cut in turn from pools advised into huge pages: a
 * million employees' rows are 600 MB of chunks, and faulting them in 4 KB
 * at a time cost more than filling them. A few rows a bucket (an append)
 * keep chunks of their own, of which only what is written is memory. */
static void *chunk_new(struct assess_part *p)
{
	if (!p->l->pools) {
		void *mem = mmap(NULL, CHUNK_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		return mem == MAP_FAILED ? NULL : mem;
	}
	if (p->pool == p->pool_end) {
		char *mem = mmap(NULL, POOL_BYTES + HUGE_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (mem == MAP_FAILED)
			return NULL;
		char *at = (char *)(((uintptr_t)mem + HUGE_BYTES - 1) & ~(uintptr_t)(HUGE_BYTES - 1));
		if (at > mem)
			munmap(mem, (size_t)(at - mem));
		if (mem + HUGE_BYTES > at)
			munmap(at + POOL_BYTES, (size_t)(mem + HUGE_BYTES - at));
#ifdef MADV_HUGEPAGE
		(void)madvise(at, POOL_BYTES, MADV_HUGEPAGE); /* only a hint */
#endif
		p->pool = at;
		p->pool_end = at + POOL_BYTES;
	}
	void *c = p->pool;
	p->pool += CHUNK_BYTES;
	return c;
}

static bool part_push(struct assess_part *p, uint32_t e, const struct assessment *a)
{
	size_t b = e >> p->l->shift;
	struct chunk *t = p->tail[b];
	if (!t || t->n == CHUNK_ROWS) {
		void *mem = chunk_new(p);
		if (!mem)
			return false;
		struct chunk *c = mem;
		c->next = NULL;
		c->n = 0;
		if (t)
			t->next = c;
		else
			p->head[b] = c;
		p->tail[b] = t = c;
	}
	t->rows[t->n++] = raw_pack(e - (uint32_t)(b << p->l->shift), a);
	p->count[b]++;
	p->nrows++;
	return true;
}

static void note_gone(struct assess_part *p, uint32_t line, bool employee, const char *name, size_t n)
{
	if (p->gone < GONE_NAMED) {
		struct gone_row *g = &p->gone_first[p->gone];
		g->line = line;
		g->employee = employee;
		memcpy(g->name, name, n);
		g->name[n] = '\0';
	}
	p->gone++;
	p->gone_last = line;
}

static void resolve(struct assess_part *p, struct pending *r, const char *who_s, size_t who_n)
{
	const struct assess_load *l = p->l;
	const struct model *m = l->m;
	uint32_t e = model_person_hashed(m, r->e, r->elen, r->eh);
	uint32_t s = idmap_get(&m->skill_ids, r->s, r->slen);
	if (e == NONE || s == NONE) {
		/* history: people leave and skills retire; counted, not errors,
		 * unless the file they would be in could not be read */
		if ((e == NONE && (m->loaded & PART_PEOPLE)) || (e != NONE && (m->loaded & PART_SKILLS)))
			note_gone(p, r->a.line, e == NONE, e == NONE ? r->e : r->s, e == NONE ? r->elen : r->slen);
		return;
	}
	if (l->o->warn_future && r->a.date > l->o->today) {
		char today[DATE_BUF], when[DATE_BUF];
		date_format(l->o->today, today);
		date_format(r->a.date, when);
		diag_add(p->d, DIAG_WARNING, p->file, r->a.line, 0, "assessment dated %s, after today (%s)", when, today);
	}
	uint32_t who = model_person_hashed(m, who_s, who_n, r->ah);
	if (who != NONE)
		who |= ASSESSOR_EMPLOYEE;
	else if ((who = strtab_intern(&p->assessors, who_s, who_n)) == NONE)
		p->oom = true;
	r->a.assessor = who;
	r->a.skill = (uint16_t)s;
	if (!p->oom && !part_push(p, e, &r->a))
		p->oom = true;
}

static void flush(struct assess_part *p)
{
	for (size_t i = 0; i < p->nbatch; i++)
		resolve(p, &p->batch[i], p->batch[i].who, p->batch[i].alen);
	p->nbatch = 0;
}

static int source_of(const struct model *m, const struct csv_row *r)
{
	const struct config *cfg = &m->cfg;
	int s = config_source(cfg, r->field[AC_SOURCE], r->len[AC_SOURCE]);
	if (s >= 0)
		return s;
	if (!r->len[AC_SOURCE]) {
		csv_row_problem(r->d, r, "empty source");
		return -1;
	}
	const char *names[SOURCES_MAX];
	for (size_t i = 0; i < cfg->nsources; i++)
		names[i] = cfg->sources[i].name;
	char word[80];
	snprintf(word, sizeof word, "%.*s", (int)(r->len[AC_SOURCE] < 79 ? r->len[AC_SOURCE] : 79), r->field[AC_SOURCE]);
	const char *hint = suggest_closest(word, names, cfg->nsources);
	if (hint)
		csv_row_problem(r->d, r, "unknown source '%s' (did you mean '%s'?)", diag_quote(r->d, word, strlen(word)), hint);
	else
		csv_row_problem(r->d, r, "unknown source '%s'", diag_quote(r->d, word, strlen(word)));
	return -1;
}

static int on_row(void *ctx, const struct csv_row *r)
{
	struct assess_part *p = ctx;
	const struct model *m = p->l->m;
	p->d = r->d;
	p->file = r->file;
	long long level;
	int32_t date;
	bool ok = csvf_id(r->d, r, AC_EMPLOYEE, "employee id", true);
	ok &= csvf_id(r->d, r, AC_SKILL, "skill", true);
	ok &= csvf_int(r->d, r, AC_LEVEL, "level", 0, m->scale_max ? m->scale_max : LEVEL_MAX, &level);
	ok &= csvf_date(r->d, r, AC_DATE, "date", &date);
	int source = source_of(m, r);
	if (!ok || source < 0)
		return 0;
	bool long_name = r->len[AC_ASSESSOR] > ID_MAX;
	if (long_name)
		flush(p); /* a long assessor name is looked up at once, in order */
	struct pending one, *q = long_name ? &one : &p->batch[p->nbatch];
	q->a = (struct assessment){0, r->line, date, 0, (uint8_t)level, (uint8_t)source};
	q->elen = (uint8_t)r->len[AC_EMPLOYEE];
	q->slen = (uint8_t)r->len[AC_SKILL];
	memcpy(q->e, r->field[AC_EMPLOYEE], q->elen);
	memcpy(q->s, r->field[AC_SKILL], q->slen);
	q->eh = hash_bytes(q->e, q->elen);
	q->ah = hash_bytes(r->field[AC_ASSESSOR], r->len[AC_ASSESSOR]);
	if (long_name) {
		resolve(p, q, r->field[AC_ASSESSOR], r->len[AC_ASSESSOR]);
		return p->oom ? -1 : 0;
	}
	q->alen = (uint8_t)r->len[AC_ASSESSOR];
	memcpy(q->who, r->field[AC_ASSESSOR], q->alen);
	model_person_prefetch(m, q->eh);
	model_person_prefetch(m, q->ah);
	if (++p->nbatch == BATCH)
		flush(p);
	return p->oom ? -1 : 0;
}

static int part_end(void *ctx)
{
	struct assess_part *p = ctx;
	flush(p);
	return p->oom ? -1 : 0;
}

static int cmp_row(const void *pa, const void *pb)
{
	return assessment_cmp(pa, pb);
}

/* A person's rows by skill, date and line (lines are unique, so any sort
 * gives this one order); most people have a few dozen. */
static void sort_person(struct assessment *a, size_t n)
{
	if (n > 48) {
		qsort(a, n, sizeof *a, cmp_row);
		return;
	}
	for (size_t i = 1; i < n; i++) {
		struct assessment x = a[i];
		size_t j = i;
		while (j && cmp_row(&a[j - 1], &x) > 0) {
			a[j] = a[j - 1];
			j--;
		}
		a[j] = x;
	}
}

/* Groups one bucket's rows (every piece's, in file order) by employee. */
static void group_bucket(struct assess_load *l, struct evidence_read *out, size_t b, size_t base,
			 uint32_t *const remap[CSV_PARTS_MAX], const uint32_t line_offset[CSV_PARTS_MAX], size_t *cnt)
{
	const struct model *m = l->m;
	uint64_t lo = (uint64_t)b << l->shift, hi = (uint64_t)(b + 1) << l->shift;
	if (hi > m->npeople)
		hi = m->npeople;
	if (lo >= hi)
		return;
	size_t width = hi - lo;
	memset(cnt, 0, (width + 1) * sizeof *cnt);
	for (unsigned p = 0; p < CSV_PARTS_MAX; p++)
		for (struct chunk *c = l->part[p].head ? l->part[p].head[b] : NULL; c; c = c->next)
			for (size_t i = 0; i < c->n; i++)
				cnt[c->rows[i].member + 1]++;
	for (size_t i = 0; i < width; i++) {
		out->rows_of[lo + i] = base + cnt[i];
		cnt[i + 1] += cnt[i];
	}
	/* rows_of[hi] is the next bucket's to write: this one's people end
	 * where cnt leaves them once filled */
	for (size_t i = 0; i < width; i++)
		cnt[i] = out->rows_of[lo + i];
	for (unsigned p = 0; p < CSV_PARTS_MAX; p++) {
		if (!l->part[p].head)
			continue; /* discarded, or freed after a failed read */
		struct chunk *c = l->part[p].head[b];
		l->part[p].head[b] = NULL;
		while (c) {
			for (size_t i = 0; i < c->n; i++) {
				struct assessment a = raw_unpack(&c->rows[i]);
				a.line += line_offset[p];
				if (!(a.assessor & ASSESSOR_EMPLOYEE))
					a.assessor = remap[p][a.assessor];
				out->rows[cnt[c->rows[i].member]++] = a;
			}
			struct chunk *next = c->next;
			munmap(c, CHUNK_BYTES);
			c = next;
		}
	}
	for (size_t i = 0; i < width; i++)
		sort_person(out->rows + out->rows_of[lo + i], cnt[i] - out->rows_of[lo + i]);
}

/* The assessors who are not employees, renumbered into model.assessors. */
static uint32_t *assessor_remap(struct model *m, struct assess_part *p)
{
	uint32_t *remap = malloc((p->assessors.n ? p->assessors.n : 1) * sizeof *remap);
	if (!remap)
		return NULL;
	for (size_t i = 0; i < p->assessors.n; i++) {
		const char *s = p->assessors.strs[i];
		remap[i] = strtab_intern(&m->assessors, s, strlen(s));
		if (remap[i] == NONE) {
			free(remap);
			return NULL;
		}
	}
	return remap;
}

/* Buckets are grouped on every core: each writes its own range of rows
 * and of rows_of, from where the buckets before it end (base). */
struct group_job {
	struct assess_load *l;
	struct evidence_read *out;
	size_t *base; /* per bucket */
	uint32_t *remap[CSV_PARTS_MAX];
};

struct group_worker {
	struct group_job *j;
	size_t *cnt;
};

static int group_work(void *worker, size_t b, void *slot)
{
	(void)slot;
	struct group_worker *w = worker;
	struct group_job *j = w->j;
	group_bucket(j->l, j->out, b, j->base[b], j->remap, j->out->split.line_offset, w->cnt);
	return 0;
}

static int group_all(struct assess_load *l, struct evidence_read *out)
{
	struct model *m = l->m;
	size_t total = 0;
	for (unsigned p = 0; p < CSV_PARTS_MAX; p++)
		total += l->part[p].nrows;
	out->rows_of = calloc((size_t)m->npeople + 1, sizeof *out->rows_of);
	out->rows = mem_alloc_huge((total ? total : 1) * sizeof *out->rows);
	struct group_job j = {.l = l, .out = out};
	unsigned threads = par_threads(l->o->threads);
	struct group_worker w[PAR_MAX] = {{0}};
	void *workers[PAR_MAX];
	bool ok = out->rows_of && out->rows;
	for (unsigned t = 0; t < threads; t++) {
		w[t].j = &j;
		workers[t] = &w[t];
		ok = ok && (w[t].cnt = malloc((((size_t)1 << l->shift) + 1) * sizeof *w[t].cnt));
	}
	for (unsigned p = 0; ok && p < CSV_PARTS_MAX; p++)
		ok = (j.remap[p] = assessor_remap(m, &l->part[p])) != NULL;
	ok = ok && (j.base = malloc(l->nbuckets * sizeof *j.base));
	for (size_t b = 0, base = 0; ok && b < l->nbuckets; b++) {
		j.base[b] = base;
		for (unsigned p = 0; p < CSV_PARTS_MAX; p++)
			base += l->part[p].count ? l->part[p].count[b] : 0;
	}
	struct par_job job = {.n = l->nbuckets, .slot_size = 1, .threads = threads, .workers = workers,
			      .work = group_work, .ctx = &j, .block = 1};
	ok = ok && par_run(&job) == 0;
	if (ok)
		out->rows_of[m->npeople] = total;
	out->nrows = ok ? total : 0;
	for (unsigned p = 0; p < CSV_PARTS_MAX; p++)
		free(j.remap[p]);
	for (unsigned t = 0; t < threads; t++)
		free(w[t].cnt);
	free(j.base);
	return ok ? 0 : -1;
}

/* The first few rows about people or skills no longer there, and how many. */
static void collect_gone(const struct assess_load *l, const struct csv_split *sp, struct evidence_gone *g)
{
	for (unsigned p = 0; p < CSV_PARTS_MAX; p++) {
		const struct assess_part *q = &l->part[p];
		for (size_t i = 0; i < q->gone && i < GONE_NAMED && g->named < EVIDENCE_GONE_NAMED; i++) {
			struct evidence_gone_row *r = &g->first[g->named++];
			r->line = q->gone_first[i].line + sp->line_offset[p];
			r->employee = q->gone_first[i].employee;
			memcpy(r->name, q->gone_first[i].name, sizeof r->name);
		}
		g->count += q->gone;
		if (q->gone)
			g->last_line = q->gone_last + sp->line_offset[p];
	}
}

void evidence_gone_add(struct evidence_gone *to, const struct evidence_gone *more)
{
	for (size_t i = 0; i < more->named && to->named < EVIDENCE_GONE_NAMED; i++)
		to->first[to->named++] = more->first[i];
	to->count += more->count;
	if (more->count)
		to->last_line = more->last_line;
}

void evidence_gone_report(const struct evidence_gone *g, const char *display, struct diag_list *d)
{
	if (!g->count)
		return;
	char text[EVIDENCE_GONE_NAMED * 120] = "";
	for (size_t i = 0; i < g->named; i++) {
		size_t len = strlen(text);
		snprintf(text + len, sizeof text - len, "%sline %u: %s '%s'", i ? "; " : "", g->first[i].line,
			 g->first[i].employee ? "employee" : "skill", diag_quote(d, g->first[i].name, strlen(g->first[i].name)));
	}
	diag_add(d, DIAG_WARNING, display, 0, 0, "%zu row%s about employees or skills no longer present skipped (%s%s)",
		 g->count, g->count == 1 ? "" : "s", text, g->count > g->named ? "; …" : "");
}

void evidence_read_free(struct evidence_read *r)
{
	free(r->rows);
	free(r->rows_of);
	r->rows = NULL;
	r->rows_of = NULL;
}

int assessments_read(struct model *m, const char *path, const char *display, const struct load_opts *o,
		     uint64_t from, uint32_t from_line, struct diag_list *d, struct evidence_read *out)
{
	static const bool req[AC__COUNT] = {true, true, true, true, true, false, false};
	struct csv_column cols[AC__COUNT];
	csvf_columns(&m->cfg, CSVF_ASSESSMENTS, req, cols, AC__COUNT);
	memset(out, 0, sizeof *out);
	if (strtab_intern(&m->assessors, "", 0) != 0 || !model_index_people(m)) /* the empty assessor is 0 */
		return -1;
	struct assess_load *l = aligned_alloc(_Alignof(struct assess_load), sizeof *l); /* its parts' own lines */
	if (!l)
		return -1;
	memset(l, 0, sizeof *l);
	l->m = m;
	l->o = o;
	size_t members = o->bucket_people && o->bucket_people < MEMBERS_MAX ? o->bucket_people : MEMBERS_MAX;
	while (((size_t)m->npeople >> l->shift) >= BUCKETS && ((size_t)1 << (l->shift + 1)) <= members)
		l->shift++;
	l->nbuckets = ((size_t)m->npeople >> l->shift) + 1;
	if (l->nbuckets < BUCKETS)
		l->nbuckets = BUCKETS;
	struct csv_parts parts = {.n = o->threads ? o->threads : CSV_PARTS_MAX, .row = on_row, .discard = part_discard,
				  .end = part_end};
	/* rows are 27 bytes or more of text, and 16 in a chunk */
	struct stat st;
	uint64_t text = stat(path, &st) == 0 && (uint64_t)st.st_size > from ? (uint64_t)st.st_size - from : 0;
	uint64_t pool_min = o->pool_min ? o->pool_min : (uint64_t)l->nbuckets * CHUNK_BYTES * CSV_PARTS_MAX / sizeof(struct raw_row) * 27;
	l->pools = text >= pool_min;
	bool ok = true;
	for (unsigned p = 0; p < CSV_PARTS_MAX; p++) {
		struct assess_part *q = &l->part[p];
		q->l = l;
		parts.ctx[p] = q;
		ok = ok && (q->head = calloc(l->nbuckets, sizeof *q->head)) && (q->tail = calloc(l->nbuckets, sizeof *q->tail)) &&
		     (q->count = calloc(l->nbuckets, sizeof *q->count));
	}
	if (!ok) {
		for (unsigned p = 0; p < CSV_PARTS_MAX; p++)
			part_free(&l->part[p]);
		free(l);
		return -1;
	}
	out->split = (struct csv_split){.min_split = o->split_min, .from = from, .from_line = from_line, .limit = o->limit};
	int rc = csv_read_split(path, display, cols, AC__COUNT, d, &parts, &m->progress, &out->split);
	for (unsigned p = 0; p < CSV_PARTS_MAX; p++)
		if (l->part[p].oom)
			rc = -1;
	if (rc == 0)
		collect_gone(l, &out->split, &out->gone);
	if (rc < 0) /* a file that could not be read says nothing about anyone */
		for (unsigned p = 0; p < CSV_PARTS_MAX; p++)
			part_free(&l->part[p]);
	if (group_all(l, out) < 0)
		rc = -1;
	for (unsigned p = 0; p < CSV_PARTS_MAX; p++)
		part_free(&l->part[p]);
	free(l);
	return rc;
}

int assessments_load(struct model *m, const char *path, const char *display, const struct load_opts *o,
		     struct diag_list *d)
{
	size_t errors0 = d->errors;
	struct evidence_read rd;
	int rc = assessments_read(m, path, display, o, 0, 0, d, &rd);
	evidence_gone_report(&rd.gone, display, d);
	m->rows = rd.rows;
	m->rows_of = rd.rows_of;
	m->nrows = rd.nrows;
	m->evidence_split = rd.split;
	m->evidence_gone = rd.gone;
	return rc < 0 || d->errors > errors0 ? -1 : 0;
}
