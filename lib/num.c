#include "num.h"

#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>

static const double pow10_tab[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};

double num_r(double x)
{
	if (!isfinite(x) || fabs(x) >= 1e9)
		return x == 0 ? 0 : x;
	double r = round(x * 1e9) / 1e9;
	return r == 0 ? 0.0 : r; /* no -0 */
}

int num_cmp(double a, double b)
{
	double ra = num_r(a), rb = num_r(b);
	return ra < rb ? -1 : ra > rb ? 1 : 0;
}

long long num_ceil(double x)
{
	return (long long)ceil(num_r(x));
}

/* Writes the unsigned integer v in decimal at p, returns the length. */
static size_t put_u64(char *p, uint64_t v)
{
	char tmp[24];
	size_t n = 0;
	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	for (size_t i = 0; i < n; i++)
		p[i] = tmp[n - 1 - i];
	return n;
}

size_t num_format_fixed(double x, int decimals, bool trim, char buf[NUM_BUF])
{
	if (decimals < 0)
		decimals = 0;
	if (decimals > 9)
		decimals = 9;
	x = num_r(x);
	if (!isfinite(x))
		return (size_t)snprintf(buf, NUM_BUF, "%s", isnan(x) ? "nan" : x > 0 ? "inf" : "-inf");
	double scaled = round(fabs(x) * pow10_tab[decimals]);
	if (scaled >= 9e18) /* beyond exact integer formatting: no decimals matter here */
		return (size_t)snprintf(buf, NUM_BUF, "%s%.0f", x < 0 ? "-" : "", fabs(x));
	uint64_t v = (uint64_t)scaled;
	uint64_t unit = (uint64_t)pow10_tab[decimals];
	uint64_t ip = v / unit, fp = v % unit;
	size_t n = 0;
	if (x < 0 && v != 0)
		buf[n++] = '-';
	n += put_u64(buf + n, ip);
	if (decimals > 0) {
		char frac[12];
		for (int i = decimals - 1; i >= 0; i--) {
			frac[i] = (char)('0' + fp % 10);
			fp /= 10;
		}
		int len = decimals;
		if (trim)
			while (len > 0 && frac[len - 1] == '0')
				len--;
		if (len > 0) {
			buf[n++] = '.';
			for (int i = 0; i < len; i++)
				buf[n++] = frac[i];
		}
	}
	buf[n] = '\0';
	return n;
}

size_t num_format(double x, char buf[NUM_BUF])
{
	return num_format_fixed(x, 9, true, buf);
}

int num_parse(const char *s, size_t n, double *out)
{
	size_t i = 0;
	bool neg = false;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		neg = s[i++] == '-';
	uint64_t mant = 0;
	int digits = 0, frac = 0;
	bool any = false, dot = false;
	for (; i < n; i++) {
		char c = s[i];
		if (c == '.' && !dot) {
			dot = true;
			continue;
		}
		if (c < '0' || c > '9')
			return -1;
		any = true;
		if (mant == 0 && c == '0' && !dot)
			continue; /* leading zeros do not count as digits */
		if (++digits > 18)
			return -2;
		mant = mant * 10 + (uint64_t)(c - '0');
		if (dot)
			frac++;
	}
	if (!any || (dot && s[n - 1] == '.') || (n > 0 && s[neg || s[0] == '+' ? 1 : 0] == '.'))
		return -1;
	double v = (double)mant / pow10_tab[frac];
	*out = neg ? -v : v;
	if (*out == 0)
		*out = 0.0;
	return 0;
}

int num_parse_int(const char *s, size_t n, long long min, long long max, long long *out)
{
	size_t i = 0;
	bool neg = false;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		neg = s[i++] == '-';
	if (i == n)
		return -1;
	unsigned long long v = 0;
	bool overflow = false;
	for (; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		unsigned d = (unsigned)(s[i] - '0');
		if (v > (ULLONG_MAX - d) / 10)
			overflow = true;
		else
			v = v * 10 + d;
	}
	if (overflow || v > (unsigned long long)LLONG_MAX + (neg ? 1u : 0u))
		return -2;
	long long r = neg ? (v == (unsigned long long)LLONG_MAX + 1u ? LLONG_MIN : -(long long)v) : (long long)v;
	if (r < min || r > max)
		return -2;
	*out = r;
	return 0;
}
