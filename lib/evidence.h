/* The evidence log folded into effective levels as of a date (SPEC 2.1). */
#ifndef RUNGS_EVIDENCE_H
#define RUNGS_EVIDENCE_H

#include <stdbool.h>
#include <stdint.h>

#include "model.h"

/* What stands behind one effective level, for reports. */
struct evidence {
	double level;       /* SPEC 2.1; 0 without rows in the window */
	int32_t newest;     /* date of the newest row that counts, DATE_NONE without */
	int32_t oldest;     /* date of the oldest row that counts */
	uint32_t sources;   /* bit i: config source i has a row that counts */
	uint16_t rows;      /* rows that count */
};

/* Why a row does or does not count toward a level. */
enum row_status {
	ROW_COUNTS,     /* the latest of its (source, assessor) pair, in the window */
	ROW_SUPERSEDED, /* its pair has a later row in the window */
	ROW_TOO_OLD,    /* on or before as_of - evidence_max_age_days */
	ROW_FUTURE,     /* after as_of: not yet in effect */
};

/* The rows of employee e for skill s, by date: a slice of model_rows(),
 * which may lie in buf. */
const struct assessment *evidence_rows(const struct model *m, uint32_t e, uint32_t s, size_t *n, struct rows_buf *buf);

/* The level of e in s as of `as_of`, with what stands behind it. When
 * status is not NULL, it receives the status of each row of
 * evidence_rows(). Per-source values (the mean or maximum of the pairs)
 * land in source_value[i] (NAN for a source without rows) when not NULL. */
struct evidence evidence_fold(const struct model *m, uint32_t e, uint32_t s, int32_t as_of,
			      enum row_status *status, double *source_value);

/* One (source, assessor) pair of SPEC 2.1 step 2. */
struct evidence_pair {
	uint8_t source;
	uint32_t assessor;
	int32_t date;
	double value; /* mean of its rows of that date */
	unsigned rows;
};
#define EVIDENCE_PAIRS_MAX 256

/* evidence_fold with the pairs too (pairs has EVIDENCE_PAIRS_MAX entries),
 * in the order of their first row, for --explain. */
struct evidence evidence_explain(const struct model *m, uint32_t e, uint32_t s, int32_t as_of,
				 enum row_status *status, double *source_value, struct evidence_pair *pairs,
				 size_t *npairs);

/* The levels of e in every skill at once (levels has m->nskills entries):
 * one pass over e's rows. info, when not NULL (m->nskills entries), gets the
 * evidence of the skills e has rows in; the other entries are not touched
 * (a caller reading a few skills clears just those). */
void evidence_all(const struct model *m, uint32_t e, int32_t as_of, double *levels, struct evidence *info);

/* evidence_all without clearing levels first: only the entries of the
 * skills e has rows in are set (and info's, when not NULL). Returns how
 * many; their skills land in skills (m->nskills entries) when not NULL, so
 * that a caller measuring many people clears just those afterwards instead
 * of every skill for every person. */
size_t evidence_each(const struct model *m, uint32_t e, int32_t as_of, double *levels, struct evidence *info,
		     uint32_t *skills);

/* Only self-assessments behind it: shown as unverified. */
bool evidence_unverified(const struct model *m, const struct evidence *ev);

#endif
