#include "num.h"

#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const double pow10_tab[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};

long long num_ceil(double x)
{
	double c = ceil(num_r(x));
	if (isnan(c))
		return 0;
	if (c >= 9.2e18)
		return LLONG_MAX;
	if (c <= -9.2e18)
		return LLONG_MIN;
	return (long long)c;
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
	/* no more than the 15 significant digits a double always holds exactly:
	 * beyond them digits would be noise of the binary representation */
	if (fabs(x) >= pow10_tab[14 - decimals]) { /* below, log10 cannot reach 15 - decimals digits */
		int int_digits = (int)floor(log10(fabs(x))) + 1;
		if (decimals > 15 - int_digits)
			decimals = 15 - int_digits > 0 ? 15 - int_digits : 0;
	}
	uint64_t unit = (uint64_t)pow10_tab[decimals], v;
	if (fabs(x) < 9e6) {
		/* round r(x) itself (exact in 53 bits here), in integers: 1.005 to two decimals is 1.01 */
		uint64_t v9 = (uint64_t)llround(fabs(x) * 1e9), step = (uint64_t)pow10_tab[9 - decimals];
		v = (v9 + step / 2) / step;
	} else if (fabs(x) < 9e17) {
		while (decimals > 0 && fabs(x) * pow10_tab[decimals] >= 9e18)
			decimals--; /* as many decimals as 64 bits hold */
		unit = (uint64_t)pow10_tab[decimals];
		v = (uint64_t)round(fabs(x) * pow10_tab[decimals]);
	} else {
		/* beyond any count or level rungs has: digits without decimals, in
		 * exponent form when they would not fit; '%e' has no decimal point
		 * with precision 0, so the locale cannot change it */
		int n = snprintf(buf, NUM_BUF, fabs(x) < 1e40 ? "%.0f" : "%.0e", x);
		return n < 0 ? 0 : (size_t)n < NUM_BUF ? (size_t)n : NUM_BUF - 1;
	}
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
	/* the syntax first: digits, optionally '.' and digits */
	size_t int_digits = 0, frac_digits = 0;
	bool dot = false;
	for (size_t k = i; k < n; k++) {
		if (s[k] == '.' && !dot)
			dot = true;
		else if (s[k] >= '0' && s[k] <= '9')
			*(dot ? &frac_digits : &int_digits) += 1;
		else
			return -1;
	}
	if (!int_digits || (dot && !frac_digits))
		return -1;
	/* then exactness: at most 15 significant digits are read exactly */
	if (dot)
		while (s[n - 1] == '0')
			n--; /* 1.50 is 1.5 */
	if (s[n - 1] == '.')
		n--;
	uint64_t mant = 0;
	int significant = 0, frac = 0;
	bool after_dot = false;
	double approx = 0; /* for the caller's message when the digits are too many */
	for (; i < n; i++) {
		if (s[i] == '.') {
			after_dot = true;
			continue;
		}
		frac += after_dot;
		approx = approx * 10 + (s[i] - '0');
		if (mant == 0 && s[i] == '0')
			continue; /* leading zeros are not significant */
		if (++significant <= 15)
			mant = mant * 10 + (uint64_t)(s[i] - '0');
	}
	if (significant > 15 || frac > 18) {
		approx /= pow(10, frac);
		*out = neg ? -approx : approx;
		return -2;
	}
	double v = (double)mant / pow10_tab[frac];
	*out = neg && v != 0 ? -v : v;
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
