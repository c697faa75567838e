/* The cache of parsed CSV inputs under .rungs/ in the data repo: people and
 * the evidence log, packed as the model holds them, so that a second run
 * maps them instead of parsing a gigabyte again.
 *
 * It is invisible: every result is the same with it, without it
 * (--no-cache) or with a damaged one. A source file is taken as unchanged
 * git-style from its metadata (size, mtime and ctime to the nanosecond,
 * inode), with git's rule for racy timestamps; an evidence log that has
 * grown has its cached part checked with xxHash and only the new bytes are
 * parsed; anything else rebuilds. A cache file is written to a temporary
 * file and renamed under a lock, and checked (magic, version, layout, a
 * hash of each 1 MiB chunk, every index in range) before anything in it is
 * used: the people when it is opened, the rows when they are handed over,
 * all of them or one employee's (load_opts.evidence_of). */
#ifndef RUNGS_CACHE_H
#define RUNGS_CACHE_H

#include "diag.h"
#include "load.h"
#include "model.h"

struct cache;

/* Opens the cache of the repo at dir (NULL when there is none to use:
 * disabled, no .rungs/ and no way to make it). Call after skills and roles
 * are loaded: what the rows mean depends on them. */
struct cache *cache_open(const char *dir, const struct model *m, const char *people_path,
			 const char *assessments_path);

/* Fills the people from the cache when people.csv is unchanged; returns 1
 * when it did (diagnostics of the file replayed into d), 0 when the file
 * must be read. */
int cache_people(struct cache *c, struct model *m, const char *display, struct diag_list *d);

/* Keeps the diagnostics d has for the people file from index `from` on,
 * to be replayed when the people next come from the cache. */
void cache_people_diags(struct cache *c, const struct diag_list *d, size_t from, const char *display);

/* Fills the evidence log from the cache when the people came from it and
 * the log's cached part is unchanged, reading only what was appended;
 * returns 1 when it did, 0 when the log must be read, -1 on errors (in d). */
int cache_assessments(struct cache *c, struct model *m, const char *display, const struct load_opts *o,
		      struct diag_list *d);

/* What caches of files read with the people (the plans) are keyed by: the
 * meaning of ids and the content of people.csv, which employee indexes
 * follow from. False when not known (no people file read). */
bool cache_people_key(const struct cache *c, uint64_t *key);
/* The cache folder of the repo at repo_dir (name NULL), or the file name
 * in it; malloc'd, NULL without memory. */
char *cache_path(const char *repo_dir, const char *name);
/* The .rungs folder, and whether it exists or could be made (with its
 * .gitignore) to write into. */
const char *cache_dir(const struct cache *c);
bool cache_dir_ready(const struct cache *c);
/* The lock every writer of .rungs/ holds: its fd, or -1 when another
 * process holds it (the writer then leaves the cache as it is). */
int cache_lock(const struct cache *c);
void cache_unlock(int lock);

/* Writes the cache when it was missing or out of date and the load was
 * clean; silent when it cannot (read-only repo, another writer). */
void cache_store(struct cache *c, const struct model *m);
/* Whether cache_store has anything to write. */
bool cache_store_due(const struct cache *c, const struct model *m);
void cache_close(struct cache *c);

#endif
