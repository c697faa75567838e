/* Numbers as SPEC 2.0 and 3 fix them: r-rounding to 9 decimals, and parsing
 * and printing that never depend on the locale (the decimal point is '.'). */
#ifndef RUNGS_NUM_H
#define RUNGS_NUM_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>

#define NUM_BUF 48 /* enough for any num_format / num_format_fixed output */

/* r(x): x rounded to 9 decimal places. Inline: it runs in every
 * comparison of scores. */
static inline double num_r(double x)
{
	if (!isfinite(x) || fabs(x) >= 1e9)
		return x == 0 ? 0 : x;
	/* round(y), without the call: below 1e18 the conversion truncates
	 * exactly, y - t is exact, and from 2^53 on y is a whole number already */
	double y = x * 1e9, t = (double)(long long)y;
	if (fabs(y - t) >= 0.5)
		t += y < 0 ? -1.0 : 1.0;
	double r = t / 1e9;
	return r == 0 ? 0.0 : r; /* no -0 */
}

/* Compare r(a) with r(b): -1, 0 or 1. */
static inline int num_cmp(double a, double b)
{
	/* r is monotone, and below a million two values more than 2e-9 apart
	 * round to different multiples of 1e-9 (exact, and distinct, as
	 * doubles there): their order is r's, without the two divisions.
	 * Equal values (a gap of 0 against 0) compare equal the same way. The
	 * tests are combined without a branch each: which way a score goes is
	 * data, and a branch the CPU guesses wrong costs more than them all. */
	double d = a - b;
	bool near = (fabs(d) <= 2e-9) & (a != b), big = !((fabs(a) < 1e6) & (fabs(b) < 1e6));
	if (__builtin_expect(near | big, 0)) {
		double ra = num_r(a), rb = num_r(b);
		return ra < rb ? -1 : ra > rb ? 1 : 0;
	}
	return (d > 0) - (d < 0);
}

/* ceil(r(x)), as an integer. */
long long num_ceil(double x);

/* r(x) printed with trailing zeros dropped, never "-0": 0.8125, 3, 12.5. */
size_t num_format(double x, char buf[NUM_BUF]);

/* r(x) with at most `decimals` (0..9) decimals, rounded half away from zero;
 * trailing zeros dropped when `trim`, kept otherwise. */
size_t num_format_fixed(double x, int decimals, bool trim, char buf[NUM_BUF]);

/* A decimal number: [+-]digits[.digits]. Returns 0, or -1 when the text is
 * not such a number, -2 when it has too many digits to be read exactly
 * (more than 15 significant or 18 decimals): then *out is its approximate
 * value, for a message that can tell "out of range" from "too precise". */
int num_parse(const char *s, size_t n, double *out);

/* A decimal integer [+-]digits within [min, max]. Returns 0, -1 when the
 * text is not an integer, -2 when it lies outside [min, max] (overflow
 * included). */
int num_parse_int(const char *s, size_t n, long long min, long long max, long long *out);

#endif
