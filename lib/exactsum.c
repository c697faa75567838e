#include "exactsum.h"

#include <math.h>
#include <stdbool.h>
#include <string.h>

#define BASE 4294967296.0 /* 2^32, a limb's digit range */

/* Moves each limb's carry up, leaving limbs 0..n-2 in [0, 2^32) and the
 * sign in the top one. Exact: the carry is the limb less its low 32 bits,
 * a multiple of 2^32, divided by 2^32. */
static void normalise(struct exact_sum *s)
{
	for (int i = 0; i < EXACT_SUM_LIMBS - 1; i++) {
		int64_t low = s->limb[i] & 0xffffffff;
		int64_t carry = (s->limb[i] - low) / 4294967296;
		s->limb[i] = low;
		s->limb[i + 1] += carry;
	}
	s->pending = 0;
}

void exact_sum_add(struct exact_sum *s, double x)
{
	if (x == 0)
		return;
	if (!isfinite(x)) {
		s->special += x;
		return;
	}
	uint64_t bits;
	memcpy(&bits, &x, sizeof bits);
	unsigned biased = (unsigned)(bits >> 52) & 0x7ff;
	uint64_t mant = bits & ((1ull << 52) - 1);
	if (biased)
		mant |= 1ull << 52;
	else
		biased = 1; /* subnormal: the same unit as the smallest normal exponent */
	/* x = mant * 2^(biased - 1075): mant shifted to bit biased - 1 above
	 * 2^-1074, which is below 2^85, three digits of 32 bits */
	unsigned pos = biased - 1, i = pos / 32, o = pos % 32;
	uint64_t lo = mant << o, hi = o ? mant >> (64 - o) : 0;
	int64_t d0 = (int64_t)(lo & 0xffffffff), d1 = (int64_t)(lo >> 32), d2 = (int64_t)hi;
	if (bits >> 63) {
		s->limb[i] -= d0, s->limb[i + 1] -= d1, s->limb[i + 2] -= d2;
	} else {
		s->limb[i] += d0, s->limb[i + 1] += d1, s->limb[i + 2] += d2;
	}
	/* a limb moves by less than 2^32 an addition: 2^30 of them stay far
	 * from int64's limits */
	if (++s->pending == 1u << 30)
		normalise(s);
}

void exact_sum_merge(struct exact_sum *s, struct exact_sum *from)
{
	normalise(s);
	normalise(from);
	for (int i = 0; i < EXACT_SUM_LIMBS; i++)
		s->limb[i] += from->limb[i];
	s->special += from->special;
	normalise(s);
}

/* The nearest double to the number in digits[0..top] (digits[top] != 0),
 * ties to even. */
static double magnitude(const int64_t *digits, int top)
{
	uint64_t d[3] = {(uint64_t)digits[top], top >= 1 ? (uint64_t)digits[top - 1] : 0,
			 top >= 2 ? (uint64_t)digits[top - 2] : 0};
	uint64_t whole = top ? d[0] << 32 | d[1] : d[0];
	if (top <= 1 && whole >> 53 == 0)
		return ldexp((double)whole, -1074); /* exact, subnormal or not */
	/* the 64 bits from the leading one down; what is below only counts as
	 * nonzero or not (a sticky bit) */
	int nb = 64 - __builtin_clzll(d[0]); /* 1..32 */
	uint64_t w = d[0] << (64 - nb) | d[1] << (32 - nb) | d[2] >> nb;
	bool sticky = (d[2] & ((1ull << nb) - 1)) != 0;
	for (int i = top - 3; i >= 0 && !sticky; i--)
		sticky = digits[i] != 0;
	uint64_t mant = w >> 11;
	bool half = (w >> 10) & 1, rest = (w & 0x3ff) || sticky;
	if (half && (rest || (mant & 1)))
		mant++; /* 2^53 when it carries out: still exact as a double */
	/* the leading one is bit 32*top + nb - 1 above 2^-1074, and the normal
	 * range is reached: the scaling is exact */
	return ldexp((double)mant, 32 * top + nb - 1 - 52 - 1074);
}

double exact_sum_value(const struct exact_sum *sum)
{
	if (sum->special != 0)
		return sum->special; /* an infinity or NaN: finite parts change nothing */
	struct exact_sum s = *sum;
	normalise(&s);
	bool negative = s.limb[EXACT_SUM_LIMBS - 1] < 0;
	if (negative) {
		for (int i = 0; i < EXACT_SUM_LIMBS; i++)
			s.limb[i] = -s.limb[i];
		normalise(&s); /* the magnitude, in digits again */
	}
	int top = EXACT_SUM_LIMBS - 1;
	while (top >= 0 && s.limb[top] == 0)
		top--;
	if (top < 0)
		return 0;
	double r = top >= 66 ? INFINITY : magnitude(s.limb, top); /* 66: 2^1038 and up */
	return negative ? -r : r;
}
