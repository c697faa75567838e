/* A YAML document as a small tree with positions, built from libyaml
 * events without recursion, with the limits hostile input needs. Scalars
 * keep their text; typing follows the YAML 1.2 core schema (ynode_bool…). */
#ifndef RUNGS_YDOC_H
#define RUNGS_YDOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "util.h"

#define YDOC_MAX_DEPTH 64
#define YDOC_MAX_SCALAR (1u << 20)
#define YDOC_MAX_FILE (64u << 20)
#define YDOC_MAX_ALIAS_NODES 10000

enum ynode_type { YN_SCALAR, YN_MAP, YN_SEQ };

struct ynode {
	enum ynode_type type;
	uint32_t line, col;
	const char *text; /* scalar */
	size_t len;
	bool plain; /* an unquoted scalar: only these can be null, bool or numbers */
	struct ynode **kids; /* seq: items; map: key0, val0, key1, val1, … */
	size_t nkids;
	size_t weight; /* nodes in this subtree, for the alias limit */
};

/* Loads `path` (shown as `display` in diagnostics). Returns 0 with *root
 * (NULL for an empty document), or -1 after reporting the problem. */
int ydoc_load(const char *path, const char *display, struct arena *a, struct diag_list *d,
	      struct ynode **root);
int ydoc_parse(const char *data, size_t size, const char *display, struct arena *a,
	       struct diag_list *d, struct ynode **root);

size_t ynode_map_len(const struct ynode *n);
const struct ynode *ynode_key(const struct ynode *n, size_t i);
const struct ynode *ynode_val(const struct ynode *n, size_t i);

bool ynode_is_null(const struct ynode *n);
bool ynode_text_is(const struct ynode *n, const char *s);
/* 0 when n is such a value, -1 otherwise */
int ynode_bool(const struct ynode *n, bool *out);
int ynode_int(const struct ynode *n, long long min, long long max, long long *out);
int ynode_num(const struct ynode *n, double *out);
/* "a mapping", "a sequence", "'three'", for "expected X, found Y" messages */
const char *ynode_describe(const struct ynode *n, struct diag_list *d);

#endif
