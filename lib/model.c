#include "model.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "par.h"

void model_free(struct model *m)
{
	if (!m)
		return;
	arena_free(&m->arena);
	idmap_free(&m->skill_ids);
	idmap_free(&m->role_ids);
	idmap_free(&m->person_ids);
	idmap_free(&m->item_ids);
	idmap_free(&m->opp_ids);
	strtab_free(&m->groups);
	strtab_free(&m->assessors);
	free(m->skill_names);
	free(m->reqs);
	free(m->moves);
	if (!m->people_mapped) {
		free(m->people);
		free((char *)m->person_text);
	}
	free(m->plan_of);
	free(m->aspirations);
	if (!m->rows_mapped) {
		free(m->rows);
		free(m->rows_of);
	}
	free(m->tail);
	free(m->tail_of);
	free(m->xrows);
	free(m->xrows_of);
	free(m->items);
	free(m->steps);
	free(m->steps_of);
	free(m->plans);
	free(m->milestones);
	if (m->mapped)
		munmap((void *)m->mapped, m->mapped_size);
	if (m->plans_mapped)
		munmap((void *)m->plans_mapped, m->plans_mapped_size);
	free(m);
}

uint32_t model_skill(const struct model *m, const char *id)
{
	return idmap_get(&m->skill_ids, id, strlen(id));
}

uint32_t model_role(const struct model *m, const char *id)
{
	return idmap_get(&m->role_ids, id, strlen(id));
}

uint32_t model_person(const struct model *m, const char *id)
{
	return model_person_n(m, id, strlen(id));
}

/* people[] is in byte order of id (index order is id order): a run that
 * looks up a few people finds them by halving, and only one that looks up
 * millions (the evidence log) builds the map. */
uint32_t model_person_n(const struct model *m, const char *id, size_t n)
{
	if (m->person_ids.n)
		return idmap_get(&m->person_ids, id, n);
	uint32_t lo = 0, hi = m->npeople;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		const char *p = person_id(m, mid);
		size_t pn = strlen(p);
		int c = memcmp(p, id, pn < n ? pn : n);
		if (c == 0)
			c = pn < n ? -1 : pn > n;
		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NONE;
}

/* A million ids go into a map far bigger than the cache: each is hashed
 * and its slot asked for AHEAD inserts before it is written, so that the
 * misses overlap; blocks of people go in on every core (the map's pages
 * are faulted in as they are written, and a fresh page is dear). Ids are
 * distinct: people_load keeps the first of a duplicate, and the cache
 * holds what it kept. */
#define AHEAD 16
#define INDEX_BLOCK 65536

static int index_block(void *worker, size_t blk, void *slot)
{
	(void)slot;
	struct model *m = worker;
	size_t lo = blk * INDEX_BLOCK, hi = m->npeople - lo > INDEX_BLOCK ? lo + INDEX_BLOCK : m->npeople;
	uint64_t h[AHEAD];
	size_t len[AHEAD];
	for (size_t i = lo; i < hi + AHEAD; i++) {
		if (i >= lo + AHEAD) {
			size_t k = i - AHEAD; /* its ring entry is the one i takes next */
			idmap_put_distinct(&m->person_ids, person_id(m, (uint32_t)k), len[k % AHEAD], h[k % AHEAD], (uint32_t)k);
		}
		if (i < hi) {
			len[i % AHEAD] = strlen(person_id(m, (uint32_t)i));
			h[i % AHEAD] = hash_bytes(person_id(m, (uint32_t)i), len[i % AHEAD]);
			idmap_prefetch(&m->person_ids, h[i % AHEAD]);
		}
	}
	return 0;
}

bool model_index_people(struct model *m)
{
	if (m->person_ids.n || m->person_index.slot || !m->npeople)
		return true;
	if (!idmap_reserve(&m->person_ids, m->npeople))
		return false;
	void *workers[PAR_MAX];
	for (unsigned k = 0; k < PAR_MAX; k++)
		workers[k] = m;
	size_t blocks = ((size_t)m->npeople + INDEX_BLOCK - 1) / INDEX_BLOCK;
	struct par_job job = {.n = blocks, .slot_size = 1, .threads = blocks > 1 ? par_threads(0) : 1,
			      .workers = workers, .work = index_block, .block = 1};
	if (par_run(&job) < 0) {
		idmap_free(&m->person_ids); /* half an index would pass for a whole one */
		return false;
	}
	m->person_ids.n = m->npeople;
	return true;
}

uint32_t model_person_hashed(const struct model *m, const char *id, size_t n, uint64_t h)
{
	if (m->person_index.slot) /* model_index_people built no map then */
		return people_index_get(&m->person_index, id, n, h);
	return idmap_get_hashed(&m->person_ids, id, n, h);
}

void model_person_prefetch(const struct model *m, uint64_t h)
{
	if (m->person_index.slot)
		people_index_prefetch(&m->person_index, h);
	else
		idmap_prefetch(&m->person_ids, h);
}

const char *model_person_suggest(const struct model *m, const char *id, size_t n)
{
	if (!m->npeople || n > 64)
		return NULL;
	const char **c = malloc((size_t)m->npeople * sizeof *c);
	if (!c)
		return NULL;
	for (uint32_t i = 0; i < m->npeople; i++)
		c[i] = person_id(m, i);
	const char *s = suggest_among(id, n, c, m->npeople);
	free(c);
	return s;
}

uint32_t model_opportunity(const struct model *m, const char *id)
{
	return idmap_get(&m->opp_ids, id, strlen(id));
}

uint32_t model_item(const struct model *m, const char *id)
{
	return idmap_get(&m->item_ids, id, strlen(id));
}

const char *move_type_name(enum move_type t)
{
	static const char *const names[] = {"promotion", "lateral", "step-back", "cross-functional"};
	return names[t];
}

const char *model_assessor(const struct model *m, uint32_t assessor)
{
	if (assessor & ASSESSOR_EMPLOYEE) {
		uint32_t e = assessor & ~ASSESSOR_EMPLOYEE;
		return e < m->npeople ? person_id(m, e) : "";
	}
	return assessor < m->assessors.n ? m->assessors.strs[assessor] : "";
}

/* The rows [a, ae) and [b, be), each in assessment_cmp order, into out. */
static void rows_merge(const struct assessment *a, const struct assessment *ae, const struct assessment *b,
		       const struct assessment *be, struct assessment *out)
{
	while (a < ae || b < be)
		*out++ = (b == be || (a < ae && assessment_cmp(a, b) < 0)) ? *a++ : *b++;
}

static size_t rows_both(const struct model *m, uint32_t e)
{
	return m->rows_of[e + 1] - m->rows_of[e] + m->tail_of[e + 1] - m->tail_of[e];
}

static void rows_merge_of(const struct model *m, uint32_t e, struct assessment *out)
{
	rows_merge(m->rows + m->rows_of[e], m->rows + m->rows_of[e + 1], m->tail + m->tail_of[e],
		   m->tail + m->tail_of[e + 1], out);
}

const struct assessment *model_rows_merged(const struct model *m, uint32_t e, size_t *n, struct rows_buf *buf)
{
	*n = rows_both(m, e);
	if (*n > ROWS_BUF_ROWS)
		return m->xrows + m->xrows_of[e];
	rows_merge_of(m, e, buf->row);
	return buf->row;
}

int model_rows_append(struct model *m, struct assessment *tail, size_t *tail_of, size_t ntail)
{
	m->tail = tail;
	m->tail_of = tail_of;
	m->nrows += ntail;
	size_t big = 0;
	for (uint32_t e = 0; e < m->npeople; e++)
		if (tail_of[e + 1] > tail_of[e] && rows_both(m, e) > ROWS_BUF_ROWS)
			big += rows_both(m, e);
	if (!big)
		return 0;
	m->xrows_of = calloc((size_t)m->npeople + 1, sizeof *m->xrows_of);
	m->xrows = malloc(big * sizeof *m->xrows);
	if (!m->xrows_of || !m->xrows)
		return -1;
	size_t at = 0;
	for (uint32_t e = 0; e < m->npeople; e++) {
		m->xrows_of[e] = at;
		if (tail_of[e + 1] > tail_of[e] && rows_both(m, e) > ROWS_BUF_ROWS) {
			rows_merge_of(m, e, m->xrows + at);
			at += rows_both(m, e);
		}
	}
	m->xrows_of[m->npeople] = at;
	return 0;
}
