/* CSV exports read with libcsv, once for every file: header columns found by
 * name, rows handed over in the caller's column order with their line. */
#ifndef RUNGS_CSVREAD_H
#define RUNGS_CSVREAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"

#define CSV_MAX_COLUMNS 1024
#define CSV_MAX_ROW (1u << 20) /* bytes in one row */

struct csv_column {
	const char *name;   /* our name, e.g. "employee" */
	const char *header; /* the header it has in this export (rungs.yaml columns:), NULL = name */
	bool required;
};

struct csv_row {
	const char *file;
	uint32_t line;
	const char *const *field; /* in the order of the columns given; "" when absent */
	const size_t *len;
	bool present[32]; /* whether the column exists in the header */
	/* the file's last line without a line end: a problem in it is a warning
	 * and the row is dropped (it may be an append still in progress) */
	bool unterminated;
	struct diag_list *d; /* where problems with this row go (one list per piece of the file) */
};

/* Returns 0 to go on, -1 to stop reading (out of memory). */
typedef int (*csv_row_fn)(void *ctx, const struct csv_row *row);

/* Reads `path`, shown as `display`. Returns 0 when the file was read (rows
 * with problems are reported and skipped), -1 when it could not be read at
 * all (missing, unreadable, not UTF-8, semicolons, missing columns). */
int csv_read(const char *path, const char *display, const struct csv_column *cols, size_t ncols,
	     struct diag_list *d, csv_row_fn fn, void *ctx);
int csv_read_mem(const char *data, size_t size, const char *display, const struct csv_column *cols,
		 size_t ncols, struct diag_list *d, csv_row_fn fn, void *ctx);

/* Called now and then while a big file is read: bytes done of total. */
struct csv_progress {
	void (*fn)(void *ctx, const char *file, size_t done, size_t total);
	void *ctx;
};
int csv_read_progress(const char *path, const char *display, const struct csv_column *cols, size_t ncols,
		      struct diag_list *d, csv_row_fn fn, void *ctx, const struct csv_progress *progress);

/* A big file is read in pieces, one thread each. */
#define CSV_PARTS_MAX 2

struct csv_parts {
	unsigned n; /* pieces wanted (1..CSV_PARTS_MAX); small files are read in one */
	/* Rows of piece i go to row(ctx[i], …), in file order within the piece;
	 * the lines of pieces after the first count from 1 at the piece's start
	 * (add csv_split.line_offset[i]). Problems go to row->d. */
	csv_row_fn row;
	/* A piece read ahead turned out to start inside a quoted field: forget
	 * its rows; they are read again as part of the piece before it. */
	void (*discard)(void *ctx);
	/* Each piece's reading is over (row->d is still good); may be NULL. */
	int (*end)(void *ctx);
	void *ctx[CSV_PARTS_MAX];
};

struct csv_split {
	/* in */
	uint64_t from;      /* when past the header: read the rows from this line start on */
	uint32_t from_line; /* the line at `from` */
	uint64_t limit;     /* when not 0: read no further than this (the size seen before) */
	uint64_t min_split; /* bytes of rows below which one piece is read (0: 16 MiB) */
	/* out */
	unsigned parts;     /* pieces read */
	uint32_t line_offset[CSV_PARTS_MAX];
	uint64_t size;      /* bytes read */
	uint64_t body;      /* where the rows begin (after the header) */
	uint32_t body_line;
	uint64_t complete;  /* just past the last line end */
	uint32_t lines;     /* lines up to `complete` */
};

/* Reads path in up to parts->n pieces at once. Same return as csv_read. */
int csv_read_split(const char *path, const char *display, const struct csv_column *cols, size_t ncols,
		   struct diag_list *d, const struct csv_parts *parts, const struct csv_progress *progress,
		   struct csv_split *sp);

/* Reports a problem with a row: an error, or a warning for the unterminated
 * last line (then the caller drops the row). */
void csv_row_problem(struct diag_list *d, const struct csv_row *row, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
