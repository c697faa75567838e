#include "csvread.h"

#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "par.h"
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
	bool bad_encoding, bad_nul; /* the range holds a NUL byte or invalid UTF-8 */
	uint32_t bad_line;
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
	if ((r->nf >= r->fcap || r->blen + len + 1 > r->bcap) &&
	    (!VEC_PUSH(r->off, r->nf, r->fcap) || !vec_reserve((void **)&r->buf, &r->bcap, r->blen + len + 1, 1))) {
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
				      .unterminated = r->last_line, .d = r->d};
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
		diag_oom(r->d, r->file);
		r->stop = -1;
	} else {
		csv_row_problem(r->d, &row, "malformed quoted field (a quote inside a field must be doubled)");
	}
	reset_parser(r);
}

/* The line being read is longer than a row may be: it is skipped whole. */
static void line_too_long(struct reader *r)
{
	struct csv_row row = {.file = r->file, .line = r->line, .unterminated = r->last_line};
	if (!r->have_header && !r->rec_bytes) {
		/* without its header nothing else in the file can be read */
		diag_add(r->d, DIAG_ERROR, r->file, r->line, 0, "header row longer than %u bytes", CSV_MAX_ROW);
		r->stop = -1;
		return;
	}
	csv_row_problem(r->d, &row, "line longer than %u bytes", CSV_MAX_ROW);
	reset_parser(r);
}

/* Feeds one physical line (without its line end) and a '\n'. Lines are fed
 * one by one so that every record knows the line it starts on. */
static void feed_line(struct reader *r, const char *s, size_t n)
{
	if (n && s[n - 1] == '\r')
		n--;
	if (n > CSV_MAX_ROW) {
		line_too_long(r);
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

/* Where the first NUL byte or invalid UTF-8 sequence is, if any: the
 * offset, or SIZE_MAX. */
static size_t encoding_problem(const char *data, size_t size, bool *nul)
{
	const char *z = memchr(data, '\0', size);
	size_t bad = z ? (size_t)(z - data) : 0;
	*nul = z != NULL;
	if (z || !utf8_valid(data, size, &bad))
		return bad;
	return SIZE_MAX;
}

static void report_encoding(struct diag_list *d, const char *file, uint32_t line, bool nul, const char *foreign)
{
	if (foreign) {
		/* a file that is not text at all is named for what it is */
		diag_add(d, DIAG_ERROR, file, 0, 0, "file is %s; export it as CSV in UTF-8", foreign);
		return;
	}
	if (nul)
		diag_add(d, DIAG_ERROR, file, line, 0, "file contains NUL bytes; it is not a CSV text file");
	else
		diag_add(d, DIAG_ERROR, file, line, 0,
			  "file is not valid UTF-8 (a Windows-1252 export?); export it as UTF-8");
}

static const char *last_nl(const char *s, size_t n)
{
	while (n--)
		if (s[n] == '\n')
			return s + n;
	return NULL;
}

static uint32_t count_lines(const char *s, size_t n)
{
	uint32_t k = 0;
	for (const char *e = s + n; (s = memchr(s, '\n', (size_t)(e - s))) != NULL; s++)
		k++;
	return k;
}

/* What is read: a buffer in memory, or a file read with pread(2). A file is
 * never mapped: another process truncating it in place (cp from cron over
 * the log) would kill a mapped read with SIGBUS. */
struct source {
	const char *mem; /* the bytes, or NULL: read from fd */
	int fd;
	size_t size; /* what was there when the read began */
	const char *file;
};

/* Copies [off, off + n) into buf; false (reported in d) when the file can
 * no longer give it: it was truncated or failed while being read. */
static bool source_read(const struct source *s, size_t off, char *buf, size_t n, struct diag_list *d)
{
	char eb[128];
	if (s->mem) {
		if (n)
			memcpy(buf, s->mem + off, n);
		return true;
	}
	size_t got = 0;
	while (got < n) {
		ssize_t k = pread(s->fd, buf + got, n - got, (off_t)(off + got));
		if (k < 0 && errno == EINTR)
			continue;
		if (k > 0) {
			got += (size_t)k;
			continue;
		}
		if (d && k < 0)
			diag_add(d, DIAG_ERROR, s->file, 0, 0, "cannot read file: %s", errno_text(errno, eb));
		else if (d)
			diag_add(d, DIAG_ERROR, s->file, 0, 0,
				  "file shrank while it was read (rewritten in place?); run again once it is written");
		return false;
	}
	return true;
}

/* One piece of a file being read: lines [lo, hi), by one thread, a window
 * at a time, so a file of a gigabyte never sits in memory whole. */
struct piece {
	PAR_OWN_LINE struct reader r;
	const struct source *src;
	char *win; /* the window, when reading from a file */
	size_t lo, hi;
	bool at_eof;  /* hi is the end of the file: its last line may lack a line end */
	uint32_t first_line; /* the line at lo (1-based; relative for a piece read ahead) */
	size_t stop_after_header; /* when header_only: the offset after the header's last line */
	bool header_only;
	_Atomic size_t *progress_done;
	const struct csv_progress *progress;
	size_t total;
	bool at_boundary; /* after hi, the parser holds no partial record */
};

#define WINDOW (8u << 20) /* more than CSV_MAX_ROW: a line that fills it is too long */

/* The bytes [p, p + n) of the piece's source, n <= WINDOW; NULL when they
 * cannot be had (reported). */
static const char *piece_window(struct piece *pc, size_t p, size_t n)
{
	if (pc->src->mem)
		return pc->src->mem + p;
	if (!pc->win && !(pc->win = malloc(WINDOW))) {
		diag_oom(pc->r.d, pc->r.file);
		return NULL;
	}
	return source_read(pc->src, p, pc->win, n, pc->r.d) ? pc->win : NULL;
}

/* Where the last whole UTF-8 character of s[0, n) ends: a window cut inside
 * a long line must not cut a character, or the check would call it bad. */
static size_t char_boundary(const char *s, size_t n)
{
	size_t i = n;
	while (i > 0 && n - i < 4 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--;
	if (i == 0)
		return n;
	unsigned char lead = (unsigned char)s[i - 1];
	size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
	return n - (i - 1) >= need ? n : i - 1;
}

/* Reports bad bytes in w[0, n) (the window at p); true when there are. */
static bool window_bad(struct piece *pc, const char *w, size_t n, size_t p, size_t want)
{
	struct reader *r = &pc->r;
	bool nul;
	size_t bad = encoding_problem(w, n, &nul);
	if (bad == SIZE_MAX)
		return false;
	r->bad_encoding = true;
	r->bad_nul = nul;
	r->bad_line = r->line + 1 + count_lines(w, bad);
	diag_free(r->d);
	diag_init(r->d, 0);
	report_encoding(r->d, r->file, r->bad_line, nul, pc->header_only && p == 0 ? utf8_foreign(w, want) : NULL);
	r->stop = -1;
	return true;
}

/* Feeds the lines of one window; returns how far it got (header_only: just
 * past the header). A line longer than the window is skipped to its end
 * across windows (*long_line). */
static size_t window_lines(struct piece *pc, const char *w, size_t n, bool last, bool *long_line)
{
	struct reader *r = &pc->r;
	size_t q = 0;
	while (q < n && !r->stop) {
		const char *nl = memchr(w + q, '\n', n - q);
		if (!*long_line) {
			r->line++;
			r->last_line = !nl && last && pc->at_eof;
		}
		if (!nl && !last) { /* no line end in a whole window */
			*long_line = true;
			return n;
		}
		size_t len = nl ? (size_t)(nl - w) - q : n - q;
		if (*long_line) {
			r->last_line = !nl && pc->at_eof;
			line_too_long(r);
			*long_line = false;
		} else {
			feed_line(r, w + q, len);
		}
		q = nl ? (size_t)(nl - w) + 1 : n;
		if (pc->header_only && r->have_header)
			return q;
	}
	return q;
}

static void piece_run(struct piece *pc)
{
	struct reader *r = &pc->r;
	size_t p = pc->lo, end = pc->hi;
	bool long_line = false;
	r->line = pc->first_line - 1;
	while (p < end && !r->stop) {
		/* each window is checked for NUL bytes and UTF-8 before its rows
		 * are read; windows end at a line end, so no character is cut */
		size_t want = end - p > WINDOW ? WINDOW : end - p;
		const char *w = piece_window(pc, p, want);
		if (!w) {
			r->stop = -1;
			break;
		}
		size_t n = want;
		bool last = p + want == end;
		if (!last) {
			const char *nl = last_nl(w, n);
			n = nl ? (size_t)(nl - w) + 1 : char_boundary(w, n);
		}
		if (window_bad(pc, w, n, p, want))
			break;
		size_t q = window_lines(pc, w, n, last, &long_line);
		p += q;
		if (pc->header_only && r->have_header) {
			pc->stop_after_header = p;
			return;
		}
		if (pc->progress_done)
			*pc->progress_done += q;
		if (pc->progress && pc->progress->fn)
			pc->progress->fn(pc->progress->ctx, r->file, *pc->progress_done, pc->total);
	}
	pc->at_boundary = !r->rec_bytes;
}

/* The end of the file: a record left open is an unterminated quote. */
static void piece_finish(struct piece *pc)
{
	struct reader *r = &pc->r;
	if (r->stop || csv_fini(&r->p, on_field, on_row, r) == 0)
		return;
	if (r->last_line && r->rec_line == r->line)
		diag_add(r->d, DIAG_WARNING, r->file, r->line, 0, "incomplete last line ignored: unterminated quoted field");
	else
		diag_add(r->d, DIAG_ERROR, r->file, r->rec_line, 0, "unterminated quoted field");
}

static void reader_init(struct reader *r, const char *display, const struct csv_column *cols, size_t ncols,
			struct diag_list *d, csv_row_fn fn, void *ctx)
{
	memset(r, 0, sizeof *r);
	r->d = d;
	r->file = display;
	r->cols = cols;
	r->ncols = ncols < 32 ? ncols : 32;
	r->fn = fn;
	r->ctx = ctx;
	csv_init(&r->p, PARSER_OPTS);
}

static void reader_free(struct reader *r)
{
	csv_free(&r->p);
	free(r->buf);
	free(r->off);
}

static void *piece_thread(void *arg)
{
	piece_run(arg);
	return NULL;
}

#define PEEK (64u << 10)

/* The first line start at or after `at` (past a line end), or hi. */
static size_t split_point(const struct source *s, size_t at, size_t hi)
{
	char buf[PEEK];
	while (at < hi) {
		size_t n = hi - at < PEEK ? hi - at : PEEK;
		if (!source_read(s, at, buf, n, NULL))
			return hi; /* the piece before reads on and says why */
		const char *nl = memchr(buf, '\n', n);
		if (nl)
			return at + (size_t)(nl - buf) + 1;
		at += n;
	}
	return hi;
}

/* Just past the last line end in [lo, hi), or lo when there is none. */
static size_t after_last_nl(const struct source *s, size_t lo, size_t hi)
{
	char buf[PEEK];
	while (hi > lo) {
		size_t n = hi - lo < PEEK ? hi - lo : PEEK;
		if (!source_read(s, hi - n, buf, n, NULL))
			return lo;
		const char *nl = last_nl(buf, n);
		if (nl)
			return hi - n + (size_t)(nl - buf) + 1;
		hi -= n;
	}
	return lo;
}

#define SPLIT_MIN (16u << 20) /* smaller files are not worth a thread */

static int read_source(const struct source *src, const struct csv_column *cols, size_t ncols, struct diag_list *d,
		       const struct csv_parts *parts, const struct csv_progress *progress, struct csv_split *sp)
{
	const char *display = src->file;
	size_t size = src->size;
	char first[4] = "";
	size_t nfirst = size < 4 ? size : 4;
	if (!source_read(src, 0, first, nfirst, d))
		return -1;
	size_t start = nfirst >= 3 && memcmp(first, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	struct diag_list local[CSV_PARTS_MAX];
	for (unsigned i = 0; i < CSV_PARTS_MAX; i++)
		diag_init(&local[i], d->max_per_file);
	_Atomic size_t done = 0;
	/* the header, then the rows from `from` on */
	struct piece head = {.src = src, .lo = start, .hi = size, .at_eof = true, .first_line = 1, .header_only = true};
	reader_init(&head.r, display, cols, ncols, &local[0], parts->row, parts->ctx[0]);
	piece_run(&head);
	struct piece pc[CSV_PARTS_MAX];
	unsigned np = 0, made = 0;
	int rc = 0;
	if (head.r.stop) {
		rc = -1;
		goto out;
	}
	if (!head.r.have_header) {
		if (!head.r.stop) {
			piece_finish(&head);
			if (head.r.stop) {
		rc = -1;
		goto out;
	}
	if (!head.r.have_header) {
				diag_add(&local[0], DIAG_ERROR, display, 0, 0, "file is empty; expected a header row");
				head.r.stop = -1;
			}
		}
		rc = -1;
		goto out;
	}
	size_t body = head.stop_after_header;
	uint32_t body_line = head.r.line + 1;
	if (sp->from > body) {
		body = (size_t)sp->from;
		body_line = sp->from_line;
	}
	unsigned want = parts->n ? parts->n : 1;
	if (want > CSV_PARTS_MAX)
		want = CSV_PARTS_MAX;
	if (size - body < (sp->min_split ? sp->min_split : SPLIT_MIN))
		want = 1;
	/* equal pieces, each starting at a line start */
	size_t cut[CSV_PARTS_MAX + 1];
	cut[0] = body;
	for (unsigned i = 1; i < want; i++) {
		cut[i] = split_point(src, body + (size - body) / want * i, size);
		if (cut[i] < cut[i - 1])
			cut[i] = cut[i - 1];
	}
	cut[want] = size;
	for (unsigned i = 0; i < want; i++) {
		struct piece *q = &pc[i];
		*q = (struct piece){.src = src, .lo = cut[i], .hi = cut[i + 1], .at_eof = i + 1 == want,
				    .first_line = i ? 1 : body_line, .progress_done = &done, .total = size};
		reader_init(&q->r, display, cols, ncols, &local[i], parts->row, parts->ctx[i]);
		q->r.have_header = true;
		q->r.header_n = head.r.header_n;
		memcpy(q->r.colmap, head.r.colmap, sizeof q->r.colmap);
	}
	np = made = want;
	pc[0].progress = progress;
	pthread_t th[CSV_PARTS_MAX];
	bool started[CSV_PARTS_MAX] = {false};
	for (unsigned i = 1; i < np; i++)
		started[i] = pthread_create(&th[i], NULL, piece_thread, &pc[i]) == 0;
	piece_run(&pc[0]);
	for (unsigned i = 1; i < np; i++) {
		if (started[i])
			pthread_join(th[i], NULL);
		else
			piece_run(&pc[i]);
	}
	/* A piece read ahead is right only if the piece before it ended
	 * between records (no quoted field runs across the cut) and could be
	 * read; otherwise the rest is read again, in order, by the first. */
	unsigned good = 1;
	while (good < np && !pc[good - 1].r.stop && !pc[good - 1].r.bad_encoding && pc[good - 1].at_boundary)
		good++;
	if (good < np && !pc[good - 1].r.stop) {
		for (unsigned i = good; i < np; i++) {
			if (parts->discard)
				parts->discard(parts->ctx[i]);
			diag_free(&local[i]);
			diag_init(&local[i], d->max_per_file);
		}
		struct piece *last = &pc[good - 1];
		last->hi = size;
		last->lo = cut[good];
		last->at_eof = true;
		last->first_line = last->r.line + 1;
		piece_run(last);
		np = good;
	}
	pc[np - 1].at_eof = true;
	piece_finish(&pc[np - 1]);
	for (unsigned i = 0; parts->end && i < np; i++)
		if (parts->end(parts->ctx[i]) < 0)
			pc[i].r.stop = -1;
	/* lines of each piece follow those before it (the first counts from
	 * the top of the file) */
	sp->line_offset[0] = 0;
	for (unsigned i = 1; i < np; i++)
		sp->line_offset[i] = sp->line_offset[i - 1] + pc[i - 1].r.line;
	sp->parts = np;
	for (unsigned i = 0; i < np; i++)
		if (pc[i].r.stop)
			rc = -1;
	/* the first piece with bad bytes is all that is said about the file */
	for (unsigned i = 0; i < np; i++) {
		if (!pc[i].r.bad_encoding)
			continue;
		diag_free(&local[0]);
		diag_init(&local[0], 0);
		report_encoding(&local[0], display, pc[i].r.bad_line + sp->line_offset[i], pc[i].r.bad_nul,
				sp->from ? NULL : utf8_foreign(first, nfirst));
		for (unsigned k = 1; k < np; k++) {
			diag_free(&local[k]);
			diag_init(&local[k], 0);
		}
		rc = -1;
		break;
	}
	/* where the cache may take over next time: past the last line end */
	{
		sp->complete = after_last_nl(src, body, size);
		sp->lines = pc[np - 1].r.line - (pc[np - 1].r.last_line ? 1 : 0) + sp->line_offset[np - 1];
	}
out:
	sp->size = size;
	sp->body = head.stop_after_header;
	sp->body_line = head.r.line + 1;
	for (unsigned i = 0; i < CSV_PARTS_MAX; i++) {
		diag_merge(d, &local[i], i < np ? sp->line_offset[i] : 0);
		diag_free(&local[i]);
	}
	reader_free(&head.r);
	free(head.win);
	for (unsigned i = 0; i < made; i++) {
		reader_free(&pc[i].r);
		free(pc[i].win);
	}
	if (head.r.stop < 0)
		rc = -1;
	return rc;
}

int csv_read_split(const char *path, const char *display, const struct csv_column *cols, size_t ncols,
		   struct diag_list *d, const struct csv_parts *parts, const struct csv_progress *progress,
		   struct csv_split *sp)
{
	char eb[128];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
		struct source src = {.fd = fd, .size = (size_t)st.st_size, .file = display};
		if (sp->limit && sp->limit < src.size)
			src.size = (size_t)sp->limit; /* what was there when the caller looked */
		posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
		int rc = read_source(&src, cols, ncols, d, parts, progress, sp);
		close(fd);
		return rc;
	}
	if (fd >= 0)
		close(fd);
	/* empty files, pipes and the like: read whole, in one piece */
	struct file_data fdata;
	int e = file_read_all(path, &fdata);
	if (e) {
		diag_add(d, DIAG_ERROR, display, 0, 0, "cannot read file: %s", errno_text(e, eb));
		return -1;
	}
	struct csv_parts one = *parts;
	one.n = 1;
	struct source src = {.mem = fdata.data, .fd = -1, .size = fdata.size, .file = display};
	int rc = read_source(&src, cols, ncols, d, &one, progress, sp);
	file_data_free(&fdata);
	return rc;
}

struct one_part {
	csv_row_fn fn;
	void *ctx;
};

static int one_row(void *p, const struct csv_row *row)
{
	struct one_part *o = p;
	return o->fn(o->ctx, row);
}

int csv_read_mem(const char *data, size_t size, const char *display, const struct csv_column *cols,
		 size_t ncols, struct diag_list *d, csv_row_fn fn, void *ctx)
{
	struct one_part o = {fn, ctx};
	struct csv_parts parts = {.n = 1, .row = one_row, .ctx = {&o}};
	struct csv_split sp = {0};
	struct source src = {.mem = data, .fd = -1, .size = size, .file = display};
	return read_source(&src, cols, ncols, d, &parts, NULL, &sp);
}

int csv_read(const char *path, const char *display, const struct csv_column *cols, size_t ncols,
	     struct diag_list *d, csv_row_fn fn, void *ctx)
{
	return csv_read_progress(path, display, cols, ncols, d, fn, ctx, NULL);
}

int csv_read_progress(const char *path, const char *display, const struct csv_column *cols, size_t ncols,
		      struct diag_list *d, csv_row_fn fn, void *ctx, const struct csv_progress *progress)
{
	struct one_part o = {fn, ctx};
	struct csv_parts parts = {.n = 1, .row = one_row, .ctx = {&o}};
	struct csv_split sp = {0};
	int rc = csv_read_split(path, display, cols, ncols, d, &parts, progress, &sp);
	if (progress && progress->fn && rc == 0)
		progress->fn(progress->ctx, display, sp.size, sp.size);
	return rc;
}
