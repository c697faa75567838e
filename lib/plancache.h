/* The cache of parsed development plans, .rungs/plans: a large organisation
 * has a plan file for one employee in ten, and parsing a hundred thousand
 * YAML files costs more than everything else a warm run does.
 *
 * One record per plan file that loaded without a diagnostic, with the
 * file's stamp from the folder listing: a file whose stamp is unchanged
 * (and not racy, git's rule) is taken from its record, any other is parsed
 * again. Records hold indexes of employees, roles and skills, so the file
 * is keyed by what they mean (cache_people_key): other skills, roles or
 * people and nothing in it is used. Like the evidence cache it is checked
 * (magic, sizes, a hash of all of it, every index in range) before it is
 * used, written to a temporary file and renamed under the lock, and
 * invisible in results. */
#ifndef RUNGS_PLANCACHE_H
#define RUNGS_PLANCACHE_H

#include "cache.h"
#include "model.h"

struct plancache;

/* The plans cache beside c, for the model m has loaded so far (skills,
 * roles, people), of the files below the folder `root` (kept: it must
 * outlive the cache); NULL when there is none to use. An absent or
 * damaged file gives an empty cache, to be written. */
struct plancache *plancache_open(const struct cache *c, const struct model *m, const char *root);
/* Closes pc; m keeps the mapped file when plans were taken from it (their
 * milestone titles lie in it), as long as the model lives. */
void plancache_close(struct plancache *pc, struct model *m);

/* For each of the n files listed (sorted by path), the index of its record
 * when its stamp says it is unchanged, else NONE. */
void plancache_match(struct plancache *pc, const char *const *paths, const struct file_stamp *stamps, size_t n,
		     uint32_t *rec);
/* How many files the last match found unchanged (0 without a cache). */
size_t plancache_matched(const struct plancache *pc);
/* And how many milestones those files hold: room made once, not doubled
 * and copied a hundred thousand plans long. */
size_t plancache_matched_milestones(const struct plancache *pc);

/* Asks the CPU for what taking record rec (NONE: nothing) will read. */
void plancache_prefetch(const struct plancache *pc, uint32_t rec, const struct model *m);

/* The plan of record rec, read from file `display`: *p filled, its
 * milestones appended to m->milestones. Returns 0, or -1 without memory. */
int plancache_take(const struct plancache *pc, uint32_t rec, struct model *m, const char *display, size_t *ms_cap,
		   struct plan *p);

/* Writes the cache when it differs from what was read: a record for each
 * file i with plan_of[i] != NONE (the index of its plan in m->plans), the
 * files that loaded cleanly. Silent when it cannot. */
void plancache_store(struct plancache *pc, const struct model *m, const char *const *paths,
		     const struct file_stamp *stamps, const uint32_t *plan_of, size_t n);

#endif
