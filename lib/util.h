/* Small building blocks every room uses: an arena, growable arrays, string
 * hashing and an id map. */
#ifndef RUNGS_UTIL_H
#define RUNGS_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NONE UINT32_MAX

/* A bump allocator: many small objects, freed in one call. */
struct arena_block;
struct arena {
	struct arena_block *head;
	size_t used, size;
	bool failed; /* an allocation failed: the load reports ENOMEM once */
};

void *arena_alloc(struct arena *a, size_t n);
void *arena_calloc(struct arena *a, size_t n);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_strdup(struct arena *a, const char *s);
char *arena_printf(struct arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void arena_free(struct arena *a);
/* Moves every block of from into a (from is left empty): what was
 * allocated in from now lives as long as a. */
void arena_adopt(struct arena *a, struct arena *from);

/* Large arrays on huge pages where the system allows it (a hint): a
 * hundred thousand plans or a million people are faulted in 2 MB at a
 * time, not 4 KB, and a fault costs more than the memory it brings in.
 * mem_huge advises the whole 2 MB pages inside [p, p + n); nothing below
 * 4 MB. mem_alloc_huge is malloc(n), advised; free it with free. */
void mem_huge(void *p, size_t n);
void *mem_alloc_huge(size_t n);

/* Grow *p (of *cap elements of size el) to hold at least need elements.
 * Returns false, leaving *p intact, when memory runs out. */
bool vec_reserve(void **p, size_t *cap, size_t need, size_t el);
#define VEC_PUSH(arr, n, cap) \
	((n) < (cap) || vec_reserve((void **)&(arr), &(cap), (n) + 1, sizeof *(arr)))

uint64_t hash_bytes(const char *s, size_t n);

/* Maps strings (not owned: they must outlive the map) to 32-bit values. */
struct idmap_slot;
struct idmap {
	struct idmap_slot *slots;
	size_t cap, n;
};

uint32_t idmap_get(const struct idmap *m, const char *s, size_t n);
/* For lookups in bulk: hash a batch, prefetch their slots, then look up,
 * so that the cache misses of a big map overlap instead of queueing. */
uint32_t idmap_get_hashed(const struct idmap *m, const char *s, size_t n, uint64_t h);
void idmap_prefetch(const struct idmap *m, uint64_t h);
/* Room for n keys without growing. */
bool idmap_reserve(struct idmap *m, size_t n);
/* Inserts s → v unless s is present; returns the value now stored for s, or
 * NONE - 1 when memory runs out. */
uint32_t idmap_put(struct idmap *m, const char *s, size_t n, uint32_t v);
/* The same, with s's hash_bytes already known (for inserts in bulk). */
uint32_t idmap_put_hashed(struct idmap *m, const char *s, size_t n, uint64_t h, uint32_t v);
/* Puts a key no other put (before, or meanwhile) has, into the room
 * idmap_reserve made, from any number of threads at once: a slot is
 * claimed by one atomic exchange. m->n is the caller's to set once all
 * are in; the slots a key lands in depend on the threads, what it maps
 * to does not. */
void idmap_put_distinct(struct idmap *m, const char *s, size_t n, uint64_t h, uint32_t v);
void idmap_free(struct idmap *m);

/* Interned strings: each distinct text gets a dense index. */
struct strtab {
	struct arena arena;
	struct idmap map;
	const char **strs;
	size_t n, cap;
};
uint32_t strtab_intern(struct strtab *t, const char *s, size_t n);
uint32_t strtab_find(const struct strtab *t, const char *s, size_t n);
void strtab_free(struct strtab *t);

/* Identifiers as SPEC 1 defines them: 1-64 of [A-Za-z0-9._-], not starting
 * with '.' or '-'. */
bool id_valid(const char *s, size_t n);

/* The closest of n candidates to word within a small edit distance, or NULL. */
const char *suggest_closest(const char *word, const char *const *cands, size_t n);
/* The same over an array of n structs of `stride` bytes whose first member
 * is the `const char *` id (skills, roles, opportunities). */
const char *suggest_in(const char *word, size_t len, const void *base, size_t n, size_t stride);
/* The same among names[0..n), word being word[0..len). */
const char *suggest_among(const char *word, size_t len, const char *const *names, size_t n);

/* Reads a whole file into memory (a regular file, a pipe, a device). */
/* What stat(2) says of a file that tells, git-style, whether it changed:
 * size, inode, device, and mtime and ctime to the nanosecond. */
struct file_stamp {
	uint64_t size, ino, dev;
	int64_t mtime_s, mtime_ns, ctime_s, ctime_ns;
};
struct stat;
void file_stamp_of(const struct stat *st, struct file_stamp *out);
bool file_stamp_same(const struct file_stamp *a, const struct file_stamp *b);
/* git's racy rule: a file modified in the tick a cache was written (s, ns)
 * or after may have changed again with the same stamp. */
bool file_stamp_racy(const struct file_stamp *f, int64_t s, int64_t ns);

struct file_data {
	const char *data;
	size_t size;
	bool owned; /* data is malloc'd (else a static "") */
};
/* Returns 0, or an errno value (EISDIR for a directory). */
int file_read_all(const char *path, struct file_data *fd);
/* The same, stopping after max bytes: a caller with a size limit learns
 * that the file is too big (size == max) without reading /dev/zero or a
 * 10 GB file whole. */
int file_read_max(const char *path, size_t max, struct file_data *fd);
void file_data_free(struct file_data *fd);
/* Replaces the file at path with n bytes, through a temporary file beside
 * it renamed over it: readers see the old file or the new, never a part.
 * false (nothing left behind) when it cannot. */
bool file_replace(const char *path, const void *data, size_t n);

int cmp_str_ptr(const void *a, const void *b);

/* strerror(e) in the lowercase of rungs's messages ("no such file or
 * directory"); "it is a directory" for EISDIR. Thread-local-free: the text
 * is copied into buf. */
const char *errno_text(int e, char buf[128]);

#endif
