/* assessments.csv: the evidence log, an append-only history (SPEC 1.4),
 * packed into 20-byte rows and grouped by employee. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvfields.h"
#include "date.h"
#include "load.h"
#include "num.h"

#define GONE_NAMED 3

struct assess_ctx {
	struct model *m;
	struct diag_list *d;
	const struct load_opts *o;
	size_t cap;
	size_t gone;
	char gone_names[GONE_NAMED][96];
};

static void note_gone(struct assess_ctx *c, const struct csv_row *r, int col, const char *kind)
{
	if (c->gone < GONE_NAMED)
		snprintf(c->gone_names[c->gone], sizeof c->gone_names[0], "line %u: %s '%s'", r->line, kind,
			 diag_quote(c->d, r->field[col], r->len[col]));
	c->gone++;
}

static int source_of(struct assess_ctx *c, const struct csv_row *r)
{
	const struct config *cfg = &c->m->cfg;
	int s = config_source(cfg, r->field[AC_SOURCE], r->len[AC_SOURCE]);
	if (s >= 0)
		return s;
	if (!r->len[AC_SOURCE]) {
		csv_row_problem(c->d, r, "empty source");
		return -1;
	}
	const char *names[SOURCES_MAX];
	for (size_t i = 0; i < cfg->nsources; i++)
		names[i] = cfg->sources[i].name;
	char word[80];
	snprintf(word, sizeof word, "%.*s", (int)(r->len[AC_SOURCE] < 79 ? r->len[AC_SOURCE] : 79), r->field[AC_SOURCE]);
	const char *hint = suggest_closest(word, names, cfg->nsources);
	if (hint)
		csv_row_problem(c->d, r, "unknown source '%s' (did you mean '%s'?)", diag_quote(c->d, word, strlen(word)), hint);
	else
		csv_row_problem(c->d, r, "unknown source '%s'", diag_quote(c->d, word, strlen(word)));
	return -1;
}

static int on_row(void *p, const struct csv_row *r)
{
	struct assess_ctx *c = p;
	struct model *m = c->m;
	long long level;
	int32_t date;
	bool ok = csvf_id(c->d, r, AC_EMPLOYEE, "employee id", true);
	ok &= csvf_id(c->d, r, AC_SKILL, "skill", true);
	ok &= csvf_int(c->d, r, AC_LEVEL, "level", 0, m->scale_max ? m->scale_max : LEVEL_MAX, &level);
	ok &= csvf_date(c->d, r, AC_DATE, "date", &date);
	int source = source_of(c, r);
	if (!ok || source < 0)
		return 0;
	uint32_t e = idmap_get(&m->person_ids, r->field[AC_EMPLOYEE], r->len[AC_EMPLOYEE]);
	uint32_t s = idmap_get(&m->skill_ids, r->field[AC_SKILL], r->len[AC_SKILL]);
	if (e == NONE || s == NONE) {
		/* history: people leave and skills retire; counted, not errors,
		 * unless the file they would be in could not be read */
		if ((e == NONE && (m->loaded & PART_PEOPLE)) || (e != NONE && (m->loaded & PART_SKILLS)))
			note_gone(c, r, e == NONE ? AC_EMPLOYEE : AC_SKILL, e == NONE ? "employee" : "skill");
		return 0;
	}
	if (c->o->warn_future && date > c->o->today) {
		char today[DATE_BUF];
		date_format(c->o->today, today);
		diag_add(c->d, DIAG_WARNING, r->file, r->line, 0, "assessment dated %.10s, after today (%s)", r->field[AC_DATE],
			 today);
	}
	uint32_t assessor = strtab_intern(&m->assessors, r->field[AC_ASSESSOR], r->len[AC_ASSESSOR]);
	if (assessor == NONE || !VEC_PUSH(m->rows, m->nrows, c->cap))
		return -1;
	m->rows[m->nrows++] = (struct assessment){e, assessor, r->line, date, (uint16_t)s, (uint8_t)level, (uint8_t)source};
	return 0;
}

static int cmp_row(const void *pa, const void *pb)
{
	const struct assessment *a = pa, *b = pb;
	if (a->skill != b->skill)
		return a->skill < b->skill ? -1 : 1;
	if (a->date != b->date)
		return a->date < b->date ? -1 : 1;
	return a->line < b->line ? -1 : a->line > b->line;
}

/* A counting sort by employee (stable, linear), then each person's few
 * rows by skill and date. */
static int group_by_employee(struct model *m)
{
	m->rows_of = calloc((size_t)m->npeople + 1, sizeof *m->rows_of);
	struct assessment *out = malloc((m->nrows ? m->nrows : 1) * sizeof *out);
	if (!m->rows_of || !out) {
		free(out);
		return -1;
	}
	for (size_t i = 0; i < m->nrows; i++)
		m->rows_of[m->rows[i].employee + 1]++;
	for (uint32_t e = 0; e < m->npeople; e++)
		m->rows_of[e + 1] += m->rows_of[e];
	size_t *next = malloc(((size_t)m->npeople + 1) * sizeof *next);
	if (!next) {
		free(out);
		return -1;
	}
	memcpy(next, m->rows_of, ((size_t)m->npeople + 1) * sizeof *next);
	for (size_t i = 0; i < m->nrows; i++)
		out[next[m->rows[i].employee]++] = m->rows[i];
	free(next);
	free(m->rows);
	m->rows = out;
	for (uint32_t e = 0; e < m->npeople; e++)
		if (m->rows_of[e + 1] - m->rows_of[e] > 1)
			qsort(m->rows + m->rows_of[e], m->rows_of[e + 1] - m->rows_of[e], sizeof *m->rows, cmp_row);
	return 0;
}

int assessments_load(struct model *m, const char *path, const char *display, const struct load_opts *o,
		     struct diag_list *d)
{
	static const bool req[AC__COUNT] = {true, true, true, true, true, false, false};
	struct csv_column cols[AC__COUNT];
	csvf_columns(&m->cfg, CSVF_ASSESSMENTS, req, cols, AC__COUNT);
	struct assess_ctx c = {.m = m, .d = d, .o = o};
	size_t errors0 = d->errors;
	if (strtab_intern(&m->assessors, "", 0) != 0) /* the empty assessor is 0 */
		return -1;
	int rc = csv_read_progress(path, display, cols, AC__COUNT, d, on_row, &c, &m->progress);
	if (c.gone) {
		char named[GONE_NAMED * 100] = "";
		for (size_t i = 0; i < c.gone && i < GONE_NAMED; i++) {
			strcat(named, i ? "; " : "");
			strcat(named, c.gone_names[i]);
		}
		diag_add(d, DIAG_WARNING, display, 0, 0,
			 "%zu row%s about employees or skills no longer present skipped (%s%s)", c.gone, c.gone == 1 ? "" : "s",
			 named, c.gone > GONE_NAMED ? "; …" : "");
	}
	if (group_by_employee(m) < 0)
		return -1;
	return rc < 0 || d->errors > errors0 ? -1 : 0;
}
