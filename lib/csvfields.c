#include "csvfields.h"

#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "num.h"

bool csvf_id(struct diag_list *d, const struct csv_row *r, int col, const char *what, bool required)
{
	size_t n = r->len[col];
	if (n == 0) {
		if (required)
			csv_row_problem(d, r, "empty %s", what);
		return !required;
	}
	if (!id_valid(r->field[col], n)) {
		csv_row_problem(d, r, "invalid %s '%s' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)", what,
				diag_quote(d, r->field[col], n));
		return false;
	}
	return true;
}

bool csvf_int(struct diag_list *d, const struct csv_row *r, int col, const char *what, long long min, long long max,
	      long long *out)
{
	if (!r->len[col]) {
		csv_row_problem(d, r, "empty %s", what);
		return false;
	}
	int rc = num_parse_int(r->field[col], r->len[col], min, max, out);
	if (rc == 0)
		return true;
	if (rc == -2)
		csv_row_problem(d, r, "%s '%s' is out of range (%lld to %lld)", what, diag_quote(d, r->field[col], r->len[col]),
				min, max);
	else
		csv_row_problem(d, r, "%s: expected an integer, found '%s'", what, diag_quote(d, r->field[col], r->len[col]));
	return false;
}

bool csvf_num_pos(struct diag_list *d, const struct csv_row *r, int col, const char *what, double *out)
{
	if (!r->len[col]) {
		csv_row_problem(d, r, "empty %s", what);
		return false;
	}
	*out = 0;
	int rc = num_parse(r->field[col], r->len[col], out);
	bool in_range = *out > 0 && *out <= 1e9;
	if (rc == 0 && in_range)
		return true;
	if (rc == -2 && in_range)
		csv_row_problem(d, r, "%s '%s' has more digits than can be read exactly (at most 15 significant, 18 decimals)",
				what, diag_quote(d, r->field[col], r->len[col]));
	else if (rc != -1)
		csv_row_problem(d, r, "%s must be greater than 0 (and at most 1000000000), found '%s'", what,
				diag_quote(d, r->field[col], r->len[col]));
	else
		csv_row_problem(d, r, "%s: expected a number, found '%s'", what, diag_quote(d, r->field[col], r->len[col]));
	return false;
}

bool csvf_date(struct diag_list *d, const struct csv_row *r, int col, const char *what, int32_t *out)
{
	if (!r->len[col]) {
		csv_row_problem(d, r, "empty %s", what);
		return false;
	}
	if (date_parse(r->field[col], r->len[col], out) == 0)
		return true;
	csv_row_problem(d, r, "invalid %s '%s' (expected YYYY-MM-DD, a real calendar date)", what,
			diag_quote(d, r->field[col], r->len[col]));
	return false;
}

uint32_t csvf_ref(struct diag_list *d, const struct csv_row *r, int col, const char *kind, const struct idmap *ids,
		  const void *base, size_t count, size_t stride)
{
	uint32_t v = idmap_get(ids, r->field[col], r->len[col]);
	if (v != NONE)
		return v;
	const char *s = diag_room(d, r->file) ? suggest_in(r->field[col], r->len[col], base, count, stride) : NULL;
	if (s)
		csv_row_problem(d, r, "unknown %s '%s' (did you mean '%s'?)", kind, diag_quote(d, r->field[col], r->len[col]), s);
	else
		csv_row_problem(d, r, "unknown %s '%s'", kind, diag_quote(d, r->field[col], r->len[col]));
	return NONE;
}

void csvf_columns(const struct config *c, enum csv_file f, const bool *required, struct csv_column *out, size_t n)
{
	for (size_t i = 0; i < n; i++)
		out[i] = (struct csv_column){csv_column_name[f][i], c->column[f][i], required[i]};
}
