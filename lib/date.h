/* Calendar dates as days since 1970-01-01 (proleptic Gregorian). */
#ifndef RUNGS_DATE_H
#define RUNGS_DATE_H

#include <stddef.h>
#include <stdint.h>

#define DATE_NONE INT32_MIN
#define DATE_BUF 16

/* Strict YYYY-MM-DD, a real calendar date in years 1..9999. Returns 0 or -1. */
int date_parse(const char *s, size_t n, int32_t *days);
void date_format(int32_t days, char buf[DATE_BUF]);
int32_t date_from_ymd(int y, int m, int d);
void date_to_ymd(int32_t days, int *y, int *m, int *d);

/* A date as the command line takes it: YYYY-MM-DD, `today`, or a quarter
 * YYYY-Qn. A quarter means its last day, or the day before it starts when
 * `as_from` (SPEC 1). Returns 0 or -1. */
int date_parse_arg(const char *s, int as_from, int32_t today, int32_t *days);

#endif
