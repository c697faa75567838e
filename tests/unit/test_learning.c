/* learning.csv through repo_load: items in id order, steps indexed by
 * skill, items that develop several skills, and every problem with its line
 * (SPEC 1.5). */
#include <dirent.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "fixture.h"

#include "date.h"
#include "repo.h"

#define HEADER "id,title,kind,skill,from,to,hours\n"

static int load_learning(struct fx *f, const char *csv)
{
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c, 4: d, 5: e}\n"
			      "skills:\n"
			      "  - {id: sql, aliases: [sequel]}\n"
			      "  - {id: python}\n"
			      "  - {id: excel}\n");
	put(f, "roles/analyst-1.yaml", "id: analyst-1\nfamily: data\nlevel: 1\nskills: {sql: 2}\n");
	if (csv)
		put(f, "learning.csv", csv);
	f->o.parts = PART_SKILLS | PART_ROLES | PART_LEARNING;
	return load(f);
}

/* The catalog's steps for one skill as "item from->to; ...". */
static const char *steps(struct fx *f, const char *skill)
{
	static char buf[512];
	const struct model *m = f->m;
	uint32_t s = model_skill(m, skill);
	assert_int_not_equal(s, NONE);
	assert_non_null(m->steps_of);
	size_t len = 0;
	buf[0] = '\0';
	for (size_t i = m->steps_of[s]; i < m->steps_of[s + 1]; i++) {
		assert_int_equal(m->steps[i].skill, s);
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s %u->%u", len ? "; " : "",
					m->items[m->steps[i].item].id, m->steps[i].from, m->steps[i].to);
	}
	return buf;
}

static const struct learning_item *item(struct fx *f, const char *id)
{
	uint32_t i = model_item(f->m, id);
	assert_int_not_equal(i, NONE);
	return &f->m->items[i];
}

/* ---- good input --------------------------------------------------------- */

static void test_catalog(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_learning(f, HEADER
				     "sql-advanced,Advanced SQL,course,sql,2,4,30\n"
				     "py-101,Python 101,course,python,,2,20\n"
				     "data-cert,Data Certificate,certification,sql,3,5,60\n"
				     "data-cert,Data Certificate,certification,python,2,3,60\n"
				     "data-cert,Data Certificate,certification,excel,0,2,60\n"),
			 0);
	assert_string_equal(diags(f), "");
	const struct model *m = f->m;
	/* items sorted by id: index order is id order */
	assert_int_equal(m->nitems, 3);
	assert_string_equal(m->items[0].id, "data-cert");
	assert_string_equal(m->items[1].id, "py-101");
	assert_string_equal(m->items[2].id, "sql-advanced");
	for (uint32_t i = 0; i < m->nitems; i++)
		assert_int_equal(model_item(m, m->items[i].id), i);
	assert_int_equal(model_item(m, "nope"), NONE);
	const struct learning_item *dc = item(f, "data-cert");
	assert_string_equal(dc->title, "Data Certificate");
	assert_string_equal(dc->kind, "certification");
	assert_true(dc->hours == 60);
	assert_true(item(f, "py-101")->hours == 20);
	/* steps indexed by skill, then by item; `from` defaults to 0 */
	assert_int_equal(m->nsteps, 5);
	assert_string_equal(steps(f, "excel"), "data-cert 0->2");
	assert_string_equal(steps(f, "python"), "data-cert 2->3; py-101 0->2");
	assert_string_equal(steps(f, "sql"), "data-cert 3->5; sql-advanced 2->4");
	assert_int_equal(m->steps_of[0], 0);
	assert_int_equal(m->steps_of[m->nskills], 5);
}

static void test_skill_without_steps(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_learning(f, HEADER "py-101,Python 101,course,python,0,2,20\n"), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(steps(f, "sql"), "");
	assert_string_equal(steps(f, "excel"), "");
	assert_string_equal(steps(f, "python"), "py-101 0->2");
}

static void test_skill_by_alias_and_fractional_hours(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_learning(f, HEADER "sql-intro,Intro,video,sequel,0,1,1.5\n"), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(steps(f, "sql"), "sql-intro 0->1");
	assert_true(item(f, "sql-intro")->hours == 1.5);
	assert_string_equal(item(f, "sql-intro")->kind, "video");
}

static void test_header_only(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_learning(f, HEADER), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->nitems, 0);
	assert_string_equal(steps(f, "sql"), "");
}

/* learning.csv is optional: without it the catalog is empty, and the
 * model's index by skill is still there to walk. */
static void test_missing_catalog_is_empty(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_learning(f, NULL), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->nitems, 0);
	assert_int_equal(f->m->nsteps, 0);
	assert_string_equal(steps(f, "sql"), "");
}

static void test_missing_catalog_when_required(void **state)
{
	struct fx *f = *state;
	f->o.required = PART_LEARNING;
	assert_int_equal(load_learning(f, NULL), -1);
	assert_string_equal(diags(f), "learning.csv: error: required file not found\n");
}

/* ---- broken input ------------------------------------------------------- */

static void test_bad_values(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_learning(f, HEADER
				     "a,A,course,sqll,0,2,10\n"
				     "b,B,course,sql,3,2,10\n"
				     "c,C,course,sql,5,5,10\n"
				     "d,D,course,sql,0,0,10\n"
				     "e,E,course,sql,0,2,0\n"
				     "f,F,course,sql,0,2,x\n"
				     ",G,course,sql,0,2,10\n"
				     "h,H,course,sql,0,,10\n"
				     "i,I,course,kafka,0,1,10\n"
				     "ok,OK,course,sql,1,2,10\n"),
			 -1);
	assert_string_equal(diags(f),
			    "learning.csv:2: error: unknown skill 'sqll' (did you mean 'sql'?)\n"
			    "learning.csv:3: error: 'to' (2) must be greater than 'from' (3)\n"
			    "learning.csv:4: error: from '5' is out of range (0 to 4)\n"
			    "learning.csv:5: error: to '0' is out of range (1 to 5)\n"
			    "learning.csv:6: error: hours must be greater than 0 (and at most 1000000000), found '0'\n"
			    "learning.csv:7: error: hours: expected a number, found 'x'\n"
			    "learning.csv:8: error: empty learning item id\n"
			    "learning.csv:9: error: empty to\n"
			    "learning.csv:10: error: unknown skill 'kafka'\n");
	assert_int_equal(f->m->nitems, 1);
	assert_string_equal(steps(f, "sql"), "ok 1->2");
}

static void test_rows_of_an_item_disagree(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_learning(f, HEADER
				     "cert,Data Cert,certification,sql,0,2,60\n"
				     "cert,Data Cert,certification,python,0,2,40\n"
				     "cert,Data Certificate,certification,excel,0,2,60\n"
				     "c2,Course,course,sql,0,1,5\n"
				     "c2,Course,workshop,python,0,1,5\n"),
			 -1);
	assert_string_equal(diags(f), "learning.csv:3: error: item 'cert' disagrees on hours with its row at line 2\n"
				      "learning.csv:4: error: item 'cert' disagrees on title with its row at line 2\n"
				      "learning.csv:6: error: item 'c2' disagrees on kind with its row at line 5\n");
	/* the item keeps what its first row says */
	assert_string_equal(item(f, "cert")->title, "Data Cert");
	assert_true(item(f, "cert")->hours == 60);
	assert_string_equal(item(f, "c2")->kind, "course");
}

static void test_item_lists_skill_twice(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_learning(f, HEADER
				     "cert,Cert,certification,sql,0,2,60\n"
				     "cert,Cert,certification,sequel,2,3,60\n"),
			 -1);
	assert_string_equal(diags(f), "learning.csv:3: error: item 'cert' lists skill 'sql' twice (first at line 2)\n");
	assert_string_equal(steps(f, "sql"), "cert 0->2");
}

/* One row per (item, skill) pair: a second row for the pair is an error
 * wherever it stands in the file. */
static void test_item_lists_skill_twice_apart(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_learning(f, HEADER
				     "cert,Cert,certification,sql,0,2,60\n"
				     "py-101,Python 101,course,python,0,2,20\n"
				     "cert,Cert,certification,sql,2,4,60\n"),
			 -1);
	assert_string_equal(diags(f), "learning.csv:4: error: item 'cert' lists skill 'sql' twice (first at line 2)\n");
	assert_string_equal(steps(f, "sql"), "cert 0->2");
}

static void test_unterminated_last_line_valid_is_used(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_learning(f, HEADER "cert,Cert,certification,sql,0,2,60\ncert,Cert,certification,python,0,1,60"), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(steps(f, "python"), "cert 0->1");
}

/* A last line without its line end that disagrees with its item is an
 * append in progress: ignored with a warning, and not used. */
static void test_unterminated_last_line_disagreeing_is_ignored(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_learning(f, HEADER "cert,Cert,certification,sql,0,2,60\ncert,Cert,certification,python,0,1,6"), 0);
	assert_string_equal(diags(f), "learning.csv:3: warning: incomplete last line ignored: item 'cert' disagrees on hours "
				      "with its row at line 2\n");
	assert_string_equal(steps(f, "python"), "");
	assert_int_equal(f->m->nsteps, 1);
}

static void test_missing_column(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_learning(f, "id,title,kind,skill,to\nx,X,course,sql,2\n"), -1);
	assert_string_equal(diags(f), "learning.csv:1: error: header lacks required column 'hours'\n");
	assert_int_equal(f->m->nitems, 0);
}

static void test_columns_remapped(void **state)
{
	struct fx *f = *state;
	put(f, "rungs.yaml", "columns: {learning: {id: Course Code, hours: Duration (h)}}\n");
	assert_int_equal(load_learning(f, "Course Code,Title,Kind,Skill,To,Duration (h)\nSQL-1,SQL,course,sql,2,12\n"), 0);
	assert_string_equal(diags(f), "");
	assert_true(item(f, "SQL-1")->hours == 12);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_catalog),
		T(test_skill_without_steps),
		T(test_skill_by_alias_and_fractional_hours),
		T(test_header_only),
		T(test_missing_catalog_is_empty),
		T(test_missing_catalog_when_required),
		T(test_bad_values),
		T(test_rows_of_an_item_disagree),
		T(test_item_lists_skill_twice),
		T(test_item_lists_skill_twice_apart),
		T(test_unterminated_last_line_valid_is_used),
		T(test_unterminated_last_line_disagreeing_is_ignored),
		T(test_missing_column),
		T(test_columns_remapped),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
