/* What changed between two versions of the definitions: skills, roles and
 * opportunities, compared as rungs understands them (requirements after
 * `extends`, related pairs both ways, ids through renames). */
#ifndef RUNGS_DIFF_H
#define RUNGS_DIFF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model.h"

enum diff_what { DIFF_SKILL, DIFF_ROLE, DIFF_OPPORTUNITY };

/* In the order a thing's changes are listed. */
enum diff_kind {
	DK_ADDED,
	DK_REMOVED,
	DK_RENAMED,
	/* fields */
	DK_NAME,
	DK_CATEGORY,
	DK_TITLE,
	DK_KIND,
	DK_FAMILY,
	DK_TRACK,
	DK_LEVEL,
	DK_CRITICAL,
	DK_EXTENDS,
	DK_ROLE,
	DK_STATUS,
	DK_OPENS,
	DK_CLOSES,
	DK_CAPACITY,
	DK_DEPARTMENT,
	DK_LOCATION,
	/* skills */
	DK_ALIAS_REMOVED,
	DK_ALIAS_ADDED,
	DK_RELATED_REMOVED,
	DK_RELATED_ADDED,
	DK_RELATED_CHANGED,
	/* requirements, by skill */
	DK_REQ_REMOVED,
	DK_REQ_ADDED,
	DK_REQ_RAISED,
	DK_REQ_LOWERED,
	DK_WEIGHT,
	DK_ESSENTIAL,
	/* next edges */
	DK_NEXT_REMOVED,
	DK_NEXT_ADDED,
};

enum dval_type { DV_NONE, DV_INT, DV_NUM, DV_BOOL, DV_STR, DV_DATE };

/* A value before or after: a level, a weight, a flag, an id or text, a date. */
struct dval {
	enum dval_type t;
	long long i; /* DV_INT, DV_BOOL, DV_DATE */
	double x;    /* DV_NUM */
	const char *s;
};

struct diff_change {
	enum diff_what what;
	const char *id; /* the skill, role or opportunity; a renamed role's new id */
	enum diff_kind kind;
	const char *subject; /* the skill of a requirement or related pair, the alias, the role of a next edge */
	struct dval from, to;
	/* A requirement change that comes through `extends` (or an
	 * opportunity's `role`): the role where it was made; NULL when made here. */
	const char *inherited;
};

/* A role of either version, paired through renames. */
struct diff_role {
	const char *id;    /* the new id when present, else the old */
	uint32_t a, b;     /* index in the old and the new model; NONE when absent */
	bool renamed;      /* a removed id and an added id taken for one role */
	bool changed;      /* any change listed for it */
	bool requirements; /* its requirements differ (or it is added or removed) */
	/* Someone's readiness for it may differ: its requirements, or a skill
	 * it requires changed aliases or related pairs (evidence and credit). */
	bool affected;
};

struct diff {
	struct diff_change *v; /* skills, then roles, then opportunities; by id, kind, subject */
	size_t n, cap;
	struct diff_role *roles; /* every role of either version, by id (the new id when renamed) */
	size_t nroles;
};

/* Compares the definitions of a (old) and b (new). Returns 0, or -1 when
 * memory runs out. Strings point into the models: keep them until diff_free. */
int diff_defs(const struct model *a, const struct model *b, struct diff *out);
void diff_free(struct diff *d);

const char *diff_what_name(enum diff_what w);
/* "added", "requirement-raised", "next-removed", "title-changed"... */
const char *diff_kind_name(enum diff_kind k);

#endif
