/* lib/diag: collected diagnostics, their order, the per-file limit with its
 * "… and N more" note, and the compiler-style line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "diag.h"

struct fx {
	struct diag_list d;
	struct arena a;
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
	free(f);
	return 0;
}

/* Every diagnostic formatted, one per line. */
static const char *all(struct fx *f)
{
	size_t cap = 1, len = 0;
	for (size_t i = 0; i < f->d.n; i++)
		cap += strlen(diag_format(&f->d.v[i], &f->a)) + 1;
	char *out = arena_alloc(&f->a, cap);
	out[0] = '\0';
	for (size_t i = 0; i < f->d.n; i++)
		len += (size_t)sprintf(out + len, "%s\n", diag_format(&f->d.v[i], &f->a));
	return out;
}

static const char *one(struct fx *f, const struct diag *dg)
{
	return diag_format(dg, &f->a);
}

/* Runs fn in a child process, so that a sanitizer abort fails this test
 * and not the whole file. fn returns 0 when its checks hold. */
static void in_child(int (*fn)(void))
{
	fflush(NULL);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		_exit(fn());
	int status = 0;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

static int finish_empty(void)
{
	struct diag_list d;
	diag_init(&d, 100);
	diag_finish(&d);
	int ok = d.n == 0 && d.finished;
	diag_free(&d);
	return ok ? 0 : 1;
}

/* A clean load has nothing to report: finishing an empty list is fine. */
static void test_finish_empty_list(void **state)
{
	(void)state;
	in_child(finish_empty);
}

static void test_init_is_empty(void **state)
{
	struct fx *f = *state;
	diag_init(&f->d, 7);
	assert_int_equal(f->d.n, 0);
	assert_int_equal(f->d.errors, 0);
	assert_int_equal(f->d.warnings, 0);
	assert_int_equal(f->d.max_per_file, 7);
	assert_false(f->d.finished);
}

/* Memory running out is an error and a flag of its own, which a merge
 * carries: the command tells it from bad data by the flag (exit 4, not 3). */
static void test_oom_flagged_and_merged(void **state)
{
	struct fx *f = *state;
	diag_init(&f->d, 0);
	diag_add(&f->d, DIAG_ERROR, "a.csv", 3, 0, "bad level");
	assert_false(f->d.oom);
	struct diag_list part;
	diag_init(&part, 0);
	diag_oom(&part, "a.csv");
	assert_true(part.oom);
	assert_int_equal(part.errors, 1);
	assert_string_equal(part.v[0].message, "out of memory");
	diag_merge(&f->d, &part, 0);
	assert_true(f->d.oom);
	assert_int_equal(f->d.errors, 2);
	diag_free(&part);
}

static void test_add_keeps_every_field(void **state)
{
	struct fx *f = *state;
	char file[] = "roles/data/analyst-2.yaml";
	diag_add(&f->d, DIAG_ERROR, file, 14, 7, "unknown skill '%s' (did you mean '%s'?)", "sqll", "sql");
	file[0] = 'X'; /* the list keeps its own copy of the name */
	assert_int_equal(f->d.n, 1);
	const struct diag *dg = &f->d.v[0];
	assert_string_equal(dg->file, "roles/data/analyst-2.yaml");
	assert_int_equal(dg->line, 14);
	assert_int_equal(dg->col, 7);
	assert_int_equal(dg->severity, DIAG_ERROR);
	assert_string_equal(dg->message, "unknown skill 'sqll' (did you mean 'sql'?)");
	assert_int_equal(dg->seq, 0);
}

static void test_counts_by_severity(void **state)
{
	struct fx *f = *state;
	diag_add(&f->d, DIAG_ERROR, "a", 1, 0, "e1");
	diag_add(&f->d, DIAG_WARNING, "a", 2, 0, "w1");
	diag_add(&f->d, DIAG_ERROR, "b", 1, 0, "e2");
	diag_add(&f->d, DIAG_NOTE, "b", 2, 0, "n1");
	assert_int_equal(f->d.errors, 2);
	assert_int_equal(f->d.warnings, 1);
	assert_int_equal(f->d.n, 4);
}

static void test_finish_sorts_by_file_line_col_then_discovery(void **state)
{
	struct fx *f = *state;
	diag_add(&f->d, DIAG_ERROR, "b.csv", 3, 0, "b3");
	diag_add(&f->d, DIAG_ERROR, "a.yaml", 10, 2, "a10-2");
	diag_add(&f->d, DIAG_WARNING, "a.yaml", 10, 1, "a10-1");
	diag_add(&f->d, DIAG_ERROR, "a.yaml", 2, 5, "a2-first");
	diag_add(&f->d, DIAG_ERROR, NULL, 0, 0, "no file");
	diag_add(&f->d, DIAG_ERROR, "a.yaml", 2, 5, "a2-second");
	diag_add(&f->d, DIAG_ERROR, "a.yaml", 0, 0, "a whole file");
	diag_finish(&f->d);
	assert_string_equal(all(f), "error: no file\n"
				    "a.yaml: error: a whole file\n"
				    "a.yaml:2:5: error: a2-first\n"
				    "a.yaml:2:5: error: a2-second\n"
				    "a.yaml:10:1: warning: a10-1\n"
				    "a.yaml:10:2: error: a10-2\n"
				    "b.csv:3: error: b3\n");
}

static void test_line_numbers_compare_as_numbers(void **state)
{
	struct fx *f = *state;
	diag_add(&f->d, DIAG_ERROR, "p.csv", 10, 0, "ten");
	diag_add(&f->d, DIAG_ERROR, "p.csv", 9, 0, "nine");
	diag_add(&f->d, DIAG_ERROR, "p.csv", 100, 0, "hundred");
	diag_finish(&f->d);
	assert_string_equal(all(f), "p.csv:9: error: nine\np.csv:10: error: ten\np.csv:100: error: hundred\n");
}

static void test_limit_counts_everything(void **state)
{
	struct fx *f = *state;
	diag_init(&f->d, 2);
	for (uint32_t i = 1; i <= 5; i++)
		diag_add(&f->d, i == 4 ? DIAG_WARNING : DIAG_ERROR, "a.csv", i, 0, "row %u", i);
	diag_add(&f->d, DIAG_ERROR, "b.csv", 1, 0, "other file");
	/* the counts include what will be hidden */
	assert_int_equal(f->d.errors, 5);
	assert_int_equal(f->d.warnings, 1);
	assert_int_equal(f->d.nfiles, 2);
	assert_string_equal(f->d.files[0].file, "a.csv");
	diag_finish(&f->d);
	assert_int_equal(f->d.files[0].hidden, 3);
	assert_int_equal(f->d.files[0].hidden_errors, 2);
	assert_int_equal(f->d.files[1].hidden, 0);
	assert_int_equal(f->d.n, 2 + 1 + 1);
}

/* The limit keeps the first diagnostics of a file by position, whatever
 * order they were found in. */
static void test_limit_keeps_first_by_position(void **state)
{
	struct fx *f = *state;
	diag_init(&f->d, 2);
	for (uint32_t i = 5; i >= 1; i--)
		diag_add(&f->d, DIAG_ERROR, "a.csv", i, 0, "row %u", i);
	diag_finish(&f->d);
	assert_string_equal(all(f), "a.csv:1: error: row 1\n"
				    "a.csv:2: error: row 2\n"
				    "a.csv: note: … and 3 more\n");
}

/* A flood is not kept in memory: past the limit and 10000 more, only
 * counted. */
static void test_limit_flood_counted_not_kept(void **state)
{
	struct fx *f = *state;
	diag_init(&f->d, 1);
	for (uint32_t i = 1; i <= 20000; i++)
		diag_add(&f->d, DIAG_WARNING, "big.csv", i, 0, "row %u", i);
	assert_int_equal(f->d.n, 10001);
	assert_int_equal(f->d.warnings, 20000);
	diag_finish(&f->d);
	assert_string_equal(all(f), "big.csv:1: warning: row 1\n"
				    "big.csv: note: … and 19999 more\n");
}

static void test_finish_adds_and_more_note(void **state)
{
	struct fx *f = *state;
	diag_init(&f->d, 2);
	for (uint32_t i = 1; i <= 5; i++)
		diag_add(&f->d, DIAG_ERROR, "a.csv", i, 0, "row %u", i);
	diag_add(&f->d, DIAG_ERROR, "b.csv", 1, 0, "other file");
	diag_finish(&f->d);
	assert_string_equal(all(f), "a.csv:1: error: row 1\n"
				    "a.csv:2: error: row 2\n"
				    "a.csv: note: … and 3 more\n"
				    "b.csv:1: error: other file\n");
	const struct diag *note = &f->d.v[2];
	assert_int_equal(note->severity, DIAG_NOTE);
	assert_string_equal(note->message, "… and 3 more");
	/* a note is neither an error nor a warning */
	assert_int_equal(f->d.errors, 6);
	assert_int_equal(f->d.warnings, 0);
}

static void test_finish_twice_adds_one_note(void **state)
{
	struct fx *f = *state;
	diag_init(&f->d, 1);
	diag_add(&f->d, DIAG_ERROR, "a.csv", 1, 0, "x");
	diag_add(&f->d, DIAG_ERROR, "a.csv", 2, 0, "y");
	diag_finish(&f->d);
	diag_finish(&f->d);
	assert_int_equal(f->d.n, 2);
	assert_string_equal(all(f), "a.csv:1: error: x\na.csv: note: … and 1 more\n");
}

static void test_no_note_without_limit(void **state)
{
	struct fx *f = *state;
	for (uint32_t i = 1; i <= 300; i++)
		diag_add(&f->d, DIAG_ERROR, "a.csv", i, 0, "row");
	diag_finish(&f->d);
	assert_int_equal(f->d.n, 300);
	assert_int_equal(f->d.v[299].line, 300);
	assert_int_equal(f->d.v[299].severity, DIAG_ERROR);
}

static void test_limit_counts_per_file_name_not_pointer(void **state)
{
	struct fx *f = *state;
	diag_init(&f->d, 1);
	char a1[] = "x.yaml", a2[] = "x.yaml";
	diag_add(&f->d, DIAG_ERROR, a1, 1, 0, "first");
	diag_add(&f->d, DIAG_ERROR, a2, 2, 0, "second");
	assert_int_equal(f->d.nfiles, 1);
	assert_false(diag_room(&f->d, "x.yaml"));
	diag_finish(&f->d);
	assert_int_equal(f->d.files[0].hidden, 1);
	assert_string_equal(all(f), "x.yaml:1: error: first\nx.yaml: note: … and 1 more\n");
}

static void test_room(void **state)
{
	struct fx *f = *state;
	diag_init(&f->d, 2);
	assert_true(diag_room(&f->d, "a.csv"));
	diag_add(&f->d, DIAG_ERROR, "a.csv", 1, 0, "x");
	assert_true(diag_room(&f->d, "a.csv"));
	diag_add(&f->d, DIAG_WARNING, "a.csv", 2, 0, "y");
	assert_false(diag_room(&f->d, "a.csv"));
	assert_true(diag_room(&f->d, "b.csv"));
	assert_true(diag_room(&f->d, NULL));
	diag_free(&f->d);
	diag_init(&f->d, 0);
	for (int i = 0; i < 50; i++)
		diag_add(&f->d, DIAG_ERROR, "a.csv", 1, 0, "x");
	assert_true(diag_room(&f->d, "a.csv"));
}

static void test_limit_for_messages_without_file(void **state)
{
	struct fx *f = *state;
	diag_init(&f->d, 1);
	diag_add(&f->d, DIAG_ERROR, NULL, 0, 0, "one");
	diag_add(&f->d, DIAG_ERROR, NULL, 0, 0, "two");
	assert_false(diag_room(&f->d, NULL));
	diag_finish(&f->d);
	assert_string_equal(all(f), "error: one\nnote: … and 1 more\n");
}

static void test_format_shapes(void **state)
{
	struct fx *f = *state;
	struct diag dg = {"skills.yaml", 3, 5, DIAG_ERROR, "duplicate skill 'sql'", 0};
	assert_string_equal(one(f, &dg), "skills.yaml:3:5: error: duplicate skill 'sql'");
	dg.col = 0;
	dg.severity = DIAG_WARNING;
	assert_string_equal(one(f, &dg), "skills.yaml:3: warning: duplicate skill 'sql'");
	dg.line = 0;
	dg.col = 4; /* a column without a line is not shown */
	dg.severity = DIAG_NOTE;
	assert_string_equal(one(f, &dg), "skills.yaml: note: duplicate skill 'sql'");
	dg.file = NULL;
	dg.severity = DIAG_ERROR;
	assert_string_equal(one(f, &dg), "error: duplicate skill 'sql'");
}

static void test_format_escapes_control_characters(void **state)
{
	struct fx *f = *state;
	struct diag dg = {"we\nird.csv", 2, 0, DIAG_ERROR, "bad\tvalue '\x1b[31m\r' \x7f end", 0};
	assert_string_equal(one(f, &dg), "we\\nird.csv:2: error: bad\\tvalue '\\x1b[31m\\r' \\x7f end");
}

/* C1 controls (U+009B is CSI on some terminals), bidirectional overrides
 * that reorder what the line shows, and bytes that are not UTF-8 (a raw
 * 0x9b) are escaped too. */
static void test_format_escapes_c1_bidi_and_bad_bytes(void **state)
{
	struct fx *f = *state;
	struct diag dg = {"a.csv", 3, 0, DIAG_ERROR, "id '\xc2\x9b" "2J' name '\xe2\x80\xae" "gnp.exe' raw '\x9b'", 0};
	assert_string_equal(one(f, &dg), "a.csv:3: error: id '\\u009b2J' name '\\u202egnp.exe' raw '\\x9b'");
}

/* A subject cut at 80 bytes is cut at a character boundary. */
static void test_quote_cuts_between_characters(void **state)
{
	struct fx *f = *state;
	char s[100];
	memset(s, 'a', 79);
	memcpy(s + 79, "\xc3\xa9xyz", 5);
	assert_string_equal(diag_quote(&f->d, s, 84), "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
}

static void test_format_keeps_utf8(void **state)
{
	struct fx *f = *state;
	struct diag dg = {"rôles/é.yaml", 1, 1, DIAG_WARNING, "title 'Développeuse' — fine", 0};
	assert_string_equal(one(f, &dg), "rôles/é.yaml:1:1: warning: title 'Développeuse' — fine");
}

static void test_severity_names(void **state)
{
	(void)state;
	assert_string_equal(diag_severity_name(DIAG_ERROR), "error");
	assert_string_equal(diag_severity_name(DIAG_WARNING), "warning");
	assert_string_equal(diag_severity_name(DIAG_NOTE), "note");
}

static void test_quote_escapes(void **state)
{
	struct fx *f = *state;
	assert_string_equal(diag_quote(&f->d, "a\nb\x01", 4), "a\\nb\\x01");
	assert_string_equal(diag_quote(&f->d, "sql-and-more", 3), "sql");
	assert_string_equal(diag_quote(&f->d, "", 0), "");
}

static void test_quote_truncates_long_subjects(void **state)
{
	struct fx *f = *state;
	char big[200];
	memset(big, 'z', sizeof big);
	const char *q = diag_quote(&f->d, big, sizeof big);
	assert_int_equal(strlen(q), 80);
	assert_memory_equal(q, big, 80);
}

static void test_long_message_is_cut_not_overflowed(void **state)
{
	struct fx *f = *state;
	char big[3000];
	memset(big, 'm', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	diag_add(&f->d, DIAG_ERROR, "a", 1, 1, "%s", big);
	assert_int_equal(strlen(f->d.v[0].message), 1023);
	const char *line = one(f, &f->d.v[0]);
	assert_true(strncmp(line, "a:1:1: error: mmm", 17) == 0);
}

static void test_free_null_and_twice(void **state)
{
	struct fx *f = *state;
	diag_free(NULL);
	diag_add(&f->d, DIAG_ERROR, "a", 1, 1, "x");
	diag_free(&f->d);
	assert_int_equal(f->d.n, 0);
	assert_null(f->d.v);
	diag_free(&f->d);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_init_is_empty),
		T(test_oom_flagged_and_merged),
		T(test_add_keeps_every_field),
		T(test_counts_by_severity),
		T(test_finish_empty_list),
		T(test_finish_sorts_by_file_line_col_then_discovery),
		T(test_line_numbers_compare_as_numbers),
		T(test_limit_counts_everything),
		T(test_limit_keeps_first_by_position),
		T(test_limit_flood_counted_not_kept),
		T(test_finish_adds_and_more_note),
		T(test_finish_twice_adds_one_note),
		T(test_no_note_without_limit),
		T(test_limit_counts_per_file_name_not_pointer),
		T(test_room),
		T(test_limit_for_messages_without_file),
		T(test_format_shapes),
		T(test_format_escapes_control_characters),
		T(test_format_escapes_c1_bidi_and_bad_bytes),
		T(test_quote_cuts_between_characters),
		T(test_format_keeps_utf8),
		T(test_severity_names),
		T(test_quote_escapes),
		T(test_quote_truncates_long_subjects),
		T(test_long_message_is_cut_not_overflowed),
		T(test_free_null_and_twice),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
