/* Quarterly reviews: the default window (the quarter before the one holding
 * the as-of date), quarters on the command line, milestone status at its
 * date boundaries, stale evidence at exactly stale_days, and the skills a
 * review looks at (current role and target). Every expected value worked
 * out by hand beside its assertion. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fixture.h"

#include "date.h"
#include "evidence.h"
#include "num.h"
#include "review.h"
#include "score.h"

#define D(s) date_of(s)

/* ---- the default window --------------------------------------------------- */

static void expect_window(const char *as_of, const char *from, const char *to)
{
	int32_t f, t;
	review_default_window(D(as_of), &f, &t);
	char fb[DATE_BUF], tb[DATE_BUF];
	date_format(f, fb);
	date_format(t, tb);
	if (strcmp(fb, from) || strcmp(tb, to))
		print_error("as of %s: window (%s, %s], expected (%s, %s]\n", as_of, fb, tb, from, to);
	assert_string_equal(fb, from);
	assert_string_equal(tb, to);
}

static void test_window_each_quarter(void **state)
{
	(void)state;
	/* as of a date in Q1 the window is the previous year's Q4 */
	expect_window("2026-02-15", "2025-09-30", "2025-12-31");
	expect_window("2026-05-10", "2025-12-31", "2026-03-31"); /* Q2 -> Q1 */
	expect_window("2026-08-20", "2026-03-31", "2026-06-30"); /* Q3 -> Q2 */
	expect_window("2026-11-22", "2026-06-30", "2026-09-30"); /* Q4 -> Q3 */
}

static void test_window_quarter_boundaries(void **state)
{
	(void)state;
	/* the first and last day of a quarter belong to it */
	expect_window("2026-01-01", "2025-09-30", "2025-12-31");
	expect_window("2026-03-31", "2025-09-30", "2025-12-31");
	expect_window("2026-04-01", "2025-12-31", "2026-03-31");
	expect_window("2026-06-30", "2025-12-31", "2026-03-31");
	expect_window("2026-07-01", "2026-03-31", "2026-06-30");
	expect_window("2026-09-30", "2026-03-31", "2026-06-30");
	expect_window("2026-10-01", "2026-06-30", "2026-09-30");
	expect_window("2026-12-31", "2026-06-30", "2026-09-30");
}

static void test_window_leap_years(void **state)
{
	(void)state;
	int32_t f, t;
	/* 2024-02-29 is in Q1 2024: the window is Q4 2023 (92 days) */
	expect_window("2024-02-29", "2023-09-30", "2023-12-31");
	review_default_window(D("2024-02-29"), &f, &t);
	assert_int_equal(t - f, 92);
	/* Q1 2024 holds 2024-02-29: 31 + 29 + 31 = 91 days */
	expect_window("2024-04-01", "2023-12-31", "2024-03-31");
	review_default_window(D("2024-04-01"), &f, &t);
	assert_int_equal(t - f, 91);
	/* Q1 2026 does not: 90 days */
	review_default_window(D("2026-05-10"), &f, &t);
	assert_int_equal(t - f, 90);
	/* 2028-Q1 (leap): as of any day in Q2 2028 the window is 91 days long */
	expect_window("2028-04-01", "2027-12-31", "2028-03-31");
	expect_window("2028-06-30", "2027-12-31", "2028-03-31");
	review_default_window(D("2028-05-15"), &f, &t);
	assert_int_equal(t - f, 91);
	/* as of a day in 2028-Q1, 2028-02-29 included, the window is Q4 2027 */
	expect_window("2028-02-29", "2027-09-30", "2027-12-31");
	expect_window("2028-03-01", "2027-09-30", "2027-12-31");
	/* 2000 is a leap year (divisible by 400), 2100 is not */
	expect_window("2000-05-01", "1999-12-31", "2000-03-31");
	review_default_window(D("2000-05-01"), &f, &t);
	assert_int_equal(t - f, 91);
	review_default_window(D("2100-05-01"), &f, &t);
	assert_int_equal(t - f, 90);
}

/* ---- quarters on the command line ----------------------------------------- */

static void expect_arg(const char *arg, int as_from, const char *want)
{
	int32_t d = 0;
	char b[DATE_BUF];
	assert_int_equal(date_parse_arg(arg, as_from, D("2026-11-22"), &d), 0);
	date_format(d, b);
	if (strcmp(b, want))
		print_error("%s as %s: %s, expected %s\n", arg, as_from ? "--from" : "--to", b, want);
	assert_string_equal(b, want);
}

static void test_quarter_as_from_is_the_day_before(void **state)
{
	(void)state;
	expect_arg("2026-Q1", 1, "2025-12-31");
	expect_arg("2026-Q2", 1, "2026-03-31");
	expect_arg("2026-Q3", 1, "2026-06-30");
	expect_arg("2026-Q4", 1, "2026-09-30");
}

static void test_quarter_as_to_is_its_last_day(void **state)
{
	(void)state;
	expect_arg("2026-Q1", 0, "2026-03-31");
	expect_arg("2026-Q2", 0, "2026-06-30");
	expect_arg("2026-Q3", 0, "2026-09-30");
	expect_arg("2026-Q4", 0, "2026-12-31");
}

static void test_quarter_window_is_the_default_window(void **state)
{
	(void)state;
	/* --from 2026-Q3 --to 2026-Q3 is the default window as of 2026-11-22 */
	int32_t f, t, qf, qt;
	review_default_window(D("2026-11-22"), &f, &t);
	assert_int_equal(date_parse_arg("2026-Q3", 1, 0, &qf), 0);
	assert_int_equal(date_parse_arg("2026-Q3", 0, 0, &qt), 0);
	assert_int_equal(qf, f);
	assert_int_equal(qt, t);
}

static void test_quarter_leap_years(void **state)
{
	(void)state;
	int32_t f, t;
	expect_arg("2024-Q1", 1, "2023-12-31");
	expect_arg("2024-Q1", 0, "2024-03-31");
	assert_int_equal(date_parse_arg("2024-Q1", 1, 0, &f), 0);
	assert_int_equal(date_parse_arg("2024-Q1", 0, 0, &t), 0);
	assert_int_equal(t - f, 91); /* 31 + 29 + 31 */
	assert_int_equal(date_parse_arg("2025-Q1", 1, 0, &f), 0);
	assert_int_equal(date_parse_arg("2025-Q1", 0, 0, &t), 0);
	assert_int_equal(t - f, 90);
	expect_arg("2028-Q1", 1, "2027-12-31");
	expect_arg("2028-Q1", 0, "2028-03-31");
	assert_int_equal(date_parse_arg("2028-Q1", 1, 0, &f), 0);
	assert_int_equal(date_parse_arg("2028-Q1", 0, 0, &t), 0);
	assert_int_equal(t - f, 91);
	/* as --from, 2028-Q2 is the last day of 2028-Q1 */
	expect_arg("2028-Q2", 1, "2028-03-31");
	/* 2100 is not a leap year, 2000 is */
	assert_int_equal(date_parse_arg("2100-Q1", 1, 0, &f), 0);
	assert_int_equal(date_parse_arg("2100-Q1", 0, 0, &t), 0);
	assert_int_equal(t - f, 90);
	assert_int_equal(date_parse_arg("2000-Q1", 1, 0, &f), 0);
	assert_int_equal(date_parse_arg("2000-Q1", 0, 0, &t), 0);
	assert_int_equal(t - f, 91);
	/* a whole year of quarters: 366 days in 2024, 365 in 2026 */
	assert_int_equal(date_parse_arg("2024-Q1", 1, 0, &f), 0);
	assert_int_equal(date_parse_arg("2024-Q4", 0, 0, &t), 0);
	assert_int_equal(t - f, 366);
	assert_int_equal(date_parse_arg("2026-Q1", 1, 0, &f), 0);
	assert_int_equal(date_parse_arg("2026-Q4", 0, 0, &t), 0);
	assert_int_equal(t - f, 365);
}

static void test_date_args_other_forms(void **state)
{
	(void)state;
	int32_t d = 0;
	/* today is the date given, whichever side */
	assert_int_equal(date_parse_arg("today", 1, D("2026-11-22"), &d), 0);
	assert_int_equal(d, D("2026-11-22"));
	assert_int_equal(date_parse_arg("today", 0, D("2026-11-22"), &d), 0);
	assert_int_equal(d, D("2026-11-22"));
	/* a plain date is itself as --from and as --to */
	expect_arg("2024-02-29", 1, "2024-02-29");
	expect_arg("2024-02-29", 0, "2024-02-29");
	/* not dates */
	static const char *const bad[] = {"2026-Q0", "2026-Q5", "2026-Q", "2026-Q12", "26-Q1", "0000-Q1",
					  "2026-02-29", "2026-13-01", "2026-11-22x", "", "Q1-2026"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		if (date_parse_arg(bad[i], 1, 0, &d) != -1 || date_parse_arg(bad[i], 0, 0, &d) != -1)
			print_error("'%s' was taken as a date\n", bad[i]);
		assert_int_equal(date_parse_arg(bad[i], 1, 0, &d), -1);
		assert_int_equal(date_parse_arg(bad[i], 0, 0, &d), -1);
	}
}

/* ---- milestones ----------------------------------------------------------- */

#define AS_OF "2026-11-22"

/* E1 as of 2026-11-22:
 *   sql    3 (one test row)
 *   python 2.666… (self 2, weight 1; manager 3, weight 2: 8/3)
 *   pg     4; db 0 (db's related pg at 1.0 credits db with 4, but the
 *            effective level of db stays 0)
 *   go     0 (its row, 2026-11-23, is not yet in effect)
 *   excel  0 (its row, 2024-11-22, is exactly 730 days old: too old) */
static void milestone_repo(struct fx *f)
{
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c, 4: d, 5: e}\n"
			      "skills:\n"
			      "  - {id: sql}\n  - {id: python}\n  - {id: pg}\n  - {id: go}\n  - {id: excel}\n"
			      "  - {id: db, related: {pg: 1}}\n");
	put(f, "roles/r.yaml", "id: r\nfamily: f\nlevel: 1\nskills: {sql: 1}\n");
	put(f, "people.csv", "id,name,role\nE1,Ann,r\nE2,Bob,r\n");
	put(f, "assessments.csv", "employee,skill,level,date,source,assessor\n"
				  "E1,sql,3,2026-01-10,test,t\n"
				  "E1,python,2,2026-02-01,self,E1\n"
				  "E1,python,3,2026-02-01,manager,E2\n"
				  "E1,pg,4,2026-02-01,test,t\n"
				  "E1,go,5,2026-11-23,test,t\n"
				  "E1,excel,5,2024-11-22,test,t\n");
	put(f, "plans/E1.yaml", "employee: E1\n"
				"milestones:\n"
				"  - {skill: sql, level: 3, due: 2026-10-01}\n"
				"  - {title: Talk, due: 2026-11-22}\n"
				"  - {title: Demo, due: 2026-11-01, done: 2026-11-22}\n"
				"  - {title: Late, due: 2026-11-21, done: 2026-11-23}\n"
				"  - {skill: python, level: 3, due: 2026-12-23}\n");
	load_clean(f);
}

static struct milestone activity(int32_t due, int32_t done)
{
	return (struct milestone){.skill = NONE, .level = 0, .title = "x", .due = due, .done = done};
}

static struct milestone skill_ms(const struct model *m, const char *skill, int level, int32_t due)
{
	return (struct milestone){.skill = skill_of(m, skill), .level = (uint8_t)level, .title = NULL, .due = due,
				  .done = DATE_NONE};
}

static void expect_status(const struct model *m, uint32_t e, struct milestone ms, int32_t date,
			  enum milestone_status want)
{
	enum milestone_status got = review_milestone(m, e, &ms, date);
	if (got != want)
		print_error("status %s, expected %s\n", milestone_status_name(got), milestone_status_name(want));
	assert_int_equal(got, want);
}

static void test_milestone_status_names(void **state)
{
	(void)state;
	assert_string_equal(milestone_status_name(MS_DONE), "done");
	assert_string_equal(milestone_status_name(MS_ON_TRACK), "on-track");
	assert_string_equal(milestone_status_name(MS_DUE_SOON), "due-soon");
	assert_string_equal(milestone_status_name(MS_OVERDUE), "overdue");
	assert_int_equal(DUE_SOON_DAYS, 30);
}

static void test_milestone_done_date(void **state)
{
	struct fx *f = *state;
	milestone_repo(f);
	uint32_t e = person_of(f->m, "E1");
	int32_t d = D(AS_OF);
	/* done on the date itself: done, whatever the due date */
	expect_status(f->m, e, activity(d - 10, d), d, MS_DONE);
	expect_status(f->m, e, activity(d + 100, d), d, MS_DONE);
	/* done before the date */
	expect_status(f->m, e, activity(d - 10, d - 20), d, MS_DONE);
	/* done the day after: not done yet, so the due date decides */
	expect_status(f->m, e, activity(d - 1, d + 1), d, MS_OVERDUE);
	expect_status(f->m, e, activity(d, d + 1), d, MS_DUE_SOON);
	expect_status(f->m, e, activity(d + 31, d + 1), d, MS_ON_TRACK);
	/* and on that day it is done */
	expect_status(f->m, e, activity(d - 1, d + 1), d + 1, MS_DONE);
}

static void test_milestone_due_boundaries(void **state)
{
	struct fx *f = *state;
	milestone_repo(f);
	uint32_t e = person_of(f->m, "E1");
	int32_t d = D(AS_OF);
	expect_status(f->m, e, activity(d - 1, DATE_NONE), d, MS_OVERDUE);   /* due the day before */
	expect_status(f->m, e, activity(d - 400, DATE_NONE), d, MS_OVERDUE);
	expect_status(f->m, e, activity(d, DATE_NONE), d, MS_DUE_SOON);      /* due on the date */
	expect_status(f->m, e, activity(d + 1, DATE_NONE), d, MS_DUE_SOON);
	expect_status(f->m, e, activity(d + 30, DATE_NONE), d, MS_DUE_SOON); /* exactly 30 days on */
	expect_status(f->m, e, activity(d + 31, DATE_NONE), d, MS_ON_TRACK); /* 31 days on */
	expect_status(f->m, e, activity(d + 365, DATE_NONE), d, MS_ON_TRACK);
	/* the same dates by the calendar: 2026-11-22 + 30 = 2026-12-22 */
	expect_status(f->m, e, activity(D("2026-12-22"), DATE_NONE), d, MS_DUE_SOON);
	expect_status(f->m, e, activity(D("2026-12-23"), DATE_NONE), d, MS_ON_TRACK);
	expect_status(f->m, e, activity(D("2026-11-21"), DATE_NONE), d, MS_OVERDUE);
	/* across 2028-02-29: 2028-02-01 + 30 = 2028-03-02 */
	expect_status(f->m, e, activity(D("2028-03-02"), DATE_NONE), D("2028-02-01"), MS_DUE_SOON);
	expect_status(f->m, e, activity(D("2028-03-03"), DATE_NONE), D("2028-02-01"), MS_ON_TRACK);
	/* no due date and not done: on track */
	expect_status(f->m, e, activity(DATE_NONE, DATE_NONE), d, MS_ON_TRACK);
	expect_status(f->m, e, activity(DATE_NONE, d), d, MS_DONE);
	expect_status(f->m, e, activity(DATE_NONE, d + 1), d, MS_ON_TRACK);
}

static void test_milestone_skill_level(void **state)
{
	struct fx *f = *state;
	milestone_repo(f);
	const struct model *m = f->m;
	uint32_t e = person_of(m, "E1"), e2 = person_of(m, "E2");
	int32_t d = D(AS_OF);
	/* sql is exactly 3: a milestone at 3 is met even long past its due date */
	expect_status(m, e, skill_ms(m, "sql", 3, d - 100), d, MS_DONE);
	expect_status(m, e, skill_ms(m, "sql", 2, d + 100), d, MS_DONE);
	expect_status(m, e, skill_ms(m, "sql", 1, DATE_NONE), d, MS_DONE);
	/* one level above it: not met, so the due date decides */
	expect_status(m, e, skill_ms(m, "sql", 4, d - 1), d, MS_OVERDUE);
	expect_status(m, e, skill_ms(m, "sql", 4, d), d, MS_DUE_SOON);
	expect_status(m, e, skill_ms(m, "sql", 4, d + 31), d, MS_ON_TRACK);
	expect_status(m, e, skill_ms(m, "sql", 4, DATE_NONE), d, MS_ON_TRACK);
	/* before the sql row (2026-01-10) the level is 0: not met, due in 11 days */
	expect_status(m, e, skill_ms(m, "sql", 3, D("2026-01-20")), D("2026-01-09"), MS_DUE_SOON);
	expect_status(m, e, skill_ms(m, "sql", 3, D("2026-01-20")), D("2026-01-10"), MS_DONE);
	/* python is 8/3 = 2.67: reaches 2, not 3 */
	expect_status(m, e, skill_ms(m, "python", 2, d - 1), d, MS_DONE);
	expect_status(m, e, skill_ms(m, "python", 3, d - 1), d, MS_OVERDUE);
	/* db is credited 4 through pg, but its effective level is 0: not met */
	expect_status(m, e, skill_ms(m, "db", 1, d - 1), d, MS_OVERDUE);
	expect_status(m, e, skill_ms(m, "pg", 4, d - 1), d, MS_DONE);
	/* go's 5 is dated the day after: met only from then */
	expect_status(m, e, skill_ms(m, "go", 5, d + 10), d, MS_DUE_SOON);
	expect_status(m, e, skill_ms(m, "go", 5, d + 10), d + 1, MS_DONE);
	/* excel's row is evidence_max_age_days (730) old: too old to count */
	expect_status(m, e, skill_ms(m, "excel", 1, d + 60), d, MS_ON_TRACK);
	expect_status(m, e, skill_ms(m, "excel", 1, d + 60), d - 1, MS_DONE);
	/* E2 has no evidence at all */
	expect_status(m, e2, skill_ms(m, "sql", 1, d - 1), d, MS_OVERDUE);
	/* without an employee a skill milestone is judged by its dates */
	expect_status(m, NONE, skill_ms(m, "sql", 1, d + 5), d, MS_DUE_SOON);
	/* a done date wins over the level */
	struct milestone ms = skill_ms(m, "sql", 5, d - 5);
	ms.done = d - 1;
	expect_status(m, e, ms, d, MS_DONE);
}

static void test_milestone_level_rounded(void **state)
{
	struct fx *f = *state;
	/* self 0.7 and peer 0.1, both 3: (0.7*3 + 0.1*3) / (0.7 + 0.1) is
	 * 2.9999999999999996 in doubles, 3 once rounded to 9 places (SPEC 2.0) */
	put(f, "rungs.yaml", "sources: {self: 0.7, peer: 0.1}\n");
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c}\nskills:\n  - {id: sql}\n");
	put(f, "roles/r.yaml", "id: r\nfamily: f\nlevel: 1\nskills: {sql: 1}\n");
	put(f, "people.csv", "id,name,role\nE1,Ann,r\n");
	put(f, "assessments.csv", "employee,skill,level,date,source,assessor\n"
				  "E1,sql,3,2026-01-10,self,E1\n"
				  "E1,sql,3,2026-01-10,peer,E2\n");
	load_clean(f);
	uint32_t e = person_of(f->m, "E1");
	int32_t d = D(AS_OF);
	expect_status(f->m, e, skill_ms(f->m, "sql", 3, d - 1), d, MS_DONE);
}

static void test_milestone_from_a_plan(void **state)
{
	struct fx *f = *state;
	milestone_repo(f);
	const struct model *m = f->m;
	uint32_t e = person_of(m, "E1");
	assert_int_not_equal(person_plan(m, e), NONE);
	const struct plan *p = &m->plans[person_plan(m, e)];
	assert_int_equal(p->ms_n, 5);
	static const enum milestone_status want[] = {MS_DONE, MS_DUE_SOON, MS_DONE, MS_OVERDUE, MS_ON_TRACK};
	for (uint32_t i = 0; i < p->ms_n; i++)
		assert_int_equal(review_milestone(m, e, &m->milestones[p->ms_off + i], D(AS_OF)), want[i]);
	/* a day later: Talk (due 11-22) is overdue, Late is done on 11-23,
	 * python 3 due 12-23 is 30 days away */
	static const enum milestone_status later[] = {MS_DONE, MS_OVERDUE, MS_DONE, MS_DONE, MS_DUE_SOON};
	for (uint32_t i = 0; i < p->ms_n; i++)
		assert_int_equal(review_milestone(m, e, &m->milestones[p->ms_off + i], D("2026-11-23")), later[i]);
}

/* ---- stale evidence ------------------------------------------------------- */

static struct evidence ev_at(const char *newest, uint16_t rows)
{
	return (struct evidence){.level = 3, .newest = D(newest), .oldest = D(newest), .sources = 1, .rows = rows};
}

static void test_stale_at_exactly_stale_days(void **state)
{
	struct fx *f = *state;
	milestone_repo(f);
	assert_int_equal(f->m->cfg.stale_days, 365);
	int32_t d = D(AS_OF);
	struct evidence ev;
	ev = ev_at("2025-11-22", 1); /* 365 days old: not older than stale_days */
	assert_int_equal(d - ev.newest, 365);
	assert_false(review_stale(f->m, &ev, d));
	ev = ev_at("2025-11-21", 1); /* 366 days */
	assert_true(review_stale(f->m, &ev, d));
	ev = ev_at("2026-11-22", 1); /* today */
	assert_false(review_stale(f->m, &ev, d));
	ev = ev_at("2020-01-01", 0); /* no rows: nothing to be stale */
	ev.newest = DATE_NONE;
	assert_false(review_stale(f->m, &ev, d));
	/* across a leap day: 2024-02-28 to 2025-02-27 is 365 days (2024-02-29
	 * in between), to 2025-02-28 is 366 */
	ev = ev_at("2024-02-28", 1);
	assert_int_equal(D("2025-02-27") - ev.newest, 365);
	assert_false(review_stale(f->m, &ev, D("2025-02-27")));
	assert_true(review_stale(f->m, &ev, D("2025-02-28")));
}

static void test_stale_from_rows_and_config(void **state)
{
	struct fx *f = *state;
	put(f, "rungs.yaml", "stale_days: 30\n");
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c}\nskills:\n  - {id: sql}\n  - {id: go}\n");
	put(f, "roles/r.yaml", "id: r\nfamily: f\nlevel: 1\nskills: {sql: 1}\n");
	put(f, "people.csv", "id,name,role\nE1,Ann,r\n");
	/* sql: an old manager row and a newer self row; the newest decides */
	put(f, "assessments.csv", "employee,skill,level,date,source,assessor\n"
				  "E1,sql,3,2026-01-10,manager,E2\n"
				  "E1,sql,2,2026-10-23,self,E1\n"
				  "E1,go,2,2026-10-22,test,t\n");
	load_clean(f);
	const struct model *m = f->m;
	assert_int_equal(m->cfg.stale_days, 30);
	uint32_t e = person_of(m, "E1");
	int32_t d = D(AS_OF);
	struct evidence sql = evidence_fold(m, e, skill_of(m, "sql"), d, NULL, NULL);
	struct evidence go = evidence_fold(m, e, skill_of(m, "go"), d, NULL, NULL);
	assert_int_equal(sql.newest, D("2026-10-23")); /* 30 days before 2026-11-22 */
	assert_false(review_stale(m, &sql, d));
	assert_true(review_stale(m, &sql, d + 1));
	assert_int_equal(go.newest, D("2026-10-22")); /* 31 days */
	assert_true(review_stale(m, &go, d));
	assert_false(review_stale(m, &go, d - 1));
}

/* ---- the skills a review looks at ------------------------------------------ */

/* base: sql 2, excel 1; child extends base, drops excel, adds python 2;
 * lead: comms 3. E1 is a child aiming at lead (plan); E2 a child with no
 * target (child has no promotion); E3 holds a role with no profile and
 * aims at lead through an aspiration; E4 a base whose promotion is child. */
static void required_repo(struct fx *f)
{
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c}\nskills:\n"
			      "  - {id: art}\n  - {id: comms}\n  - {id: excel}\n  - {id: python}\n  - {id: sql}\n");
	put(f, "roles/base.yaml", "id: base\nfamily: f\nlevel: 1\nskills: {sql: 2, excel: 1}\nnext: [child]\n");
	put(f, "roles/child.yaml", "id: child\nfamily: f\nlevel: 2\nextends: base\nskills: {excel: 0, python: 2}\n");
	put(f, "roles/lead.yaml", "id: lead\nfamily: g\nlevel: 3\nskills: {comms: 3}\n");
	put(f, "people.csv", "id,name,role,aspirations\nE1,Ann,child,\nE2,Bob,child,\nE3,Cid,ghost,lead\nE4,Dee,base,\n");
	put(f, "assessments.csv", "employee,skill,level,date,source\n");
	put(f, "plans/E1.yaml", "employee: E1\ntarget: lead\n");
}

static void expect_mask(const struct model *m, const bool *req, const char *want)
{
	/* want: the skill ids required, space-separated, in id order */
	char got[256] = "";
	for (uint32_t s = 0; s < m->nskills; s++)
		if (req[s]) {
			if (*got)
				strcat(got, " ");
			strcat(got, m->skills[s].id);
		}
	assert_string_equal(got, want);
}

static void test_required_role_and_target(void **state)
{
	struct fx *f = *state;
	required_repo(f);
	assert_int_equal(load(f), 0); /* a warning for E3's role */
	const struct model *m = f->m;
	uint32_t e1 = person_of(m, "E1"), e2 = person_of(m, "E2"), e3 = person_of(m, "E3"), e4 = person_of(m, "E4");
	uint32_t lead = model_role(m, "lead"), child = model_role(m, "child");
	bool *req;

	/* the current role with what it inherits (excel dropped) and the target */
	assert_int_equal(score_target(m, e1), lead);
	req = review_required(m, e1, score_target(m, e1));
	expect_mask(m, req, "comms python sql");
	free(req);
	/* no target: the current role only */
	assert_int_equal(score_target(m, e2), NONE);
	req = review_required(m, e2, NONE);
	expect_mask(m, req, "python sql");
	free(req);
	/* a role without a profile: the target only */
	assert_int_equal(m->people[e3].role, NONE);
	req = review_required(m, e3, score_target(m, e3));
	expect_mask(m, req, "comms");
	free(req);
	req = review_required(m, e3, NONE);
	expect_mask(m, req, "");
	free(req);
	/* a target that overlaps the current role: the union */
	assert_int_equal(score_target(m, e4), child);
	req = review_required(m, e4, child);
	expect_mask(m, req, "excel python sql");
	free(req);
	/* the target is whatever the caller passes */
	req = review_required(m, e4, lead);
	expect_mask(m, req, "comms excel sql");
	free(req);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_window_each_quarter),
		cmocka_unit_test(test_window_quarter_boundaries),
		cmocka_unit_test(test_window_leap_years),
		cmocka_unit_test(test_quarter_as_from_is_the_day_before),
		cmocka_unit_test(test_quarter_as_to_is_its_last_day),
		cmocka_unit_test(test_quarter_window_is_the_default_window),
		cmocka_unit_test(test_quarter_leap_years),
		cmocka_unit_test(test_date_args_other_forms),
		cmocka_unit_test(test_milestone_status_names),
		cmocka_unit_test_setup_teardown(test_milestone_done_date, setup, teardown),
		cmocka_unit_test_setup_teardown(test_milestone_due_boundaries, setup, teardown),
		cmocka_unit_test_setup_teardown(test_milestone_skill_level, setup, teardown),
		cmocka_unit_test_setup_teardown(test_milestone_level_rounded, setup, teardown),
		cmocka_unit_test_setup_teardown(test_milestone_from_a_plan, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stale_at_exactly_stale_days, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stale_from_rows_and_config, setup, teardown),
		cmocka_unit_test_setup_teardown(test_required_role_and_target, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
