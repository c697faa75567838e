#include "ydoc.h"

#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "num.h"
#include "utf8.h"

struct frame {
	struct ynode *node;
	struct ynode **kids;
	size_t n, cap;
	const char *anchor;
};

struct anchor {
	const char *name;
	struct ynode *node;
};

struct builder {
	struct arena *a;
	struct diag_list *d;
	const char *file;
	struct frame stack[YDOC_MAX_DEPTH + 1];
	size_t depth;
	struct anchor *anchors;
	size_t nanchors, anchors_cap;
	size_t alias_nodes;
	struct ynode *root;
	int docs;
};

static struct ynode *node_new(struct builder *b, enum ynode_type t, yaml_mark_t m)
{
	struct ynode *n = arena_calloc(b->a, sizeof *n);
	if (!n)
		return NULL;
	n->type = t;
	n->line = (uint32_t)m.line + 1;
	n->col = (uint32_t)m.column + 1;
	n->weight = 1;
	return n;
}

static int remember_anchor(struct builder *b, const char *name, struct ynode *n)
{
	if (!name)
		return 0;
	if (!VEC_PUSH(b->anchors, b->nanchors, b->anchors_cap))
		return -1;
	b->anchors[b->nanchors++] = (struct anchor){arena_strdup(b->a, name), n};
	return 0;
}

static int check_duplicate_keys(struct builder *b, struct ynode *map);

/* Adds a finished node to its parent, or makes it the root. */
static int attach(struct builder *b, struct ynode *n)
{
	if (b->depth == 0) {
		b->root = n;
		return 0;
	}
	struct frame *f = &b->stack[b->depth - 1];
	if (f->node->type == YN_MAP && f->n % 2 == 0 && n->type != YN_SCALAR) {
		diag_add(b->d, DIAG_ERROR, b->file, n->line, n->col, "mapping keys must be plain values");
		return -1;
	}
	if (!VEC_PUSH(f->kids, f->n, f->cap))
		return -1;
	f->kids[f->n++] = n;
	f->node->weight += n->weight;
	return 0;
}

static int open_collection(struct builder *b, enum ynode_type t, yaml_mark_t m, const char *anchor)
{
	if (b->depth >= YDOC_MAX_DEPTH) {
		diag_add(b->d, DIAG_ERROR, b->file, (uint32_t)m.line + 1, (uint32_t)m.column + 1,
			  "nesting deeper than %d levels", YDOC_MAX_DEPTH);
		return -1;
	}
	struct ynode *n = node_new(b, t, m);
	if (!n)
		return -1;
	b->stack[b->depth++] = (struct frame){n, NULL, 0, 0, anchor ? arena_strdup(b->a, anchor) : NULL};
	return 0;
}

static int close_collection(struct builder *b)
{
	struct frame f = b->stack[--b->depth];
	f.node->nkids = f.n;
	f.node->kids = arena_alloc(b->a, (f.n ? f.n : 1) * sizeof *f.node->kids);
	if (!f.node->kids) {
		free(f.kids);
		return -1;
	}
	if (f.n)
		memcpy(f.node->kids, f.kids, f.n * sizeof *f.kids);
	free(f.kids);
	if (f.node->type == YN_MAP && check_duplicate_keys(b, f.node) < 0)
		return -1; /* out of memory; duplicates are reported and the tree kept */
	if (remember_anchor(b, f.anchor, f.node) < 0)
		return -1;
	return attach(b, f.node);
}

static int cmp_key_ptr(const void *pa, const void *pb)
{
	const struct ynode *a = *(const struct ynode *const *)pa, *b = *(const struct ynode *const *)pb;
	size_t n = a->len < b->len ? a->len : b->len;
	int c = memcmp(a->text, b->text, n);
	if (c)
		return c;
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	return a->line != b->line ? (a->line < b->line ? -1 : 1) : (a->col < b->col ? -1 : a->col > b->col);
}

/* Sorting keeps a hostile mapping with many keys from going quadratic. */
static int check_duplicate_keys(struct builder *b, struct ynode *map)
{
	size_t nk = map->nkids / 2;
	if (nk < 2)
		return 0;
	struct ynode **keys = malloc(nk * sizeof *keys);
	if (!keys)
		return -1;
	for (size_t i = 0; i < nk; i++)
		keys[i] = map->kids[2 * i];
	qsort(keys, nk, sizeof *keys, cmp_key_ptr);
	for (size_t i = 1; i < nk; i++)
		if (keys[i]->len == keys[i - 1]->len && memcmp(keys[i]->text, keys[i - 1]->text, keys[i]->len) == 0) {
			diag_add(b->d, DIAG_ERROR, b->file, keys[i]->line, keys[i]->col,
				  "duplicate key '%s' (first at line %u)", diag_quote(b->d, keys[i]->text, keys[i]->len),
				  keys[i - 1]->line);
		}
	free(keys);
	return 0;
}

static int on_scalar(struct builder *b, const yaml_event_t *ev)
{
	size_t len = ev->data.scalar.length;
	if (len > YDOC_MAX_SCALAR) {
		diag_add(b->d, DIAG_ERROR, b->file, (uint32_t)ev->start_mark.line + 1,
			  (uint32_t)ev->start_mark.column + 1, "value longer than %u bytes", YDOC_MAX_SCALAR);
		return -1;
	}
	struct ynode *n = node_new(b, YN_SCALAR, ev->start_mark);
	if (!n)
		return -1;
	n->text = arena_strndup(b->a, (const char *)ev->data.scalar.value, len);
	n->len = len;
	n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	if (!n->text || remember_anchor(b, (const char *)ev->data.scalar.anchor, n) < 0)
		return -1;
	return attach(b, n);
}

static int on_alias(struct builder *b, const yaml_event_t *ev)
{
	const char *name = (const char *)ev->data.alias.anchor;
	for (size_t i = b->nanchors; i-- > 0;) {
		if (strcmp(b->anchors[i].name, name) != 0)
			continue;
		/* the tree shares the node; the count guards consumers that walk it */
		b->alias_nodes += b->anchors[i].node->weight;
		if (b->alias_nodes > YDOC_MAX_ALIAS_NODES) {
			diag_add(b->d, DIAG_ERROR, b->file, (uint32_t)ev->start_mark.line + 1,
				  (uint32_t)ev->start_mark.column + 1,
				  "aliases expand to more than %d nodes", YDOC_MAX_ALIAS_NODES);
			return -1;
		}
		return attach(b, b->anchors[i].node);
	}
	diag_add(b->d, DIAG_ERROR, b->file, (uint32_t)ev->start_mark.line + 1,
		  (uint32_t)ev->start_mark.column + 1, "unknown alias '%s'", diag_quote(b->d, name, strlen(name)));
	return -1;
}

static void report_parser_error(struct builder *b, const yaml_parser_t *p, const char *data, size_t size)
{
	yaml_mark_t m = p->problem_mark;
	const char *problem = p->problem ? p->problem : "invalid YAML";
	if (p->error == YAML_MEMORY_ERROR) {
		diag_oom(b->d, b->file);
		return;
	}
	if (p->error == YAML_READER_ERROR && utf8_foreign(data, size)) {
		diag_add(b->d, DIAG_ERROR, b->file, 0, 0, "file is %s; save it as UTF-8",
			  utf8_foreign(data, size));
		return;
	}
	if (p->error == YAML_READER_ERROR) {
		/* libyaml gives a byte offset here, not a line */
		uint32_t line = 1, col = 1;
		size_t at = p->problem_offset;
		for (int k = 0; k < 3 && at > 0 && at <= size && (unsigned char)data[at - 1] >= 0x80; k++)
			at--; /* libyaml points past a broken sequence: show where it starts */
		for (size_t i = 0; i < at && i < size; i++, col++)
			if (data[i] == '\n')
				line++, col = 0;
		diag_add(b->d, DIAG_ERROR, b->file, line, col, "%s",
			  strstr(problem, "control") ? "file contains control characters or NUL bytes"
						    : "file is not valid UTF-8");
		return;
	}
	bool at_end = strstr(problem, "end of stream") || m.index >= size;
	const char *inside = !p->context                                 ? NULL
			     : strncmp(p->context, "while parsing ", 14) == 0 ? p->context + 14
			     : strncmp(p->context, "while scanning ", 15) == 0 ? p->context + 15
									       : NULL;
	bool want_node = inside && strstr(inside, "node"); /* a value was due: no start to show */
	if (p->context && at_end && !want_node)
		m = p->context_mark; /* where the unfinished thing started, not past the end */
	if (at_end && want_node)
		diag_add(b->d, DIAG_ERROR, b->file, (uint32_t)m.line + 1, (uint32_t)m.column + 1,
			  "the file ends where a value was expected (is it cut short?)");
	else if (at_end && p->context && strstr(p->context, "quoted scalar"))
		diag_add(b->d, DIAG_ERROR, b->file, (uint32_t)m.line + 1, (uint32_t)m.column + 1,
			  "unterminated quoted value (no closing quote before the end of the file)");
	else if (at_end && inside)
		diag_add(b->d, DIAG_ERROR, b->file, (uint32_t)m.line + 1, (uint32_t)m.column + 1,
			  "the file ends inside %s started here (is it cut short?)", inside);
	else if (m.index < size && data[m.index] == '\t')
		diag_add(b->d, DIAG_ERROR, b->file, (uint32_t)m.line + 1, (uint32_t)m.column + 1,
			  "tab character in indentation (YAML indents with spaces)");
	else if (p->context)
		diag_add(b->d, DIAG_ERROR, b->file, (uint32_t)m.line + 1, (uint32_t)m.column + 1, "%s %s", problem,
			  p->context);
	else
		diag_add(b->d, DIAG_ERROR, b->file, (uint32_t)m.line + 1, (uint32_t)m.column + 1, "%s", problem);
}

static int on_event(struct builder *b, const yaml_event_t *ev)
{
	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (++b->docs > 1) {
			diag_add(b->d, DIAG_ERROR, b->file, (uint32_t)ev->start_mark.line + 1,
				  (uint32_t)ev->start_mark.column + 1, "more than one YAML document in the file");
			return -1;
		}
		return 0;
	case YAML_SCALAR_EVENT:
		return on_scalar(b, ev);
	case YAML_ALIAS_EVENT:
		return on_alias(b, ev);
	case YAML_SEQUENCE_START_EVENT:
		return open_collection(b, YN_SEQ, ev->start_mark, (const char *)ev->data.sequence_start.anchor);
	case YAML_MAPPING_START_EVENT:
		return open_collection(b, YN_MAP, ev->start_mark, (const char *)ev->data.mapping_start.anchor);
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		return close_collection(b);
	default:
		return 0;
	}
}

int ydoc_parse(const char *data, size_t size, const char *display, struct arena *a,
	       struct diag_list *d, struct ynode **root)
{
	*root = NULL;
	if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		data += 3, size -= 3; /* editors on Windows write one */
	if (size > YDOC_MAX_FILE) {
		diag_add(d, DIAG_ERROR, display, 0, 0, "file larger than %u MiB", YDOC_MAX_FILE >> 20);
		return -1;
	}
	yaml_parser_t p;
	if (!yaml_parser_initialize(&p))
		return -1;
	yaml_parser_set_input_string(&p, (const unsigned char *)data, size);
	yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);
	struct builder b = {.a = a, .d = d, .file = display};
	int rc = 0;
	for (;;) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&p, &ev)) {
			report_parser_error(&b, &p, data, size);
			rc = -1;
			break;
		}
		int r = on_event(&b, &ev);
		bool end = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
		if (r < 0) {
			rc = -1;
			break;
		}
		if (end)
			break;
	}
	while (b.depth > 0)
		free(b.stack[--b.depth].kids);
	free(b.anchors);
	yaml_parser_delete(&p);
	if (a->failed && rc == 0) {
		diag_oom(d, display);
		rc = -1;
	}
	if (rc == 0)
		*root = b.root;
	return rc;
}

int ydoc_load(const char *path, const char *display, struct arena *a, struct diag_list *d,
	      struct ynode **root)
{
	struct file_data fd;
	char eb[128];
	int e = file_read_max(path, (size_t)YDOC_MAX_FILE + 1, &fd); /* one byte more tells "too big" */
	*root = NULL;
	if (e) {
		diag_add(d, DIAG_ERROR, display, 0, 0, "cannot read file: %s", errno_text(e, eb));
		return -1;
	}
	int rc = ydoc_parse(fd.data, fd.size, display, a, d, root);
	file_data_free(&fd);
	return rc;
}

size_t ynode_map_len(const struct ynode *n)
{
	return n && n->type == YN_MAP ? n->nkids / 2 : 0;
}

const struct ynode *ynode_key(const struct ynode *n, size_t i)
{
	return n->kids[2 * i];
}

const struct ynode *ynode_val(const struct ynode *n, size_t i)
{
	return n->kids[2 * i + 1];
}

bool ynode_is_null(const struct ynode *n)
{
	if (!n)
		return true;
	if (n->type != YN_SCALAR || !n->plain)
		return false;
	return n->len == 0 || ynode_text_is(n, "~") || ynode_text_is(n, "null") || ynode_text_is(n, "Null") ||
	       ynode_text_is(n, "NULL");
}

bool ynode_text_is(const struct ynode *n, const char *s)
{
	return n && n->type == YN_SCALAR && n->len == strlen(s) && memcmp(n->text, s, n->len) == 0;
}

int ynode_bool(const struct ynode *n, bool *out)
{
	if (!n || n->type != YN_SCALAR || !n->plain)
		return -1;
	if (ynode_text_is(n, "true") || ynode_text_is(n, "True") || ynode_text_is(n, "TRUE"))
		return *out = true, 0;
	if (ynode_text_is(n, "false") || ynode_text_is(n, "False") || ynode_text_is(n, "FALSE"))
		return *out = false, 0;
	return -1;
}

int ynode_int(const struct ynode *n, long long min, long long max, long long *out)
{
	if (!n || n->type != YN_SCALAR || !n->plain)
		return -1;
	return num_parse_int(n->text, n->len, min, max, out);
}

int ynode_num(const struct ynode *n, double *out)
{
	if (!n || n->type != YN_SCALAR || !n->plain)
		return -1;
	return num_parse(n->text, n->len, out);
}

const char *ynode_describe(const struct ynode *n, struct diag_list *d)
{
	if (!n)
		return "nothing";
	if (n->type == YN_MAP)
		return "a mapping";
	if (n->type == YN_SEQ)
		return "a sequence";
	if (ynode_is_null(n))
		return "an empty value";
	char buf[128];
	snprintf(buf, sizeof buf, "'%s'", diag_quote(d, n->text, n->len));
	return arena_strdup(&d->arena, buf);
}
