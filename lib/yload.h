/* Reading typed values out of a YAML tree, each problem reported once with
 * its position: the shared vocabulary of every YAML loader. */
#ifndef RUNGS_YLOAD_H
#define RUNGS_YLOAD_H

#include <stdbool.h>
#include <stdint.h>

#include "diag.h"
#include "ydoc.h"

struct yctx {
	struct diag_list *d;
	struct arena *a;
	const char *file;
	int errors; /* problems reported through this context */
};

struct yfield {
	const char *key;
	const struct ynode *val; /* filled in: NULL when absent */
};

void yerr(struct yctx *c, const struct ynode *at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void ywarn(struct yctx *c, const struct ynode *at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Fills fields from a mapping; unknown keys are warnings (with a "did you
 * mean"). `what` names the mapping in messages. False when n is no map. */
bool yfields(struct yctx *c, const struct ynode *n, struct yfield *f, size_t nf, const char *what);
const struct ynode *yfield_get(const struct yfield *f, size_t nf, const char *key);
/* The key node of `key` in a mapping (for positions), or NULL. */
const struct ynode *ykey(const struct ynode *map, const char *key);

bool yexpect(struct yctx *c, const struct ynode *n, enum ynode_type t, const char *what);
/* Each returns false after reporting when n is not such a value. */
bool yid(struct yctx *c, const struct ynode *n, const char *what, const char **out);
bool ytext(struct yctx *c, const struct ynode *n, const char *what, const char **out);
bool yint(struct yctx *c, const struct ynode *n, const char *what, long long min, long long max, long long *out);
bool ynum_pos(struct yctx *c, const struct ynode *n, const char *what, double *out); /* > 0 */
bool ynum_range(struct yctx *c, const struct ynode *n, const char *what, double lo, double hi, bool lo_open, double *out);
bool ybool(struct yctx *c, const struct ynode *n, const char *what, bool *out);
bool ydate(struct yctx *c, const struct ynode *n, const char *what, int32_t *out);

#endif
