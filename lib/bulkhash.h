#ifndef RUNGS_BULKHASH_H
#define RUNGS_BULKHASH_H

/* XXH3 over many bytes at once: the evidence log, the cache files. Ids
 * and other short keys keep the plain XXH3 call (hash_bytes). */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <xxhash.h>

uint64_t bulk_hash(const void *p, size_t n);
/* XXH3_64bits_update's, for a state made and digested the usual way. */
bool bulk_update(XXH3_state_t *st, const void *p, size_t n);

#endif
