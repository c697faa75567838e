#include "peopleindex.h"

#include <string.h>

#include "util.h"

uint64_t people_index_slots(uint32_t npeople)
{
	uint64_t n = 0;
	if (npeople)
		for (n = 2; n < 2 * (uint64_t)npeople; n *= 2)
			;
	return n;
}

void people_index_put(struct people_slot *slot, uint64_t mask, uint64_t h, uint32_t e, uint32_t id_off)
{
	uint64_t i = h & mask;
	while (slot[i].person)
		i = (i + 1) & mask;
	slot[i] = (struct people_slot){e + 1, id_off};
}

/* text + off holds s[0..n) and ends there: strnlen stops inside the texts,
 * which end in a '\0'. */
static int id_is(const struct people_index *ix, uint32_t off, const char *s, size_t n)
{
	const char *t = ix->text + off;
	return off < ix->text_size && t[0] == (n ? s[0] : '\0') && strnlen(t, n + 1) == n && memcmp(t, s, n) == 0;
}

uint32_t people_index_get(const struct people_index *ix, const char *s, size_t n, uint64_t h)
{
	if (!ix->slot)
		return NONE;
	for (uint64_t i = h & ix->mask, probes = 0; probes <= ix->mask; i = (i + 1) & ix->mask, probes++) {
		struct people_slot sl = ix->slot[i];
		if (!sl.person)
			return NONE;
		if (sl.person <= ix->npeople && id_is(ix, sl.id, s, n))
			return sl.person - 1;
	}
	return NONE;
}

void people_index_prefetch(const struct people_index *ix, uint64_t h)
{
	if (ix->slot)
		__builtin_prefetch(&ix->slot[h & ix->mask]);
}
