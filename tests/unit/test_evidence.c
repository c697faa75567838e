/* The evidence log folded into effective levels (SPEC 2.1): aliases, pairs
 * of (source, assessor), sources combined by mean or max and weighted, the
 * window D - evidence_max_age_days < date <= D and the status of each row.
 * Every expected value is worked out by hand in the comment beside it. */
#include <dirent.h>
#include <limits.h>
#include <math.h>
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
#include "evidence.h"
#include "num.h"
#include "repo.h"

/* ---- a temporary data repo ---------------------------------------------- */

/* A hand-computed number: equal up to 1e-12 (the values here are < 1000). */
#define assert_num(got, want)                                                                         \
	do {                                                                                          \
		double got_ = (got), want_ = (want);                                                  \
		if (!(fabs(got_ - want_) <= 1e-12))                                                   \
			print_error("%s is %.17g, expected %.17g\n", #got, got_, want_);              \
		assert_true(fabs(got_ - want_) <= 1e-12);                                             \
	} while (0)

/* ---- the evidence log --------------------------------------------------- */

#define HEADER "employee,skill,level,date,source,assessor,note\n"
#define AS_OF "2026-06-30"

/* Default sources, by index: self 0, peer 1, manager 2, course 3, test 4,
 * demonstration 5, certification 6. */
enum { SELF, PEER, MANAGER, COURSE, TEST, DEMONSTRATION, CERTIFICATION };

/* Skills in index (byte) order: excel 0, python 1, sql 2. */
static void put_base(struct fx *f)
{
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c, 4: d, 5: e}\n"
			      "skills:\n"
			      "  - {id: sql, aliases: [sequel, structured-query-language]}\n"
			      "  - {id: python}\n"
			      "  - {id: excel}\n");
	put(f, "roles/analyst-1.yaml", "id: analyst-1\nfamily: data\nlevel: 1\nskills: {sql: 2}\n");
	put(f, "people.csv", "id,name,role\nE1,Ann,analyst-1\nE2,Bob,analyst-1\nE3,Cid,analyst-1\nE4,Dee,analyst-1\n");
}

/* A repo with the log `csv` (after HEADER) and rungs.yaml `cfg` (or none). */
static void load_log(struct fx *f, const char *cfg, const char *csv)
{
	put_base(f);
	if (cfg)
		put(f, "rungs.yaml", cfg);
	char *text = malloc(strlen(HEADER) + strlen(csv) + 1);
	assert_non_null(text);
	strcpy(text, HEADER);
	strcat(text, csv);
	put(f, "assessments.csv", text);
	free(text);
	f->o.parts = PART_SKILLS | PART_ROLES | PART_PEOPLE | PART_ASSESSMENTS;
	f->o.required = PART_PEOPLE | PART_ASSESSMENTS;
	load_clean(f);
}

/* evidence_fold for (employee, skill) as of a date. */
static struct evidence fold(struct fx *f, const char *emp, const char *sk, const char *as_of, enum row_status *status,
			    double *source_value)
{
	return evidence_fold(f->m, person_of(f->m, emp), skill_of(f->m, sk), date_of(as_of), status, source_value);
}

static double level(struct fx *f, const char *emp, const char *sk, const char *as_of)
{
	return fold(f, emp, sk, as_of, NULL, NULL).level;
}

/* The rows of (employee, skill), with their count checked. */
static size_t nrows(struct fx *f, const char *emp, const char *sk)
{
	size_t n;
	struct rows_buf buf;
	evidence_rows(f->m, person_of(f->m, emp), skill_of(f->m, sk), &n, &buf);
	return n;
}

/* ---- no evidence -------------------------------------------------------- */

static void test_no_rows_is_zero(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL, "E2,sql,4,2026-03-01,manager,E1,\n");
	double sv[SOURCES_MAX];
	struct evidence ev = fold(f, "E1", "sql", AS_OF, NULL, sv);
	assert_num(ev.level, 0); /* 2.1 step 4: no rows, 0 */
	assert_int_equal(ev.rows, 0);
	assert_int_equal(ev.sources, 0);
	assert_int_equal(ev.newest, DATE_NONE);
	assert_int_equal(ev.oldest, DATE_NONE);
	for (size_t i = 0; i < f->m->cfg.nsources; i++)
		assert_true(isnan(sv[i]));
	assert_int_equal(nrows(f, "E1", "sql"), 0);
}

/* ---- aliases ------------------------------------------------------------ */

static void test_alias_rows_count_for_the_skill(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL, "E1,sequel,4,2026-03-01,manager,E2,\n");
	assert_int_equal(nrows(f, "E1", "sql"), 1);
	assert_num(level(f, "E1", "sql", AS_OF), 4); /* the alias row is a row of sql: 4 */
	assert_num(level(f, "E1", "sequel", AS_OF), 4); /* and the alias names the same skill */
}

static void test_alias_and_id_rows_are_one_pair(void **state)
{
	struct fx *f = *state;
	/* (manager, E2) on one date, once by each alias and once by id */
	load_log(f, NULL,
		 "E1,structured-query-language,4,2026-03-01,manager,E2,\n"
		 "E1,sql,2,2026-03-01,manager,E2,\n"
		 "E1,sequel,3,2026-03-01,manager,E2,\n");
	struct evidence ev = fold(f, "E1", "sql", AS_OF, NULL, NULL);
	assert_num(ev.level, 3); /* one pair, one date: (4 + 2 + 3) / 3 = 3 */
	assert_int_equal(ev.rows, 3);
}

static void test_alias_row_supersedes_id_row(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL, "E1,sql,1,2026-01-10,self,,\nE1,sequel,5,2026-03-01,self,,\n");
	enum row_status st[2];
	assert_num(fold(f, "E1", "sql", AS_OF, st, NULL).level, 5); /* (self, '') latest is the alias row: 5 */
	assert_int_equal(st[0], ROW_SUPERSEDED);
	assert_int_equal(st[1], ROW_COUNTS);
}

/* ---- pairs and sources -------------------------------------------------- */

static void test_assessors_averaged_within_a_source(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL,
		 "E1,sql,2,2026-03-01,peer,E2,\n"
		 "E1,sql,4,2026-03-05,peer,E3,\n"
		 "E1,sql,3,2026-02-01,peer,,\n");
	double sv[SOURCES_MAX];
	struct evidence ev = fold(f, "E1", "sql", AS_OF, NULL, sv);
	assert_num(sv[PEER], 3);  /* three pairs (E2, E3, ''): (2 + 4 + 3) / 3 = 3 */
	assert_num(ev.level, 3); /* one source: its value */
	assert_true(isnan(sv[SELF]));
	assert_true(isnan(sv[MANAGER]));
	assert_int_equal(ev.sources, 1u << PEER);
	assert_int_equal(ev.rows, 3);
}

static void test_sources_weighted_by_default_weights(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL,
		 "E1,sql,2,2026-03-01,self,,\n"
		 "E1,sql,3,2026-03-01,manager,E2,\n"
		 "E1,sql,5,2026-03-01,test,SQL Quiz,\n");
	double sv[SOURCES_MAX];
	struct evidence ev = fold(f, "E1", "sql", AS_OF, NULL, sv);
	assert_num(sv[SELF], 2);
	assert_num(sv[MANAGER], 3);
	assert_num(sv[TEST], 5);
	/* weights self 1, manager 2, test 3: (1*2 + 2*3 + 3*5) / (1 + 2 + 3) = 23/6 */
	assert_num(ev.level, 23.0 / 6);
	assert_int_equal(ev.sources, (1u << SELF) | (1u << MANAGER) | (1u << TEST));
}

static void test_several_sources_and_assessors(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL,
		 "E1,sql,1,2026-02-01,self,,\n"
		 "E1,sql,2,2026-02-02,peer,E2,\n"
		 "E1,sql,4,2026-02-03,peer,E3,\n"
		 "E1,sql,3,2026-02-04,manager,E2,\n"
		 "E1,sql,4,2026-02-05,manager,E4,\n");
	double sv[SOURCES_MAX];
	struct evidence ev = fold(f, "E1", "sql", AS_OF, NULL, sv);
	assert_num(sv[SELF], 1);
	assert_num(sv[PEER], 3);    /* (2 + 4) / 2 */
	assert_num(sv[MANAGER], 3.5); /* (3 + 4) / 2 */
	/* (1*1 + 1*3 + 2*3.5) / (1 + 1 + 2) = 11/4 = 2.75 */
	assert_num(ev.level, 2.75);
	assert_int_equal(ev.rows, 5);
}

static void test_one_assessor_in_two_sources_is_two_pairs(void **state)
{
	struct fx *f = *state;
	/* E2 as peer and as manager: two pairs, neither supersedes the other */
	load_log(f, NULL, "E1,sql,2,2026-02-01,peer,E2,\nE1,sql,5,2026-03-01,manager,E2,\n");
	enum row_status st[2];
	/* (1*2 + 2*5) / (1 + 2) = 12/3 = 4 */
	assert_num(fold(f, "E1", "sql", AS_OF, st, NULL).level, 4);
	assert_int_equal(st[0], ROW_COUNTS);
	assert_int_equal(st[1], ROW_COUNTS);
}

static void test_same_date_rows_of_a_pair_averaged(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL,
		 "E1,sql,2,2026-03-01,manager,E2,\n"
		 "E1,sql,5,2026-03-01,manager,E2,\n"
		 "E1,sql,4,2026-03-01,manager,E3,\n");
	enum row_status st[3];
	double sv[SOURCES_MAX];
	struct evidence ev = fold(f, "E1", "sql", AS_OF, st, sv);
	/* pair (manager, E2): (2 + 5) / 2 = 3.5; pair (manager, E3): 4; manager: (3.5 + 4) / 2 = 3.75 */
	assert_num(sv[MANAGER], 3.75);
	assert_num(ev.level, 3.75);
	assert_int_equal(st[0], ROW_COUNTS);
	assert_int_equal(st[1], ROW_COUNTS);
	assert_int_equal(st[2], ROW_COUNTS);
	assert_int_equal(ev.rows, 3);
}

static void test_later_row_supersedes_earlier_of_its_pair(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL, "E1,sql,5,2026-01-10,manager,E2,\nE1,sql,2,2026-03-01,manager,E2,\n");
	enum row_status st[2];
	struct evidence ev = fold(f, "E1", "sql", AS_OF, st, NULL);
	assert_num(ev.level, 2); /* the latest row of (manager, E2): 2, not (5 + 2) / 2 */
	assert_int_equal(st[0], ROW_SUPERSEDED);
	assert_int_equal(st[1], ROW_COUNTS);
	assert_int_equal(ev.rows, 1);
	assert_int_equal(ev.oldest, date_of("2026-03-01"));
	assert_int_equal(ev.newest, date_of("2026-03-01"));
}

static void test_later_rows_of_one_date_supersede_together(void **state)
{
	struct fx *f = *state;
	/* an empty assessor is one assessor: its latest date holds two rows */
	load_log(f, NULL,
		 "E1,sql,1,2026-01-01,self,,\n"
		 "E1,sql,3,2026-02-01,self,,\n"
		 "E1,sql,5,2026-02-01,self,,\n");
	enum row_status st[3];
	assert_num(fold(f, "E1", "sql", AS_OF, st, NULL).level, 4); /* (3 + 5) / 2 */
	assert_int_equal(st[0], ROW_SUPERSEDED);
	assert_int_equal(st[1], ROW_COUNTS);
	assert_int_equal(st[2], ROW_COUNTS);
}

static void test_later_row_of_another_assessor_does_not_supersede(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL, "E1,sql,5,2026-01-10,manager,E2,\nE1,sql,2,2026-03-01,manager,E3,\n");
	enum row_status st[2];
	assert_num(fold(f, "E1", "sql", AS_OF, st, NULL).level, 3.5); /* (5 + 2) / 2 */
	assert_int_equal(st[0], ROW_COUNTS);
	assert_int_equal(st[1], ROW_COUNTS);
}

static void test_level_zero_rows_are_evidence(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL, "E1,sql,4,2026-03-01,self,,\nE1,sql,0,2026-03-01,manager,E2,\n");
	struct evidence ev = fold(f, "E1", "sql", AS_OF, NULL, NULL);
	assert_num(ev.level, 4.0 / 3); /* (1*4 + 2*0) / (1 + 2) */
	assert_int_equal(ev.rows, 2);
}

static void test_zero_supersedes_a_higher_level(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL, "E1,sql,4,2026-01-01,manager,E2,\nE1,sql,0,2026-03-01,manager,E2,\n");
	struct evidence ev = fold(f, "E1", "sql", AS_OF, NULL, NULL);
	assert_num(ev.level, 0); /* the latest says 0 */
	assert_int_equal(ev.rows, 1);
	assert_int_equal(ev.sources, 1u << MANAGER);
}

/* ---- combine: max ------------------------------------------------------- */

static void test_course_combines_by_max(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL,
		 "E1,sql,2,2026-01-01,course,sql-101,\n"
		 "E1,sql,4,2026-02-01,course,sql-201,\n"
		 "E1,sql,3,2026-03-01,manager,E2,\n");
	double sv[SOURCES_MAX];
	struct evidence ev = fold(f, "E1", "sql", AS_OF, NULL, sv);
	assert_num(sv[COURSE], 4); /* max(2, 4), not the mean 3 */
	/* course 2, manager 2: (2*4 + 2*3) / 4 = 3.5 */
	assert_num(ev.level, 3.5);
}

static void test_certification_combines_by_max(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL,
		 "E1,sql,5,2026-01-01,certification,Oracle,\n"
		 "E1,sql,3,2026-02-01,certification,Microsoft,\n"
		 "E1,sql,1,2026-03-01,peer,E2,\n");
	double sv[SOURCES_MAX];
	struct evidence ev = fold(f, "E1", "sql", AS_OF, NULL, sv);
	assert_num(sv[CERTIFICATION], 5); /* max(5, 3) */
	/* certification 3, peer 1: (3*5 + 1*1) / 4 = 4 */
	assert_num(ev.level, 4);
}

static void test_max_is_over_pair_values(void **state)
{
	struct fx *f = *state;
	/* pair (course, sql-101) has two rows on its latest date and one
	 * superseded row: its value is their mean, and the max is over pairs */
	load_log(f, NULL,
		 "E1,sql,5,2026-01-01,course,sql-101,\n"
		 "E1,sql,2,2026-02-01,course,sql-101,\n"
		 "E1,sql,4,2026-02-01,course,sql-101,\n"
		 "E1,sql,2,2026-02-15,course,sql-102,\n");
	enum row_status st[4];
	double sv[SOURCES_MAX];
	struct evidence ev = fold(f, "E1", "sql", AS_OF, st, sv);
	/* sql-101: (2 + 4) / 2 = 3 (the 5 is superseded); sql-102: 2; max(3, 2) = 3 */
	assert_num(sv[COURSE], 3);
	assert_num(ev.level, 3);
	assert_int_equal(st[0], ROW_SUPERSEDED);
	assert_int_equal(st[1], ROW_COUNTS);
	assert_int_equal(st[2], ROW_COUNTS);
	assert_int_equal(st[3], ROW_COUNTS);
}

static void test_max_source_lower_than_another_pair(void **state)
{
	struct fx *f = *state;
	/* max is not "the latest": an older completion at a higher level holds */
	load_log(f, NULL, "E1,sql,4,2026-01-01,course,sql-201,\nE1,sql,1,2026-05-01,course,sql-101,\n");
	assert_num(level(f, "E1", "sql", AS_OF), 4); /* max(4, 1) */
}

/* ---- a sources table from rungs.yaml ------------------------------------ */

static void test_custom_sources_table(void **state)
{
	struct fx *f = *state;
	load_log(f, "sources:\n  hr: 1\n  lead: {weight: 3, combine: max}\n  panel: {weight: 2, combine: mean}\n",
		 "E1,sql,1,2026-02-01,hr,,\n"
		 "E1,sql,2,2026-02-01,lead,E2,\n"
		 "E1,sql,4,2026-02-01,lead,E3,\n"
		 "E1,sql,2,2026-02-01,panel,E2,\n"
		 "E1,sql,5,2026-02-01,panel,E3,\n");
	assert_int_equal(f->m->cfg.nsources, 3);
	int hr = config_source(&f->m->cfg, "hr", 2), lead = config_source(&f->m->cfg, "lead", 4),
	    panel = config_source(&f->m->cfg, "panel", 5);
	assert_true(hr >= 0 && lead >= 0 && panel >= 0);
	double sv[SOURCES_MAX];
	struct evidence ev = fold(f, "E1", "sql", AS_OF, NULL, sv);
	assert_num(sv[hr], 1);
	assert_num(sv[lead], 4);    /* combine: max of 2, 4 */
	assert_num(sv[panel], 3.5); /* combine: mean of 2, 5 */
	/* (1*1 + 3*4 + 2*3.5) / (1 + 3 + 2) = 20/6 */
	assert_num(ev.level, 20.0 / 6);
}

static void test_custom_table_replaces_the_defaults(void **state)
{
	struct fx *f = *state;
	/* `course: 2` is a plain weight: its pairs are averaged now */
	load_log(f, "sources: {course: 2, self: 1}\n",
		 "E1,sql,2,2026-02-01,course,sql-101,\n"
		 "E1,sql,4,2026-02-01,course,sql-201,\n"
		 "E1,sql,0,2026-02-01,self,,\n");
	assert_int_equal(f->m->cfg.nsources, 2);
	assert_int_equal(config_source(&f->m->cfg, "certification", 13), -1);
	int course = config_source(&f->m->cfg, "course", 6);
	assert_true(course >= 0);
	double sv[SOURCES_MAX];
	struct evidence ev = fold(f, "E1", "sql", AS_OF, NULL, sv);
	assert_num(sv[course], 3); /* mean (2 + 4) / 2, no longer max */
	/* (2*3 + 1*0) / (2 + 1) = 2 */
	assert_num(ev.level, 2);
}

static void test_custom_weights_change_the_mean(void **state)
{
	struct fx *f = *state;
	load_log(f, "sources: {self: 3, manager: 1}\n", "E1,sql,1,2026-02-01,self,,\nE1,sql,5,2026-02-01,manager,E2,\n");
	assert_num(level(f, "E1", "sql", AS_OF), 2); /* (3*1 + 1*5) / (3 + 1) = 8/4 */
}

/* ---- the window: D - evidence_max_age_days < date <= D ------------------ */

static void test_window_arithmetic_of_the_tests(void **state)
{
	(void)state;
	/* the dates below: 2026-06-30 - 730 days = 2024-06-30 (2024-07-01 to
	 * 2026-06-30 holds 365 + 365 days, no 29 February between) */
	assert_int_equal(date_of(AS_OF) - 730, date_of("2024-06-30"));
	assert_int_equal(date_of(AS_OF) - 729, date_of("2024-07-01"));
	assert_int_equal(date_of(AS_OF) + 1, date_of("2026-07-01"));
}

static void test_row_at_as_of_minus_max_age_is_too_old(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL, "E1,sql,4,2024-06-30,manager,E2,\n");
	enum row_status st[1];
	struct evidence ev = fold(f, "E1", "sql", AS_OF, st, NULL);
	assert_num(ev.level, 0); /* date = D - 730: not > D - 730 */
	assert_int_equal(st[0], ROW_TOO_OLD);
	assert_int_equal(ev.rows, 0);
	assert_int_equal(ev.sources, 0);
	assert_int_equal(ev.newest, DATE_NONE);
}

static void test_row_a_day_inside_the_window_counts(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL, "E1,sql,4,2024-07-01,manager,E2,\n");
	enum row_status st[1];
	struct evidence ev = fold(f, "E1", "sql", AS_OF, st, NULL);
	assert_num(ev.level, 4); /* date = D - 729 > D - 730 */
	assert_int_equal(st[0], ROW_COUNTS);
	assert_int_equal(ev.oldest, date_of("2024-07-01"));
}

static void test_row_on_as_of_counts(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL, "E1,sql,3,2026-06-30,manager,E2,\n");
	enum row_status st[1];
	struct evidence ev = fold(f, "E1", "sql", AS_OF, st, NULL);
	assert_num(ev.level, 3); /* date = D <= D */
	assert_int_equal(st[0], ROW_COUNTS);
	assert_int_equal(ev.newest, date_of(AS_OF));
}

static void test_row_after_as_of_is_future(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL, "E1,sql,3,2026-07-01,manager,E2,\n");
	enum row_status st[1];
	struct evidence ev = fold(f, "E1", "sql", AS_OF, st, NULL);
	assert_num(ev.level, 0); /* date = D + 1 > D: not yet in effect */
	assert_int_equal(st[0], ROW_FUTURE);
	assert_int_equal(ev.rows, 0);
	/* a day later it is */
	assert_num(level(f, "E1", "sql", "2026-07-01"), 3);
}

static void test_row_statuses_of_every_kind(void **state)
{
	struct fx *f = *state;
	/* one pair (manager, E2) with a row at each place */
	load_log(f, NULL,
		 "E1,sql,5,2024-06-30,manager,E2,\n"  /* D - 730: too old */
		 "E1,sql,1,2024-07-01,manager,E2,\n"  /* D - 729: in the window, superseded */
		 "E1,sql,3,2026-06-30,manager,E2,\n"  /* D: the latest in the window */
		 "E1,sql,4,2026-07-01,manager,E2,\n"); /* D + 1: future */
	enum row_status st[4];
	struct evidence ev = fold(f, "E1", "sql", AS_OF, st, NULL);
	assert_int_equal(st[0], ROW_TOO_OLD);
	assert_int_equal(st[1], ROW_SUPERSEDED);
	assert_int_equal(st[2], ROW_COUNTS);
	assert_int_equal(st[3], ROW_FUTURE);
	assert_num(ev.level, 3); /* the future row does not supersede; the old one does not count */
	assert_int_equal(ev.rows, 1);
	assert_int_equal(ev.newest, date_of(AS_OF));
	assert_int_equal(ev.oldest, date_of(AS_OF));
}

static void test_too_old_row_does_not_hold_a_source(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL, "E1,sql,5,2024-06-30,self,,\nE1,sql,2,2025-01-01,manager,E2,\n");
	double sv[SOURCES_MAX];
	struct evidence ev = fold(f, "E1", "sql", AS_OF, NULL, sv);
	assert_true(isnan(sv[SELF])); /* its only row is too old */
	assert_num(ev.level, 2);      /* manager alone, not (1*5 + 2*2) / 3 */
	assert_int_equal(ev.sources, 1u << MANAGER);
}

static void test_earlier_as_of_sees_the_earlier_row(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL, "E1,sql,2,2026-03-01,manager,E2,\nE1,sql,5,2026-05-01,manager,E2,\n");
	enum row_status st[2];
	/* as of 2026-04-30 the 2026-05-01 row is future: it supersedes nothing yet */
	assert_num(fold(f, "E1", "sql", "2026-04-30", st, NULL).level, 2);
	assert_int_equal(st[0], ROW_COUNTS);
	assert_int_equal(st[1], ROW_FUTURE);
	/* as of its own date it does */
	assert_num(fold(f, "E1", "sql", "2026-05-01", st, NULL).level, 5);
	assert_int_equal(st[0], ROW_SUPERSEDED);
	assert_int_equal(st[1], ROW_COUNTS);
}

static void test_configured_max_age(void **state)
{
	struct fx *f = *state;
	/* D - 10 = 2026-06-20: too old; 2026-06-21 counts */
	load_log(f, "evidence_max_age_days: 10\n",
		 "E1,sql,5,2026-06-20,manager,E2,\n"
		 "E1,sql,1,2026-06-21,manager,E3,\n");
	enum row_status st[2];
	struct evidence ev = fold(f, "E1", "sql", AS_OF, st, NULL);
	assert_int_equal(st[0], ROW_TOO_OLD);
	assert_int_equal(st[1], ROW_COUNTS);
	assert_num(ev.level, 1); /* E3's row alone */
}

/* ---- what stands behind a level ----------------------------------------- */

static void test_newest_oldest_sources_and_rows(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL,
		 "E1,sql,1,2025-12-01,manager,E2,\n"
		 "E1,sql,3,2026-01-05,self,,\n"
		 "E1,sql,5,2026-02-01,test,SQL Quiz,\n"
		 "E1,sql,4,2026-03-01,manager,E2,\n");
	struct evidence ev = fold(f, "E1", "sql", AS_OF, NULL, NULL);
	assert_int_equal(ev.rows, 3);                  /* the 2025-12-01 row is superseded */
	assert_int_equal(ev.oldest, date_of("2026-01-05")); /* of the rows that count */
	assert_int_equal(ev.newest, date_of("2026-03-01"));
	assert_int_equal(ev.sources, (1u << SELF) | (1u << TEST) | (1u << MANAGER));
	/* (1*3 + 3*5 + 2*4) / (1 + 3 + 2) = 26/6 */
	assert_num(ev.level, 26.0 / 6);
}

static void test_evidence_all_matches_fold(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL,
		 "E1,sql,2,2026-01-01,self,,\n"
		 "E1,sql,4,2026-02-01,manager,E2,\n"
		 "E1,python,3,2026-02-01,test,Py Quiz,\n"
		 "E1,python,1,2024-06-30,self,,\n"
		 "E2,excel,5,2026-02-01,manager,E1,\n");
	const struct model *m = f->m;
	double levels[3];
	struct evidence info[3];
	const struct evidence untouched = {-1, 7, 7, 7, 7};
	for (int i = 0; i < 3; i++)
		info[i] = untouched;
	evidence_all(m, person_of(m, "E1"), date_of(AS_OF), levels, info);
	uint32_t excel = skill_of(m, "excel"), python = skill_of(m, "python"), sql = skill_of(m, "sql");
	assert_num(levels[sql], 10.0 / 3); /* (1*2 + 2*4) / 3 */
	assert_num(levels[python], 3);     /* the self row is too old */
	assert_num(levels[excel], 0);      /* E2's excel row is not E1's */
	/* info is written for the skills with rows only: the caller clears
	 * the entries it reads */
	assert_int_equal(info[excel].rows, 7);
	assert_int_equal(info[excel].newest, 7);
	info[excel] = (struct evidence){0, DATE_NONE, DATE_NONE, 0, 0};
	assert_int_equal(info[python].rows, 1);
	assert_int_equal(info[sql].rows, 2);
	for (uint32_t s = 0; s < m->nskills; s++) {
		struct evidence ev = evidence_fold(m, person_of(m, "E1"), s, date_of(AS_OF), NULL, NULL);
		assert_num(levels[s], ev.level);
		assert_int_equal(info[s].rows, ev.rows);
		assert_int_equal(info[s].sources, ev.sources);
		assert_int_equal(info[s].newest, ev.newest);
		assert_int_equal(info[s].oldest, ev.oldest);
	}
	/* without info, and for a person without rows */
	evidence_all(m, person_of(m, "E3"), date_of(AS_OF), levels, NULL);
	for (uint32_t s = 0; s < m->nskills; s++)
		assert_num(levels[s], 0);
}

/* evidence_each sets the levels of the skills with rows, bit for bit
 * evidence_fold's, and touches no other entry. A lone row in the window
 * weighs w * v / w, which is not v: 0.1 * 3 / 0.1 is 3.0000000000000004. */
static void test_evidence_each_sets_only_skills_with_rows(void **state)
{
	struct fx *f = *state;
	load_log(f, "sources: {lab: 0.1, panel: 0.7}\n",
		 "E1,sql,5,2023-01-01,lab,,\n" /* too old */
		 "E1,sql,3,2026-02-01,lab,,\n"
		 "E1,sql,1,2026-07-15,panel,E2,\n" /* after as_of */
		 "E1,python,3,2026-02-01,panel,E2,\n"
		 "E1,python,4,2026-03-01,panel,E3,\n");
	const struct model *m = f->m;
	uint32_t e = person_of(m, "E1"), excel = skill_of(m, "excel"), python = skill_of(m, "python"),
		 sql = skill_of(m, "sql");
	double levels[3] = {-1, -1, -1};
	uint32_t skills[3];
	assert_int_equal(evidence_each(m, e, date_of(AS_OF), levels, NULL, skills), 2);
	assert_int_equal(skills[0], python); /* in skill order */
	assert_int_equal(skills[1], sql);
	assert_num(levels[excel], -1);
	for (int i = 0; i < 2; i++) {
		double want = evidence_fold(m, e, skills[i], date_of(AS_OF), NULL, NULL).level;
		assert_memory_equal(&levels[skills[i]], &want, sizeof want);
	}
	double lone = 0.1 * 3.0 / 0.1;
	assert_true(lone != 3.0);
	assert_memory_equal(&levels[sql], &lone, sizeof lone);
	assert_num(levels[python], 3.5); /* two assessors of one source: the mean */
}

/* Two rows in the window take a shorter way than the pair table: it must
 * give bit for bit what the general steps (evidence_fold, which keeps
 * statistics and so never takes it) give, for every way two rows can
 * relate. The weights make each order of operations round differently. */
static void test_two_rows_fold_as_the_general_steps(void **state)
{
	struct fx *f = *state;
	static const char *const cases[] = {
		"E1,sql,1,2026-02-01,lab,E2,\nE1,sql,2,2026-02-01,lab,E2,\n",     /* one pair, one date: the mean */
		"E1,sql,4,2026-02-01,lab,E2,\nE1,sql,1,2026-03-01,lab,E2,\n",     /* one pair: the later row */
		"E1,sql,3,2026-02-01,lab,E2,\nE1,sql,5,2026-03-01,lab,E3,\n",     /* two pairs of a mean source */
		"E1,sql,3,2026-02-01,panel,E2,\nE1,sql,1,2026-03-01,panel,E3,\n", /* of a max source */
		"E1,sql,1,2026-02-01,panel,E2,\nE1,sql,3,2026-03-01,panel,E3,\n",
		"E1,sql,3,2026-02-01,lab,E2,\nE1,sql,2,2026-03-01,peer,E3,\n",    /* two sources, in source order */
		"E1,sql,3,2026-02-01,peer,E2,\nE1,sql,2,2026-03-01,lab,E3,\n",    /* and against it */
		"E1,sql,2,2026-02-01,panel,,\nE1,sql,5,2026-02-01,peer,,\n",
		/* a row too old and one after the date around the two */
		"E1,sql,5,2023-01-01,lab,E2,\nE1,sql,3,2026-02-01,lab,E2,\nE1,sql,4,2026-02-01,peer,E2,\nE1,sql,1,2026-08-01,lab,E2,\n",
	};
	for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
		load_log(f, "sources:\n  lab: 0.1\n  peer: 0.3\n  panel: {weight: 0.7, combine: max}\n", cases[c]);
		const struct model *m = f->m;
		uint32_t e = person_of(m, "E1"), sql = skill_of(m, "sql");
		double levels[3] = {0, 0, 0};
		assert_int_equal(evidence_each(m, e, date_of(AS_OF), levels, NULL, NULL), 1);
		struct evidence want = evidence_fold(m, e, sql, date_of(AS_OF), NULL, NULL);
		assert_int_equal(want.rows, c == 1 ? 1 : 2); /* the later row alone counts in case 1 */
		assert_memory_equal(&levels[sql], &want.level, sizeof want.level);
	}
}

/* Windows of three to FEW_ROWS rows take fold_few when no pair has two
 * rows of its latest date. Over logs drawn at random (a fixed seed) from
 * two mean sources and a max one, three assessors, few levels and few
 * dates (so that pairs repeat, supersede and share dates), every level of
 * evidence_each must be evidence_fold's bit for bit, past the shorter way
 * too (windows of up to twelve rows). */
static void test_few_rows_fold_as_the_general_steps(void **state)
{
	struct fx *f = *state;
	static const char *const emp[] = {"E1", "E2", "E3", "E4"}, *const sk[] = {"excel", "python", "sql"},
				 *const src[] = {"lab", "peer", "panel"}, *const who[] = {"E2", "E3", ""},
				 *const day[] = {"2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01"};
	uint64_t seed = 42;
	size_t windows = 0;
	for (int round = 0; round < 40; round++) {
		char csv[16384];
		size_t len = 0;
		for (int e = 0; e < 4; e++)
			for (int k = 0; k < 3; k++) {
				seed = seed * 6364136223846793005u + 1442695040888963407u;
				int n = 3 + (int)(seed >> 33) % 10;
				for (int i = 0; i < n; i++) {
					seed = seed * 6364136223846793005u + 1442695040888963407u;
					unsigned r = (unsigned)(seed >> 33);
					len += (size_t)snprintf(csv + len, sizeof csv - len, "%s,%s,%u,%s,%s,%s,\n", emp[e], sk[k],
								r % 6, day[r / 6 % 5], src[r / 30 % 3], who[r / 90 % 3]);
				}
			}
		assert_true(len < sizeof csv);
		load_log(f, "sources:\n  lab: 0.1\n  peer: 0.3\n  panel: {weight: 0.7, combine: max}\n", csv);
		const struct model *m = f->m;
		for (int e = 0; e < 4; e++) {
			double levels[3] = {0, 0, 0};
			uint32_t p = person_of(m, emp[e]);
			assert_int_equal(evidence_each(m, p, date_of(AS_OF), levels, NULL, NULL), 3);
			for (uint32_t s = 0; s < 3; s++, windows++) {
				struct evidence want = evidence_fold(m, p, s, date_of(AS_OF), NULL, NULL);
				assert_memory_equal(&levels[s], &want.level, sizeof want.level);
			}
		}
	}
	assert_int_equal(windows, 480);
}

/* A repo without a log leaves the model without rows (not an empty
 * array): a fold or an explanation then has nothing to walk, and must not
 * do arithmetic on the missing array (UBSan: NULL + 0; match's mentors
 * fold so, found by fuzz_repo). An empty log is folded alike. */
static void test_fold_without_any_rows(void **state)
{
	struct fx *f = *state;
	put_base(f);
	f->o.parts = PART_SKILLS | PART_ROLES | PART_PEOPLE | PART_ASSESSMENTS;
	f->o.required = PART_PEOPLE;
	load_clean(f);
	const struct model *m = f->m;
	assert_null(m->rows);
	enum row_status status[1];
	double sv[SOURCES_MAX];
	struct evidence ev = evidence_fold(m, person_of(m, "E1"), skill_of(m, "sql"), date_of(AS_OF), status, sv);
	assert_num(ev.level, 0);
	assert_int_equal(ev.rows, 0);
	assert_int_equal(ev.newest, DATE_NONE);
	struct evidence_pair pairs[EVIDENCE_PAIRS_MAX];
	size_t np = 1;
	ev = evidence_explain(m, person_of(m, "E1"), skill_of(m, "sql"), date_of(AS_OF), status, sv, pairs, &np);
	assert_int_equal(ev.rows, 0);
	assert_int_equal(np, 0);
}

static void test_unverified_means_only_self(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL,
		 "E1,sql,4,2026-01-01,self,,\n"
		 "E1,python,4,2026-01-01,self,,\n"
		 "E1,python,2,2026-01-01,peer,E2,\n"
		 "E2,sql,4,2024-06-30,self,,\n");
	const struct model *m = f->m;
	struct evidence ev = fold(f, "E1", "sql", AS_OF, NULL, NULL);
	assert_true(evidence_unverified(m, &ev)); /* self alone */
	ev = fold(f, "E1", "python", AS_OF, NULL, NULL);
	assert_false(evidence_unverified(m, &ev)); /* a peer too */
	ev = fold(f, "E1", "excel", AS_OF, NULL, NULL);
	assert_false(evidence_unverified(m, &ev)); /* nothing at all */
	ev = fold(f, "E2", "sql", AS_OF, NULL, NULL);
	assert_false(evidence_unverified(m, &ev)); /* its only self row is too old */
}

static void test_explain_lists_pairs(void **state)
{
	struct fx *f = *state;
	load_log(f, NULL,
		 "E1,sql,1,2024-06-30,peer,E3,\n"
		 "E1,sql,3,2026-01-05,self,,\n"
		 "E1,sql,4,2026-02-01,manager,E2,\n"
		 "E1,sql,2,2026-02-01,manager,E2,\n"
		 "E1,sql,5,2026-03-01,self,,\n");
	const struct model *m = f->m;
	struct evidence_pair pairs[EVIDENCE_PAIRS_MAX];
	size_t np = 99;
	enum row_status st[5];
	struct evidence ev = evidence_explain(m, person_of(m, "E1"), skill_of(m, "sql"), date_of(AS_OF), st, NULL, pairs, &np);
	assert_int_equal(np, 2); /* the too-old peer row makes no pair */
	/* in the order of their first row: (self, '') then (manager, E2) */
	assert_int_equal(pairs[0].source, SELF);
	assert_int_equal(pairs[0].assessor, 0);
	assert_int_equal(pairs[0].date, date_of("2026-03-01"));
	assert_num(pairs[0].value, 5);
	assert_int_equal(pairs[0].rows, 1);
	assert_int_equal(pairs[1].source, MANAGER);
	assert_string_equal(model_assessor(m, pairs[1].assessor), "E2");
	assert_int_equal(pairs[1].date, date_of("2026-02-01"));
	assert_num(pairs[1].value, 3); /* (4 + 2) / 2 */
	assert_int_equal(pairs[1].rows, 2);
	/* (1*5 + 2*3) / 3 = 11/3 */
	assert_num(ev.level, 11.0 / 3);
	assert_int_equal(st[0], ROW_TOO_OLD);
	assert_int_equal(st[1], ROW_SUPERSEDED);
	assert_int_equal(st[2], ROW_COUNTS);
	assert_int_equal(st[3], ROW_COUNTS);
	assert_int_equal(st[4], ROW_COUNTS);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_no_rows_is_zero),
		T(test_alias_rows_count_for_the_skill),
		T(test_alias_and_id_rows_are_one_pair),
		T(test_alias_row_supersedes_id_row),
		T(test_assessors_averaged_within_a_source),
		T(test_sources_weighted_by_default_weights),
		T(test_several_sources_and_assessors),
		T(test_one_assessor_in_two_sources_is_two_pairs),
		T(test_same_date_rows_of_a_pair_averaged),
		T(test_later_row_supersedes_earlier_of_its_pair),
		T(test_later_rows_of_one_date_supersede_together),
		T(test_later_row_of_another_assessor_does_not_supersede),
		T(test_level_zero_rows_are_evidence),
		T(test_zero_supersedes_a_higher_level),
		T(test_course_combines_by_max),
		T(test_certification_combines_by_max),
		T(test_max_is_over_pair_values),
		T(test_max_source_lower_than_another_pair),
		T(test_custom_sources_table),
		T(test_custom_table_replaces_the_defaults),
		T(test_custom_weights_change_the_mean),
		T(test_window_arithmetic_of_the_tests),
		T(test_row_at_as_of_minus_max_age_is_too_old),
		T(test_row_a_day_inside_the_window_counts),
		T(test_row_on_as_of_counts),
		T(test_row_after_as_of_is_future),
		T(test_row_statuses_of_every_kind),
		T(test_too_old_row_does_not_hold_a_source),
		T(test_earlier_as_of_sees_the_earlier_row),
		T(test_configured_max_age),
		T(test_newest_oldest_sources_and_rows),
		T(test_evidence_all_matches_fold),
		T(test_evidence_each_sets_only_skills_with_rows),
		T(test_two_rows_fold_as_the_general_steps),
		T(test_few_rows_fold_as_the_general_steps),
		T(test_fold_without_any_rows),
		T(test_unverified_means_only_self),
		T(test_explain_lists_pairs),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
