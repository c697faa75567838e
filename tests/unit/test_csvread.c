/* lib/csvread: CSV exports read once for every file: columns found by
 * header name, rows with their line, BOM and CRLF accepted, one clear error
 * for a semicolon file or a non-UTF-8 one, and the last line that may be an
 * append in progress (SPEC 1.3, 1.4, 1.8). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "csvread.h"
#include "diag.h"

struct fx {
	struct diag_list d;
	struct arena a;
	char rows[8192]; /* what the callback saw */
	size_t len;
	int nrows;
	int stop_at; /* return -1 on this row (1-based), 0 = never */
	bool present[4];
	char *out;
};

static const struct csv_column people_cols[] = {
	{"id", NULL, true},
	{"name", NULL, true},
	{"role", NULL, true},
	{"manager", NULL, false},
};

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof *f);
	if (!f)
		return -1;
	diag_init(&f->d, 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	diag_free(&f->d);
	arena_free(&f->a);
	free(f->out);
	free(f);
	return 0;
}

/* Records "LINE: f0|f1|f2|f3" and whether the line was unterminated. */
static int collect(void *ctx, const struct csv_row *r)
{
	struct fx *f = ctx;
	f->nrows++;
	f->len += (size_t)snprintf(f->rows + f->len, sizeof f->rows - f->len, "%u:", r->line);
	for (int i = 0; i < 4; i++) {
		assert_int_equal(strlen(r->field[i]), r->len[i]);
		f->len += (size_t)snprintf(f->rows + f->len, sizeof f->rows - f->len, "%s%s", i ? "|" : " ", r->field[i]);
		f->present[i] = r->present[i];
	}
	f->len += (size_t)snprintf(f->rows + f->len, sizeof f->rows - f->len, "%s\n", r->unterminated ? " (unterminated)" : "");
	return f->nrows == f->stop_at ? -1 : 0;
}

static int read_n(struct fx *f, const char *data, size_t n, const struct csv_column *cols)
{
	return csv_read_mem(data, n, "t.csv", cols, 4, &f->d, collect, f);
}

static int read_text(struct fx *f, const char *text)
{
	return read_n(f, text, strlen(text), people_cols);
}

static const char *diags(struct fx *f)
{
	if (f->d.n) /* diag_finish(empty list) passes NULL to qsort: see test_diag.c */
		diag_finish(&f->d);
	size_t cap = 1, len = 0;
	for (size_t i = 0; i < f->d.n; i++)
		cap += strlen(diag_format(&f->d.v[i], &f->a)) + 1;
	free(f->out);
	f->out = malloc(cap);
	f->out[0] = '\0';
	for (size_t i = 0; i < f->d.n; i++)
		len += (size_t)sprintf(f->out + len, "%s\n", diag_format(&f->d.v[i], &f->a));
	return f->out;
}

/* ---- good input --------------------------------------------------------- */

static void test_rows_with_lines(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "id,name,role\nE1,Ann,analyst\nE2,Bob,eng\n"), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(f->rows, "2: E1|Ann|analyst|\n3: E2|Bob|eng|\n");
	assert_true(f->present[0] && f->present[1] && f->present[2]);
	assert_false(f->present[3]); /* an optional column the header lacks */
}

static void test_header_by_name_any_order(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, " Role ,NAME,extra,Manager,\tID\nanalyst,Ann,zz,E0,E1\n"), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(f->rows, "2: E1|Ann|analyst|E0\n");
	assert_true(f->present[3]);
}

static void test_quoted_header(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "\xEF\xBB\xBF\"id\",\"Name\",\"role\"\n\"E1\",\"Ann\",\"x\"\n"), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(f->rows, "2: E1|Ann|x|\n");
}

static void test_header_names_remapped(void **state)
{
	struct fx *f = *state;
	const struct csv_column cols[] = {
		{"id", "Employee Number", true},
		{"name", "Full Name", true},
		{"role", NULL, true},
		{"manager", "Reports To", false},
	};
	const char *text = "employee number,Full Name,Role,id\nE1,Ann,analyst,ignored\n";
	assert_int_equal(read_n(f, text, strlen(text), cols), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(f->rows, "2: E1|Ann|analyst|\n");
}

static void test_header_only(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "id,name,role\n"), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->nrows, 0);
}

static void test_bom_accepted(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "\xEF\xBB\xBFid,name,role\nE1,Ann,x\n"), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(f->rows, "2: E1|Ann|x|\n");
}

static void test_crlf_accepted(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "id,name,role\r\nE1,Ann,x\r\nE2,\"Bob\r\nJr\",y\r\nE3,C,z\r\n"), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(f->rows, "2: E1|Ann|x|\n3: E2|Bob\nJr|y|\n5: E3|C|z|\n");
}

static void test_quoted_fields(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "id,name,role\n"
				      "E1,\"Smith, Ann\",x\n"
				      "E2,\"Multi\nline \"\"name\"\"\",y\n"
				      "E3,,\"\"\n"),
			 0);
	assert_string_equal(diags(f), "");
	/* a record keeps the line it starts on */
	assert_string_equal(f->rows, "2: E1|Smith, Ann|x|\n3: E2|Multi\nline \"name\"|y|\n5: E3|||\n");
}

static void test_semicolons_inside_fields_are_fine(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "id,name,role\nE1,\"a; b\",x;y\n"), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(f->rows, "2: E1|a; b|x;y|\n");
}

static void test_blank_lines_skipped(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "id,name,role\n\nE1,Ann,x\n\n\nE2,Bob,y\n"), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(f->rows, "3: E1|Ann|x|\n6: E2|Bob|y|\n");
}

static void test_line_after_blank_line_in_diagnostic(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "id,name,role\nE1,Ann,x\n\nE2,Bob\n"), 0);
	assert_string_equal(diags(f), "t.csv:4: error: expected 3 fields, found 2\n");
}

static void test_unterminated_last_line_used_when_complete(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "id,name,role\nE1,Ann,x\nE2,Bob,y"), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(f->rows, "2: E1|Ann|x|\n3: E2|Bob|y| (unterminated)\n");
}

/* ---- broken input ------------------------------------------------------- */

static void test_missing_required_column(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "id,name,manager\nE1,Ann,E0\n"), -1);
	assert_string_equal(diags(f), "t.csv:1: error: header lacks required column 'role'\n");
	assert_int_equal(f->nrows, 0);
}

static void test_missing_required_columns(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "id,full name\nE1,Ann\n"), -1);
	assert_string_equal(diags(f), "t.csv:1: error: header lacks required columns 'name', 'role'\n");
}

static void test_missing_remapped_column_named_by_header(void **state)
{
	struct fx *f = *state;
	const struct csv_column cols[] = {
		{"id", "Employee Number", true},
		{"name", NULL, true},
		{"role", NULL, true},
		{"manager", NULL, false},
	};
	const char *text = "id,name,role\nE1,Ann,x\n";
	assert_int_equal(read_n(f, text, strlen(text), cols), -1);
	assert_string_equal(diags(f), "t.csv:1: error: header lacks required column 'Employee Number'\n");
}

static void test_semicolon_file_one_error(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "id;name;role\nE1;Ann;x\nE2;Bob\n"), -1);
	assert_string_equal(diags(f), "t.csv:1: error: file is semicolon-separated; rungs reads comma-separated CSV "
				      "(export with ',' as the separator)\n");
	assert_int_equal(f->nrows, 0);
}

static void test_not_utf8_one_error(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "id,name,role\nE1,Ann,x\nE2,Ren\xe9,x\nE3,Andr\xe9,y\n"), -1);
	assert_string_equal(diags(f), "t.csv:3: error: file is not valid UTF-8 (a Windows-1252 export?); export it as UTF-8\n");
	assert_int_equal(f->nrows, 0);
}

static void test_nul_bytes(void **state)
{
	struct fx *f = *state;
	static const char text[] = "id,name,role\nE1,A\0n,x\n";
	assert_int_equal(read_n(f, text, sizeof text - 1, people_cols), -1);
	assert_string_equal(diags(f), "t.csv:2: error: file contains NUL bytes; it is not a CSV text file\n");
}

/* Exports in the wrong form are named as such: UTF-16 (with a BOM, or
 * without one: every other byte NUL) and a spreadsheet workbook. */
static void test_foreign_files_named(void **state)
{
	struct fx *f = *state;
	static const char utf16[] = "\xff\xfei\0d\0,\0n\0";
	static const char utf16_no_bom[] = "i\0d\0,\0n\0";
	static const char xlsx[] = "PK\003\004\024\0\006\0";
	assert_int_equal(read_n(f, utf16, sizeof utf16 - 1, people_cols), -1);
	assert_int_equal(read_n(f, utf16_no_bom, sizeof utf16_no_bom - 1, people_cols), -1);
	assert_int_equal(read_n(f, xlsx, sizeof xlsx - 1, people_cols), -1);
	assert_string_equal(diags(f), "t.csv: error: file is UTF-16; export it as CSV in UTF-8\n"
				      "t.csv: error: file is UTF-16; export it as CSV in UTF-8\n"
				      "t.csv: error: file is a ZIP archive (a spreadsheet workbook?); export it as CSV in UTF-8\n");
}

/* A header past the row limit is one error, and nothing else is read. */
static void test_header_too_long(void **state)
{
	struct fx *f = *state;
	size_t n = CSV_MAX_ROW + 100;
	char *text = malloc(n + 20);
	assert_non_null(text);
	memset(text, 'h', n);
	memcpy(text + n, "\nE1,A,x\n", 8);
	assert_int_equal(read_n(f, text, n + 8, people_cols), -1);
	free(text);
	assert_string_equal(diags(f), "t.csv:1: error: header row longer than 1048576 bytes\n");
	assert_int_equal(f->nrows, 0);
}

/* A quoted field that runs on past the row limit stops the read with an
 * error at the line the row starts on; memory stays bounded. */
static void test_quoted_field_past_row_limit(void **state)
{
	struct fx *f = *state;
	size_t line = 60000, lines = 20;
	char *text = malloc(64 + lines * (line + 1));
	assert_non_null(text);
	size_t n = (size_t)sprintf(text, "id,name,role\nE1,\"");
	for (size_t i = 0; i < lines; i++, n += line + 1) {
		memset(text + n, 'q', line);
		text[n + line] = '\n';
	}
	n += (size_t)sprintf(text + n, "\",x\nE2,B,y\n");
	assert_int_equal(read_n(f, text, n, people_cols), -1);
	free(text);
	assert_string_equal(diags(f), "t.csv:2: error: quoted field runs past 1048576 bytes (a missing closing quote?); "
				      "the rest of the file is not read\n");
	assert_int_equal(f->nrows, 0);
}

static void test_empty_file(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, ""), -1);
	assert_string_equal(diags(f), "t.csv: error: file is empty; expected a header row\n");
}

static void test_bom_only_file_is_empty(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "\xEF\xBB\xBF"), -1);
	assert_string_equal(diags(f), "t.csv: error: file is empty; expected a header row\n");
}

static void test_wrong_field_count(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "id,name,role\nE1,Ann\nE2,Bob,y,extra\nE3,C,z\n"), 0);
	assert_string_equal(diags(f), "t.csv:2: error: expected 3 fields, found 2\n"
				      "t.csv:3: error: expected 3 fields, found 4\n");
	assert_string_equal(f->rows, "4: E3|C|z|\n");
}

static void test_unterminated_last_line_incomplete(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "id,name,role\nE1,Ann,x\nE2,Bo"), 0);
	assert_string_equal(diags(f), "t.csv:3: warning: incomplete last line ignored: expected 3 fields, found 2\n");
	assert_string_equal(f->rows, "2: E1|Ann|x|\n");
	assert_int_equal(f->d.errors, 0);
}

static void test_unterminated_quote_on_last_line(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "id,name,role\nE1,Ann,x\nE2,\"Bob"), 0);
	assert_string_equal(diags(f), "t.csv:3: warning: incomplete last line ignored: unterminated quoted field\n");
	assert_string_equal(f->rows, "2: E1|Ann|x|\n");
}

static void test_unterminated_quote_earlier(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "id,name,role\nE1,Ann,x\nE2,\"Bob,y\nE3,C,z\n"), 0);
	assert_string_equal(diags(f), "t.csv:3: error: unterminated quoted field\n");
	assert_string_equal(f->rows, "2: E1|Ann|x|\n");
}

static void test_malformed_quote(void **state)
{
	struct fx *f = *state;
	assert_int_equal(read_text(f, "id,name,role\nE1,An\"n,x\nE2,\"Bob\"y,z\nE3,C,z\n"), 0);
	assert_string_equal(diags(f),
			    "t.csv:2: error: malformed quoted field (a quote inside a field must be doubled)\n"
			    "t.csv:3: error: malformed quoted field (a quote inside a field must be doubled)\n");
	assert_string_equal(f->rows, "4: E3|C|z|\n");
}

static void test_duplicate_header_column(void **state)
{
	struct fx *f = *state;
	read_text(f, "id,name,role,ID\nE1,Ann,x,E9\n");
	assert_string_equal(diags(f), "t.csv:1: error: column 'id' appears twice in the header\n");
}

static void test_callback_stops_reading(void **state)
{
	struct fx *f = *state;
	f->stop_at = 1;
	assert_int_equal(read_text(f, "id,name,role\nE1,Ann,x\nE2,Bob,y\n"), -1);
	assert_int_equal(f->nrows, 1);
}

static int problem_row(void *ctx, const struct csv_row *r)
{
	struct fx *f = ctx;
	csv_row_problem(&f->d, r, "bad %s '%s'", "thing", r->field[0]);
	return 0;
}

static void test_row_problem_error_or_warning(void **state)
{
	struct fx *f = *state;
	const char *text = "id,name,role\nE1,Ann,x\nE2,Bob,y";
	assert_int_equal(csv_read_mem(text, strlen(text), "t.csv", people_cols, 4, &f->d, problem_row, f), 0);
	assert_string_equal(diags(f), "t.csv:2: error: bad thing 'E1'\n"
				      "t.csv:3: warning: incomplete last line ignored: bad thing 'E2'\n");
}

static void test_read_file_and_missing_file(void **state)
{
	struct fx *f = *state;
	char dir[] = "/tmp/rungs-csv-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[128], missing[128];
	snprintf(path, sizeof path, "%s/p.csv", dir);
	snprintf(missing, sizeof missing, "%s/none.csv", dir);
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fputs("id,name,role\nE1,Ann,x\n", fp);
	fclose(fp);
	int rc1 = csv_read(path, "p.csv", people_cols, 4, &f->d, collect, f);
	int rc2 = csv_read(missing, "none.csv", people_cols, 4, &f->d, collect, f);
	int rc3 = csv_read(dir, "adir", people_cols, 4, &f->d, collect, f);
	unlink(path);
	rmdir(dir);
	assert_int_equal(rc1, 0);
	assert_int_equal(rc2, -1);
	assert_int_equal(rc3, -1);
	assert_string_equal(f->rows, "2: E1|Ann|x|\n");
	assert_string_equal(diags(f), "adir: error: cannot read file: it is a directory\n"
				      "none.csv: error: cannot read file: no such file or directory\n");
}

static int count_row(void *ctx, const struct csv_row *r)
{
	struct fx *f = ctx;
	f->nrows++;
	/* E<i> sits on line i + 2 */
	assert_int_equal(r->line, (uint32_t)atoi(r->field[0] + 1) + 2);
	return 0;
}

static void test_many_rows_keep_their_lines(void **state)
{
	struct fx *f = *state;
	size_t cap = 200000, len = 0;
	char *text = malloc(cap);
	len += (size_t)sprintf(text, "id,name,role\n");
	for (int i = 0; i < 5000; i++)
		len += (size_t)sprintf(text + len, i % 1000 == 999 ? "E%d,x\n" : "E%d,N,r\n", i);
	int rc = csv_read_mem(text, len, "t.csv", people_cols, 4, &f->d, count_row, f);
	free(text);
	assert_int_equal(rc, 0);
	assert_int_equal(f->nrows, 4995);
	assert_int_equal(f->d.errors, 5);
	diag_finish(&f->d);
	assert_int_equal(f->d.v[0].line, 1001);
	assert_int_equal(f->d.v[4].line, 5001);
}


/* ---- a file read in two pieces at once ----------------------------------- */

struct piece_log {
	char text[8192];
	size_t len;
	int discarded, ended;
	struct fx *f;
};

static int piece_row(void *ctx, const struct csv_row *r)
{
	struct piece_log *p = ctx;
	size_t start = p->len;
	p->len += (size_t)snprintf(p->text + p->len, sizeof p->text - p->len, "%u:%s|%s|%s%s", r->line, r->field[0],
				   r->field[1], r->field[2], r->unterminated ? " (unterminated)" : "");
	for (size_t i = start; i < p->len; i++)
		if (p->text[i] == '\n')
			p->text[i] = '/'; /* one row, one line */
	p->len += (size_t)snprintf(p->text + p->len, sizeof p->text - p->len, "\n");
	if (!strcmp(r->field[2], "bad"))
		csv_row_problem(r->d, r, "bad role");
	return 0;
}

static void piece_discard(void *ctx)
{
	struct piece_log *p = ctx;
	p->len = 0;
	p->text[0] = '\0';
	p->discarded++;
}

static int piece_end(void *ctx)
{
	((struct piece_log *)ctx)->ended++;
	return 0;
}

/* Reads text from a file in two pieces; returns the rows with absolute
 * lines, in file order, and the diagnostics in f->d. */
static int read_split(struct fx *f, const char *text, struct piece_log *pl, struct csv_split *sp, char *out, size_t cap)
{
	char path[] = "/tmp/rungs-split-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	struct csv_parts parts = {.n = 2, .row = piece_row, .discard = piece_discard, .end = piece_end,
				  .ctx = {&pl[0], &pl[1]}};
	sp->min_split = 1;
	int rc = csv_read_split(path, "t.csv", people_cols, 4, &f->d, &parts, NULL, sp);
	unlink(path);
	size_t len = 0;
	out[0] = '\0';
	for (unsigned i = 0; i < sp->parts; i++) {
		/* move each piece's lines by its offset */
		for (const char *s = pl[i].text; *s;) {
			const char *nl = strchr(s, '\n');
			unsigned line = (unsigned)strtoul(s, NULL, 10);
			const char *rest = strchr(s, ':');
			len += (size_t)snprintf(out + len, cap - len, "%u%.*s\n", line + sp->line_offset[i], (int)(nl - rest), rest);
			s = nl + 1;
		}
	}
	return rc;
}

static const char *diag_text(struct fx *f)
{
	diag_finish(&f->d);
	size_t len = 0;
	f->out = realloc(f->out, 4096);
	f->out[0] = '\0';
	for (size_t i = 0; i < f->d.n; i++) {
		char *s = diag_format(&f->d.v[i], &f->a);
		len += (size_t)snprintf(f->out + len, 4096 - len, "%s\n", s);
	}
	return f->out;
}

static void test_split_rows_and_lines_as_one_piece(void **state)
{
	struct fx *f = *state;
	struct piece_log pl[2] = {{.f = f}, {.f = f}};
	struct csv_split sp = {0};
	char out[8192];
	const char *text = "id,name,role\n"
			   "E1,Ann,dev\n"
			   "\n"
			   "E2,Bob,bad\n"
			   "E3,\"Cy, Jr\",dev\n"
			   "E4,Di,ops\n"
			   "E5,Ed,bad\n"
			   "E6,Flo,dev\n"
			   "E7,Gus,ops";
	assert_int_equal(read_split(f, text, pl, &sp, out, sizeof out), 0);
	assert_int_equal(sp.parts, 2);
	assert_int_equal(pl[0].ended + pl[1].ended, 2);
	assert_true(pl[1].len > 0); /* the second piece had rows of its own */
	assert_string_equal(out, "2:E1|Ann|dev\n"
				 "4:E2|Bob|bad\n"
				 "5:E3|Cy, Jr|dev\n"
				 "6:E4|Di|ops\n"
				 "7:E5|Ed|bad\n"
				 "8:E6|Flo|dev\n"
				 "9:E7|Gus|ops (unterminated)\n");
	assert_string_equal(diag_text(f), "t.csv:4: error: bad role\n"
					  "t.csv:7: error: bad role\n");
	assert_int_equal(sp.complete, strlen(text) - strlen("E7,Gus,ops"));
	assert_int_equal(sp.lines, 8);
}

/* The middle of the file falls inside a quoted field that spans lines: the
 * second piece started in the wrong place and is read again. */
static void test_split_inside_quoted_newlines_is_read_again(void **state)
{
	struct fx *f = *state;
	struct piece_log pl[2] = {{.f = f}, {.f = f}};
	struct csv_split sp = {0};
	char out[8192];
	const char *text = "id,name,role\n"
			   "E1,\"a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\",dev\n"
			   "E2,Bob,bad\n";
	assert_int_equal(read_split(f, text, pl, &sp, out, sizeof out), 0);
	assert_int_equal(sp.parts, 1);
	assert_int_equal(pl[1].discarded, 1);
	assert_string_equal(out, "2:E1|a/b/c/d/e/f/g/h/i/j/k|dev\n"
				 "13:E2|Bob|bad\n");
	assert_string_equal(diag_text(f), "t.csv:13: error: bad role\n");
}

/* Bad bytes in the second piece: one error for the file, at its real line,
 * and nothing about the rows. */
static void test_split_bad_utf8_in_second_piece(void **state)
{
	struct fx *f = *state;
	struct piece_log pl[2] = {{.f = f}, {.f = f}};
	struct csv_split sp = {0};
	char out[8192];
	const char *text = "id,name,role\n"
			   "E1,Ann,bad\n"
			   "E2,Bob,dev\n"
			   "E3,Cy,dev\n"
			   "E4,Di,dev\n"
			   "E5,Ed,dev\n"
			   "E6,Z\xe9,dev\n";
	assert_int_equal(read_split(f, text, pl, &sp, out, sizeof out), -1);
	assert_string_equal(diag_text(f),
			    "t.csv:7: error: file is not valid UTF-8 (a Windows-1252 export?); export it as UTF-8\n");
}

/* A header that lacks a column stops before any piece is read. */
static void test_split_bad_header_reads_no_rows(void **state)
{
	struct fx *f = *state;
	struct piece_log pl[2] = {{.f = f}, {.f = f}};
	struct csv_split sp = {0};
	char out[8192];
	assert_int_equal(read_split(f, "id,name\nE1,Ann\nE2,Bob\nE3,Cy\n", pl, &sp, out, sizeof out), -1);
	assert_string_equal(out, "");
	assert_string_equal(diag_text(f), "t.csv:1: error: header lacks required column 'role'\n");
}

/* Reading from an offset past the header: only the rows from there on. */
static void test_split_from_offset(void **state)
{
	struct fx *f = *state;
	struct piece_log pl[2] = {{.f = f}, {.f = f}};
	const char *text = "id,name,role\nE1,Ann,dev\nE2,Bob,dev\nE3,Cy,dev\nE4,Di,dev\n";
	struct csv_split sp = {.from = strlen("id,name,role\nE1,Ann,dev\nE2,Bob,dev\n"), .from_line = 4};
	char out[8192];
	assert_int_equal(read_split(f, text, pl, &sp, out, sizeof out), 0);
	assert_string_equal(out, "4:E3|Cy|dev\n5:E4|Di|dev\n");
	assert_int_equal(sp.lines, 5);
	assert_int_equal(sp.complete, strlen(text));
}

/* ---- windows: files are read a window (8 MiB) at a time ------------------ */

/* Writes a file of header + E1 + a line of `chars` two-byte characters +
 * E3 (the last without a line end when !nl_at_end). */
static void write_long_line(const char *path, size_t chars, bool nl_at_end)
{
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	/* 29 bytes before the long field: the 8 MiB window ends inside a character */
	fputs("id,name,role\nE1,Ann,x\nE2,Bob,", fp);
	for (size_t i = 0; i < chars; i++)
		fputs("\xc3\xa9", fp);
	fputs(nl_at_end ? ",y\nE3,Cy,z\n" : ",y\nE3,Cy,z", fp);
	fclose(fp);
}

static void test_line_longer_than_window_skipped(void **state)
{
	struct fx *f = *state;
	char path[] = "/tmp/rungs-long-XXXXXX";
	close(mkstemp(path));
	write_long_line(path, 5u << 20, true);
	int rc = csv_read(path, "t.csv", people_cols, 4, &f->d, collect, f);
	unlink(path);
	assert_int_equal(rc, 0);
	assert_string_equal(f->rows, "2: E1|Ann|x|\n4: E3|Cy|z|\n");
	assert_string_equal(diags(f), "t.csv:3: error: line longer than 1048576 bytes\n");
}

static void test_long_last_line_without_end(void **state)
{
	struct fx *f = *state;
	char path[] = "/tmp/rungs-long-XXXXXX";
	close(mkstemp(path));
	FILE *fp = fopen(path, "w");
	fputs("id,name,role\nE1,Ann,x\nE2,Bob,", fp);
	for (size_t i = 0; i < (9u << 20); i++)
		fputc('b', fp);
	fclose(fp);
	int rc = csv_read(path, "t.csv", people_cols, 4, &f->d, collect, f);
	unlink(path);
	assert_int_equal(rc, 0);
	assert_string_equal(f->rows, "2: E1|Ann|x|\n");
	assert_string_equal(diags(f), "t.csv:3: warning: incomplete last line ignored: line longer than 1048576 bytes\n");
}

static int truncate_on_first(void *ctx, const struct csv_row *r)
{
	struct fx *f = ctx;
	if (f->nrows++ == 0)
		assert_int_equal(truncate(f->out, 40), 0); /* cp from cron over the file */
	(void)r;
	return 0;
}

static void test_file_shrinking_while_read(void **state)
{
	struct fx *f = *state;
	char path[] = "/tmp/rungs-shrink-XXXXXX";
	close(mkstemp(path));
	FILE *fp = fopen(path, "w");
	fputs("id,name,role\n", fp);
	for (int i = 0; i < 1000000; i++)
		fprintf(fp, "E%d,Name,role\n", i);
	fclose(fp);
	f->out = strdup(path);
	int rc = csv_read(path, "t.csv", people_cols, 4, &f->d, truncate_on_first, f);
	unlink(path);
	free(f->out);
	f->out = NULL;
	assert_int_equal(rc, -1);
	assert_string_equal(diags(f),
			    "t.csv: error: file shrank while it was read (rewritten in place?); run again once it is written\n");
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_rows_with_lines),
		T(test_header_by_name_any_order),
		T(test_quoted_header),
		T(test_header_names_remapped),
		T(test_header_only),
		T(test_bom_accepted),
		T(test_crlf_accepted),
		T(test_quoted_fields),
		T(test_semicolons_inside_fields_are_fine),
		T(test_blank_lines_skipped),
		T(test_line_after_blank_line_in_diagnostic),
		T(test_unterminated_last_line_used_when_complete),
		T(test_missing_required_column),
		T(test_missing_required_columns),
		T(test_missing_remapped_column_named_by_header),
		T(test_semicolon_file_one_error),
		T(test_not_utf8_one_error),
		T(test_nul_bytes),
		T(test_foreign_files_named),
		T(test_header_too_long),
		T(test_quoted_field_past_row_limit),
		T(test_empty_file),
		T(test_bom_only_file_is_empty),
		T(test_wrong_field_count),
		T(test_unterminated_last_line_incomplete),
		T(test_unterminated_quote_on_last_line),
		T(test_unterminated_quote_earlier),
		T(test_malformed_quote),
		T(test_duplicate_header_column),
		T(test_callback_stops_reading),
		T(test_row_problem_error_or_warning),
		T(test_read_file_and_missing_file),
		T(test_many_rows_keep_their_lines),
		T(test_split_rows_and_lines_as_one_piece),
		T(test_split_inside_quoted_newlines_is_read_again),
		T(test_split_bad_utf8_in_second_piece),
		T(test_split_bad_header_reads_no_rows),
		T(test_split_from_offset),
		T(test_line_longer_than_window_skipped),
		T(test_long_last_line_without_end),
		T(test_file_shrinking_while_read),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
