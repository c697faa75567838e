#include "csvread.h"

#include <csv.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "utf8.h"

#define PARSER_OPTS (CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL)

struct reader {
	struct csv_parser p;
	struct diag_list *d;
	const char *file;
	const struct csv_column *cols;
	size_t ncols;
	csv_row_fn fn;
	void *ctx;

	uint32_t line;     /* the line being fed */
	uint32_t rec_line; /* where the current record starts */
	size_t rec_bytes;  /* bytes fed since the record started */
	char *buf;         /* the record's fields, NUL-separated */
	size_t blen, bcap;
	size_t *off;
	size_t nf, fcap;
	bool last_line; /* feeding the final line, which has no line end */
	bool row_ended; /* a record ended while feeding the current line */

	bool have_header;
	size_t header_n;
	int colmap[32]; /* our column -> physical column, -1 absent */
	int stop;       /* -1: stop reading */
};

void csv_row_problem(struct diag_list *d, const struct csv_row *row, const char *fmt, ...)
{
	char msg[768];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (row->unterminated)
		diag_add(d, DIAG_WARNING, row->file, row->line, 0, "incomplete last line ignored: %s", msg);
	else
		diag_add(d, DIAG_ERROR, row->file, row->line, 0, "%s", msg);
}

static void on_field(void *s, size_t len, void *data)
{
	struct reader *r = data;
	if (r->nf > CSV_MAX_COLUMNS) {
		r->nf++; /* counted, not kept */
		return;
	}
	if (!VEC_PUSH(r->off, r->nf, r->fcap) || !vec_reserve((void **)&r->buf, &r->bcap, r->blen + len + 1, 1)) {
		r->stop = -1;
		return;
	}
	r->off[r->nf++] = r->blen;
	if (len)
		memcpy(r->buf + r->blen, s, len);
	r->buf[r->blen + len] = '\0';
	r->blen += len + 1;
}

static size_t field_len(const struct reader *r, size_t i)
{
	size_t end = i + 1 < r->nf ? r->off[i + 1] : r->blen;
	return end - r->off[i] - 1;
}

/* Header names compare case-insensitively with surrounding spaces ignored. */
static bool header_matches(const char *h, size_t n, const char *want)
{
	while (n && (*h == ' ' || *h == '\t'))
		h++, n--;
	while (n && (h[n - 1] == ' ' || h[n - 1] == '\t'))
		n--;
	return strlen(want) == n && strncasecmp(h, want, n) == 0;
}

static int take_header(struct reader *r)
{
	r->have_header = true;
	r->header_n = r->nf;
	if (r->nf > CSV_MAX_COLUMNS) {
		diag_add(r->d, DIAG_ERROR, r->file, r->rec_line, 0, "header has %zu columns, more than %d", r->nf,
			  CSV_MAX_COLUMNS);
		return -1;
	}
	bool semicolons = false;
	for (size_t i = 0; i < r->nf; i++)
		semicolons |= strchr(r->buf + r->off[i], ';') != NULL;
	char missing[512] = "";
	size_t nmissing = 0;
	for (size_t c = 0; c < r->ncols; c++) {
		const char *want = r->cols[c].header ? r->cols[c].header : r->cols[c].name;
		r->colmap[c] = -1;
		for (size_t i = 0; i < r->nf; i++) {
			if (!header_matches(r->buf + r->off[i], field_len(r, i), want))
				continue;
			if (r->colmap[c] >= 0) {
				diag_add(r->d, DIAG_ERROR, r->file, r->rec_line, 0, "column '%s' appears twice in the header",
					  diag_quote(r->d, want, strlen(want)));
				break;
			}
			r->colmap[c] = (int)i;
		}
		if (r->colmap[c] < 0 && r->cols[c].required) {
			size_t l = strlen(missing);
			snprintf(missing + l, sizeof missing - l, "%s'%s'", nmissing ? ", " : "", want);
			nmissing++;
		}
	}
	if (nmissing && semicolons) {
		diag_add(r->d, DIAG_ERROR, r->file, r->rec_line, 0,
			  "file is semicolon-separated; rungs reads comma-separated CSV (export with ',' as the separator)");
		return -1;
	}
	if (nmissing) {
		diag_add(r->d, DIAG_ERROR, r->file, r->rec_line, 0, "header lacks required column%s %s",
			  nmissing > 1 ? "s" : "", missing);
		return -1;
	}
	return 0;
}

static void on_row(int c, void *data)
{
	(void)c;
	struct reader *r = data;
	r->row_ended = true;
	if (r->stop)
		return;
	if (!r->have_header) {
		r->stop = take_header(r);
	} else {
		const char *fields[32];
		size_t lens[32];
		struct csv_row row = {.file = r->file, .line = r->rec_line, .field = fields, .len = lens,
				      .unterminated = r->last_line};
		if (r->nf != r->header_n) {
			csv_row_problem(r->d, &row, "expected %zu fields, found %zu", r->header_n, r->nf);
		} else {
			for (size_t i = 0; i < r->ncols; i++) {
				int pc = r->colmap[i];
				row.present[i] = pc >= 0;
				fields[i] = pc >= 0 ? r->buf + r->off[pc] : "";
				lens[i] = pc >= 0 ? field_len(r, (size_t)pc) : 0;
			}
			if (r->fn(r->ctx, &row) < 0)
				r->stop = -1;
		}
	}
	r->nf = 0;
	r->blen = 0;
	r->rec_bytes = 0;
}

static void reset_parser(struct reader *r)
{
	csv_free(&r->p);
	csv_init(&r->p, PARSER_OPTS);
	r->nf = r->blen = r->rec_bytes = 0;
}

static void report_parse_error(struct reader *r)
{
	int e = csv_error(&r->p);
	struct csv_row row = {.file = r->file, .line = r->line, .unterminated = r->last_line};
	if (e == CSV_ENOMEM) {
		diag_add(r->d, DIAG_ERROR, r->file, 0, 0, "out of memory");
		r->stop = -1;
	} else {
		csv_row_problem(r->d, &row, "malformed quoted field (a quote inside a field must be doubled)");
	}
	reset_parser(r);
}

/* Feeds one physical line (without its line end) and a '\n'. Lines are fed
 * one by one so that every record knows the line it starts on. */
static void feed_line(struct reader *r, const char *s, size_t n)
{
	if (n && s[n - 1] == '\r')
		n--;
	if (n > CSV_MAX_ROW) {
		struct csv_row row = {.file = r->file, .line = r->line, .unterminated = r->last_line};
		if (!r->have_header && !r->rec_bytes) {
			/* without its header nothing else in the file can be read */
			diag_add(r->d, DIAG_ERROR, r->file, r->line, 0, "header row longer than %u bytes", CSV_MAX_ROW);
			r->stop = -1;
			return;
		}
		csv_row_problem(r->d, &row, "line longer than %u bytes", CSV_MAX_ROW);
		reset_parser(r);
		return;
	}
	if (n == 0 && !r->rec_bytes)
		return; /* a blank line between records: libcsv skips it too */
	r->row_ended = false;
	if (!r->rec_bytes) /* records start at line starts; a quoted field may carry one on */
		r->rec_line = r->line;
	if (csv_parse(&r->p, s, n, on_field, on_row, r) != n || csv_parse(&r->p, "\n", 1, on_field, on_row, r) != 1) {
		report_parse_error(r);
		return;
	}
	if (!r->row_ended) {
		r->rec_bytes += n + 1;
		if (r->rec_bytes > CSV_MAX_ROW) {
			diag_add(r->d, DIAG_ERROR, r->file, r->rec_line, 0,
				  "quoted field runs past %u bytes (a missing closing quote?); the rest of the file is not read",
				  CSV_MAX_ROW);
			r->stop = -1;
		}
	}
}

static int check_encoding(const char *data, size_t size, const char *file, struct diag_list *d)
{
	const char *nul = memchr(data, '\0', size);
	size_t bad = nul ? (size_t)(nul - data) : 0;
	if (!nul && utf8_valid(data, size, &bad))
		return 0;
	const char *foreign = utf8_foreign(data, size);
	if (foreign) {
		diag_add(d, DIAG_ERROR, file, 0, 0, "file is %s; export it as CSV in UTF-8", foreign);
		return -1;
	}
	uint32_t line = 1;
	for (size_t i = 0; i < bad; i++)
		line += data[i] == '\n';
	if (nul)
		diag_add(d, DIAG_ERROR, file, line, 0, "file contains NUL bytes; it is not a CSV text file");
	else
		diag_add(d, DIAG_ERROR, file, line, 0,
			  "file is not valid UTF-8 (a Windows-1252 export?); export it as UTF-8");
	return -1;
}

static int read_mem(const char *data, size_t size, const char *display, const struct csv_column *cols, size_t ncols,
		    struct diag_list *d, csv_row_fn fn, void *ctx, const struct csv_progress *progress)
{
	if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		data += 3, size -= 3;
	if (check_encoding(data, size, display, d) < 0)
		return -1;
	struct reader r = {.d = d, .file = display, .cols = cols, .ncols = ncols < 32 ? ncols : 32, .fn = fn, .ctx = ctx};
	csv_init(&r.p, PARSER_OPTS);
	const char *p = data, *end = data + size, *tick = data;
	while (p < end && !r.stop) {
		if (progress && progress->fn && (size_t)(p - tick) >= (64u << 20)) {
			progress->fn(progress->ctx, display, (size_t)(p - data), size);
			tick = p;
		}
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		r.line++;
		r.last_line = !nl;
		feed_line(&r, p, nl ? (size_t)(nl - p) : (size_t)(end - p));
		p = nl ? nl + 1 : end;
	}
	if (!r.stop && csv_fini(&r.p, on_field, on_row, &r) != 0) {
		if (r.last_line && r.rec_line == r.line)
			diag_add(d, DIAG_WARNING, display, r.line, 0, "incomplete last line ignored: unterminated quoted field");
		else
			diag_add(d, DIAG_ERROR, display, r.rec_line, 0, "unterminated quoted field");
	}
	if (!r.stop && !r.have_header) {
		diag_add(d, DIAG_ERROR, display, 0, 0, "file is empty; expected a header row");
		r.stop = -1;
	}
	csv_free(&r.p);
	free(r.buf);
	free(r.off);
	return r.stop < 0 ? -1 : 0;
}

int csv_read_mem(const char *data, size_t size, const char *display, const struct csv_column *cols,
		 size_t ncols, struct diag_list *d, csv_row_fn fn, void *ctx)
{
	return read_mem(data, size, display, cols, ncols, d, fn, ctx, NULL);
}

int csv_read(const char *path, const char *display, const struct csv_column *cols, size_t ncols,
	     struct diag_list *d, csv_row_fn fn, void *ctx)
{
	return csv_read_progress(path, display, cols, ncols, d, fn, ctx, NULL);
}

int csv_read_progress(const char *path, const char *display, const struct csv_column *cols, size_t ncols,
		      struct diag_list *d, csv_row_fn fn, void *ctx, const struct csv_progress *progress)
{
	struct file_data fd;
	char eb[128];
	int e = file_read_all(path, &fd);
	if (e) {
		diag_add(d, DIAG_ERROR, display, 0, 0, "cannot read file: %s", errno_text(e, eb));
		return -1;
	}
	int rc = read_mem(fd.data, fd.size, display, cols, ncols, d, fn, ctx, progress);
	if (progress && progress->fn)
		progress->fn(progress->ctx, display, fd.size, fd.size);
	file_data_free(&fd);
	return rc;
}
