#include "outgraph.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

/* Text inside double quotes: quotes and backslashes escaped, control
 * characters (C0, DEL, C1), bidirectional overrides and line separators
 * dropped: ids and titles never need them, and a graph shown with cat must
 * not act on the terminal. Bytes that are not UTF-8 become U+FFFD. */
static void escaped(FILE *f, const char *s, bool mermaid)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		uint32_t cp;
		size_t len = c >= 0x80 ? utf8_decode(s, strnlen(s, 4), &cp) : 0;
		if (len && ((cp >= 0x80 && cp < 0xa0) || (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))) {
			s += len - 1;
			continue;
		}
		if (c >= 0x80 && !len) {
			fputs("\xef\xbf\xbd", f); /* not UTF-8: U+FFFD, as JSON has it */
			continue;
		}
		if (len) {
			fwrite(s, 1, len, f);
			s += len - 1;
			continue;
		}
		if (c < 0x20 || c == 0x7f)
			continue;
		if (mermaid && c == '"')
			fputs("#quot;", f);
		else if (mermaid && (c == '<' || c == '>' || c == '&')) /* labels are HTML to Mermaid */
			fputs(c == '<' ? "#lt;" : c == '>' ? "#gt;" : "#amp;", f);
		else if (!mermaid && (c == '"' || c == '\\'))
			fprintf(f, "\\%c", c);
		else
			fputc(c, f);
	}
}

static void quoted(FILE *f, const char *s, bool mermaid)
{
	fputc('"', f);
	escaped(f, s, mermaid);
	fputc('"', f);
}

/* "id" and a second line: "\n" for dot, "<br/>" for Mermaid. */
static void node_label(FILE *f, const struct graph_node *n, bool mermaid)
{
	fputc('"', f);
	escaped(f, n->id, mermaid);
	if (n->detail) {
		fputs(mermaid ? "<br/>" : "\\n", f);
		escaped(f, n->detail, mermaid);
	}
	fputc('"', f);
}

/* Distinct clusters in order of first appearance. */
static size_t clusters(const struct out_graph *g, const char **out)
{
	size_t n = 0;
	for (size_t i = 0; i < g->nnodes; i++) {
		const char *c = g->nodes[i].cluster;
		bool seen = !c;
		for (size_t k = 0; k < n && !seen; k++)
			seen = strcmp(out[k], c) == 0;
		if (!seen)
			out[n++] = c;
	}
	return n;
}

static void write_dot(FILE *f, const struct out_graph *g, const char **cl, size_t ncl)
{
	static const char *const style[] = {"solid", "dashed", "dotted", "bold"};
	fputs("digraph rungs {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n", f);
	for (size_t c = 0; c <= ncl; c++) {
		const char *name = c < ncl ? cl[c] : NULL;
		if (name) {
			fprintf(f, "  subgraph cluster_%zu {\n    label=", c);
			quoted(f, name, false);
			fputs(";\n", f);
		}
		for (size_t i = 0; i < g->nnodes; i++) {
			const char *nc = g->nodes[i].cluster;
			if ((name && (!nc || strcmp(nc, name))) || (!name && nc))
				continue;
			fprintf(f, "%s  n%zu [label=", name ? "  " : "", i);
			node_label(f, &g->nodes[i], false);
			fputs("];\n", f);
		}
		if (name)
			fputs("  }\n", f);
	}
	for (size_t i = 0; i < g->nedges; i++) {
		const struct graph_edge *e = &g->edges[i];
		fprintf(f, "  n%zu -> n%zu [style=%s", e->from, e->to, style[e->style]);
		if (e->label) {
			fputs(", label=", f);
			quoted(f, e->label, false);
		}
		fputs("];\n", f);
	}
	fputs("}\n", f);
}

static void write_mermaid(FILE *f, const struct out_graph *g, const char **cl, size_t ncl)
{
	fputs("flowchart LR\n", f);
	for (size_t c = 0; c <= ncl; c++) {
		const char *name = c < ncl ? cl[c] : NULL;
		if (name) {
			fprintf(f, "  subgraph c%zu[", c);
			quoted(f, name, true);
			fputs("]\n", f);
		}
		for (size_t i = 0; i < g->nnodes; i++) {
			const char *nc = g->nodes[i].cluster;
			if ((name && (!nc || strcmp(nc, name))) || (!name && nc))
				continue;
			fprintf(f, "%s  n%zu[", name ? "  " : "", i);
			node_label(f, &g->nodes[i], true);
			fputs("]\n", f);
		}
		if (name)
			fputs("  end\n", f);
	}
	static const char *const arrow[] = {"-->", "-.->", "-.->", "==>"};
	for (size_t i = 0; i < g->nedges; i++) {
		const struct graph_edge *e = &g->edges[i];
		fprintf(f, "  n%zu %s", e->from, arrow[e->style]);
		if (e->label) {
			fputc('|', f);
			quoted(f, e->label, true);
			fputc('|', f);
		}
		fprintf(f, " n%zu\n", e->to);
	}
}

int out_graph_write(FILE *f, const struct out_graph *g, enum out_format fmt)
{
	if (fmt != OUT_DOT && fmt != OUT_MERMAID) {
		errno = EINVAL;
		return -1;
	}
	const char **cl = malloc((g->nnodes ? g->nnodes : 1) * sizeof *cl);
	if (!cl) {
		errno = ENOMEM;
		return -1;
	}
	size_t ncl = clusters(g, cl);
	if (fmt == OUT_DOT)
		write_dot(f, g, cl, ncl);
	else
		write_mermaid(f, g, cl, ncl);
	free(cl);
	if (fflush(f) != 0 || ferror(f))
		return -1;
	return 0;
}
