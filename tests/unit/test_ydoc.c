/* lib/ydoc and lib/yload: YAML documents as trees with positions, the
 * limits hostile input needs, the YAML 1.2 core schema, and the typed
 * readers every loader shares. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "date.h"
#include "diag.h"
#include "ydoc.h"
#include "yload.h"

struct fx {
	struct arena a;
	struct diag_list d;
	struct ynode *root;
	struct yctx y;
	char *out;
};

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof *f);
	if (!f)
		return -1;
	diag_init(&f->d, 0);
	f->y = (struct yctx){&f->d, &f->a, "t.yaml", 0};
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

static int parse(struct fx *f, const char *text)
{
	return ydoc_parse(text, strlen(text), "t.yaml", &f->a, &f->d, &f->root);
}

/* Every diagnostic, sorted and formatted, one per line. */
static const char *diags(struct fx *f)
{
	diag_finish(&f->d);
	size_t cap = 1;
	for (size_t i = 0; i < f->d.n; i++)
		cap += strlen(diag_format(&f->d.v[i], &f->a)) + 1;
	free(f->out);
	f->out = malloc(cap);
	size_t len = 0;
	f->out[0] = '\0';
	for (size_t i = 0; i < f->d.n; i++)
		len += (size_t)sprintf(f->out + len, "%s\n", diag_format(&f->d.v[i], &f->a));
	return f->out;
}

/* The value of key `k` in mapping n, or NULL. */
static const struct ynode *get(const struct ynode *n, const char *k)
{
	for (size_t i = 0; i < ynode_map_len(n); i++)
		if (ynode_text_is(ynode_key(n, i), k))
			return ynode_val(n, i);
	return NULL;
}

/* A one-value document "v: TEXT", returning the value node. */
static const struct ynode *value(struct fx *f, const char *text)
{
	char buf[256];
	snprintf(buf, sizeof buf, "v: %s\n", text);
	assert_int_equal(parse(f, buf), 0);
	assert_non_null(f->root);
	const struct ynode *v = get(f->root, "v");
	assert_non_null(v);
	return v;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- trees and positions ----------------------------------------------- */

static void test_mapping_with_positions(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "id: sql\nname: SQL\n  # comment\nlevels:\n  3: Writes\n"), 0);
	assert_int_equal(f->d.n, 0);
	const struct ynode *r = f->root;
	assert_int_equal(r->type, YN_MAP);
	assert_int_equal(ynode_map_len(r), 3);
	assert_true(ynode_text_is(ynode_key(r, 0), "id"));
	assert_true(ynode_text_is(ynode_val(r, 0), "sql"));
	assert_int_equal(ynode_key(r, 1)->line, 2);
	assert_int_equal(ynode_key(r, 1)->col, 1);
	assert_int_equal(ynode_val(r, 1)->line, 2);
	assert_int_equal(ynode_val(r, 1)->col, 7);
	const struct ynode *lv = ynode_val(r, 2);
	assert_int_equal(lv->type, YN_MAP);
	assert_int_equal(lv->line, 5);
	assert_int_equal(lv->col, 3);
	assert_true(ynode_text_is(ynode_key(lv, 0), "3"));
	assert_true(ynode_text_is(ynode_val(lv, 0), "Writes"));
	assert_int_equal(ynode_val(lv, 0)->col, 6);
	/* the mapping counts its keys and values */
	assert_int_equal(r->weight, 1 + 2 + 2 + 1 + 1 + 2);
}

static void test_sequences_flow_and_block(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "- [a, 'b', \"c\"]\n- {k: v}\n- plain\n"), 0);
	const struct ynode *r = f->root;
	assert_int_equal(r->type, YN_SEQ);
	assert_int_equal(r->nkids, 3);
	const struct ynode *s = r->kids[0];
	assert_int_equal(s->type, YN_SEQ);
	assert_int_equal(s->nkids, 3);
	assert_true(ynode_text_is(s->kids[0], "a"));
	assert_true(s->kids[0]->plain);
	assert_true(ynode_text_is(s->kids[1], "b"));
	assert_false(s->kids[1]->plain);
	assert_true(ynode_text_is(s->kids[2], "c"));
	assert_false(s->kids[2]->plain);
	assert_int_equal(s->kids[2]->line, 1);
	assert_int_equal(s->kids[2]->col, 12);
	assert_int_equal(r->kids[1]->type, YN_MAP);
	assert_true(ynode_text_is(get(r->kids[1], "k"), "v"));
	assert_int_equal(r->kids[2]->line, 3);
	assert_int_equal(r->kids[2]->col, 3);
}

static void test_scalar_text_keeps_utf8_and_length(void **state)
{
	struct fx *f = *state;
	const struct ynode *v = value(f, "\"Aware — knows\\tthe vocabulary\"");
	assert_string_equal(v->text, "Aware — knows\tthe vocabulary");
	assert_int_equal(v->len, strlen("Aware — knows\tthe vocabulary"));
}

static void test_empty_document(void **state)
{
	struct fx *f = *state;
	f->root = (struct ynode *)1;
	assert_int_equal(parse(f, ""), 0);
	assert_null(f->root);
	assert_int_equal(parse(f, "# only a comment\n\n"), 0);
	assert_null(f->root);
	assert_int_equal(f->d.n, 0);
}

static void test_anchor_and_alias_share_node(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "a: &x {k: 1}\nb: *x\n"), 0);
	assert_ptr_equal(get(f->root, "a"), get(f->root, "b"));
	assert_int_equal(f->d.n, 0);
}

/* ---- problems and limits ------------------------------------------------ */

static void test_syntax_error_position(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "a: [1, 2\nb: 3\n"), -1);
	assert_null(f->root);
	assert_int_equal(f->d.errors, 1);
	assert_string_equal(f->d.v[0].file, "t.yaml");
	assert_int_equal(f->d.v[0].line, 2);
	assert_int_equal(f->d.v[0].severity, DIAG_ERROR);
}

static void test_unterminated_quote_points_at_its_start(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "id: sql\nname: 'SQL\ncategory: technical\n"), -1);
	assert_string_equal(diags(f), "t.yaml:2:7: error: unterminated quoted value (no closing quote before the end of the file)\n");
}

static void test_duplicate_keys_reported_tree_kept(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "a: 1\nb: 2\na: 3\nc:\n  x: 1\n  x: 2\n"), 0);
	assert_string_equal(diags(f), "t.yaml:3:1: error: duplicate key 'a' (first at line 1)\n"
				      "t.yaml:6:3: error: duplicate key 'x' (first at line 5)\n");
	assert_non_null(f->root);
	assert_int_equal(ynode_map_len(f->root), 4);
	assert_true(ynode_text_is(ynode_val(f->root, 2), "3"));
	assert_int_equal(ynode_map_len(get(f->root, "c")), 2);
}

static void test_duplicate_keys_in_flow_mapping(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "related: {sql: 0.5, python: 0.2, sql: 0.9}\n"), 0);
	assert_string_equal(diags(f), "t.yaml:1:34: error: duplicate key 'sql' (first at line 1)\n");
}

static void test_many_keys_no_false_duplicates(void **state)
{
	struct fx *f = *state;
	char *text = malloc(20000 * 16);
	size_t len = 0;
	for (int i = 0; i < 20000; i++)
		len += (size_t)sprintf(text + len, "k%d: %d\n", i, i);
	assert_int_equal(ydoc_parse(text, len, "t.yaml", &f->a, &f->d, &f->root), 0);
	assert_int_equal(f->d.n, 0);
	assert_int_equal(ynode_map_len(f->root), 20000);
	free(text);
}

static void test_nesting_64_is_fine(void **state)
{
	struct fx *f = *state;
	char text[200];
	memset(text, '[', 64);
	memset(text + 64, ']', 64);
	text[128] = '\0';
	assert_int_equal(parse(f, text), 0);
	assert_int_equal(f->d.n, 0);
	const struct ynode *n = f->root;
	int depth = 0;
	while (n && n->type == YN_SEQ) {
		depth++;
		n = n->nkids ? n->kids[0] : NULL;
	}
	assert_int_equal(depth, 64);
}

static void test_nesting_deeper_than_64_rejected(void **state)
{
	struct fx *f = *state;
	char text[300];
	size_t n = (size_t)sprintf(text, "a:\n  b: ");
	memset(text + n, '[', 100);
	memset(text + n + 100, ']', 100);
	text[n + 200] = '\0';
	assert_int_equal(parse(f, text), -1);
	assert_null(f->root);
	/* the root and `b`'s mapping take two levels: the 63rd bracket is the 65th */
	assert_string_equal(diags(f), "t.yaml:2:68: error: nesting deeper than 64 levels\n");
}

static void test_alias_bomb_rejected_quickly(void **state)
{
	struct fx *f = *state;
	const char *bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
			   "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
			   "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
			   "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
			   "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
			   "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
			   "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
			   "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
			   "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]\n";
	double t0 = now();
	assert_int_equal(parse(f, bomb), -1);
	assert_true(now() - t0 < 1.0);
	assert_null(f->root);
	/* a: 11 nodes, b: 111, c: 1111; 10 * 11 + 10 * 111 + 7 * 1111 <= 10000 < + 1111 */
	assert_string_equal(diags(f), "t.yaml:4:36: error: aliases expand to more than 10000 nodes\n");
}

static void test_aliases_below_limit_accepted(void **state)
{
	struct fx *f = *state;
	const char *text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
			   "b: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n";
	assert_int_equal(parse(f, text), 0);
	assert_int_equal(f->d.n, 0);
	assert_ptr_equal(get(f->root, "b")->kids[9], get(f->root, "a"));
}

static void test_unknown_alias(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "a: 1\nb: *nope\n"), -1);
	assert_string_equal(diags(f), "t.yaml:2:4: error: unknown alias 'nope'\n");
}

/* A file cut short inside a collection is reported where the collection
 * starts, not at a line past the end of the file. */
static void test_truncated_inside_collection(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "id: a\nskills: {sql: 3, pyth"), -1);
	assert_string_equal(diags(f), "t.yaml:2:9: error: the file ends inside a flow mapping started here (is it cut short?)\n");
}

static void test_truncated_where_value_due(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "next: [a, b,\n"), -1);
	assert_string_equal(diags(f), "t.yaml:2:1: error: the file ends where a value was expected (is it cut short?)\n");
}

static void test_tab_indentation(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "skills:\n\t- id: sql\n"), -1);
	assert_string_equal(diags(f), "t.yaml:2:1: error: tab character in indentation (YAML indents with spaces)\n");
}

static void test_multiple_documents(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "a: 1\n---\nb: 2\n"), -1);
	assert_null(f->root);
	assert_string_equal(diags(f), "t.yaml:2:1: error: more than one YAML document in the file\n");
}

static void test_one_explicit_document_is_fine(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "---\na: 1\n...\n"), 0);
	assert_int_equal(f->d.n, 0);
	assert_true(ynode_text_is(get(f->root, "a"), "1"));
}

static void test_not_utf8(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "title: ok\nname: caf\xff noir\n"), -1);
	assert_null(f->root);
	assert_string_equal(diags(f), "t.yaml:2:10: error: file is not valid UTF-8\n");
}

/* A Windows-1252 'é' (0xE9) starts a three-byte sequence that the next
 * byte breaks: the column is the one of the 'é', where the bad sequence
 * starts (as CSV files report it), not of the byte after it. */
static void test_not_utf8_column_is_start_of_sequence(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "title: ok\nname: caf\xe9 noir\n"), -1);
	assert_string_equal(diags(f), "t.yaml:2:10: error: file is not valid UTF-8\n");
}

static void test_control_characters(void **state)
{
	struct fx *f = *state;
	assert_int_equal(ydoc_parse("a: b\x01\n", 6, "t.yaml", &f->a, &f->d, &f->root), -1);
	assert_string_equal(diags(f), "t.yaml:1:5: error: file contains control characters or NUL bytes\n");
}

static void test_collection_as_key(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "? [a, b]\n: 1\n"), -1);
	assert_string_equal(diags(f), "t.yaml:1:3: error: mapping keys must be plain values\n");
}

static void test_scalar_too_long(void **state)
{
	struct fx *f = *state;
	size_t n = YDOC_MAX_SCALAR + 1;
	char *text = malloc(n + 8);
	memcpy(text, "v: ", 3);
	memset(text + 3, 'x', n);
	text[3 + n] = '\n';
	assert_int_equal(ydoc_parse(text, n + 4, "t.yaml", &f->a, &f->d, &f->root), -1);
	free(text);
	assert_string_equal(diags(f), "t.yaml:1:4: error: value longer than 1048576 bytes\n");
}

static void test_load_missing_file_and_directory(void **state)
{
	struct fx *f = *state;
	char dir[] = "/tmp/rungs-ydoc-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[128];
	snprintf(path, sizeof path, "%s/none.yaml", dir);
	assert_int_equal(ydoc_load(path, "none.yaml", &f->a, &f->d, &f->root), -1);
	assert_int_equal(ydoc_load(dir, "adir", &f->a, &f->d, &f->root), -1);
	rmdir(dir);
	assert_string_equal(diags(f), "adir: error: cannot read file: it is a directory\n"
				      "none.yaml: error: cannot read file: no such file or directory\n");
}

static void test_load_reads_file(void **state)
{
	struct fx *f = *state;
	char dir[] = "/tmp/rungs-ydoc-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[128];
	snprintf(path, sizeof path, "%s/s.yaml", dir);
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fputs("id: sql\r\nname: SQL\r\n", fp);
	fclose(fp);
	int rc = ydoc_load(path, "s.yaml", &f->a, &f->d, &f->root);
	unlink(path);
	rmdir(dir);
	assert_int_equal(rc, 0);
	assert_int_equal(f->d.n, 0);
	assert_true(ynode_text_is(get(f->root, "id"), "sql"));
	assert_true(ynode_text_is(get(f->root, "name"), "SQL"));
	assert_int_equal(ynode_key(f->root, 1)->line, 2);
}

/* YAML 1.2 allows a byte order mark at the start of a stream; editors on
 * Windows write one. */
static void test_bom_accepted(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "\xEF\xBB\xBFid: sql\nname: SQL\n"), 0);
	assert_string_equal(diags(f), "");
	assert_non_null(f->root);
	assert_true(ynode_text_is(get(f->root, "id"), "sql"));
	assert_true(ynode_text_is(get(f->root, "name"), "SQL"));
	assert_int_equal(ynode_key(f->root, 1)->line, 2);
	assert_int_equal(ynode_key(f->root, 1)->col, 1);
}

/* ---- the YAML 1.2 core schema ------------------------------------------ */

static void test_bool_only_true_and_false(void **state)
{
	struct fx *f = *state;
	static const char *const yes[] = {"true", "True", "TRUE"};
	static const char *const no[] = {"false", "False", "FALSE"};
	static const char *const neither[] = {"yes", "no", "on", "off", "y", "n", "Yes", "NO", "1", "0", "tRUE", "\"true\"", "'false'", "~"};
	for (size_t i = 0; i < 3; i++) {
		bool b = false;
		assert_int_equal(ynode_bool(value(f, yes[i]), &b), 0);
		assert_true(b);
		b = true;
		assert_int_equal(ynode_bool(value(f, no[i]), &b), 0);
		assert_false(b);
	}
	for (size_t i = 0; i < sizeof neither / sizeof *neither; i++) {
		bool b = false;
		assert_int_equal(ynode_bool(value(f, neither[i]), &b), -1);
	}
	bool b;
	assert_int_equal(ynode_bool(NULL, &b), -1);
	assert_int_equal(ynode_bool(value(f, "[true]"), &b), -1);
}

static void test_null_values(void **state)
{
	struct fx *f = *state;
	assert_true(ynode_is_null(value(f, "")));
	assert_true(ynode_is_null(value(f, "~")));
	assert_true(ynode_is_null(value(f, "null")));
	assert_true(ynode_is_null(value(f, "Null")));
	assert_true(ynode_is_null(value(f, "NULL")));
	assert_true(ynode_is_null(NULL));
	assert_false(ynode_is_null(value(f, "\"\"")));
	assert_false(ynode_is_null(value(f, "'null'")));
	assert_false(ynode_is_null(value(f, "nULL")));
	assert_false(ynode_is_null(value(f, "none")));
	assert_false(ynode_is_null(value(f, "{}")));
}

static void test_ints(void **state)
{
	struct fx *f = *state;
	long long v = 0;
	assert_int_equal(ynode_int(value(f, "3"), 0, 5, &v), 0);
	assert_int_equal(v, 3);
	assert_int_equal(ynode_int(value(f, "-2"), -5, 5, &v), 0);
	assert_int_equal(v, -2);
	assert_int_equal(ynode_int(value(f, "6"), 0, 5, &v), -2);
	assert_int_equal(ynode_int(value(f, "2.5"), 0, 5, &v), -1);
	assert_int_equal(ynode_int(value(f, "three"), 0, 5, &v), -1);
	assert_int_equal(ynode_int(value(f, "'3'"), 0, 5, &v), -1); /* quoted: a string */
	assert_int_equal(ynode_int(value(f, "[3]"), 0, 5, &v), -1);
}

static void test_nums(void **state)
{
	struct fx *f = *state;
	double x = 0;
	assert_int_equal(ynode_num(value(f, "0.5"), &x), 0);
	assert_true(x == 0.5);
	assert_int_equal(ynode_num(value(f, "3"), &x), 0);
	assert_true(x == 3);
	assert_int_equal(ynode_num(value(f, "\"0.5\""), &x), -1);
	assert_int_equal(ynode_num(value(f, "half"), &x), -1);
}

static void test_ids_are_strings(void **state)
{
	struct fx *f = *state;
	const char *id = NULL;
	assert_true(yid(&f->y, value(f, "no"), "skill id", &id));
	assert_string_equal(id, "no");
	assert_true(yid(&f->y, value(f, "012"), "skill id", &id));
	assert_string_equal(id, "012");
	assert_true(yid(&f->y, value(f, "true"), "skill id", &id));
	assert_string_equal(id, "true");
	assert_int_equal(f->d.n, 0);
}

static void test_describe(void **state)
{
	struct fx *f = *state;
	assert_string_equal(ynode_describe(value(f, "{a: 1}"), &f->d), "a mapping");
	assert_string_equal(ynode_describe(value(f, "[1]"), &f->d), "a sequence");
	assert_string_equal(ynode_describe(value(f, "~"), &f->d), "an empty value");
	assert_string_equal(ynode_describe(value(f, "three"), &f->d), "'three'");
	assert_string_equal(ynode_describe(value(f, "\"a\\nb\""), &f->d), "'a\\nb'");
	assert_string_equal(ynode_describe(NULL, &f->d), "nothing");
}

/* ---- yload: typed readers ----------------------------------------------- */

static void test_yfields_fills_and_warns_unknown(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "id: sql\nnmae: SQL\nzzz: 1\n"), 0);
	struct yfield fl[] = {{"id", NULL}, {"name", NULL}, {"category", NULL}};
	assert_true(yfields(&f->y, f->root, fl, 3, "a skill"));
	assert_true(ynode_text_is(fl[0].val, "sql"));
	assert_null(fl[1].val);
	assert_null(fl[2].val);
	assert_ptr_equal(yfield_get(fl, 3, "id"), fl[0].val);
	assert_null(yfield_get(fl, 3, "nothing"));
	assert_int_equal(f->y.errors, 0);
	assert_string_equal(diags(f), "t.yaml:2:1: warning: unknown key 'nmae' in a skill (did you mean 'name'?)\n"
				      "t.yaml:3:1: warning: unknown key 'zzz' in a skill\n");
}

static void test_yfields_takes_first_of_duplicates(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "id: a\nid: b\n"), 0);
	struct yfield fl[] = {{"id", NULL}};
	assert_true(yfields(&f->y, f->root, fl, 1, "a skill"));
	assert_true(ynode_text_is(fl[0].val, "a"));
}

static void test_yfields_not_a_map(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "- a\n"), 0);
	struct yfield fl[] = {{"id", (const struct ynode *)1}};
	assert_false(yfields(&f->y, f->root, fl, 1, "a skill"));
	assert_null(fl[0].val);
	assert_int_equal(f->y.errors, 1);
	assert_string_equal(diags(f), "t.yaml:1:1: error: a skill: expected a mapping, found a sequence\n");
}

static void test_yid_problems(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "a: -x\nb: ~\nc: [x]\nd: 'with space'\n"), 0);
	const char *id;
	assert_false(yid(&f->y, get(f->root, "a"), "skill id", &id));
	assert_false(yid(&f->y, get(f->root, "b"), "skill id", &id));
	assert_false(yid(&f->y, get(f->root, "c"), "skill id", &id));
	assert_false(yid(&f->y, get(f->root, "d"), "skill id", &id));
	assert_false(yid(&f->y, NULL, "skill id", &id));
	assert_int_equal(f->y.errors, 5);
	assert_string_equal(diags(f),
			    "t.yaml: error: skill id: expected an identifier, found nothing\n"
			    "t.yaml:1:4: error: skill id: invalid identifier '-x' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)\n"
			    "t.yaml:2:4: error: skill id: expected an identifier, found an empty value\n"
			    "t.yaml:3:4: error: skill id: expected an identifier, found a sequence\n"
			    "t.yaml:4:4: error: skill id: invalid identifier 'with space' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)\n");
}

static void test_yint_problems(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "a: 11\nb: x\nc: 4\n"), 0);
	long long v = 0;
	assert_false(yint(&f->y, get(f->root, "a"), "level", 1, 10, &v));
	assert_false(yint(&f->y, get(f->root, "b"), "level", 1, 10, &v));
	assert_true(yint(&f->y, get(f->root, "c"), "level", 1, 10, &v));
	assert_int_equal(v, 4);
	assert_string_equal(diags(f), "t.yaml:1:4: error: level: '11' is out of range (1 to 10)\n"
				      "t.yaml:2:4: error: level: expected an integer, found 'x'\n");
}

static void test_ynum_range_problems(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "a: 0\nb: 1.5\nc: 1\nd: w\ne: 0\n"), 0);
	double x = 0;
	assert_false(ynum_range(&f->y, get(f->root, "a"), "similarity", 0, 1, true, &x));
	assert_false(ynum_range(&f->y, get(f->root, "b"), "similarity", 0, 1, true, &x));
	assert_true(ynum_range(&f->y, get(f->root, "c"), "similarity", 0, 1, true, &x));
	assert_true(x == 1);
	assert_false(ynum_range(&f->y, get(f->root, "d"), "similarity", 0, 1, true, &x));
	assert_true(ynum_range(&f->y, get(f->root, "e"), "bonus", 0, 1, false, &x));
	assert_true(x == 0);
	assert_false(ynum_pos(&f->y, get(f->root, "a"), "weight", &x));
	assert_string_equal(diags(f),
			    "t.yaml:1:4: error: similarity: '0' is out of range (greater than 0, at most 1)\n"
			    "t.yaml:1:4: error: weight: '0' is out of range (greater than 0, at most 1000000000)\n"
			    "t.yaml:2:4: error: similarity: '1.5' is out of range (greater than 0, at most 1)\n"
			    "t.yaml:4:4: error: similarity: expected a number, found 'w'\n");
}

static void test_ybool_problems(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "a: yes\nb: true\n"), 0);
	bool b = false;
	assert_false(ybool(&f->y, get(f->root, "a"), "critical", &b));
	assert_true(ybool(&f->y, get(f->root, "b"), "critical", &b));
	assert_true(b);
	assert_string_equal(diags(f), "t.yaml:1:4: error: critical: expected true or false, found 'yes'\n");
}

static void test_ybool_quoted(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "a: 'true'\nb: \"false\"\n"), 0);
	bool b = false;
	assert_false(ybool(&f->y, get(f->root, "a"), "critical", &b));
	assert_false(ybool(&f->y, get(f->root, "b"), "critical", &b));
	assert_string_equal(diags(f),
			    "t.yaml:1:4: error: critical: expected true or false, found quoted text 'true' (write true without quotes)\n"
			    "t.yaml:2:4: error: critical: expected true or false, found quoted text 'false' (write false without quotes)\n");
}

static void test_ykey(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "a: 1\nskills: {}\n"), 0);
	const struct ynode *k = ykey(f->root, "skills");
	assert_non_null(k);
	assert_int_equal(k->line, 2);
	assert_int_equal(k->col, 1);
	assert_null(ykey(f->root, "roles"));
}

static void test_ydate_problems(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "a: 2026-02-30\nb: 2024-02-29\nc: ~\n"), 0);
	int32_t d = 0;
	assert_false(ydate(&f->y, get(f->root, "a"), "due", &d));
	assert_true(ydate(&f->y, get(f->root, "b"), "due", &d));
	assert_int_equal(d, date_from_ymd(2024, 2, 29));
	assert_false(ydate(&f->y, get(f->root, "c"), "due", &d));
	assert_string_equal(diags(f),
			    "t.yaml:1:4: error: due: invalid date '2026-02-30' (expected YYYY-MM-DD, a real calendar date)\n"
			    "t.yaml:3:4: error: due: expected a date, found an empty value\n");
}

static void test_ytext_and_ywarn(void **state)
{
	struct fx *f = *state;
	assert_int_equal(parse(f, "a: Data Analyst\nb: {x: 1}\n"), 0);
	const char *t = NULL;
	assert_true(ytext(&f->y, get(f->root, "a"), "title", &t));
	assert_string_equal(t, "Data Analyst");
	assert_false(ytext(&f->y, get(f->root, "b"), "title", &t));
	ywarn(&f->y, get(f->root, "a"), "just a %s", "warning");
	assert_int_equal(f->y.errors, 1); /* warnings do not count */
	assert_string_equal(diags(f), "t.yaml:1:4: warning: just a warning\n"
				      "t.yaml:2:4: error: title: expected text, found a mapping\n");
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_mapping_with_positions),
		T(test_sequences_flow_and_block),
		T(test_scalar_text_keeps_utf8_and_length),
		T(test_empty_document),
		T(test_anchor_and_alias_share_node),
		T(test_syntax_error_position),
		T(test_unterminated_quote_points_at_its_start),
		T(test_duplicate_keys_reported_tree_kept),
		T(test_duplicate_keys_in_flow_mapping),
		T(test_many_keys_no_false_duplicates),
		T(test_nesting_64_is_fine),
		T(test_nesting_deeper_than_64_rejected),
		T(test_alias_bomb_rejected_quickly),
		T(test_aliases_below_limit_accepted),
		T(test_unknown_alias),
		T(test_truncated_inside_collection),
		T(test_truncated_where_value_due),
		T(test_tab_indentation),
		T(test_multiple_documents),
		T(test_one_explicit_document_is_fine),
		T(test_not_utf8),
		T(test_not_utf8_column_is_start_of_sequence),
		T(test_control_characters),
		T(test_collection_as_key),
		T(test_scalar_too_long),
		T(test_load_missing_file_and_directory),
		T(test_load_reads_file),
		T(test_bom_accepted),
		T(test_bool_only_true_and_false),
		T(test_null_values),
		T(test_ints),
		T(test_nums),
		T(test_ids_are_strings),
		T(test_describe),
		T(test_yfields_fills_and_warns_unknown),
		T(test_yfields_takes_first_of_duplicates),
		T(test_yfields_not_a_map),
		T(test_yid_problems),
		T(test_yint_problems),
		T(test_ynum_range_problems),
		T(test_ybool_problems),
		T(test_ybool_quoted),
		T(test_ykey),
		T(test_ydate_problems),
		T(test_ytext_and_ywarn),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
