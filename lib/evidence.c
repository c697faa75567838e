#include "evidence.h"

#include <math.h>
#include <string.h>

#include "date.h"

const struct assessment *evidence_rows(const struct model *m, uint32_t e, uint32_t s, size_t *n, struct rows_buf *buf)
{
	size_t total;
	const struct assessment *a = model_rows(m, e, &total, buf), *end = a ? a + total : NULL;
	*n = 0;
	if (!a)
		return NULL;
	/* a person's rows are sorted by skill: find the run of s */
	size_t lo = 0, hi = (size_t)(end - a);
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (a[mid].skill < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t k = lo;
	while (k < (size_t)(end - a) && a[k].skill == s)
		k++;
	*n = k - lo;
	return a + lo;
}

struct pair {
	uint64_t who; /* pair_key(): one compare finds a row's pair */
	uint8_t source;
	uint32_t assessor;
	int32_t date;
	double sum;
	unsigned count;
};

#define MAX_PAIRS EVIDENCE_PAIRS_MAX
#define FEW_ROWS 8 /* fold_few's pairs are found by comparing every two rows */

static inline uint64_t pair_key(const struct assessment *a)
{
	return (uint64_t)a->source << 32 | a->assessor;
}

/* The level of two rows in the window, a[0] no later than a[1]: the
 * general steps below reduced to what they compute for them, operation
 * for operation (so bit for bit), without their pair table. A third of
 * the windows a million people fold hold two rows. */
static inline double fold_two(const struct config *cfg, const struct assessment *a)
{
	const struct source *s0 = &cfg->sources[a[0].source], *s1 = &cfg->sources[a[1].source];
	double v0 = a[0].level, v1 = a[1].level, v;
	if (a[0].source != a[1].source) { /* a pair each: weighted, summed in source order */
		bool first = a[0].source < a[1].source;
		const struct source *sa = first ? s0 : s1, *sb = first ? s1 : s0;
		double level_sum = 0.0 + sa->weight * (first ? v0 : v1), weight_sum = 0.0 + sa->weight;
		level_sum += sb->weight * (first ? v1 : v0);
		weight_sum += sb->weight;
		return weight_sum > 0 ? level_sum / weight_sum : 0;
	}
	if (a[0].assessor == a[1].assessor) /* one pair: its latest date's rows */
		v = a[1].date > a[0].date ? v1 : (v0 + v1) / 2;
	else /* two pairs of one source */
		v = s0->combine_max ? (v1 > v0 ? v1 : v0) : (v0 + v1) / 2;
	double level_sum = 0.0 + s0->weight * v, weight_sum = 0.0 + s0->weight;
	return weight_sum > 0 ? level_sum / weight_sum : 0;
}

/* The level of a window of a few rows a[lo, hi) in which no pair has two
 * rows of its latest date, the most of the windows past two rows: each row
 * counts alone for its pair or is superseded by a later row of the pair.
 * A pair's value is then its row's level, a whole number, and a source's
 * sum of such values is exact in any order, so the general steps below
 * compute the same level bit for bit without their pair table. false when
 * a pair has two rows of one date (the steps below take their mean). */
static inline bool fold_few(const struct config *cfg, const struct assessment *a, size_t lo, size_t hi, double *level)
{
	double value[SOURCES_MAX];
	unsigned npairs[SOURCES_MAX];
	uint32_t seen = 0;
	for (size_t i = lo; i < hi; i++) {
		uint64_t who = pair_key(&a[i]);
		size_t j = i + 1;
		while (j < hi && pair_key(&a[j]) != who)
			j++;
		if (j < hi && a[j].date <= a[i].date)
			return false; /* the rows are by date: a[j], the pair's next, is of a[i]'s */
		if (j < hi)
			continue; /* superseded */
		uint8_t s = a[i].source;
		double v = a[i].level;
		bool max = cfg->sources[s].combine_max;
		if (!(seen & 1u << s)) {
			seen |= 1u << s;
			npairs[s] = 0;
			value[s] = max ? v : 0;
		}
		npairs[s]++;
		value[s] = max ? (v > value[s] ? v : value[s]) : value[s] + v;
	}
	double weight_sum = 0, level_sum = 0;
	for (uint32_t left = seen; left; left &= left - 1) { /* in source order, as fold_window's sums run */
		unsigned s = (unsigned)__builtin_ctz(left);
		double v = cfg->sources[s].combine_max || npairs[s] == 1 ? value[s] : value[s] / npairs[s];
		level_sum += cfg->sources[s].weight * v;
		weight_sum += cfg->sources[s].weight;
	}
	*level = weight_sum > 0 ? level_sum / weight_sum : 0;
	return true;
}

/* stats false: only ev.level is wanted (status, source_value, out and
 * nout NULL), the cost of scoring a million people. */
static inline struct evidence fold_window(const struct model *m, const struct assessment *a, size_t n, size_t lo,
					  size_t hi, bool stats, enum row_status *status, double *source_value,
					  struct evidence_pair *out, size_t *nout)
{
	const struct config *cfg = &m->cfg;
	struct evidence ev = {0, DATE_NONE, DATE_NONE, 0, 0};
	if (!stats && hi - lo == 1) { /* one row, the steps below reduced to what they compute */
		const struct source *src = &cfg->sources[a[lo].source];
		double v = a[lo].level;
		ev.level = src->weight > 0 ? src->weight * v / src->weight : 0;
		return ev;
	}
	if (!stats && hi - lo == 2)
		return (struct evidence){fold_two(cfg, a + lo), DATE_NONE, DATE_NONE, 0, 0};
	if (!stats && hi - lo <= FEW_ROWS && fold_few(cfg, a, lo, hi, &ev.level))
		return ev;
	for (size_t i = 0; status && i < n; i++)
		if (i < lo || i >= hi)
			status[i] = i < lo ? ROW_TOO_OLD : ROW_FUTURE;
	struct pair pairs[MAX_PAIRS];
	size_t np = 0;
	/* 1-2: each (source, assessor) pair keeps the rows of its latest date */
	for (size_t i = lo; i < hi; i++) {
		size_t p = 0;
		uint64_t who = pair_key(&a[i]);
		while (p < np && pairs[p].who != who)
			p++;
		if (p == np) {
			if (np == MAX_PAIRS)
				continue; /* more assessors of one skill than anyone has */
			pairs[np++] = (struct pair){who, a[i].source, a[i].assessor, a[i].date, 0, 0};
		}
		if (a[i].date > pairs[p].date) /* a later row supersedes */
			pairs[p].date = a[i].date, pairs[p].sum = 0, pairs[p].count = 0;
		pairs[p].sum += a[i].level;
		pairs[p].count++;
	}
	/* 3: per source, the mean or the maximum of its pairs' values; a
	 * source's slots are set when it is first met (bit s of seen), as
	 * clearing all 32 for a fold of three rows cost more than the fold */
	double value[SOURCES_MAX], weight_sum = 0, level_sum = 0;
	unsigned npairs[SOURCES_MAX];
	uint32_t seen = 0;
	for (size_t p = 0; p < np; p++) {
		/* x / 1 is x: most pairs are one row, and a division is slow */
		double v = pairs[p].count == 1 ? pairs[p].sum : pairs[p].sum / pairs[p].count;
		uint8_t s = pairs[p].source;
		if (!(seen & 1u << s)) {
			seen |= 1u << s;
			npairs[s] = 0;
			value[s] = cfg->sources[s].combine_max ? v : 0;
		}
		npairs[s]++;
		if (cfg->sources[s].combine_max)
			value[s] = v > value[s] ? v : value[s];
		else
			value[s] += v;
	}
	/* 4: the mean of the source values weighted by the source weights */
	for (size_t s = 0; source_value && s < cfg->nsources; s++)
		source_value[s] = NAN;
	for (uint32_t left = seen; left; left &= left - 1) { /* in source order, as the sums run */
		unsigned s = (unsigned)__builtin_ctz(left);
		double v = cfg->sources[s].combine_max || npairs[s] == 1 ? value[s] : value[s] / npairs[s];
		if (source_value)
			source_value[s] = v;
		level_sum += cfg->sources[s].weight * v;
		weight_sum += cfg->sources[s].weight;
		ev.sources |= 1u << s;
	}
	ev.level = weight_sum > 0 ? level_sum / weight_sum : 0;
	if (!stats)
		return ev;
	/* the rows that count are each pair's rows of its latest date: the
	 * ones its count holds, so only a caller asking for every row's
	 * status needs the rows walked again */
	for (size_t p = 0; p < np; p++) {
		if (out)
			out[p] = (struct evidence_pair){pairs[p].source, pairs[p].assessor, pairs[p].date,
							pairs[p].sum / pairs[p].count, pairs[p].count};
		ev.rows += pairs[p].count;
		if (ev.newest == DATE_NONE || pairs[p].date > ev.newest)
			ev.newest = pairs[p].date;
		if (ev.oldest == DATE_NONE || pairs[p].date < ev.oldest)
			ev.oldest = pairs[p].date;
	}
	if (nout)
		*nout = np;
	for (size_t i = lo; status && i < hi; i++) {
		size_t p = 0;
		while (p < np && pairs[p].who != pair_key(&a[i]))
			p++;
		status[i] = p < np && pairs[p].date == a[i].date ? ROW_COUNTS : ROW_SUPERSEDED;
	}
	return ev;
}

/* The end of the run of rows of one skill that starts at a (below end),
 * and the stretch [*lo, *hi) of it in the window (as_of -
 * evidence_max_age_days, as_of]: the run is by date, so the stretch's ends
 * are counts, taken in the one pass that finds the run's end (a search
 * stopping at a row that differs from run to run is a branch the CPU
 * guesses wrong). */
static inline const struct assessment *run_window(const struct model *m, const struct assessment *a,
						  const struct assessment *end, int32_t as_of, size_t *lo, size_t *hi)
{
	int32_t oldest_allowed = as_of - m->cfg.evidence_max_age_days; /* exclusive */
	size_t l = 0, h = 0;
	for (const struct assessment *run = a; a < end && a->skill == run->skill; a++) {
		l += a->date <= oldest_allowed;
		h += a->date <= as_of;
	}
	*lo = l;
	*hi = h; /* >= l: the window's age is at least a day */
	return a;
}

static inline struct evidence fold(const struct model *m, const struct assessment *a, size_t n, int32_t as_of,
				   bool stats, enum row_status *status, double *source_value,
				   struct evidence_pair *out, size_t *nout)
{
	size_t lo, hi;
	lo = hi = 0;
	if (n) /* a is NULL without rows, and NULL + 0 is undefined */
		run_window(m, a, a + n, as_of, &lo, &hi); /* n rows of one skill: the run is all of them */
	return fold_window(m, a, n, lo, hi, stats, status, source_value, out, nout);
}

struct evidence evidence_fold(const struct model *m, uint32_t e, uint32_t s, int32_t as_of,
			      enum row_status *status, double *source_value)
{
	size_t n;
	struct rows_buf buf;
	const struct assessment *a = evidence_rows(m, e, s, &n, &buf);
	return fold(m, a, n, as_of, true, status, source_value, NULL, NULL);
}

struct evidence evidence_explain(const struct model *m, uint32_t e, uint32_t s, int32_t as_of,
				 enum row_status *status, double *source_value, struct evidence_pair *pairs,
				 size_t *npairs)
{
	size_t n;
	struct rows_buf buf;
	const struct assessment *a = evidence_rows(m, e, s, &n, &buf);
	return fold(m, a, n, as_of, true, status, source_value, pairs, npairs);
}

size_t evidence_each(const struct model *m, uint32_t e, int32_t as_of, double *levels, struct evidence *info,
		     uint32_t *skills)
{
	size_t n, k = 0;
	struct rows_buf buf;
	const struct assessment *a = model_rows(m, e, &n, &buf), *end = a ? a + n : NULL; /* NULL + 0 is undefined */
	while (a && a < end) {
		const struct assessment *run = a;
		size_t lo, hi;
		a = run_window(m, run, end, as_of, &lo, &hi);
		size_t nr = (size_t)(a - run);
		if (info)
			levels[run->skill] = (info[run->skill] = fold_window(m, run, nr, lo, hi, true, NULL, NULL, NULL, NULL)).level;
		else
			levels[run->skill] = fold_window(m, run, nr, lo, hi, false, NULL, NULL, NULL, NULL).level;
		if (skills)
			skills[k] = run->skill;
		k++;
	}
	return k;
}

void evidence_all(const struct model *m, uint32_t e, int32_t as_of, double *levels, struct evidence *info)
{
	memset(levels, 0, m->nskills * sizeof *levels);
	evidence_each(m, e, as_of, levels, info, NULL);
}

bool evidence_unverified(const struct model *m, const struct evidence *ev)
{
	int self = config_source(&m->cfg, "self", 4);
	return ev->rows && self >= 0 && ev->sources == 1u << self;
}
