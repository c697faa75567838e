#ifndef RUNGS_PEOPLEINDEX_H
#define RUNGS_PEOPLEINDEX_H

/* Employees by id in a table that lies in the evidence cache, so that a run
 * parsing the rows appended to a cached log looks their ids up where they
 * are mapped, instead of building a map of 80 MB of fresh memory for a
 * million people (which the kernel zeroes first, and which on a VM may not
 * even be backed yet). Open addressing on hash_bytes of the id, linear
 * probing, at most half full; 16 MB for a million people. */
#include <stddef.h>
#include <stdint.h>

struct people_slot {
	uint32_t person; /* the employee + 1; 0: the slot is empty */
	uint32_t id;     /* the offset of the employee's id in the texts */
};

struct people_index {
	const struct people_slot *slot; /* NULL: no table */
	uint64_t mask;                  /* the number of slots - 1 */
	const char *text;               /* the texts, ending in a '\0' */
	size_t text_size;
	uint32_t npeople;
};

/* Slots for n people: the power of two at least 2n; 0 for none. */
uint64_t people_index_slots(uint32_t npeople);
/* Puts employee e (its id hashed to h, its text at id_off) into slot[], of
 * mask + 1 slots, all empty at first. Ids are distinct. */
void people_index_put(struct people_slot *slot, uint64_t mask, uint64_t h, uint32_t e, uint32_t id_off);
/* The employee whose id is s[0..n) (hashed to h), or NONE. A slot out of
 * range is passed over and the probe ends, so a damaged table gives wrong
 * answers at worst, never a read out of bounds or a loop. */
uint32_t people_index_get(const struct people_index *ix, const char *s, size_t n, uint64_t h);
void people_index_prefetch(const struct people_index *ix, uint64_t h);

#endif
