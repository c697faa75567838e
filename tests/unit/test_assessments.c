/* assessments.csv through repo_load: the evidence log grouped by employee
 * and sorted by skill and date, sources, assessors, and the history rules:
 * rows about people or skills that are gone, the unterminated last line,
 * rows dated after today (SPEC 1.4). */
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

#define HEADER "employee,skill,level,date,source,assessor,note\n"

static void put_base(struct fx *f)
{
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c, 4: d, 5: e}\n"
			      "skills:\n"
			      "  - {id: sql, aliases: [sequel]}\n"
			      "  - {id: python}\n"
			      "  - {id: excel}\n");
	put(f, "roles/analyst-1.yaml", "id: analyst-1\nfamily: data\nlevel: 1\nskills: {sql: 2}\n");
	put(f, "people.csv", "id,name,role\nE1,Ann,analyst-1\nE2,Bob,analyst-1\nE3,Cid,analyst-1\n");
}

static int load_assessments(struct fx *f, const char *csv)
{
	put_base(f);
	if (csv)
		put(f, "assessments.csv", csv);
	f->o.parts = PART_SKILLS | PART_ROLES | PART_PEOPLE | PART_ASSESSMENTS;
	f->o.required = PART_PEOPLE | PART_ASSESSMENTS;
	return load(f);
}

/* The rows of one employee as "skill level date source assessor @line; ...". */
static const char *rows(struct fx *f, const char *employee)
{
	static char buf[1024];
	const struct model *m = f->m;
	uint32_t e = model_person(m, employee);
	assert_int_not_equal(e, NONE);
	size_t len = 0;
	buf[0] = '\0';
	for (size_t i = m->rows_of[e]; i < m->rows_of[e + 1]; i++) {
		const struct assessment *a = &m->rows[i];
		char date[DATE_BUF];
		date_format(a->date, date);
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s %u %s %s '%s' @%u", len ? "; " : "",
					m->skills[a->skill].id, a->level, date, m->cfg.sources[a->source].name,
					model_assessor(m, a->assessor), a->line);
	}
	return buf;
}

/* ---- good input --------------------------------------------------------- */

static void test_rows_grouped_and_sorted(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_assessments(f, HEADER
				       "E2,sql,3,2026-05-01,manager,E1,\n"
				       "E1,sql,2,2026-03-01,self,,\n"
				       "E1,python,1,2026-01-15,test,HackerRank,timed\n"
				       "E1,sql,3,2026-01-01,peer,E2,good\n"
				       "E2,python,2,2026-02-01,course,py-101,\n"
				       "E1,sequel,4,2026-03-01,manager,E3,\n"),
			 0);
	assert_string_equal(diags(f), "");
	const struct model *m = f->m;
	assert_int_equal(m->nrows, 6);
	assert_int_equal(m->rows_of[0], 0);
	assert_int_equal(m->rows_of[1], 4);
	assert_int_equal(m->rows_of[2], 6);
	assert_int_equal(m->rows_of[3], 6);
	/* by skill (index order), then date, then line; aliases resolved */
	assert_string_equal(rows(f, "E1"), "python 1 2026-01-15 test 'HackerRank' @4; "
					   "sql 3 2026-01-01 peer 'E2' @5; "
					   "sql 2 2026-03-01 self '' @3; "
					   "sql 4 2026-03-01 manager 'E3' @7");
	assert_string_equal(rows(f, "E2"), "python 2 2026-02-01 course 'py-101' @6; sql 3 2026-05-01 manager 'E1' @2");
	assert_string_equal(rows(f, "E3"), "");
}

static void test_empty_assessor_is_zero_and_assessors_interned(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_assessments(f, HEADER
				       "E1,sql,2,2026-03-01,self,,\n"
				       "E2,sql,3,2026-03-02,manager,E1,\n"
				       "E3,sql,3,2026-03-03,manager,E1,\n"
				       "E3,excel,1,2026-03-04,test,Excel Quiz,\n"
				       "E2,excel,1,2026-03-05,test,Excel Quiz,\n"),
			 0);
	assert_string_equal(diags(f), "");
	const struct model *m = f->m;
	/* an employee assessor is their index, tagged; anyone else is interned */
	assert_string_equal(m->assessors.strs[0], "");
	assert_int_equal(m->assessors.n, 2);
	assert_int_equal(m->rows[m->rows_of[0]].assessor, 0);
	uint32_t e1 = model_person(m, "E1") | ASSESSOR_EMPLOYEE;
	assert_int_equal(m->rows[m->rows_of[1] + 1].assessor, e1);
	assert_string_equal(model_assessor(m, e1), "E1");
	/* E3: excel before sql */
	assert_int_equal(m->rows[m->rows_of[2] + 1].assessor, e1);
	uint32_t quiz = strtab_find(&m->assessors, "Excel Quiz", 10);
	assert_int_equal(quiz, 1);
	assert_int_equal(m->rows[m->rows_of[2]].assessor, quiz);
	assert_int_equal(m->rows[m->rows_of[1]].assessor, quiz);
	assert_string_equal(model_assessor(m, quiz), "Excel Quiz");
}

static void test_empty_file_of_rows(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_assessments(f, HEADER), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->nrows, 0);
	for (uint32_t e = 0; e <= f->m->npeople; e++)
		assert_int_equal(f->m->rows_of[e], 0);
	assert_int_equal(f->m->assessors.n, 1);
}

/* assessments.csv is optional unless a command needs it: without it the
 * log is empty, and the index by employee is still there to walk. */
static void test_missing_optional_log_is_empty(void **state)
{
	struct fx *f = *state;
	put_base(f);
	f->o.parts = PART_SKILLS | PART_ROLES | PART_PEOPLE | PART_ASSESSMENTS;
	f->o.required = PART_PEOPLE;
	assert_int_equal(load(f), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->nrows, 0);
	assert_non_null(f->m->rows_of);
	assert_string_equal(rows(f, "E1"), "");
}

static void test_configured_sources(void **state)
{
	struct fx *f = *state;
	put(f, "rungs.yaml", "sources: {hr: 1, lead: {weight: 2, combine: max}}\n");
	assert_int_equal(load_assessments(f, HEADER
				       "E1,sql,2,2026-03-01,lead,,\n"
				       "E1,python,2,2026-03-01,hr,,\n"
				       "E1,excel,2,2026-03-01,self,,\n"),
			 -1);
	assert_string_equal(diags(f), "assessments.csv:4: error: unknown source 'self'\n");
	assert_string_equal(rows(f, "E1"), "python 2 2026-03-01 hr '' @3; sql 2 2026-03-01 lead '' @2");
	assert_int_equal(f->m->rows[1].source, 1);
	assert_int_equal(f->m->rows[0].source, 0);
}

static void test_level_zero_and_top(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_assessments(f, HEADER "E1,sql,0,2026-03-01,self,,\nE1,sql,5,2026-03-02,test,,\n"), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(rows(f, "E1"), "sql 0 2026-03-01 self '' @2; sql 5 2026-03-02 test '' @3");
}

/* A row waits for grouping with its date, level and source packed in one
 * word: the first and last dates of the calendar, both sides of 1970, the
 * top of a ten-level scale and the last of 32 sources come back whole. */
static void test_extremes_kept_while_rows_wait(void **state)
{
	struct fx *f = *state;
	put_base(f);
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c, 4: d, 5: e, 6: f, 7: g, 8: h, 9: i, 10: j}\n"
			      "skills:\n  - {id: sql}\n");
	put(f, "rungs.yaml", "sources: {s00: 1, s01: 1, s02: 1, s03: 1, s04: 1, s05: 1, s06: 1, s07: 1, s08: 1, s09: 1, s10: 1, s11: 1, s12: 1, s13: 1, s14: 1, s15: 1, s16: 1, s17: 1, s18: 1, s19: 1, s20: 1, s21: 1, s22: 1, s23: 1, s24: 1, s25: 1, s26: 1, s27: 1, s28: 1, s29: 1, s30: 1, s31: 1}\n");
	put(f, "assessments.csv", HEADER "E1,sql,10,0001-01-01,s31,,\n"
				  "E1,sql,0,9999-12-31,s00,,\n"
				  "E1,sql,7,1969-12-31,s16,,\n"
				  "E1,sql,1,1970-01-01,s30,E2,\n");
	f->o.parts = PART_SKILLS | PART_ROLES | PART_PEOPLE | PART_ASSESSMENTS;
	f->o.required = PART_PEOPLE | PART_ASSESSMENTS;
	assert_int_equal(load(f), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(rows(f, "E1"), "sql 10 0001-01-01 s31 '' @2; sql 7 1969-12-31 s16 '' @4; "
					   "sql 1 1970-01-01 s30 'E2' @5; sql 0 9999-12-31 s00 '' @3");
}

static void test_columns_remapped(void **state)
{
	struct fx *f = *state;
	put(f, "rungs.yaml", "columns:\n  assessments: {employee: Person, skill: Competency, date: Assessed On}\n");
	assert_int_equal(load_assessments(f, "Person,Competency,Level,Assessed On,Source\nE2,sql,3,2026-05-01,manager\n"), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(rows(f, "E2"), "sql 3 2026-05-01 manager '' @2");
}

static void test_bom_and_crlf(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_assessments(f, "\xEF\xBB\xBF" "employee,skill,level,date,source\r\n"
						  "E1,sql,2,2026-03-01,self\r\n"
						  "E1,sql,3,2026-04-01,peer\r\n"),
			 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(rows(f, "E1"), "sql 2 2026-03-01 self '' @2; sql 3 2026-04-01 peer '' @3");
}

/* ---- the history rules -------------------------------------------------- */

static void test_gone_employees_and_skills_one_warning(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_assessments(f, HEADER
				       "E9,sql,2,2026-03-01,self,,\n"
				       "E1,cobol,3,2026-03-01,self,,\n"
				       "E1,sql,3,2026-03-01,self,,\n"
				       "E8,sql,1,2026-03-01,self,,\n"
				       "E9,python,1,2026-03-01,self,,\n"),
			 0);
	assert_string_equal(diags(f), "assessments.csv: warning: 4 rows about employees or skills no longer present skipped "
				      "(line 2: employee 'E9'; line 3: skill 'cobol'; line 5: employee 'E8'; …)\n");
	assert_int_equal(f->m->nrows, 1);
	assert_int_equal(f->d.errors, 0);
}

static void test_one_gone_row(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_assessments(f, HEADER "E1,sql,3,2026-03-01,self,,\nE7,sql,2,2026-03-01,self,,\n"), 0);
	assert_string_equal(diags(f),
			    "assessments.csv: warning: 1 row about employees or skills no longer present skipped (line 3: employee 'E7')\n");
}

static void test_unterminated_last_line_used_when_valid(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_assessments(f, HEADER "E1,sql,3,2026-03-01,self,,\nE1,sql,4,2026-04-01,manager,E2,"), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(rows(f, "E1"), "sql 3 2026-03-01 self '' @2; sql 4 2026-04-01 manager 'E2' @3");
}

static void test_unterminated_last_line_ignored_when_incomplete(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_assessments(f, HEADER "E1,sql,3,2026-03-01,self,,\nE1,sql,4,2026-0"), 0);
	assert_string_equal(diags(f), "assessments.csv:3: warning: incomplete last line ignored: expected 7 fields, found 4\n");
	assert_string_equal(rows(f, "E1"), "sql 3 2026-03-01 self '' @2");
}

static void test_unterminated_last_line_ignored_when_invalid(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_assessments(f, HEADER "E1,sql,3,2026-03-01,self,,\nE1,sql,4,2026-04-01,manag,,"), 0);
	assert_string_equal(diags(f), "assessments.csv:3: warning: incomplete last line ignored: unknown source 'manag' "
				      "(did you mean 'manager'?)\n");
	assert_string_equal(rows(f, "E1"), "sql 3 2026-03-01 self '' @2");
	assert_int_equal(f->d.errors, 0);
}

static void test_future_rows_warned_when_asked(void **state)
{
	struct fx *f = *state;
	f->o.load.today = date_from_ymd(2026, 11, 22);
	f->o.load.warn_future = true;
	assert_int_equal(load_assessments(f, HEADER
				       "E1,sql,3,2026-11-22,self,,\n"
				       "E1,sql,4,2026-12-01,manager,,\n"
				       "E2,sql,4,2027-01-05,test,,\n"),
			 0);
	assert_string_equal(diags(f), "assessments.csv:3: warning: assessment dated 2026-12-01, after today (2026-11-22)\n"
				      "assessments.csv:4: warning: assessment dated 2027-01-05, after today (2026-11-22)\n");
	/* the rows are kept: they come into effect later */
	assert_int_equal(f->m->nrows, 3);
}

static void test_future_rows_silent_otherwise(void **state)
{
	struct fx *f = *state;
	f->o.load.today = date_from_ymd(2026, 11, 22);
	f->o.load.warn_future = false;
	assert_int_equal(load_assessments(f, HEADER "E1,sql,4,2026-12-01,manager,,\n"), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->nrows, 1);
}

/* ---- broken input ------------------------------------------------------- */

static void test_bad_values(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_assessments(f, HEADER
				       "E1,sql,6,2026-03-01,self,,\n"
				       "E1,sql,x,2026-03-01,self,,\n"
				       "E1,sql,3,2026-02-30,self,,\n"
				       "E1,sql,3,03/01/2026,self,,\n"
				       "E1,sql,3,2026-03-01,manger,,\n"
				       "E1,sql,3,2026-03-01,,,\n"
				       ",sql,3,2026-03-01,self,,\n"
				       "E1,s q l,3,2026-03-01,self,,\n"
				       "E1,sql,-1,2026-03-01,self,,\n"
				       "E1,sql,3,2026-03-01,self,,\n"),
			 -1);
	assert_string_equal(diags(f),
			    "assessments.csv:2: error: level '6' is out of range (0 to 5)\n"
			    "assessments.csv:3: error: level: expected an integer, found 'x'\n"
			    "assessments.csv:4: error: invalid date '2026-02-30' (expected YYYY-MM-DD, a real calendar date)\n"
			    "assessments.csv:5: error: invalid date '03/01/2026' (expected YYYY-MM-DD, a real calendar date)\n"
			    "assessments.csv:6: error: unknown source 'manger' (did you mean 'manager'?)\n"
			    "assessments.csv:7: error: empty source\n"
			    "assessments.csv:8: error: empty employee id\n"
			    "assessments.csv:9: error: invalid skill 's q l' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)\n"
			    "assessments.csv:10: error: level '-1' is out of range (0 to 5)\n");
	assert_string_equal(rows(f, "E1"), "sql 3 2026-03-01 self '' @11");
}

static void test_every_problem_of_a_row(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_assessments(f, HEADER "E1,sql,9,2026-13-01,boss,,\n"), -1);
	assert_string_equal(diags(f), "assessments.csv:2: error: level '9' is out of range (0 to 5)\n"
				      "assessments.csv:2: error: invalid date '2026-13-01' (expected YYYY-MM-DD, a real calendar date)\n"
				      "assessments.csv:2: error: unknown source 'boss'\n");
}

static void test_missing_column(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_assessments(f, "employee,skill,level,date\nE1,sql,3,2026-03-01\n"), -1);
	assert_string_equal(diags(f), "assessments.csv:1: error: header lacks required column 'source'\n");
	assert_int_equal(f->m->nrows, 0);
}

static void test_semicolon_file(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_assessments(f, "employee;skill;level;date;source\nE1;sql;3;2026-03-01;self\n"), -1);
	assert_string_equal(diags(f), "assessments.csv:1: error: file is semicolon-separated; rungs reads comma-separated CSV "
				      "(export with ',' as the separator)\n");
}

static void test_not_utf8(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_assessments(f, HEADER "E1,sql,3,2026-03-01,self,,ok\nE1,sql,3,2026-03-01,self,,tr\xe8s bien\n"
							"E1,sql,3,2026-03-01,self,,\xe0 revoir\n"),
			 -1);
	assert_string_equal(diags(f), "assessments.csv:3: error: file is not valid UTF-8 (a Windows-1252 export?); export it "
				      "as UTF-8\n");
	assert_int_equal(f->m->nrows, 0);
}

static void test_max_errors_limits_each_file(void **state)
{
	struct fx *f = *state;
	put(f, "rungs.yaml", "max_errors: 3\n");
	assert_int_equal(load_assessments(f, HEADER
				       "E1,sql,9,2026-03-01,self,,\n"
				       "E1,sql,9,2026-03-01,self,,\n"
				       "E1,sql,9,2026-03-01,self,,\n"
				       "E1,sql,9,2026-03-01,self,,\n"
				       "E1,sql,9,2026-03-01,self,,\n"
				       "E1,sql,9,2026-03-01,self,,\n"),
			 -1);
	assert_int_equal(f->d.errors, 6);
	assert_string_equal(diags(f), "assessments.csv:2: error: level '9' is out of range (0 to 5)\n"
				      "assessments.csv:3: error: level '9' is out of range (0 to 5)\n"
				      "assessments.csv:4: error: level '9' is out of range (0 to 5)\n"
				      "assessments.csv: note: … and 3 more\n");
}

static void test_max_errors_from_options(void **state)
{
	struct fx *f = *state;
	put(f, "rungs.yaml", "max_errors: 3\n");
	f->o.max_errors = 1;
	f->o.max_errors_set = true;
	assert_int_equal(load_assessments(f, HEADER "E1,sql,9,2026-03-01,self,,\nE1,sql,8,2026-03-01,self,,\n"), -1);
	assert_string_equal(diags(f), "assessments.csv:2: error: level '9' is out of range (0 to 5)\n"
				      "assessments.csv: note: … and 1 more\n");
}

static void test_missing_file_when_required(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_assessments(f, NULL), -1);
	assert_string_equal(diags(f), "assessments.csv: error: required file not found\n");
	assert_true(f->r->missing);
}


/* ---- two pieces read at once give what one gives -------------------------- */

/* Every row of everyone, and the diagnostics, as one text. */
static char *everything(struct fx *f)
{
	const struct model *m = f->m;
	size_t cap = (1 << 20) + m->nrows * 128, len = 0;
	char *buf = malloc(cap);
	assert_non_null(buf);
	for (uint32_t e = 0; e < m->npeople; e++) {
		size_t n;
		struct rows_buf rb;
		const struct assessment *a = model_rows(m, e, &n, &rb);
		for (size_t i = 0; i < n; i++)
			len += (size_t)snprintf(buf + len, cap - len, "%s %s %u %d %u '%s' @%u\n", person_id(m, e),
						m->skills[a[i].skill].id, a[i].level, a[i].date, a[i].source,
						model_assessor(m, a[i].assessor), a[i].line);
	}
	snprintf(buf + len, cap - len, "%s", diags(f));
	return buf;
}

static void test_two_pieces_read_like_one(void **state)
{
	struct fx *f = *state;
	put_base(f);
	/* rows in date order, people interleaved, with bad rows, rows about
	 * people who left, long assessor names, rows dated after today */
	size_t cap = 1 << 20, len = 0;
	char *csv = malloc(cap);
	assert_non_null(csv);
	len += (size_t)snprintf(csv, cap, HEADER);
	uint32_t x = 12345;
	for (int i = 0; i < 3000; i++) {
		x = x * 1103515245u + 12345u;
		unsigned k = (x >> 8) % 100;
		const char *who = k < 40 ? "E2" : k < 70 ? "Excel Quiz" : k < 75 ? "" :
				  k < 78 ? "A provider whose name runs on for far longer than any employee id ever could" : "E3";
		const char *emp = k % 7 == 0 ? "E9" : k % 3 == 0 ? "E1" : k % 3 == 1 ? "E2" : "E3";
		const char *skill = k % 5 == 0 ? "sequel" : k % 5 == 1 ? "python" : k % 11 == 0 ? "cobol" : "excel";
		const char *src = k % 13 == 0 ? "selfie" : k % 4 == 0 ? "manager" : "peer";
		unsigned level = k % 17 == 0 ? 9 : k % 5;
		int day = 1 + i % 28, month = 1 + (i / 28) % 12, year = 2020 + i / 336;
		len += (size_t)snprintf(csv + len, cap - len, "%s,%s,%u,%04d-%02d-%02d,%s,%s,\n", emp, skill, level, year, month,
					day, src, who);
		if (i % 500 == 7)
			len += (size_t)snprintf(csv + len, cap - len, "E1,sql,2,2026-03-01,self,\"quoted\nname\",x\n\n");
	}
	put(f, "assessments.csv", csv);
	free(csv);
	f->o.parts = PART_SKILLS | PART_ROLES | PART_PEOPLE | PART_ASSESSMENTS;
	f->o.required = PART_PEOPLE | PART_ASSESSMENTS;
	f->o.load.warn_future = true;
	f->o.load.today = date_of("2026-06-30");
	f->o.load.threads = 1;
	load(f);
	char *one = everything(f);
	repo_free(f->r);
	f->r = NULL;
	diag_free(&f->d);
	diag_init(&f->d, 0);
	f->o.load.threads = 2;
	f->o.load.split_min = 1;
	load(f);
	char *two = everything(f);
	assert_true(strlen(one) > 10000);
	assert_string_equal(one, two);
	free(one);
	free(two);
}

/* A log of `people` people P000.. and `rows` rows, row i about
 * employee(i), a sql or python level from a peer, spread over a year. */
static void put_crowd(struct fx *f, int people, int rows, int (*employee)(int i))
{
	put_base(f);
	size_t cap = (size_t)(rows + people) * 48 + 64, len = 0;
	char *text = malloc(cap);
	assert_non_null(text);
	len = (size_t)snprintf(text, cap, "id,name,role\n");
	for (int i = 0; i < people; i++)
		len += (size_t)snprintf(text + len, cap - len, "P%03d,N,analyst-1\n", i);
	put(f, "people.csv", text);
	len = (size_t)snprintf(text, cap, HEADER);
	for (int i = 0; i < rows; i++)
		len += (size_t)snprintf(text + len, cap - len, "P%03d,%s,%d,2026-%02d-%02d,peer,P%03d,\n", employee(i),
					i % 3 ? "sql" : "python", i % 6, 1 + i % 12, 1 + i % 28, (i * 7) % people);
	put(f, "assessments.csv", text);
	free(text);
	f->o.parts = PART_SKILLS | PART_ROLES | PART_PEOPLE | PART_ASSESSMENTS;
	f->o.required = PART_PEOPLE | PART_ASSESSMENTS;
}

/* Loads the repo n times, vary(o, k) setting the k-th load's options, and
 * checks that every load gives the model the first gives (of more than
 * min_len bytes printed). */
static void assert_loads_agree(struct fx *f, int n, void (*vary)(struct load_opts *o, int k), size_t min_len)
{
	char *got[8];
	assert_true(n <= 8);
	for (int k = 0; k < n; k++) {
		f->o.load.threads = k % 2 ? 2 : 1;
		f->o.load.split_min = 1;
		vary(&f->o.load, k);
		load(f);
		got[k] = everything(f);
		repo_free(f->r);
		f->r = NULL;
		diag_free(&f->d);
		diag_init(&f->d, 0);
	}
	assert_true(strlen(got[0]) > min_len);
	for (int k = 1; k < n; k++)
		assert_string_equal(got[0], got[k]);
	for (int k = 0; k < n; k++)
		free(got[k]);
}

enum { CROWD = 600, CROWD_ROWS = 6000 };

static int scattered(int i)
{
	return (i * 37) % CROWD;
}

/* one or two threads, with a bucket of the most people (256 buckets), of
 * one (601 buckets) and of two (301) */
static void bucket_sizes(struct load_opts *o, int k)
{
	static const uint32_t per_bucket[3] = {0, 1, 2};
	o->bucket_people = per_bucket[k / 2];
}

/* More people than 256 buckets of the most a bucket may hold (16 million
 * and more, here 600 at one or two a bucket) group as in 256 buckets. */
static void test_many_buckets_group_as_few(void **state)
{
	struct fx *f = *state;
	put_crowd(f, CROWD, CROWD_ROWS, scattered);
	assert_loads_agree(f, 6, bucket_sizes, (size_t)CROWD_ROWS * 20);
}

enum { POOLED = 300, MANY = 60000 };

/* everyone four rows, then P007 more than a chunk holds */
static int one_has_many(int i)
{
	return i < POOLED * 4 ? i % POOLED : 7;
}

/* one or two threads, in chunks of their own and cut from pools */
static void pooled_or_not(struct load_opts *o, int k)
{
	o->pool_min = k < 2 ? 0 : 1; /* the log is 2 MB: pooled only when told */
}

/* Rows waiting to be grouped in chunks cut from huge pools (a large log)
 * group as in chunks of their own: 300 people, a bucket each two, so the
 * chunks of a part take three pools; one person with more rows than a
 * chunk holds; read in one piece and in two. */
static void test_rows_pooled_group_as_alone(void **state)
{
	struct fx *f = *state;
	put_crowd(f, POOLED, POOLED * 4 + MANY, one_has_many);
	assert_loads_agree(f, 4, pooled_or_not, (size_t)MANY * 20);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_rows_grouped_and_sorted),
		T(test_empty_assessor_is_zero_and_assessors_interned),
		T(test_two_pieces_read_like_one),
		T(test_rows_pooled_group_as_alone),
		T(test_many_buckets_group_as_few),
		T(test_empty_file_of_rows),
		T(test_missing_optional_log_is_empty),
		T(test_configured_sources),
		T(test_level_zero_and_top),
		T(test_extremes_kept_while_rows_wait),
		T(test_columns_remapped),
		T(test_bom_and_crlf),
		T(test_gone_employees_and_skills_one_warning),
		T(test_one_gone_row),
		T(test_unterminated_last_line_used_when_valid),
		T(test_unterminated_last_line_ignored_when_incomplete),
		T(test_unterminated_last_line_ignored_when_invalid),
		T(test_future_rows_warned_when_asked),
		T(test_future_rows_silent_otherwise),
		T(test_bad_values),
		T(test_every_problem_of_a_row),
		T(test_missing_column),
		T(test_semicolon_file),
		T(test_not_utf8),
		T(test_max_errors_limits_each_file),
		T(test_max_errors_from_options),
		T(test_missing_file_when_required),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
