#include "yload.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "date.h"
#include "num.h"

static void vreport(struct yctx *c, enum diag_severity sev, const struct ynode *at, const char *fmt, va_list ap)
{
	char msg[768];
	vsnprintf(msg, sizeof msg, fmt, ap);
	if (sev == DIAG_ERROR)
		c->errors++;
	diag_add(c->d, sev, c->file, at ? at->line : 0, at ? at->col : 0, "%s", msg);
}

void yerr(struct yctx *c, const struct ynode *at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport(c, DIAG_ERROR, at, fmt, ap);
	va_end(ap);
}

void ywarn(struct yctx *c, const struct ynode *at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport(c, DIAG_WARNING, at, fmt, ap);
	va_end(ap);
}

static const char *type_name(enum ynode_type t)
{
	return t == YN_MAP ? "a mapping" : t == YN_SEQ ? "a sequence" : "a value";
}

bool yexpect(struct yctx *c, const struct ynode *n, enum ynode_type t, const char *what)
{
	if (n && n->type == t)
		return true;
	yerr(c, n, "%s: expected %s, found %s", what, type_name(t), ynode_describe(n, c->d));
	return false;
}

bool yfields(struct yctx *c, const struct ynode *n, struct yfield *f, size_t nf, const char *what)
{
	for (size_t j = 0; j < nf; j++)
		f[j].val = NULL;
	if (!yexpect(c, n, YN_MAP, what))
		return false;
	for (size_t i = 0; i < ynode_map_len(n); i++) {
		const struct ynode *k = ynode_key(n, i);
		size_t j;
		for (j = 0; j < nf; j++)
			if (ynode_text_is(k, f[j].key))
				break;
		if (j < nf) {
			if (!f[j].val) /* a duplicate key was reported by the parser */
				f[j].val = ynode_val(n, i);
			continue;
		}
		const char *cands[32];
		size_t nc = nf < 32 ? nf : 32;
		for (j = 0; j < nc; j++)
			cands[j] = f[j].key;
		char *word = arena_strndup(c->a, k->text, k->len);
		const char *s = word ? suggest_closest(word, cands, nc) : NULL;
		if (s)
			ywarn(c, k, "unknown key '%s' in %s (did you mean '%s'?)", diag_quote(c->d, k->text, k->len), what, s);
		else
			ywarn(c, k, "unknown key '%s' in %s", diag_quote(c->d, k->text, k->len), what);
	}
	return true;
}

const struct ynode *yfield_get(const struct yfield *f, size_t nf, const char *key)
{
	for (size_t i = 0; i < nf; i++)
		if (strcmp(f[i].key, key) == 0)
			return f[i].val;
	return NULL;
}

const struct ynode *ykey(const struct ynode *map, const char *key)
{
	for (size_t i = 0; i < ynode_map_len(map); i++)
		if (ynode_text_is(ynode_key(map, i), key))
			return ynode_key(map, i);
	return NULL;
}

static bool scalar(struct yctx *c, const struct ynode *n, const char *what, const char *expected)
{
	if (n && n->type == YN_SCALAR && !ynode_is_null(n))
		return true;
	yerr(c, n, "%s: expected %s, found %s", what, expected, ynode_describe(n, c->d));
	return false;
}

bool yid(struct yctx *c, const struct ynode *n, const char *what, const char **out)
{
	if (!scalar(c, n, what, "an identifier"))
		return false;
	if (!id_valid(n->text, n->len)) {
		yerr(c, n, "%s: invalid identifier '%s' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)", what,
		     diag_quote(c->d, n->text, n->len));
		return false;
	}
	*out = n->text;
	return true;
}

bool ytext(struct yctx *c, const struct ynode *n, const char *what, const char **out)
{
	if (!scalar(c, n, what, "text"))
		return false;
	*out = n->text;
	return true;
}

bool yint(struct yctx *c, const struct ynode *n, const char *what, long long min, long long max, long long *out)
{
	if (!scalar(c, n, what, "an integer"))
		return false;
	int r = ynode_int(n, min, max, out);
	if (r == 0)
		return true;
	if (r == -2)
		yerr(c, n, "%s: %s is out of range (%lld to %lld)", what, ynode_describe(n, c->d), min, max);
	else
		yerr(c, n, "%s: expected an integer, found %s", what, ynode_describe(n, c->d));
	return false;
}

bool ynum_range(struct yctx *c, const struct ynode *n, const char *what, double lo, double hi, bool lo_open, double *out)
{
	if (!scalar(c, n, what, "a number"))
		return false;
	double v = 0;
	int rc = ynode_num(n, &v);
	bool in_range = !(lo_open ? v <= lo : v < lo) && v <= hi;
	if (rc == -2 && in_range) {
		yerr(c, n, "%s: %s has more digits than can be read exactly (at most 15 significant, 18 decimals)",
		     what, ynode_describe(n, c->d));
		return false;
	}
	if (rc == -1) {
		yerr(c, n, "%s: expected a number, found %s", what, ynode_describe(n, c->d));
		return false;
	}
	if (!in_range) {
		char a[NUM_BUF], b[NUM_BUF];
		num_format(lo, a);
		num_format(hi, b);
		yerr(c, n, "%s: %s is out of range (%s %s, at most %s)", what, ynode_describe(n, c->d),
		     lo_open ? "greater than" : "at least", a, b);
		return false;
	}
	*out = v;
	return true;
}

bool ynum_pos(struct yctx *c, const struct ynode *n, const char *what, double *out)
{
	return ynum_range(c, n, what, 0, 1e9, true, out);
}

bool ybool(struct yctx *c, const struct ynode *n, const char *what, bool *out)
{
	if (ynode_bool(n, out) == 0)
		return true;
	if (n && n->type == YN_SCALAR && !n->plain && (ynode_text_is(n, "true") || ynode_text_is(n, "false"))) {
		yerr(c, n, "%s: expected true or false, found quoted text '%s' (write %s without quotes)", what, n->text, n->text);
		return false;
	}
	yerr(c, n, "%s: expected true or false, found %s", what, ynode_describe(n, c->d));
	return false;
}

bool ydate(struct yctx *c, const struct ynode *n, const char *what, int32_t *out)
{
	if (!scalar(c, n, what, "a date"))
		return false;
	if (date_parse(n->text, n->len, out) != 0) {
		yerr(c, n, "%s: invalid date '%s' (expected YYYY-MM-DD, a real calendar date)", what,
		     diag_quote(c->d, n->text, n->len));
		return false;
	}
	return true;
}
