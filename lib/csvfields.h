/* Typed fields of a CSV row, each problem reported with file and line. */
#ifndef RUNGS_CSVFIELDS_H
#define RUNGS_CSVFIELDS_H

#include "csvread.h"
#include "model.h"

bool csvf_id(struct diag_list *d, const struct csv_row *r, int col, const char *what, bool required);
bool csvf_int(struct diag_list *d, const struct csv_row *r, int col, const char *what, long long min, long long max,
	      long long *out);
bool csvf_num_pos(struct diag_list *d, const struct csv_row *r, int col, const char *what, double *out);
bool csvf_date(struct diag_list *d, const struct csv_row *r, int col, const char *what, int32_t *out);
/* a reference to an existing skill (id or alias), role or employee */
uint32_t csvf_ref(struct diag_list *d, const struct csv_row *r, int col, const char *kind, const struct idmap *ids,
		  const void *base, size_t count, size_t stride);

/* The columns of one CSV file of the repo, with rungs.yaml's header names. */
void csvf_columns(const struct config *c, enum csv_file f, const bool *required, struct csv_column *out, size_t n);

#endif
