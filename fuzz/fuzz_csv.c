/* libFuzzer target: the CSV loader (libcsv fed line by line, encoding and
 * separator checks, limits), with the field parsers every loader uses run
 * on every row. The first byte picks the file's columns (people,
 * assessments or learning, as rungs.yaml may remap them). */
#include <stddef.h>
#include <stdint.h>

#include "csvfields.h"
#include "csvread.h"
#include "diag.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const struct csv_column people[] = {
	{"id", NULL, true}, {"name", NULL, true}, {"role", NULL, true}, {"manager", NULL, false},
	{"department", NULL, false}, {"location", NULL, false}, {"aspirations", NULL, false},
};
static const struct csv_column assessments[] = {
	{"employee", NULL, true}, {"skill", NULL, true}, {"level", NULL, true}, {"date", NULL, true},
	{"source", NULL, true}, {"assessor", NULL, false}, {"note", "Comment", false},
};
static const struct csv_column learning[] = {
	{"id", NULL, true}, {"title", NULL, true}, {"kind", NULL, false}, {"skill", NULL, true},
	{"from", NULL, false}, {"to", NULL, true}, {"hours", NULL, true},
};

static int on_row(void *ctx, const struct csv_row *r)
{
	struct diag_list *d = ctx;
	long long i;
	double x;
	int32_t day;
	for (int c = 0; c < 7; c++) {
		(void)csvf_id(d, r, c, "id", c == 0);
		(void)csvf_int(d, r, c, "level", 0, 5, &i);
		(void)csvf_num_pos(d, r, c, "hours", &x);
		(void)csvf_date(d, r, c, "date", &day);
	}
	csv_row_problem(d, r, "row seen");
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const struct csv_column *cols = data[0] % 3 == 0 ? people : data[0] % 3 == 1 ? assessments : learning;
	struct diag_list d;
	diag_init(&d, 50);
	csv_read_mem((const char *)data + 1, size - 1, "f.csv", cols, 7, &d, on_row, &d);
	diag_finish(&d);
	struct arena fa = {0};
	for (size_t i = 0; i < d.n; i++)
		(void)diag_format(&d.v[i], &fa);
	arena_free(&fa);
	diag_free(&d);
	return 0;
}
