#include <errno.h>
#include <limits.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "out.h"
#include "utf8.h"

/* The out-of-memory test asks for an impossible allocation: under
 * AddressSanitizer that must fail like malloc does, not abort. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
	return "allocator_may_return_null=1";
}

/* ------------------------------------------------------------------ */
/* The sample document: a fields section, a table with awkward text, an
 * empty table. */

static const struct out_col fields_cols[] = {
	{"employee", "Employee", COL_TEXT},
	{"name", "Name", COL_TEXT},
	{"readiness", "Readiness", COL_PCT},
	{"hours", "Hours", COL_INT},
	{"via", "Via", COL_TEXT},
	{"tags", "Tags", COL_LIST},
};

static const struct out_col people_cols[] = {
	{"id", "ID", COL_TEXT},
	{"name", "Name", COL_TEXT},
	{"level", "Level", COL_LEVEL},
	{"note", "Note", COL_TEXT},
	{"share", "Share", COL_PCT},
	{"essential", "Essential", COL_BOOL},
	{"learning", "Learning", COL_LIST},
};

static const struct out_col empty_cols[] = {
	{"id", "ID", COL_TEXT},
	{"level", "Level", COL_LEVEL},
};

static const struct out_section sample_sections[] = {
	{SEC_FIELDS, NULL, NULL, fields_cols, 6},
	{SEC_TABLE, "People", "people", people_cols, 7},
	{SEC_TABLE, "Empty", "empty", empty_cols, 2},
};

static const struct out_view sample_view = {sample_sections, 3, "people"};

static struct ov *str_list(struct out_doc *d, const char *a, const char *b)
{
	struct ov *l = ov_arr(d);
	if (a)
		ov_push(d, l, ov_str(d, a));
	if (b)
		ov_push(d, l, ov_str(d, b));
	return l;
}

static struct ov *person(struct out_doc *d, const char *id, const char *name, struct ov *level,
	const char *note, struct ov *share, struct ov *essential, struct ov *learning)
{
	struct ov *o = ov_obj(d);
	ov_set(d, o, "id", ov_str(d, id));
	ov_set(d, o, "name", ov_str(d, name));
	ov_set(d, o, "level", level);
	ov_set(d, o, "note", ov_str(d, note));
	ov_set(d, o, "share", share);
	ov_set(d, o, "essential", essential);
	ov_set(d, o, "learning", learning);
	return o;
}

static struct ov *sample(struct out_doc *d)
{
	struct ov *root = ov_obj(d), *people = ov_arr(d);

	ov_set(d, root, "employee", ov_str(d, "E1001"));
	ov_set(d, root, "name", ov_str(d, "山田太郎"));
	ov_set(d, root, "readiness", ov_num(d, 0.8125));
	ov_set(d, root, "hours", ov_int(d, 70));
	ov_set(d, root, "via", ov_str(d, NULL));
	ov_set(d, root, "tags", str_list(d, "a", "b"));
	ov_set(d, root, "people", people);
	ov_push(d, people, person(d, "E1", "山田太郎", ov_num(d, 3.333333), "=SUM(A1)",
		ov_num(d, 0.8125), ov_bool(d, true), str_list(d, "sql-advanced", "sql-basics")));
	/* "Renée" with a combining acute accent: five columns wide */
	ov_push(d, people, person(d, "E2", "Rene\xcc\x81" "e", ov_int(d, 3), "@x",
		ov_int(d, 1), ov_bool(d, false), ov_arr(d)));
	ov_push(d, people, person(d, "E3", "evil\033[31mred\t!", ov_num(d, -0.05), "-0.05",
		ov_null(d), ov_null(d), ov_null(d)));
	ov_push(d, people, person(d, "E4", "a|b,c\"d", ov_null(d), "x\ny\\z",
		ov_num(d, 0.0004), ov_bool(d, false), str_list(d, "=cmd", "b")));
	ov_set(d, root, "empty", ov_arr(d));
	return root;
}

/* Renders root as one format into a string the caller frees. */
static char *render(const struct out_doc *d, const struct ov *root, const struct out_view *view,
	enum out_format fmt, bool color)
{
	struct out_opts opts = {fmt, color};
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	assert_non_null(f);
	assert_int_equal(out_write(f, d, root, view, &opts), 0);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(strlen(text), len);
	return text;
}

static void check(enum out_format fmt, bool color, const char *want)
{
	struct out_doc *d = out_doc_new();
	struct ov *root = sample(d);
	char *got = render(d, root, &sample_view, fmt, color);

	assert_false(out_doc_failed(d));
	assert_string_equal(got, want);
	free(got);
	out_doc_free(d);
}

/* ------------------------------------------------------------------ */

static void test_json(void **state)
{
	(void)state;
	check(OUT_JSON, false,
		"{\n"
		"  \"employee\": \"E1001\",\n"
		"  \"name\": \"山田太郎\",\n"
		"  \"readiness\": 0.8125,\n"
		"  \"hours\": 70,\n"
		"  \"via\": null,\n"
		"  \"tags\": [\n"
		"    \"a\",\n"
		"    \"b\"\n"
		"  ],\n"
		"  \"people\": [\n"
		"    {\n"
		"      \"id\": \"E1\",\n"
		"      \"name\": \"山田太郎\",\n"
		"      \"level\": 3.333333,\n"
		"      \"note\": \"=SUM(A1)\",\n"
		"      \"share\": 0.8125,\n"
		"      \"essential\": true,\n"
		"      \"learning\": [\n"
		"        \"sql-advanced\",\n"
		"        \"sql-basics\"\n"
		"      ]\n"
		"    },\n"
		"    {\n"
		"      \"id\": \"E2\",\n"
		"      \"name\": \"Rene\xcc\x81" "e\",\n"
		"      \"level\": 3,\n"
		"      \"note\": \"@x\",\n"
		"      \"share\": 1,\n"
		"      \"essential\": false,\n"
		"      \"learning\": []\n"
		"    },\n"
		"    {\n"
		"      \"id\": \"E3\",\n"
		"      \"name\": \"evil\\u001b[31mred\\t!\",\n"
		"      \"level\": -0.05,\n"
		"      \"note\": \"-0.05\",\n"
		"      \"share\": null,\n"
		"      \"essential\": null,\n"
		"      \"learning\": null\n"
		"    },\n"
		"    {\n"
		"      \"id\": \"E4\",\n"
		"      \"name\": \"a|b,c\\\"d\",\n"
		"      \"level\": null,\n"
		"      \"note\": \"x\\ny\\\\z\",\n"
		"      \"share\": 0.0004,\n"
		"      \"essential\": false,\n"
		"      \"learning\": [\n"
		"        \"=cmd\",\n"
		"        \"b\"\n"
		"      ]\n"
		"    }\n"
		"  ],\n"
		"  \"empty\": []\n"
		"}\n");
}

static void test_jsonl(void **state)
{
	(void)state;
	check(OUT_JSONL, false,
		"{\"id\":\"E1\",\"name\":\"山田太郎\",\"level\":3.333333,\"note\":\"=SUM(A1)\","
		"\"share\":0.8125,\"essential\":true,\"learning\":[\"sql-advanced\",\"sql-basics\"]}\n"
		"{\"id\":\"E2\",\"name\":\"Rene\xcc\x81" "e\",\"level\":3,\"note\":\"@x\","
		"\"share\":1,\"essential\":false,\"learning\":[]}\n"
		"{\"id\":\"E3\",\"name\":\"evil\\u001b[31mred\\t!\",\"level\":-0.05,\"note\":\"-0.05\","
		"\"share\":null,\"essential\":null,\"learning\":null}\n"
		"{\"id\":\"E4\",\"name\":\"a|b,c\\\"d\",\"level\":null,\"note\":\"x\\ny\\\\z\","
		"\"share\":0.0004,\"essential\":false,\"learning\":[\"=cmd\",\"b\"]}\n");
}

static void test_csv(void **state)
{
	(void)state;
	check(OUT_CSV, false,
		"id,name,level,note,share,essential,learning\n"
		"E1,山田太郎,3.333333,'=SUM(A1),0.8125,true,sql-advanced;sql-basics\n"
		"E2,Rene\xcc\x81" "e,3,'@x,1,false,\n"
		"E3,evil\\x1b[31mred\t!,-0.05,-0.05,,,\n"
		"E4,\"a|b,c\"\"d\",,\"x\ny\\z\",0.0004,false,'=cmd;b\n");
}

static void test_tsv(void **state)
{
	(void)state;
	check(OUT_TSV, false,
		"id\tname\tlevel\tnote\tshare\tessential\tlearning\n"
		"E1\t山田太郎\t3.333333\t'=SUM(A1)\t0.8125\ttrue\tsql-advanced;sql-basics\n"
		"E2\tRene\xcc\x81" "e\t3\t'@x\t1\tfalse\t\n"
		"E3\tevil\\x1b[31mred\\t!\t-0.05\t-0.05\t\t\t\n"
		"E4\ta|b,c\"d\t\tx\\ny\\\\z\t0.0004\tfalse\t'=cmd;b\n");
}

static const char table_plain[] =
	"Employee:  E1001\n"
	"Name:      山田太郎\n"
	"Readiness: 81.3%\n"
	"Hours:     70\n"
	"Via:       -\n"
	"Tags:      a, b\n"
	"\n"
	"People\n"
	"ID  Name              Level  Note       Share  Essential  Learning\n"
	"E1  山田太郎           3.33  =SUM(A1)   81.3%  yes        sql-advanced, sql-basics\n"
	"E2  Rene\xcc\x81" "e                 3  @x        100.0%  no         -\n"
	"E3  evil\\e[31mred\\t!  -0.05  -0.05          -  -          -\n"
	"E4  a|b,c\"d               -  x\\ny\\z      0.0%  no         =cmd, b\n"
	"\n"
	"Empty\n"
	"ID  Level\n"
	"(none)\n";

/* Every control character but tab and the line ends, DEL, C1 controls and
 * bytes that are not UTF-8 are written as text in csv and tsv: `cat
 * report.csv` must not act on the terminal. Other characters stay as they
 * are, and so do numbers, formula neutralising and quoting. */
static void test_sv_controls(void **state)
{
	(void)state;
	struct out_doc *d = out_doc_new();
	struct ov *rows = ov_arr(d), *r = ov_obj(d);
	ov_set(d, r, "name", ov_str(d, "a\001b\177c\xc2\x9b" "d\xff" "e\xe2\x80\xaeZ\xc3\xa9"));
	ov_set(d, r, "osc", ov_str(d, "=\033]0;x\a"));
	ov_set(d, r, "n", ov_num(d, -1.5));
	ov_push(d, rows, r);
	char *got = render(d, rows, NULL, OUT_CSV, false);
	assert_string_equal(got, "name,osc,n\n"
				 "a\\x01b\\x7fc\\u009bd\\xffe\\u202eZ\xc3\xa9,'=\\x1b]0;x\\x07,-1.5\n");
	free(got);
	got = render(d, rows, NULL, OUT_TSV, false);
	assert_string_equal(got, "name\tosc\tn\n"
				 "a\\x01b\\x7fc\\u009bd\\xffe\\u202eZ\xc3\xa9\t'=\\x1b]0;x\\x07\t-1.5\n");
	free(got);
	out_doc_free(d);
}

static void test_table(void **state)
{
	(void)state;
	check(OUT_TABLE, false, table_plain);
}

#define B(s) "\033[1m" s "\033[0m"

static void test_table_color(void **state)
{
	(void)state;
	check(OUT_TABLE, true,
		"Employee:  E1001\n"
		"Name:      山田太郎\n"
		"Readiness: 81.3%\n"
		"Hours:     70\n"
		"Via:       -\n"
		"Tags:      a, b\n"
		"\n"
		B("People") "\n"
		B("ID") "  " B("Name") "              " B("Level") "  " B("Note") "       " B("Share")
		"  " B("Essential") "  " B("Learning") "\n"
		"E1  山田太郎           3.33  =SUM(A1)   81.3%  yes        sql-advanced, sql-basics\n"
		"E2  Rene\xcc\x81" "e                 3  @x        100.0%  no         -\n"
		"E3  evil\\e[31mred\\t!  -0.05  -0.05          -  -          -\n"
		"E4  a|b,c\"d               -  x\\ny\\z      0.0%  no         =cmd, b\n"
		"\n"
		B("Empty") "\n"
		B("ID") "  " B("Level") "\n"
		"(none)\n");
}

static void test_md(void **state)
{
	(void)state;
	check(OUT_MD, false,
		"- **Employee:** E1001\n"
		"- **Name:** 山田太郎\n"
		"- **Readiness:** 81.3%\n"
		"- **Hours:** 70\n"
		"- **Via:** -\n"
		"- **Tags:** a, b\n"
		"\n"
		"### People\n"
		"\n"
		"| ID | Name | Level | Note | Share | Essential | Learning |\n"
		"|---|---|---:|---|---:|---|---|\n"
		"| E1 | 山田太郎 | 3.33 | =SUM(A1) | 81.3% | yes | sql-advanced, sql-basics |\n"
		"| E2 | Rene\xcc\x81" "e | 3 | @x | 100.0% | no | - |\n"
		"| E3 | evil\\e[31mred\\t! | -0.05 | -0.05 | - | - | - |\n"
		"| E4 | a\\|b,c\"d | - | x\\ny\\z | 0.0% | no | =cmd, b |\n"
		"\n"
		"### Empty\n"
		"\n"
		"(none)\n");
}

/* md is for documents: colour never applies. */
static void test_md_ignores_color(void **state)
{
	struct out_doc *d = out_doc_new();
	struct ov *root = sample(d);
	char *plain = render(d, root, &sample_view, OUT_MD, false);
	char *colored = render(d, root, &sample_view, OUT_MD, true);
	char *json = render(d, root, &sample_view, OUT_JSON, true);

	(void)state;
	assert_string_equal(plain, colored);
	assert_null(strchr(json, '\033'));
	free(plain);
	free(colored);
	free(json);
	out_doc_free(d);
}

/* Without rows, csv still gets its header: the main section's keys. */
static void test_sv_empty(void **state)
{
	struct out_doc *d = out_doc_new();
	struct ov *root = ov_obj(d);
	const struct out_view view = {&sample_sections[2], 1, "empty"};
	char *csv, *tsv, *jsonl, *table;

	(void)state;
	ov_set(d, root, "empty", ov_arr(d));
	csv = render(d, root, &view, OUT_CSV, false);
	tsv = render(d, root, &view, OUT_TSV, false);
	jsonl = render(d, root, &view, OUT_JSONL, false);
	table = render(d, root, &view, OUT_TABLE, false);
	assert_string_equal(csv, "id,level\n");
	assert_string_equal(tsv, "id\tlevel\n");
	assert_string_equal(jsonl, "");
	assert_string_equal(table, "Empty\nID  Level\n(none)\n");
	free(csv);
	free(tsv);
	free(jsonl);
	free(table);
	out_doc_free(d);
}

static void test_formula_neutralising(void **state)
{
	static const char *const texts[] = {"=1+1", "+1", "-0.05", "-", "@SUM(1)", "\tx", "\rx",
		"1e5", "-1e5", "- 5", "safe=1", "'=x", "", "+1.5", "-.5", "12."};
	struct out_doc *d = out_doc_new();
	struct ov *rows = ov_arr(d), *r;
	char *csv, *tsv;

	(void)state;
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		r = ov_obj(d);
		ov_set(d, r, "v", ov_str(d, texts[i]));
		ov_push(d, rows, r);
	}
	r = ov_obj(d);
	ov_set(d, r, "v", ov_int(d, -5));
	ov_push(d, rows, r);
	r = ov_obj(d);
	ov_set(d, r, "v", ov_num(d, -0.05));
	ov_push(d, rows, r);
	r = ov_obj(d);
	ov_set(d, r, "v", str_list(d, "-x", "y"));
	ov_push(d, rows, r);

	csv = render(d, rows, NULL, OUT_CSV, false);
	assert_string_equal(csv,
		"v\n'=1+1\n+1\n-0.05\n'-\n'@SUM(1)\n'\tx\n\"'\rx\"\n1e5\n'-1e5\n'- 5\nsafe=1\n'=x\n\n"
		"+1.5\n'-.5\n12.\n-5\n-0.05\n'-x;y\n");
	tsv = render(d, rows, NULL, OUT_TSV, false);
	assert_string_equal(tsv,
		"v\n'=1+1\n+1\n-0.05\n'-\n'@SUM(1)\n'\\tx\n'\\rx\n1e5\n'-1e5\n'- 5\nsafe=1\n'=x\n\n"
		"+1.5\n'-.5\n12.\n-5\n-0.05\n'-x;y\n");
	free(csv);
	free(tsv);
	out_doc_free(d);
}

static void test_json_escaping(void **state)
{
	struct out_doc *d = out_doc_new();
	struct ov *root = ov_obj(d);
	char *got;

	(void)state;
	ov_set(d, root, "ctl", ov_str(d, "a\"b\\c\b\f\n\r\t\x01\x1f\x7f"));
	ov_set(d, root, "c1", ov_str(d, "\xc2\x9b"));
	ov_set(d, root, "bad", ov_str(d, "\xff\xc3(\xed\xa0\x80"));
	ov_set(d, root, "ok", ov_str(d, "é€😀"));
	ov_set(d, root, "nul", ov_strn(d, "a\0b", 3));
	ov_set(d, root, "negzero", ov_num(d, -0.0));
	ov_set(d, root, "tiny", ov_num(d, -1e-10));
	ov_set(d, root, "nan", ov_num(d, NAN));
	ov_set(d, root, "inf", ov_num(d, -INFINITY));
	ov_set(d, root, "min", ov_int(d, LLONG_MIN));
	ov_set(d, root, "max", ov_int(d, LLONG_MAX));
	ov_set(d, root, "big", ov_num(d, 1e20));
	ov_set(d, root, "key\"q\n", ov_bool(d, true));
	ov_set(d, root, "o", ov_obj(d));
	got = render(d, root, NULL, OUT_JSONL, false);
	assert_string_equal(got,
		"{\"ctl\":\"a\\\"b\\\\c\\b\\f\\n\\r\\t\\u0001\\u001f\\u007f\",\"c1\":\"\\u009b\","
		"\"bad\":\"\\ufffd\\ufffd(\\ufffd\\ufffd\\ufffd\",\"ok\":\"é€😀\",\"nul\":\"a\\u0000b\","
		"\"negzero\":0,\"tiny\":0,\"nan\":null,\"inf\":null,\"min\":-9223372036854775808,"
		"\"max\":9223372036854775807,\"big\":100000000000000000000,\"key\\\"q\\n\":true,"
		"\"o\":{}}\n");
	assert_true(utf8_valid(got, strlen(got), NULL));
	free(got);
	got = render(d, root, NULL, OUT_JSON, false);
	assert_non_null(strstr(got, "\n  \"o\": {}\n}\n"));
	free(got);
	out_doc_free(d);
}

/* Numbers too large for NUM_BUF must not make the writers read past it. */
static void test_huge_numbers(void **state)
{
	static const struct out_col cols[] = {{NULL, "V", COL_LEVEL}, {NULL, "P", COL_PCT}};
	static const struct out_section secs[] = {{SEC_TABLE, NULL, NULL, cols, 2}};
	const struct out_view view = {secs, 1, NULL};
	struct out_doc *d = out_doc_new();
	struct ov *a = ov_arr(d);
	char *got;

	(void)state;
	ov_push(d, a, ov_num(d, 1e50));
	ov_push(d, a, ov_num(d, -1e300));
	for (enum out_format f = OUT_TABLE; f <= OUT_MD; f++) {
		got = render(d, a, &view, f, false);
		assert_true(utf8_valid(got, strlen(got), NULL));
		free(got);
	}
	got = render(d, a, NULL, OUT_JSONL, false); /* one line per element */
	assert_string_equal(got, "1e+50\n-1e+300\n"); /* valid JSON numbers */
	free(got);
	out_doc_free(d);
}

/* Everything a terminal would act on is shown escaped, and alignment is
 * by the escaped text. */
static void test_table_escaping(void **state)
{
	static const char *const texts[] = {"\x01", "\x7f", "\xc2\x9b", "\xe2\x80\xae", "\xff", "a\rb",
		"\xe2\x81\xa6x", "|"};
	static const struct out_col cols[] = {{"t", "T", COL_TEXT}, {"n", "N", COL_INT}};
	static const struct out_section secs[] = {{SEC_TABLE, NULL, NULL, cols, 2}};
	const struct out_view view = {secs, 1, NULL};
	struct out_doc *d = out_doc_new();
	struct ov *rows = ov_arr(d);
	char *table, *md;

	(void)state;
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct ov *r = ov_obj(d);
		ov_set(d, r, "t", ov_str(d, texts[i]));
		ov_set(d, r, "n", ov_int(d, (long long)i));
		ov_push(d, rows, r);
	}
	table = render(d, rows, &view, OUT_TABLE, false);
	assert_string_equal(table,
		"T        N\n"
		"\\x01     0\n"
		"\\x7f     1\n"
		"\\u009b   2\n"
		"\\u202e   3\n"
		"\\xff     4\n"
		"a\\rb     5\n"
		"\\u2066x  6\n"
		"|        7\n");
	md = render(d, rows, &view, OUT_MD, false);
	assert_string_equal(md,
		"| T | N |\n"
		"|---|---:|\n"
		"| \\x01 | 0 |\n"
		"| \\x7f | 1 |\n"
		"| \\u009b | 2 |\n"
		"| \\u202e | 3 |\n"
		"| \\xff | 4 |\n"
		"| a\\rb | 5 |\n"
		"| \\u2066x | 6 |\n"
		"| \\| | 7 |\n");
	free(table);
	free(md);
	out_doc_free(d);
}

/* Number kinds in table cells; no line ends in a space, even when its
 * last cells are empty. */
static void test_table_numbers(void **state)
{
	static const struct out_col cols[] = {{"p", "P", COL_PCT}, {"l", "L", COL_LEVEL},
		{"x", "X", COL_NUM}, {"i", "I", COL_INT}, {"t", "T", COL_TEXT}};
	static const struct out_section secs[] = {{SEC_TABLE, NULL, NULL, cols, 5}};
	const struct out_view view = {secs, 1, NULL};
	static const double p[] = {0.8125, 1, 0, -0.0000000001, 0.123449};
	static const double l[] = {3.333333, 3, 2.5, 0.004, -1.006};
	struct out_doc *d = out_doc_new();
	struct ov *rows = ov_arr(d);
	char *got;

	(void)state;
	for (size_t i = 0; i < 5; i++) {
		struct ov *r = ov_obj(d);
		ov_set(d, r, "p", ov_num(d, p[i]));
		ov_set(d, r, "l", ov_num(d, l[i]));
		ov_set(d, r, "x", ov_num(d, l[i] * 10));
		ov_set(d, r, "i", i == 4 ? ov_num(d, 2.5) : ov_int(d, (long long)i * 1000 - 1));
		ov_set(d, r, "t", ov_str(d, i == 2 ? "" : "ok"));
		ov_push(d, rows, r);
	}
	got = render(d, rows, &view, OUT_TABLE, false);
	assert_string_equal(got,
		"     P      L       X     I  T\n"
		" 81.3%   3.33   33.33    -1  ok\n"
		"100.0%      3      30   999  ok\n"
		"  0.0%    2.5      25  1999\n"
		"  0.0%      0    0.04  2999  ok\n"
		" 12.3%  -1.01  -10.06   2.5  ok\n");
	free(got);
	out_doc_free(d);
}

/* Without a view, table and md guess one from the document. */
static void test_guessed_view(void **state)
{
	struct out_doc *d = out_doc_new();
	struct ov *root = ov_obj(d), *rows = ov_arr(d), *r = ov_obj(d), *sub = ov_obj(d);
	struct ov *scalars = ov_arr(d);
	char *got;

	(void)state;
	ov_set(d, root, "a", ov_int(d, 1));
	ov_set(d, root, "bb", ov_str(d, "x"));
	ov_set(d, r, "k", ov_str(d, "v"));
	ov_set(d, r, "n", ov_num(d, 2.25));
	ov_push(d, rows, r);
	ov_set(d, root, "rows", rows);
	ov_set(d, sub, "p", ov_bool(d, true));
	ov_set(d, root, "sub", sub);
	got = render(d, root, NULL, OUT_TABLE, false);
	assert_string_equal(got, "a:  1\nbb: x\n\nrows\nk     n\nv  2.25\n\nsub\np: yes\n");
	free(got);
	got = render(d, root, NULL, OUT_MD, false);
	assert_string_equal(got,
		"- **a:** 1\n- **bb:** x\n\n### rows\n\n| k | n |\n|---|---:|\n| v | 2.25 |\n\n"
		"### sub\n\n- **p:** yes\n");
	free(got);
	got = render(d, root, NULL, OUT_CSV, false);
	assert_string_equal(got,
		"a,bb,rows,sub\n1,x,\"{\"\"k\"\":\"\"v\"\",\"\"n\"\":2.25}\",\"{\"\"p\"\":true}\"\n");
	free(got);

	ov_push(d, scalars, ov_str(d, "x"));
	ov_push(d, scalars, ov_int(d, 7));
	got = render(d, scalars, NULL, OUT_TABLE, false);
	assert_string_equal(got, "value\nx\n7\n");
	free(got);
	got = render(d, scalars, NULL, OUT_CSV, false);
	assert_string_equal(got, "value\nx\n7\n");
	free(got);
	got = render(d, ov_str(d, "lone\n"), NULL, OUT_TABLE, false);
	assert_string_equal(got, "lone\\n\n");
	free(got);
	out_doc_free(d);
}

static void test_write_error(void **state)
{
	struct out_doc *d = out_doc_new();
	struct ov *root = sample(d), *big = ov_arr(d);
	struct out_opts opts = {OUT_JSON, false};
	FILE *f = fopen("/dev/full", "w");

	(void)state;
	if (!f)
		skip();
	errno = 0;
	assert_int_equal(out_write(f, d, root, &sample_view, &opts), -1);
	assert_int_equal(errno, ENOSPC);
	fclose(f);

	/* large enough to fail in the middle, not only at the final flush */
	for (int i = 0; i < 20000; i++)
		ov_push(d, big, ov_str(d, "a string of some length"));
	f = fopen("/dev/full", "w");
	assert_non_null(f);
	opts.format = OUT_CSV;
	errno = 0;
	assert_int_equal(out_write(f, d, big, NULL, &opts), -1);
	assert_int_equal(errno, ENOSPC);
	fclose(f);
	out_doc_free(d);
}

static void test_out_of_memory(void **state)
{
	static const char s[] = "x";
	struct out_doc *d = out_doc_new();
	struct ov *root = ov_obj(d);
	struct out_opts opts = {OUT_JSON, false};
	FILE *f = fopen("/dev/null", "w");

	(void)state;
	assert_non_null(f);
	assert_false(out_doc_failed(d));
	/* the length is never read: the allocation fails first */
	assert_null(ov_strn(d, s, SIZE_MAX / 2));
	assert_true(out_doc_failed(d));
	ov_set(d, root, "k", NULL); /* ignored */
	assert_int_equal(ov_len(root), 0);
	assert_null(ov_int(d, 1)); /* a failed document stays failed */
	errno = 0;
	assert_int_equal(out_write(f, d, root, NULL, &opts), -1);
	assert_int_equal(errno, ENOMEM);
	fclose(f);
	out_doc_free(d);
}

static void test_values(void **state)
{
	struct out_doc *d = out_doc_new();
	struct ov *o = ov_obj(d), *a = ov_arr(d), *s;
	char big[10000];
	size_t len;

	(void)state;
	assert_int_equal(ov_kind(NULL), OV_NULL);
	assert_int_equal(ov_kind(ov_str(d, NULL)), OV_NULL);
	ov_set(d, o, "b", ov_int(d, 1));
	ov_set(d, o, "a", ov_int(d, 2));
	ov_set(d, o, "b", ov_str(d, "again")); /* keeps its place */
	assert_int_equal(ov_len(o), 2);
	assert_string_equal(ov_key_at(o, 0), "b");
	assert_string_equal(ov_key_at(o, 1), "a");
	assert_null(ov_key_at(o, 2));
	assert_string_equal(ov_to_str(ov_get(o, "b"), &len), "again");
	assert_int_equal(len, 5);
	assert_int_equal(ov_to_int(ov_at(o, 1)), 2);
	assert_null(ov_get(o, "c"));
	assert_null(ov_get(a, "b"));
	ov_push(d, o, ov_int(d, 3)); /* not an array: ignored */
	ov_set(d, a, "k", ov_int(d, 3)); /* not an object: ignored */
	assert_int_equal(ov_len(o), 2);
	assert_int_equal(ov_len(a), 0);

	/* many pushes interleaved with other allocations: arrays grow both
	 * in place and by copying */
	for (long long i = 0; i < 5000; i++) {
		ov_push(d, a, ov_int(d, i));
		if (i % 7 == 0)
			ov_set(d, o, "k", ov_num(d, (double)i / 2));
	}
	assert_int_equal(ov_len(a), 5000);
	for (size_t i = 0; i < 5000; i++)
		assert_int_equal(ov_to_int(ov_at(a, i)), (long long)i);
	assert_null(ov_at(a, 5000));
	assert_true(ov_to_num(ov_get(o, "k")) == 2499.0);

	memset(big, 'q', sizeof(big));
	s = ov_strn(d, big, sizeof(big));
	assert_memory_equal(ov_to_str(s, &len), big, sizeof(big));
	assert_int_equal(len, sizeof(big));
	assert_int_equal(ov_to_str(s, NULL)[sizeof(big)], '\0');
	assert_true(ov_to_bool(ov_bool(d, true)));
	assert_false(ov_to_bool(ov_int(d, 1)));
	assert_true(ov_to_num(ov_int(d, -4)) == -4.0);
	assert_int_equal(ov_to_int(ov_num(d, -4.75)), -4);
	assert_false(out_doc_failed(d));
	out_doc_free(d);
	out_doc_free(NULL);
}

static void test_formats(void **state)
{
	static const char *const names[] = {"table", "csv", "tsv", "json", "jsonl", "md"};
	enum out_format f;

	(void)state;
	for (size_t i = 0; i < 6; i++) {
		assert_int_equal(out_format_parse(names[i], &f), 0);
		assert_int_equal(f, (enum out_format)i);
		assert_string_equal(out_format_name(f), names[i]);
	}
	assert_int_equal(out_format_parse("JSON", &f), -1);
	assert_int_equal(out_format_parse("xml", &f), -1);
	assert_int_equal(out_format_parse("", &f), -1);
	assert_int_equal(out_format_parse(NULL, &f), -1);
}

static void test_utf8(void **state)
{
	static const char *const bad[] = {"\x80", "\xc0\xaf", "\xc1\xbf", "\xe0\x80\xaf", "\xed\xa0\x80",
		"\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xc3", "\xe2\x82", "\xf0\x9f\x98", "\xfe", "\xc3("};
	size_t off = 99;
	uint32_t cp;

	(void)state;
	assert_true(utf8_valid("", 0, NULL));
	assert_true(utf8_valid("plain ascii, long enough for words", 34, NULL));
	assert_true(utf8_valid("\xc2\x80\xdf\xbf\xe0\xa0\x80\xef\xbf\xbf\xf0\x90\x80\x80\xf4\x8f\xbf\xbf", 18, NULL));
	assert_true(utf8_valid("a\0b", 3, NULL));
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_false(utf8_valid(bad[i], strlen(bad[i]), NULL));
		assert_int_equal(utf8_decode(bad[i], strlen(bad[i]), &cp), 0);
	}
	assert_false(utf8_valid("0123456789abcdef\xe2\x82", 18, &off));
	assert_int_equal(off, 16);
	assert_false(utf8_valid("ok 山田 \xed\xbf\xbf!", 15, &off));
	assert_int_equal(off, 10);
	assert_int_equal(utf8_decode("\xf0\x9f\x98\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x1f600);

	assert_int_equal(utf8_width("abc", 3), 3);
	assert_int_equal(utf8_width("山田太郎", strlen("山田太郎")), 8);
	assert_int_equal(utf8_width("Rene\xcc\x81" "e", 7), 5);
	assert_int_equal(utf8_width("\xef\xbc\xa1", 3), 2);            /* fullwidth A */
	assert_int_equal(utf8_width("\xed\x95\x9c", 3), 2);            /* Hangul */
	assert_int_equal(utf8_width("\xf0\x9f\x98\x80", 4), 2);        /* emoji */
	assert_int_equal(utf8_width("a\xe2\x80\x8b" "b", 5), 2);       /* zero width space */
	assert_int_equal(utf8_width("\xe2\x9d\xa4\xef\xb8\x8f", 6), 1); /* heart + VS16 */
	assert_int_equal(utf8_width("\t\033", 2), 0);
	assert_int_equal(utf8_width("\xff" "a", 2), 2);
	assert_int_equal(utf8_width("\xc3\xa9", 2), 1);
}

/* ------------------------------------------------------------------ */
/* Streaming                                                           */

/* Streams rows as the main list of root (whose own main list is only a
 * place holder) into a string the caller frees. */
static char *render_stream(const struct out_doc *d, const struct ov *root, const struct out_view *view,
	const struct ov *rows, enum out_format fmt, bool color)
{
	struct out_opts opts = {fmt, color};
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	struct out_stream *s;

	assert_non_null(f);
	s = out_stream_open(f, d, root, view, &opts);
	assert_non_null(s);
	if (out_stream_measuring(s)) /* only table measures */
		assert_int_equal(fmt, OUT_TABLE);
	for (size_t i = 0; out_stream_measuring(s) && i < ov_len(rows); i++)
		out_stream_measure(s, ov_at(rows, i));
	for (size_t i = 0; i < ov_len(rows); i++)
		assert_int_equal(out_stream_row(s, d, ov_at(rows, i)), 0);
	assert_int_equal(out_stream_close(s), 0);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(strlen(text), len);
	return text;
}

/* out_write of root against streaming its main list into a copy whose
 * list is empty, in every format, with and without colour. */
static void check_stream(struct out_doc *d, struct ov *root, const struct out_view *view)
{
	static const enum out_format fmts[] = {OUT_TABLE, OUT_CSV, OUT_TSV, OUT_JSON, OUT_JSONL, OUT_MD};
	struct ov *rows = ov_get(root, view->main), *hollow = ov_obj(d);

	for (size_t i = 0; i < ov_len(root); i++) /* the same members, the main list empty */
		ov_set(d, hollow, ov_key_at(root, i), ov_at(root, i) == rows ? ov_arr(d) : ov_at(root, i));
	for (size_t k = 0; k < sizeof(fmts) / sizeof(fmts[0]); k++) {
		for (int color = 0; color < 2; color++) {
			char *want = render(d, root, view, fmts[k], color);
			char *got = render_stream(d, hollow, view, rows, fmts[k], color);
			char *same = render_stream(d, root, view, rows, fmts[k], color); /* the list's own rows are not written */
			assert_string_equal(got, want);
			assert_string_equal(same, want);
			free(want), free(got), free(same);
		}
	}
}

static void test_stream_sample(void **state)
{
	struct out_doc *d = out_doc_new();
	struct ov *root = sample(d);

	(void)state;
	check_stream(d, root, &sample_view); /* the list in the middle, sections before and after */
	assert_false(out_doc_failed(d));
	out_doc_free(d);
}

static void test_stream_edges(void **state)
{
	static const struct out_section last_secs[] = {
		{SEC_FIELDS, "Head", NULL, fields_cols, 2},
		{SEC_TABLE, NULL, "people", people_cols, 7},
	};
	static const struct out_section none_secs[] = {{SEC_TABLE, "Nothing", "people", people_cols, 0}};
	static const struct out_section other_secs[] = {{SEC_FIELDS, NULL, NULL, fields_cols, 6}};
	static const struct out_view last = {last_secs, 2, "people"}, none = {none_secs, 1, "people"},
		other = {other_secs, 1, "people"}, empty = {sample_sections, 3, "empty"};
	struct out_doc *d = out_doc_new();
	struct ov *root = sample(d), *first = ov_obj(d), *scalars = ov_obj(d), *list = ov_arr(d);

	(void)state;
	check_stream(d, root, &last);  /* the last member and the last section */
	check_stream(d, root, &none);  /* a table without columns */
	check_stream(d, root, &other); /* no section shows the rows */
	check_stream(d, root, &empty); /* no rows: csv takes its header from the columns */
	ov_set(d, first, "people", ov_get(root, "people")); /* the first and only member */
	check_stream(d, first, &sample_view);
	ov_set(d, scalars, "people", list); /* rows that are not objects */
	ov_push(d, list, ov_str(d, "=a"));
	ov_push(d, list, ov_int(d, 7));
	check_stream(d, scalars, &sample_view);
	assert_false(out_doc_failed(d));
	out_doc_free(d);
}

/* Rows of a document reset after each: memory for one row at a time. */
static void test_stream_reset_rows(void **state)
{
	struct out_doc *d = out_doc_new(), *row = out_doc_new();
	struct ov *root = sample(d);
	struct out_opts opts = {OUT_CSV, false};
	char *want = render(d, root, &sample_view, OUT_CSV, false), *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	struct out_stream *s = out_stream_open(f, d, root, &sample_view, &opts);

	(void)state;
	assert_non_null(s);
	for (int i = 0; i < 4; i++) {
		static const char *const ids[] = {"E1", "E2", "E3", "E4"};
		struct ov *src = ov_at(ov_get(root, "people"), (size_t)i), *o = ov_obj(row);
		char pad[6000];
		memset(pad, 'p', sizeof(pad)); /* a big value: a chunk of its own, dropped by the reset */
		ov_strn(row, pad, sizeof(pad));
		ov_add(row, o, "id", ov_str(row, ids[i]));
		for (size_t k = 1; k < ov_len(src); k++)
			ov_add(row, o, ov_key_at(src, k), ov_at(src, k)); /* values of d may be shared */
		assert_int_equal(out_stream_row(s, row, o), 0);
		out_doc_reset(row);
	}
	assert_int_equal(out_stream_close(s), 0);
	fclose(f);
	assert_string_equal(text, want);
	free(text), free(want);
	out_doc_free(row);
	out_doc_free(d);
}

static void test_stream_errors(void **state)
{
	static const struct out_view no_main = {sample_sections, 3, NULL}, bad_main = {sample_sections, 3, "employee"},
		no_secs = {NULL, 0, "people"};
	struct out_doc *d = out_doc_new(), *failed = out_doc_new();
	struct ov *root = sample(d), *rows = ov_get(root, "people"), *big = ov_obj(d), *list = ov_arr(d);
	struct out_opts table = {OUT_TABLE, false}, json = {OUT_JSON, false}, dot = {OUT_DOT, false};
	FILE *f = fopen("/dev/null", "w");
	struct out_stream *s;

	(void)state;
	assert_non_null(f);
	errno = 0;
	assert_null(out_stream_open(f, d, root, &no_main, &json));
	assert_int_equal(errno, EINVAL);
	assert_null(out_stream_open(f, d, root, &bad_main, &json));
	assert_null(out_stream_open(f, d, root, NULL, &json));
	assert_null(out_stream_open(f, d, rows, &sample_view, &json)); /* not an object */
	assert_null(out_stream_open(f, d, root, &no_secs, &table));   /* text needs sections */
	assert_null(out_stream_open(f, d, root, &sample_view, &dot));
	assert_non_null(s = out_stream_open(f, d, root, &no_secs, &json)); /* others do not */
	assert_false(out_stream_measuring(s));
	out_stream_abort(s);
	out_stream_abort(NULL);
	assert_int_equal(out_stream_close(NULL), 0);

	/* measuring after a row was written is too late */
	assert_non_null(s = out_stream_open(f, d, root, &sample_view, &table));
	assert_int_equal(out_stream_row(s, d, ov_at(rows, 0)), 0);
	out_stream_measure(s, ov_at(rows, 1));
	errno = 0;
	assert_int_equal(out_stream_row(s, d, ov_at(rows, 1)), -1);
	assert_int_equal(errno, EINVAL);
	assert_int_equal(out_stream_close(s), -1);
	assert_int_equal(errno, EINVAL);

	/* a row of a document that ran out of memory */
	assert_null(ov_strn(failed, "x", SIZE_MAX / 2));
	assert_non_null(s = out_stream_open(f, d, root, &sample_view, &json));
	errno = 0;
	assert_int_equal(out_stream_row(s, failed, ov_at(rows, 0)), -1);
	assert_int_equal(errno, ENOMEM);
	assert_int_equal(out_stream_close(s), -1);
	assert_int_equal(errno, ENOMEM);
	errno = 0;
	assert_null(out_stream_open(f, failed, root, &sample_view, &json));
	assert_int_equal(errno, ENOMEM);
	fclose(f);

	/* a full device: the rows fail as they go, long before the end */
	f = fopen("/dev/full", "w");
	if (!f)
		skip();
	ov_set(d, big, "rows", list);
	for (int i = 0; i < 100; i++)
		ov_push(d, list, ov_str(d, "a string of some length"));
	static const struct out_view rows_view = {NULL, 0, "rows"};
	struct out_opts csv = {OUT_CSV, false};
	assert_non_null(s = out_stream_open(f, d, big, &rows_view, &csv));
	int rc = 0;
	size_t n = 0;
	while (rc == 0 && n < 100000)
		rc = out_stream_row(s, d, ov_at(list, n++ % 100));
	assert_int_equal(rc, -1);
	assert_int_equal(errno, ENOSPC);
	assert_true(n < 100000);
	assert_int_equal(out_stream_close(s), -1);
	assert_int_equal(errno, ENOSPC);
	fclose(f);
	out_doc_free(failed);
	out_doc_free(d);
}

static void test_doc_reset(void **state)
{
	struct out_doc *d = out_doc_new();
	char big[20000];

	(void)state;
	memset(big, 'b', sizeof(big));
	for (int round = 0; round < 3; round++) {
		struct ov *o = ov_obj(d);
		for (int i = 0; i < 1000; i++)
			ov_set(d, o, i % 2 ? "odd" : "even", ov_int(d, i));
		ov_add(d, o, "big", ov_strn(d, big, sizeof(big)));
		assert_int_equal(ov_len(o), 3);
		assert_int_equal(ov_to_int(ov_get(o, "odd")), 999);
		assert_int_equal(ov_to_int(ov_get(o, "even")), 998);
		assert_memory_equal(ov_to_str(ov_get(o, "big"), NULL), big, sizeof(big));
		out_doc_reset(d);
	}
	assert_null(ov_strn(d, "x", SIZE_MAX / 2));
	assert_true(out_doc_failed(d));
	out_doc_reset(d); /* forgets the failure too */
	assert_false(out_doc_failed(d));
	assert_non_null(ov_int(d, 1));
	out_doc_reset(NULL);
	out_doc_free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_jsonl),
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_tsv),
		cmocka_unit_test(test_sv_controls),
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_table_color),
		cmocka_unit_test(test_md),
		cmocka_unit_test(test_md_ignores_color),
		cmocka_unit_test(test_sv_empty),
		cmocka_unit_test(test_formula_neutralising),
		cmocka_unit_test(test_json_escaping),
		cmocka_unit_test(test_huge_numbers),
		cmocka_unit_test(test_table_escaping),
		cmocka_unit_test(test_table_numbers),
		cmocka_unit_test(test_guessed_view),
		cmocka_unit_test(test_write_error),
		cmocka_unit_test(test_out_of_memory),
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_formats),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_stream_sample),
		cmocka_unit_test(test_stream_edges),
		cmocka_unit_test(test_stream_reset_rows),
		cmocka_unit_test(test_stream_errors),
		cmocka_unit_test(test_doc_reset),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
