/* libFuzzer target: the output layer as a property test. Strings from the
 * input (split at 0x1f) become names, notes, list items and keys of a
 * report, written in every format and as dot and Mermaid graphs. Whatever
 * the strings hold, the output must be valid UTF-8 with no character that
 * acts on a terminal (C0 controls but the format's own tab and line ends,
 * DEL, C1 controls, bidirectional overrides, line separators), and a csv or
 * tsv cell may not start with a formula character unless neutralised, and
 * the rows streamed one by one (out_stream_*) must give the same bytes.
 * A broken property aborts, which libFuzzer reports as a crash. */
#define _GNU_SOURCE 1 /* open_memstream */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "out.h"
#include "outgraph.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fail(const char *what, enum out_format fmt, const char *text, size_t n)
{
	fprintf(stderr, "fuzz_out: %s in %s output:\n", what, out_format_name(fmt));
	fwrite(text, 1, n, stderr);
	fputc('\n', stderr);
	abort();
}

/* The properties every output has. */
static void check_safe(const char *s, size_t n, enum out_format fmt)
{
	size_t bad;
	if (!utf8_valid(s, n, &bad))
		fail("invalid UTF-8", fmt, s, n);
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t len = utf8_decode(s + i, n - i, &cp);
		if (!len)
			fail("undecodable byte", fmt, s, n);
		bool ok_ctl = cp == '\n' || (cp == '\t' && (fmt == OUT_TSV || fmt == OUT_CSV)) ||
			      (cp == '\r' && fmt == OUT_CSV);
		if ((cp < 0x20 && !ok_ctl) || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x2028 && cp <= 0x202e) ||
		    (cp >= 0x2066 && cp <= 0x2069))
			fail("a raw control character", fmt, s, n);
		i += len;
	}
}

/* In tsv (no quoting) every cell is between tabs and line ends: one that
 * starts with a formula character must be a plain number. */
static void check_tsv_cells(const char *s, size_t n)
{
	bool header = true;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && s[j] != '\t' && s[j] != '\n')
			j++;
		if (!header && j > i && strchr("=+-@", s[i])) {
			size_t k = i + 1, d = 0;
			while (k < j && ((s[k] >= '0' && s[k] <= '9') || s[k] == '.'))
				k++, d++;
			if (k != j || !d)
				fail("a formula cell not neutralised", OUT_TSV, s, n);
		}
		if (j < n && s[j] == '\n')
			header = false;
		i = j + 1;
	}
}

/* The rows of root's main list streamed one by one: 0 and the text in
 * *text (the caller frees it), or -1. */
static int stream(const struct out_doc *doc, const struct ov *root, const struct out_view *view,
		  const struct out_opts *o, char **text, size_t *n)
{
	const struct ov *rows = ov_get(root, view->main);
	FILE *f = open_memstream(text, n);
	if (!f)
		abort();
	struct out_stream *s = out_stream_open(f, doc, root, view, o);
	int rc = s ? 0 : -1;
	for (size_t i = 0; s && out_stream_measuring(s) && i < ov_len(rows); i++)
		out_stream_measure(s, ov_at(rows, i));
	for (size_t i = 0; s && rc == 0 && i < ov_len(rows); i++)
		rc = out_stream_row(s, doc, ov_at(rows, i));
	if (s && rc == 0)
		rc = out_stream_close(s);
	else
		out_stream_abort(s);
	fclose(f);
	return rc;
}

static const struct out_col cols[] = {
	{"id", "Id", COL_TEXT}, {"name", "Name", COL_TEXT}, {"level", "Level", COL_LEVEL},
	{"share", "Share", COL_PCT}, {"tags", "Tags", COL_LIST}, {"ok", "Ok", COL_BOOL},
};
static const struct out_col head[] = {{"title", "Title", COL_TEXT}, {"count", "Count", COL_INT}};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* the strings: up to 16 pieces of the input */
	const char *str[16];
	size_t len[16], ns = 0;
	const char *p = (const char *)data, *end = p + size;
	while (ns < 16) {
		const char *sep = memchr(p, 0x1f, (size_t)(end - p));
		str[ns] = p;
		len[ns++] = (size_t)((sep ? sep : end) - p);
		if (!sep)
			break;
		p = sep + 1;
	}
	struct out_doc *doc = out_doc_new();
	struct ov *root = ov_obj(doc), *rows = ov_arr(doc);
	ov_set(doc, root, "title", ov_strn(doc, str[0], len[0]));
	ov_set(doc, root, "count", ov_int(doc, (long long)size));
	for (size_t i = 1; i < ns; i++) {
		struct ov *r = ov_obj(doc), *tags = ov_arr(doc);
		ov_set(doc, r, "id", ov_strn(doc, str[i], len[i] < 8 ? len[i] : 8));
		ov_set(doc, r, "name", ov_strn(doc, str[i], len[i]));
		ov_set(doc, r, "level", ov_num(doc, (double)len[i] / 3));
		ov_set(doc, r, "share", ov_num(doc, len[i] ? (double)(unsigned char)str[i][0] / 255 : 0));
		ov_push(doc, tags, ov_strn(doc, str[i - 1], len[i - 1]));
		ov_push(doc, tags, ov_strn(doc, str[i], len[i]));
		ov_set(doc, r, "tags", tags);
		ov_set(doc, r, "ok", ov_bool(doc, len[i] % 2));
		/* a key from the data too: csv and tsv headers come from keys */
		char key[24];
		size_t kl = len[i] < 16 ? len[i] : 16;
		memcpy(key, str[i], kl);
		key[kl] = '\0';
		if (key[0])
			ov_set(doc, r, key, ov_strn(doc, str[0], len[0]));
		ov_push(doc, rows, r);
	}
	ov_set(doc, root, "rows", rows);
	struct out_section secs[] = {{SEC_FIELDS, NULL, NULL, head, 2}, {SEC_TABLE, "Rows", "rows", cols, 6}};
	struct out_view view = {secs, 2, "rows"};
	enum out_format fmts[] = {OUT_TABLE, OUT_CSV, OUT_TSV, OUT_JSON, OUT_JSONL, OUT_MD};
	for (size_t k = 0; k < sizeof fmts / sizeof *fmts; k++) {
		char *text = NULL;
		size_t n = 0;
		FILE *f = open_memstream(&text, &n);
		if (!f)
			abort();
		struct out_opts o = {fmts[k], fmts[k] == OUT_TABLE && (size & 1)};
		int rc = out_write(f, doc, root, &view, &o);
		fclose(f);
		if (rc == 0 && !o.color) /* colour adds escape sequences of its own */
			check_safe(text, n, fmts[k]);
		if (rc == 0 && fmts[k] == OUT_TSV)
			check_tsv_cells(text, n);
		char *streamed = NULL;
		size_t sn = 0;
		if (stream(doc, root, &view, &o, &streamed, &sn) != rc || (rc == 0 && (sn != n || memcmp(streamed, text, n))))
			fail("streamed rows differ", fmts[k], streamed ? streamed : "", streamed ? sn : 0);
		free(streamed);
		free(text);
	}
	out_doc_free(doc);

	/* graphs: nodes and clusters named by the strings */
	struct graph_node nodes[16];
	struct graph_edge edges[16];
	char *names[16];
	for (size_t i = 0; i < ns; i++) {
		names[i] = malloc(len[i] + 1); /* not strndup: the input has no NUL to stop at */
		if (names[i]) {
			memcpy(names[i], str[i], len[i]);
			names[i][len[i]] = '\0';
		}
		nodes[i] = (struct graph_node){names[i] ? names[i] : "", i ? names[i - 1] : NULL, names[i] ? names[i] : ""};
		edges[i] = (struct graph_edge){i, (i + 1) % ns, names[i], (enum edge_style)(i % 4)};
	}
	struct out_graph g = {nodes, ns, edges, ns};
	enum out_format gf[] = {OUT_DOT, OUT_MERMAID};
	for (size_t k = 0; k < 2; k++) {
		char *text = NULL;
		size_t n = 0;
		FILE *f = open_memstream(&text, &n);
		if (!f)
			abort();
		int rc = out_graph_write(f, &g, gf[k]);
		fclose(f);
		if (rc == 0)
			check_safe(text, n, gf[k]);
		free(text);
	}
	for (size_t i = 0; i < ns; i++)
		free(names[i]);
	return 0;
}
