/*
 * Output: one document model, one view, every format.
 *
 * A command builds its result as a small JSON-like value tree owned by an
 * out_doc, describes in an out_view how the text formats (table, md)
 * present it, and calls out_write. Escaping, sanitising and number
 * formatting live here only, so every command prints the same way.
 *
 * Constructors never fail loudly: when memory runs out they return NULL
 * and mark the document, ov_set/ov_push ignore NULL, and out_write then
 * fails with ENOMEM. A command can therefore build a whole document and
 * check once.
 */
#ifndef RUNGS_OUT_H
#define RUNGS_OUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct out_doc; /* owns every value made from it (an arena) */
struct ov;      /* a value */

enum ov_kind { OV_NULL, OV_BOOL, OV_INT, OV_NUM, OV_STR, OV_ARR, OV_OBJ };

struct out_doc *out_doc_new(void);
void out_doc_free(struct out_doc *doc); /* accepts NULL */
/* Forgets every value made from doc (and a failed allocation), keeping
 * memory for the next ones: a document for one row at a time. */
void out_doc_reset(struct out_doc *doc);
/* True once an allocation made for doc failed. */
bool out_doc_failed(const struct out_doc *doc);

struct ov *ov_null(struct out_doc *doc);
struct ov *ov_bool(struct out_doc *doc, bool b);
struct ov *ov_int(struct out_doc *doc, long long i);
struct ov *ov_num(struct out_doc *doc, double x); /* NaN and infinities print as null */
/* Strings are copied. A NULL s makes a null value, handy for optional
 * fields such as "via". Bytes are kept as given; writers sanitise. */
struct ov *ov_str(struct out_doc *doc, const char *s);
struct ov *ov_strn(struct out_doc *doc, const char *s, size_t n);
struct ov *ov_arr(struct out_doc *doc);
struct ov *ov_obj(struct out_doc *doc);

/* Sets obj[key] = val. A new key is appended (keys keep insertion order),
 * an existing key keeps its place and gets the new value. The key is
 * copied. Does nothing when obj is not an object or val is NULL. */
void ov_set(struct out_doc *doc, struct ov *obj, const char *key, struct ov *val);
/* ov_set for a key known not to be in obj yet (rows built in bulk): no
 * search, and the key is not copied: it must live as long as doc (a
 * string literal, or a key of another object of doc). */
void ov_add(struct out_doc *doc, struct ov *obj, const char *key, struct ov *val);
/* Appends val to arr. Does nothing when arr is not an array or val is NULL. */
void ov_push(struct out_doc *doc, struct ov *arr, struct ov *val);

/* Accessors; all accept NULL (kind OV_NULL, length 0, lookups NULL). */
enum ov_kind ov_kind(const struct ov *v);
size_t ov_len(const struct ov *v);                          /* array items or object keys */
struct ov *ov_at(const struct ov *v, size_t i);             /* item i, or value of key i */
const char *ov_key_at(const struct ov *obj, size_t i);      /* key i of an object */
struct ov *ov_get(const struct ov *obj, const char *key);   /* NULL when absent */
bool ov_to_bool(const struct ov *v);                        /* false unless a true bool */
long long ov_to_int(const struct ov *v);                    /* int, num truncated, else 0 */
double ov_to_num(const struct ov *v);                       /* num or int, else 0 */
const char *ov_to_str(const struct ov *v, size_t *len);     /* NULL unless a string */

/* OUT_DOT and OUT_MERMAID are graphs: out_graph_write (lib/outgraph.h). */
enum out_format { OUT_TABLE, OUT_CSV, OUT_TSV, OUT_JSON, OUT_JSONL, OUT_MD, OUT_DOT, OUT_MERMAID };

/* "table", "csv", "tsv", "json", "jsonl", "md": 0, or -1 when unknown. */
int out_format_parse(const char *name, enum out_format *fmt);
const char *out_format_name(enum out_format fmt);

/*
 * How table and md show a column's values (csv, tsv, json and jsonl print
 * values as they are):
 *   COL_TEXT   as is                 COL_INT   integer, right-aligned
 *   COL_NUM    up to 2 decimals, right-aligned
 *   COL_LEVEL  up to 2 decimals, right-aligned
 *   COL_PCT    value x 100 with 1 decimal and '%' (0.8125: 81.3%), right-aligned
 *   COL_BOOL   yes / no              COL_LIST  items joined with ", "
 *   COL_DATE   as is
 * null and an empty list show as "-".
 */
enum out_col_kind { COL_TEXT, COL_INT, COL_NUM, COL_LEVEL, COL_PCT, COL_BOOL, COL_LIST, COL_DATE };

struct out_col {
	const char *key;
	const char *label; /* NULL: the key */
	enum out_col_kind kind;
};

enum out_sec_type {
	SEC_FIELDS, /* "label: value" lines from one object */
	SEC_TABLE   /* a header and one row per object of an array */
};

struct out_section {
	enum out_sec_type type;
	const char *title; /* optional heading */
	/* The key in the root object of the section's object (SEC_FIELDS) or
	 * array of row objects (SEC_TABLE); NULL: the root itself. A section
	 * whose value is absent or null is left out; an empty table prints
	 * its header and "(none)". */
	const char *key;
	const struct out_col *cols;
	size_t ncols;
};

/*
 * A NULL view, or one without sections, shows table and md in a shape
 * guessed from the document: the root's scalars as fields, and each
 * array of objects as a titled table.
 */
struct out_view {
	const struct out_section *sections;
	size_t nsections;
	/* Key in the root object of the main list, whose elements are the
	 * rows of csv and tsv and the lines of jsonl; NULL: the root when it
	 * is an array, else the root object as the only row (jsonl: the whole
	 * document on one line). */
	const char *main;
};

struct out_opts {
	enum out_format format;
	bool color; /* table only: bold header labels and titles */
};

/*
 * Writes root, a value of doc, to f in opts->format, then flushes f.
 *
 *   json   the whole document, pretty-printed like `jq .` (two-space
 *          indent, keys in insertion order), then a newline
 *   jsonl  one compact object per element of the main list, one per line
 *   csv    RFC 4180 quoting, lines end with "\n"; the header holds the keys
 *          of the first row, or without rows the keys of the columns of
 *          the section showing the main list; lists joined with ';'; text
 *          cells that a spreadsheet would run as a formula get a leading '
 *   tsv    as csv, no quoting: tab, CR, LF and backslash in text written
 *          as \t \r \n \\
 *   table  aligned columns for terminals, by display width
 *   md     bullet lists and GitHub pipe tables
 *
 * In csv and tsv, other C0 controls, DEL, C1 controls, bidirectional
 * overrides and isolates, line and paragraph separators and bytes that are
 * not UTF-8 are written as the text \xNN or \uNNNN: a report shown with
 * cat must not act on the terminal. json and jsonl escape the same
 * characters as \uNNNN, which parsers read back unchanged.
 *
 * Numbers in json, jsonl, csv and tsv are r-rounded with trailing zeros
 * dropped (num_format). Control characters never reach table or md output
 * raw: they are shown escaped (\t, \n, \e, \x7f, \u009b...).
 *
 * Returns 0, or -1 with errno set: ENOMEM when doc ran out of memory (or
 * writing needed memory it could not get), else the error of the failed
 * write (ENOSPC, EPIPE, EIO...). Nothing is retried.
 */
int out_write(FILE *f, const struct out_doc *doc, const struct ov *root,
	const struct out_view *view, const struct out_opts *opts);

/*
 * Streaming: out_write for a report too large to hold, whose main list is
 * handed over row by row and written as it comes.
 *
 * root is the document without the main list's rows: view->main must name
 * a member of root that is an array (its items are not written: the rows
 * streamed take their place), and table and md need a view with sections
 * (the rows show in the section whose key is view->main). The bytes
 * written are those out_write prints for root with the streamed rows in
 * that array.
 *
 * out_stream_open writes what comes before the rows. table aligns each
 * column to its widest cell, so it must see every row before it writes
 * the first: while out_stream_measuring is true, pass every row to
 * out_stream_measure, then the same rows in the same order to
 * out_stream_row. The other formats measure nothing.
 *
 * out_stream_open returns NULL with errno set (EINVAL for a root or view
 * that cannot stream, ENOMEM). out_stream_row returns 0, or -1 with errno
 * set as out_write does, once anything failed (doc: the document row is
 * made of, checked for running out of memory; NULL: none). out_stream_close
 * writes what comes after the rows, flushes f and frees the stream: 0, or
 * -1 with errno set. out_stream_abort frees it writing nothing more (after
 * an error elsewhere; keeps errno). Writing is done on one thread.
 */
struct out_stream;

struct out_stream *out_stream_open(FILE *f, const struct out_doc *doc, const struct ov *root,
	const struct out_view *view, const struct out_opts *opts);
bool out_stream_measuring(const struct out_stream *s);
void out_stream_measure(struct out_stream *s, const struct ov *row);
int out_stream_row(struct out_stream *s, const struct out_doc *doc, const struct ov *row);
int out_stream_close(struct out_stream *s);
void out_stream_abort(struct out_stream *s);

#endif
