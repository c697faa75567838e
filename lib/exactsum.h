/* Exact sums of doubles. A sum of a million people's weighted gaps, added
 * in whatever order threads finish them, must print the same digits every
 * time (SPEC 2.0): the total is kept without rounding, as a long fixed-point
 * number over the whole range of doubles, and rounded once, to the nearest
 * double, when read. Adding costs a few integer operations. */
#ifndef RUNGS_EXACTSUM_H
#define RUNGS_EXACTSUM_H

#include <stdint.h>

/* limb i holds multiples of 2^(32i - 1074): the smallest subnormal is limb
 * 0's unit, and the largest double with the carries of 2^64 additions
 * still fits below the top limb, which keeps the sign */
#define EXACT_SUM_LIMBS 70

struct exact_sum {
	int64_t limb[EXACT_SUM_LIMBS];
	uint32_t pending; /* additions since carries were last moved up */
	double special;   /* infinities and NaNs added: they decide alone */
};

/* A zeroed struct exact_sum is the empty sum, 0. */
void exact_sum_add(struct exact_sum *s, double x);
/* Adds everything from holds into s (from is left normalised, same value). */
void exact_sum_merge(struct exact_sum *s, struct exact_sum *from);
/* The sum, rounded once to the nearest double (ties to even). */
double exact_sum_value(const struct exact_sum *s);

#endif
