#include "diag.h"

#include "utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void diag_init(struct diag_list *d, size_t max_per_file)
{
	memset(d, 0, sizeof *d);
	d->max_per_file = max_per_file;
}

void diag_free(struct diag_list *d)
{
	if (!d)
		return;
	arena_free(&d->arena);
	free(d->v);
	free(d->files);
	memset(d, 0, sizeof *d);
}

static struct diag_file_count *file_count(struct diag_list *d, const char *file)
{
	for (size_t i = d->nfiles; i-- > 0;)
		if (d->files[i].file == file || (file && d->files[i].file && strcmp(d->files[i].file, file) == 0))
			return &d->files[i];
	if (!VEC_PUSH(d->files, d->nfiles, d->files_cap))
		return NULL;
	struct diag_file_count *fc = &d->files[d->nfiles++];
	fc->file = file ? arena_strdup(&d->arena, file) : NULL;
	fc->shown = fc->hidden = fc->hidden_errors = 0;
	return fc;
}

static size_t count_sev(const struct diag_list *d, enum diag_severity sev)
{
	size_t n = 0;
	for (size_t i = 0; i < d->n; i++)
		n += d->v[i].severity == sev;
	return n;
}

bool diag_room(const struct diag_list *d, const char *file)
{
	if (!d->max_per_file)
		return true;
	for (size_t i = d->nfiles; i-- > 0;)
		if (d->files[i].file == file || (file && d->files[i].file && strcmp(d->files[i].file, file) == 0))
			return d->files[i].shown < d->max_per_file;
	return true;
}

void diag_add(struct diag_list *d, enum diag_severity sev, const char *file, uint32_t line,
	      uint32_t col, const char *fmt, ...)
{
	if (sev == DIAG_ERROR)
		d->errors++;
	else if (sev == DIAG_WARNING)
		d->warnings++;
	struct diag_file_count *fc = file_count(d, file);
	if (!fc) {
		d->oom = true;
		return;
	}
	/* kept beyond the limit too, so that diag_finish shows the first by
	 * position, not by discovery; only a flood is dropped here */
	if (d->max_per_file && fc->shown >= d->max_per_file + 10000) {
		fc->hidden++;
		fc->hidden_errors += sev == DIAG_ERROR;
		return;
	}
	va_list ap;
	va_start(ap, fmt);
	char buf[1024];
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	char *message = arena_strdup(&d->arena, buf);
	if (!message || !VEC_PUSH(d->v, d->n, d->cap)) {
		d->oom = true;
		return;
	}
	fc->shown++;
	d->v[d->n] = (struct diag){fc->file, line, col, sev, message, (uint32_t)d->n};
	d->n++;
}

void diag_oom(struct diag_list *d, const char *file)
{
	d->oom = true;
	diag_add(d, DIAG_ERROR, file, 0, 0, "out of memory");
}

void diag_merge(struct diag_list *d, const struct diag_list *src, uint32_t line_offset)
{
	for (size_t i = 0; i < src->n; i++) {
		const struct diag *g = &src->v[i];
		uint32_t line = g->line ? g->line + line_offset : 0;
		diag_add(d, g->severity, g->file, line, g->col, "%s", g->message);
	}
	for (size_t i = 0; i < src->nfiles; i++) {
		struct diag_file_count *fc = file_count(d, src->files[i].file);
		if (fc) {
			fc->hidden += src->files[i].hidden;
			fc->hidden_errors += src->files[i].hidden_errors;
		}
	}
	d->oom |= src->oom;
	/* counted by diag_add above, except those dropped as a flood */
	d->errors += src->errors - (size_t)count_sev(src, DIAG_ERROR);
	d->warnings += src->warnings - (size_t)count_sev(src, DIAG_WARNING);
}

static int cmp_diag(const void *pa, const void *pb)
{
	const struct diag *a = pa, *b = pb;
	if (a->file != b->file) {
		if (!a->file || !b->file)
			return a->file ? 1 : -1; /* messages about no file first */
		int c = strcmp(a->file, b->file);
		if (c)
			return c;
	}
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static struct diag_file_count *find_count(struct diag_list *d, const char *file)
{
	for (size_t i = 0; i < d->nfiles; i++)
		if (d->files[i].file == file)
			return &d->files[i];
	return NULL;
}

void diag_finish(struct diag_list *d)
{
	if (d->finished)
		return;
	d->finished = true;
	if (d->n > 1)
		qsort(d->v, d->n, sizeof *d->v, cmp_diag);
	size_t out = 0, in_file = 0;
	for (size_t i = 0; i < d->n; i++) {
		in_file = i && d->v[i].file == d->v[i - 1].file ? in_file + 1 : 0;
		if (d->max_per_file && in_file >= d->max_per_file) {
			struct diag_file_count *fc = find_count(d, d->v[i].file);
			if (fc) {
				fc->hidden++;
				fc->hidden_errors += d->v[i].severity == DIAG_ERROR;
			}
			continue;
		}
		d->v[out++] = d->v[i];
	}
	d->n = out;
	for (size_t i = 0; i < d->nfiles; i++) {
		struct diag_file_count *fc = &d->files[i];
		if (!fc->hidden || !VEC_PUSH(d->v, d->n, d->cap))
			continue;
		char *msg = arena_printf(&d->arena, "… and %zu more", fc->hidden);
		/* after every other diagnostic of its file */
		d->v[d->n] = (struct diag){fc->file, UINT32_MAX, 0, DIAG_NOTE, msg, (uint32_t)d->n};
		d->n++;
	}
	if (d->n > 1)
		qsort(d->v, d->n, sizeof *d->v, cmp_diag);
}

const char *diag_severity_name(enum diag_severity s)
{
	return s == DIAG_ERROR ? "error" : s == DIAG_WARNING ? "warning" : "note";
}

/* Appends s with whatever could act on a terminal escaped (utf8_escape). */
static void put_escaped(char **p, char *end, const char *s, size_t n)
{
	*p += utf8_escape(*p, (size_t)(end - *p), s, n);
}

char *diag_format(const struct diag *dg, struct arena *a)
{
	char buf[2048], *p = buf, *end = buf + sizeof buf;
	if (dg->file) {
		put_escaped(&p, end, dg->file, strlen(dg->file));
		if (dg->line && dg->line != UINT32_MAX)
			p += snprintf(p, (size_t)(end - p), ":%u", dg->line);
		if (dg->line && dg->line != UINT32_MAX && dg->col)
			p += snprintf(p, (size_t)(end - p), ":%u", dg->col);
		p += snprintf(p, (size_t)(end - p), ": ");
	}
	p += snprintf(p, (size_t)(end - p), "%s: ", diag_severity_name(dg->severity));
	put_escaped(&p, end, dg->message, strlen(dg->message));
	return arena_strdup(a, buf);
}

const char *diag_quote(struct diag_list *d, const char *s, size_t n)
{
	char buf[256], *p = buf;
	if (n > 80) {
		n = 80; /* a diagnostic names its subject, it does not repeat a 10 MB field */
		while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--; /* not in the middle of a character */
	}
	put_escaped(&p, buf + sizeof buf, s, n);
	return arena_strdup(&d->arena, buf);
}
