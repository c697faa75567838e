#include "model.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

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
 * misses overlap. */
#define AHEAD 16

bool model_index_people(struct model *m)
{
	if (m->person_ids.n || !m->npeople)
		return true;
	if (!idmap_reserve(&m->person_ids, m->npeople))
		return false;
	uint64_t h[AHEAD];
	size_t len[AHEAD];
	for (size_t i = 0; i < (size_t)m->npeople + AHEAD; i++) {
		size_t k = i - AHEAD; /* its ring entry is the one i takes next */
		if (i >= AHEAD && idmap_put_hashed(&m->person_ids, person_id(m, (uint32_t)k), len[k % AHEAD], h[k % AHEAD],
						   (uint32_t)k) == NONE - 1) {
			idmap_free(&m->person_ids); /* half an index would pass for a whole one */
			return false;
		}
		if (i < m->npeople) {
			len[i % AHEAD] = strlen(person_id(m, (uint32_t)i));
			h[i % AHEAD] = hash_bytes(person_id(m, (uint32_t)i), len[i % AHEAD]);
			idmap_prefetch(&m->person_ids, h[i % AHEAD]);
		}
	}
	return true;
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
