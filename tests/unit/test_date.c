/* lib/date: calendar dates as days since 1970-01-01, strict YYYY-MM-DD,
 * and the command line's `today` and quarters (SPEC 1). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "date.h"

static int parse(const char *s, int32_t *out)
{
	return date_parse(s, strlen(s), out);
}

static bool parses(const char *s)
{
	int32_t d = 12345;
	int rc = parse(s, &d);
	if (rc != 0)
		assert_int_equal(d, 12345); /* untouched on failure */
	return rc == 0;
}

static const char *fmt(int32_t days)
{
	static char buf[DATE_BUF];
	date_format(days, buf);
	return buf;
}

static void test_epoch_and_known_days(void **state)
{
	(void)state;
	assert_int_equal(date_from_ymd(1970, 1, 1), 0);
	assert_int_equal(date_from_ymd(1970, 1, 2), 1);
	assert_int_equal(date_from_ymd(1969, 12, 31), -1);
	assert_int_equal(date_from_ymd(2000, 3, 1), 11017);
	assert_int_equal(date_from_ymd(2026, 11, 22), 20779);
	assert_int_equal(date_from_ymd(1, 1, 1), -719162);
	assert_int_equal(date_from_ymd(9999, 12, 31), 2932896);
}

static void test_to_ymd_round_trip(void **state)
{
	(void)state;
	int32_t lo = date_from_ymd(1, 1, 1), hi = date_from_ymd(9999, 12, 31);
	int py = 1, pm = 1, pd = 0;
	for (int32_t days = lo; days <= hi; days++) {
		int y, m, d;
		date_to_ymd(days, &y, &m, &d);
		assert_int_equal(date_from_ymd(y, m, d), days);
		/* consecutive days step through the calendar */
		if (d != pd + 1) {
			assert_int_equal(d, 1);
			assert_true(m == pm + 1 || (m == 1 && y == py + 1));
		}
		py = y, pm = m, pd = d;
	}
	assert_int_equal(py, 9999);
	assert_int_equal(pm, 12);
	assert_int_equal(pd, 31);
}

static void test_format_pads(void **state)
{
	(void)state;
	assert_string_equal(fmt(0), "1970-01-01");
	assert_string_equal(fmt(date_from_ymd(1, 2, 3)), "0001-02-03");
	assert_string_equal(fmt(date_from_ymd(2026, 11, 22)), "2026-11-22");
	assert_string_equal(fmt(date_from_ymd(9999, 12, 31)), "9999-12-31");
}

static void test_parse_valid(void **state)
{
	(void)state;
	int32_t d;
	assert_int_equal(parse("2026-11-22", &d), 0);
	assert_int_equal(d, 20779);
	assert_int_equal(parse("1970-01-01", &d), 0);
	assert_int_equal(d, 0);
	assert_int_equal(parse("0001-01-01", &d), 0);
	assert_int_equal(d, -719162);
	assert_int_equal(parse("9999-12-31", &d), 0);
	assert_int_equal(d, 2932896);
	assert_int_equal(parse("2026-12-31", &d), 0);
	assert_string_equal(fmt(d), "2026-12-31");
}

static void test_parse_leap_years(void **state)
{
	(void)state;
	assert_true(parses("2024-02-29"));
	assert_true(parses("2000-02-29")); /* divisible by 400 */
	assert_false(parses("1900-02-29")); /* divisible by 100 only */
	assert_false(parses("2100-02-29"));
	assert_false(parses("2026-02-29"));
	assert_true(parses("2026-02-28"));
	assert_false(parses("2024-02-30"));
}

static void test_parse_rejects_impossible_dates(void **state)
{
	(void)state;
	assert_false(parses("2026-02-30"));
	assert_false(parses("2026-04-31"));
	assert_false(parses("2026-06-31"));
	assert_false(parses("2026-09-31"));
	assert_false(parses("2026-11-31"));
	assert_true(parses("2026-01-31"));
	assert_false(parses("2026-13-01"));
	assert_false(parses("2026-00-10"));
	assert_false(parses("2026-01-00"));
	assert_false(parses("2026-01-32"));
	assert_false(parses("0000-01-01"));
}

static void test_parse_rejects_other_shapes(void **state)
{
	(void)state;
	assert_false(parses(""));
	assert_false(parses("2026-1-01"));
	assert_false(parses("2026-01-1"));
	assert_false(parses("26-01-01"));
	assert_false(parses("2026/01/01"));
	assert_false(parses("2026-01-01 "));
	assert_false(parses(" 2026-01-01"));
	assert_false(parses("2026-01-01T00:00"));
	assert_false(parses("20260101"));
	assert_false(parses("2026-0a-01"));
	assert_false(parses("+026-01-01"));
	assert_false(parses("-026-01-01"));
	assert_false(parses("2026-+1-01"));
	assert_false(parses("today"));
	assert_false(parses("2026-Q1"));
}

static void test_parse_uses_only_n_bytes(void **state)
{
	(void)state;
	int32_t d;
	assert_int_equal(date_parse("2026-11-22xyz", 10, &d), 0);
	assert_int_equal(d, 20779);
	assert_int_equal(date_parse("2026-11-22", 9, &d), -1);
}

static void test_arg_today(void **state)
{
	(void)state;
	int32_t d = 0;
	assert_int_equal(date_parse_arg("today", 0, 20779, &d), 0);
	assert_int_equal(d, 20779);
	d = 0;
	assert_int_equal(date_parse_arg("today", 1, 20779, &d), 0);
	assert_int_equal(d, 20779);
}

static void test_arg_plain_date(void **state)
{
	(void)state;
	int32_t d;
	assert_int_equal(date_parse_arg("2026-03-15", 0, 0, &d), 0);
	assert_string_equal(fmt(d), "2026-03-15");
	assert_int_equal(date_parse_arg("2026-03-15", 1, 0, &d), 0);
	assert_string_equal(fmt(d), "2026-03-15");
	assert_int_equal(date_parse_arg("2026-02-30", 0, 0, &d), -1);
}

static void test_arg_quarter_is_its_last_day(void **state)
{
	(void)state;
	int32_t d;
	assert_int_equal(date_parse_arg("2026-Q1", 0, 0, &d), 0);
	assert_string_equal(fmt(d), "2026-03-31");
	assert_int_equal(date_parse_arg("2026-Q2", 0, 0, &d), 0);
	assert_string_equal(fmt(d), "2026-06-30");
	assert_int_equal(date_parse_arg("2026-Q3", 0, 0, &d), 0);
	assert_string_equal(fmt(d), "2026-09-30");
	assert_int_equal(date_parse_arg("2026-Q4", 0, 0, &d), 0);
	assert_string_equal(fmt(d), "2026-12-31");
}

static void test_arg_quarter_as_from_is_the_day_before(void **state)
{
	(void)state;
	int32_t d;
	assert_int_equal(date_parse_arg("2026-Q1", 1, 0, &d), 0);
	assert_string_equal(fmt(d), "2025-12-31");
	assert_int_equal(date_parse_arg("2026-Q2", 1, 0, &d), 0);
	assert_string_equal(fmt(d), "2026-03-31");
	assert_int_equal(date_parse_arg("2024-Q1", 1, 0, &d), 0);
	assert_string_equal(fmt(d), "2023-12-31");
	assert_int_equal(date_parse_arg("2026-Q3", 1, 0, &d), 0);
	assert_string_equal(fmt(d), "2026-06-30");
	assert_int_equal(date_parse_arg("2026-Q4", 1, 0, &d), 0);
	assert_string_equal(fmt(d), "2026-09-30");
}

static void test_arg_quarter_in_leap_year(void **state)
{
	(void)state;
	int32_t d;
	/* Q1 of a leap year has 91 days: from the day before to its last day */
	int32_t from, to;
	assert_int_equal(date_parse_arg("2024-Q1", 1, 0, &from), 0);
	assert_int_equal(date_parse_arg("2024-Q1", 0, 0, &to), 0);
	assert_int_equal(to - from, 91);
	assert_int_equal(date_parse_arg("2026-Q1", 1, 0, &from), 0);
	assert_int_equal(date_parse_arg("2026-Q1", 0, 0, &to), 0);
	assert_int_equal(to - from, 90);
	assert_int_equal(date_parse_arg("9999-Q4", 0, 0, &d), 0);
	assert_string_equal(fmt(d), "9999-12-31");
}

static void test_arg_rejects(void **state)
{
	(void)state;
	int32_t d = 77;
	assert_int_equal(date_parse_arg("2026-Q0", 0, 0, &d), -1);
	assert_int_equal(date_parse_arg("2026-Q5", 0, 0, &d), -1);
	assert_int_equal(date_parse_arg("0000-Q1", 0, 0, &d), -1);
	assert_int_equal(date_parse_arg("2026-Q", 0, 0, &d), -1);
	assert_int_equal(date_parse_arg("2026-Q12", 0, 0, &d), -1);
	assert_int_equal(date_parse_arg("26-Q1", 0, 0, &d), -1);
	assert_int_equal(date_parse_arg("Q1-2026", 0, 0, &d), -1);
	assert_int_equal(date_parse_arg("", 0, 0, &d), -1);
	assert_int_equal(date_parse_arg("yesterday", 0, 0, &d), -1);
	assert_int_equal(date_parse_arg("today ", 0, 0, &d), -1);
	assert_int_equal(date_parse_arg("2026-11", 0, 0, &d), -1);
	assert_int_equal(d, 77);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_epoch_and_known_days),
		cmocka_unit_test(test_to_ymd_round_trip),
		cmocka_unit_test(test_format_pads),
		cmocka_unit_test(test_parse_valid),
		cmocka_unit_test(test_parse_leap_years),
		cmocka_unit_test(test_parse_rejects_impossible_dates),
		cmocka_unit_test(test_parse_rejects_other_shapes),
		cmocka_unit_test(test_parse_uses_only_n_bytes),
		cmocka_unit_test(test_arg_today),
		cmocka_unit_test(test_arg_plain_date),
		cmocka_unit_test(test_arg_quarter_is_its_last_day),
		cmocka_unit_test(test_arg_quarter_as_from_is_the_day_before),
		cmocka_unit_test(test_arg_quarter_in_leap_year),
		cmocka_unit_test(test_arg_rejects),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
