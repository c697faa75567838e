#include "out.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "utf8.h"

/* ------------------------------------------------------------------ */
/* The document: values in an arena                                   */

#define CHUNK_SIZE 16384
#define BIG_ALLOC (CHUNK_SIZE / 4)
#define MAX_ALIGN alignof(max_align_t)

struct chunk {
	struct chunk *next;
	size_t used, cap;
	max_align_t mem[];
};

struct out_doc {
	struct chunk *head; /* the chunk small allocations come from */
	bool oom;
};

struct ov_member {
	const char *key;
	struct ov *val;
};

struct ov {
	enum ov_kind kind;
	union {
		bool b;
		long long i;
		double n;
		struct {
			const char *p;
			size_t len;
		} s;
		struct {
			struct ov **items;
			size_t len, cap;
		} a;
		struct {
			struct ov_member *items;
			size_t len, cap;
		} o;
	} u;
};

struct out_doc *out_doc_new(void)
{
	return calloc(1, sizeof(struct out_doc));
}

void out_doc_free(struct out_doc *doc)
{
	if (!doc)
		return;
	for (struct chunk *c = doc->head, *next; c; c = next) {
		next = c->next;
		free(c);
	}
	free(doc);
}

void out_doc_reset(struct out_doc *doc)
{
	struct chunk *keep = NULL;
	if (!doc)
		return;
	for (struct chunk *c = doc->head, *next; c; c = next) {
		next = c->next;
		if (!keep && c->cap == CHUNK_SIZE)
			keep = c;
		else
			free(c);
	}
	if (keep) {
		keep->used = 0;
		keep->next = NULL;
	}
	doc->head = keep;
	doc->oom = false;
}

bool out_doc_failed(const struct out_doc *doc)
{
	return doc && doc->oom;
}

static struct chunk *chunk_new(struct out_doc *doc, size_t cap)
{
	struct chunk *c;
	if (cap > SIZE_MAX - sizeof(*c) || !(c = malloc(sizeof(*c) + cap))) {
		doc->oom = true;
		return NULL;
	}
	c->used = 0;
	c->cap = cap;
	return c;
}

/* A large block gets a chunk of its own, linked behind the head so that
 * the head's free space keeps serving small allocations. */
static void *doc_alloc_big(struct out_doc *doc, size_t size)
{
	struct chunk *c = chunk_new(doc, size);
	if (!c)
		return NULL;
	c->used = size;
	if (doc->head) {
		c->next = doc->head->next;
		doc->head->next = c;
	} else {
		c->next = NULL;
		doc->head = c;
	}
	return c->mem;
}

static void *doc_alloc(struct out_doc *doc, size_t size, size_t align)
{
	struct chunk *c = doc->head;
	size_t at;

	if (doc->oom)
		return NULL;
	if (size > BIG_ALLOC)
		return doc_alloc_big(doc, size);
	at = c ? (c->used + align - 1) / align * align : 0;
	if (!c || at > c->cap || c->cap - at < size) {
		if (!(c = chunk_new(doc, CHUNK_SIZE)))
			return NULL;
		c->next = doc->head;
		doc->head = c;
		at = 0;
	}
	c->used = at + size;
	return (char *)c->mem + at;
}

/* Grows the array at old (old_size bytes) to new_size bytes: in place when
 * it is the head chunk's last allocation, which it usually is while a
 * command fills one list. */
static void *doc_grow(struct out_doc *doc, void *old, size_t old_size, size_t new_size)
{
	struct chunk *c = doc->head;
	void *p;

	if (old && c && (char *)old + old_size == (char *)c->mem + c->used &&
		new_size <= BIG_ALLOC && c->cap - c->used >= new_size - old_size) {
		c->used += new_size - old_size;
		return old;
	}
	p = doc_alloc(doc, new_size, MAX_ALIGN);
	if (p && old_size)
		memcpy(p, old, old_size);
	return p;
}

static struct ov *ov_new(struct out_doc *doc, enum ov_kind kind)
{
	struct ov *v = doc_alloc(doc, sizeof(*v), MAX_ALIGN);
	if (v) {
		memset(v, 0, sizeof(*v));
		v->kind = kind;
	}
	return v;
}

static char *doc_strndup(struct out_doc *doc, const char *s, size_t n)
{
	char *p = n < SIZE_MAX ? doc_alloc(doc, n + 1, 1) : NULL;
	if (p) {
		if (n)
			memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

struct ov *ov_null(struct out_doc *doc)
{
	return ov_new(doc, OV_NULL);
}

struct ov *ov_bool(struct out_doc *doc, bool b)
{
	struct ov *v = ov_new(doc, OV_BOOL);
	if (v)
		v->u.b = b;
	return v;
}

struct ov *ov_int(struct out_doc *doc, long long i)
{
	struct ov *v = ov_new(doc, OV_INT);
	if (v)
		v->u.i = i;
	return v;
}

struct ov *ov_num(struct out_doc *doc, double x)
{
	struct ov *v = ov_new(doc, OV_NUM);
	if (v)
		v->u.n = x;
	return v;
}

struct ov *ov_strn(struct out_doc *doc, const char *s, size_t n)
{
	struct ov *v;
	if (!s)
		return ov_null(doc);
	v = ov_new(doc, OV_STR);
	if (v && !(v->u.s.p = doc_strndup(doc, s, n)))
		return NULL;
	if (v)
		v->u.s.len = n;
	return v;
}

struct ov *ov_str(struct out_doc *doc, const char *s)
{
	return ov_strn(doc, s, s ? strlen(s) : 0);
}

struct ov *ov_arr(struct out_doc *doc)
{
	return ov_new(doc, OV_ARR);
}

struct ov *ov_obj(struct out_doc *doc)
{
	return ov_new(doc, OV_OBJ);
}

/* Makes room for one more element of elem_size bytes in *items. */
static bool grow_items(struct out_doc *doc, void **items, size_t len, size_t *cap, size_t elem_size)
{
	size_t ncap;
	void *p;
	if (len < *cap)
		return true;
	ncap = *cap ? *cap * 2 : 4;
	if (ncap > SIZE_MAX / 2 / elem_size) {
		doc->oom = true;
		return false;
	}
	if (!(p = doc_grow(doc, *items, *cap * elem_size, ncap * elem_size)))
		return false;
	*items = p;
	*cap = ncap;
	return true;
}

/* The member named key. The search starts at *hint (when not NULL) and
 * leaves there the index found: rows built alike keep their keys at the
 * same places, so a column looked up row after row is found at once. */
static struct ov_member *obj_find_at(const struct ov *obj, const char *key, size_t *hint)
{
	struct ov_member *it = obj->u.o.items;
	size_t n = obj->u.o.len, h = hint && *hint < n ? *hint : 0;

	for (size_t k = 0, i = h; k < n; k++, i = i + 1 < n ? i + 1 : 0) {
		if (it[i].key == key || strcmp(it[i].key, key) == 0) {
			if (hint)
				*hint = i;
			return &it[i];
		}
	}
	return NULL;
}

static struct ov_member *obj_find(const struct ov *obj, const char *key)
{
	return obj_find_at(obj, key, NULL);
}

static void obj_append(struct out_doc *doc, struct ov *obj, const char *key, struct ov *val)
{
	void *items = obj->u.o.items;
	if (!grow_items(doc, &items, obj->u.o.len, &obj->u.o.cap, sizeof(struct ov_member)))
		return;
	obj->u.o.items = items;
	obj->u.o.items[obj->u.o.len++] = (struct ov_member){key, val};
}

void ov_set(struct out_doc *doc, struct ov *obj, const char *key, struct ov *val)
{
	struct ov_member *m;
	const char *k;

	if (!obj || obj->kind != OV_OBJ || !key || !val)
		return;
	if ((m = obj_find(obj, key))) {
		m->val = val;
		return;
	}
	if ((k = doc_strndup(doc, key, strlen(key))))
		obj_append(doc, obj, k, val);
}

void ov_add(struct out_doc *doc, struct ov *obj, const char *key, struct ov *val)
{
	if (obj && obj->kind == OV_OBJ && key && val)
		obj_append(doc, obj, key, val);
}

void ov_push(struct out_doc *doc, struct ov *arr, struct ov *val)
{
	void *items;
	if (!arr || arr->kind != OV_ARR || !val)
		return;
	items = arr->u.a.items;
	if (!grow_items(doc, &items, arr->u.a.len, &arr->u.a.cap, sizeof(struct ov *)))
		return;
	arr->u.a.items = items;
	arr->u.a.items[arr->u.a.len++] = val;
}

enum ov_kind ov_kind(const struct ov *v)
{
	return v ? v->kind : OV_NULL;
}

size_t ov_len(const struct ov *v)
{
	if (v && v->kind == OV_ARR)
		return v->u.a.len;
	if (v && v->kind == OV_OBJ)
		return v->u.o.len;
	return 0;
}

struct ov *ov_at(const struct ov *v, size_t i)
{
	if (i >= ov_len(v))
		return NULL;
	return v->kind == OV_ARR ? v->u.a.items[i] : v->u.o.items[i].val;
}

const char *ov_key_at(const struct ov *obj, size_t i)
{
	if (ov_kind(obj) != OV_OBJ || i >= obj->u.o.len)
		return NULL;
	return obj->u.o.items[i].key;
}

struct ov *ov_get(const struct ov *obj, const char *key)
{
	struct ov_member *m;
	if (ov_kind(obj) != OV_OBJ || !key)
		return NULL;
	m = obj_find(obj, key);
	return m ? m->val : NULL;
}

bool ov_to_bool(const struct ov *v)
{
	return ov_kind(v) == OV_BOOL && v->u.b;
}

long long ov_to_int(const struct ov *v)
{
	if (ov_kind(v) == OV_INT)
		return v->u.i;
	if (ov_kind(v) == OV_NUM && v->u.n > (double)LLONG_MIN && v->u.n < (double)LLONG_MAX)
		return (long long)v->u.n;
	return 0;
}

double ov_to_num(const struct ov *v)
{
	if (ov_kind(v) == OV_NUM)
		return v->u.n;
	return ov_kind(v) == OV_INT ? (double)v->u.i : 0;
}

const char *ov_to_str(const struct ov *v, size_t *len)
{
	if (ov_kind(v) != OV_STR)
		return NULL;
	if (len)
		*len = v->u.s.len;
	return v->u.s.p;
}

/* ------------------------------------------------------------------ */
/* Formats                                                             */

static const char *const format_names[] = {
	[OUT_TABLE] = "table", [OUT_CSV] = "csv", [OUT_TSV] = "tsv",
	[OUT_JSON] = "json", [OUT_JSONL] = "jsonl", [OUT_MD] = "md",
	[OUT_DOT] = "dot", [OUT_MERMAID] = "mermaid",
};

#define NFORMATS (sizeof(format_names) / sizeof(format_names[0]))

int out_format_parse(const char *name, enum out_format *fmt)
{
	for (size_t i = 0; name && i < NFORMATS; i++) {
		if (strcmp(name, format_names[i]) == 0) {
			*fmt = (enum out_format)i;
			return 0;
		}
	}
	return -1;
}

const char *out_format_name(enum out_format fmt)
{
	return (size_t)fmt < NFORMATS ? format_names[fmt] : "unknown";
}

/* ------------------------------------------------------------------ */
/* Buffers and the output stream                                       */

struct buf {
	char *p;
	size_t len, cap;
	bool oom;
};

static bool buf_reserve(struct buf *b, size_t extra)
{
	size_t cap;
	char *p;
	if (b->oom)
		return false;
	if (b->cap - b->len >= extra)
		return true;
	for (cap = b->cap ? b->cap : 256; cap - b->len < extra; cap *= 2) {
		if (cap > SIZE_MAX / 2) {
			b->oom = true;
			return false;
		}
	}
	if (!(p = realloc(b->p, cap))) {
		b->oom = true;
		return false;
	}
	b->p = p;
	b->cap = cap;
	return true;
}

static void buf_add(struct buf *b, const char *s, size_t n)
{
	if (n && buf_reserve(b, n)) {
		memcpy(b->p + b->len, s, n);
		b->len += n;
	}
}

static void buf_addc(struct buf *b, char c)
{
	if (buf_reserve(b, 1))
		b->p[b->len++] = c;
}

static void buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

static void buf_spaces(struct buf *b, size_t n)
{
	if (n && buf_reserve(b, n)) {
		memset(b->p + b->len, ' ', n);
		b->len += n;
	}
}

#define FLUSH_AT 65536

/* Output is collected in b and handed to stdio at line ends, so a line
 * can still be trimmed before it leaves. */
struct out {
	FILE *f;
	struct buf b;
	size_t line;     /* start of the current line in b */
	int err;         /* first error, as an errno value */
	bool color;
	struct buf cell; /* scratch: a cell's text before escaping */
	struct buf esc;  /* scratch: a table cell as written, to measure */
};

static void out_flush(struct out *o)
{
	if (!o->err && o->b.oom)
		o->err = ENOMEM;
	if (!o->err && o->b.len) {
		errno = 0;
		if (fwrite(o->b.p, 1, o->b.len, o->f) != o->b.len)
			o->err = errno ? errno : EIO;
	}
	o->b.len = 0;
	o->line = 0;
}

/* Ends the line; trim drops the spaces that padding left at its end. */
static void out_nl(struct out *o, bool trim)
{
	while (trim && o->b.len > o->line && o->b.p[o->b.len - 1] == ' ')
		o->b.len--;
	buf_addc(&o->b, '\n');
	o->line = o->b.len;
	if (o->b.len >= FLUSH_AT)
		out_flush(o);
}

static int out_finish(struct out *o)
{
	out_flush(o);
	if (!o->err && (o->cell.oom || o->esc.oom))
		o->err = ENOMEM;
	errno = 0;
	if (fflush(o->f) != 0 && !o->err)
		o->err = errno ? errno : EIO;
	if (!o->err && ferror(o->f))
		o->err = EIO;
	free(o->b.p);
	free(o->cell.p);
	free(o->esc.p);
	if (o->err) {
		errno = o->err;
		return -1;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Scalars as text                                                     */

static const char hexdigits[] = "0123456789abcdef";

static void put_int(struct buf *b, long long v)
{
	char tmp[24];
	size_t n = 0;
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		buf_addc(b, '-');
	while (n)
		buf_addc(b, tmp[--n]);
}

/* The num_format* texts are measured with strlen: for huge values num.c
 * returns the untruncated snprintf length, longer than the buffer. */
static void put_fixed(struct buf *b, double x, int decimals, bool trim)
{
	char t[NUM_BUF];
	num_format_fixed(x, decimals, trim, t);
	buf_adds(b, t);
}

/* Writes r(x) as num_format does; returns false, writing nothing, for NaN
 * and infinities, which no format can carry as a number. */
static bool put_num(struct buf *b, double x)
{
	char t[NUM_BUF];
	if (!isfinite(x))
		return false;
	num_format(x, t);
	buf_adds(b, t);
	return true;
}

/* \u followed by four hex digits */
static bool disp_unsafe(uint32_t cp);

static void put_uesc(struct buf *b, uint32_t cp)
{
	char t[6] = {'\\', 'u', hexdigits[cp >> 12 & 15], hexdigits[cp >> 8 & 15],
		hexdigits[cp >> 4 & 15], hexdigits[cp & 15]};
	buf_add(b, t, sizeof(t));
}

/* ------------------------------------------------------------------ */
/* JSON                                                                */

static bool json_plain(unsigned char c)
{
	return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
}

/* Escapes the character at s; returns the bytes consumed. Bytes that are
 * not UTF-8 become U+FFFD so that the output is always valid JSON; DEL, C1
 * controls, bidirectional overrides and line separators are escaped (the
 * same text to a parser) so that no terminal acts on them. */
static size_t json_special(struct buf *b, const char *s, size_t n)
{
	static const char from[] = "\"\\\b\f\n\r\t", to[] = "\"\\bfnrt";
	unsigned char c = (unsigned char)s[0];
	const char *e = c ? strchr(from, c) : NULL;
	uint32_t cp;
	size_t len;

	if (e) {
		buf_addc(b, '\\');
		buf_addc(b, to[e - from]);
		return 1;
	}
	if (c < 0x80) {
		put_uesc(b, c);
		return 1;
	}
	if (!(len = utf8_decode(s, n, &cp))) {
		buf_adds(b, "\\ufffd");
		return 1;
	}
	if (cp < 0xa0 || disp_unsafe(cp))
		put_uesc(b, cp);
	else
		buf_add(b, s, len);
	return len;
}

static void json_str(struct buf *b, const char *s, size_t n)
{
	size_t i = 0, j;
	buf_addc(b, '"');
	while (i < n) {
		for (j = i; j < n && json_plain((unsigned char)s[j]); j++)
			;
		buf_add(b, s + i, j - i);
		if (j < n)
			j += json_special(b, s + j, n - j);
		i = j;
	}
	buf_addc(b, '"');
}

/* depth < 0: compact, on one line; else pretty at that depth, which needs
 * o for its newlines. */
static void json_value(struct buf *b, struct out *o, const struct ov *v, int depth);

static void json_indent(struct out *o, int depth)
{
	if (depth < 0)
		return;
	out_nl(o, false);
	for (int i = 0; i < depth; i++)
		buf_add(&o->b, "  ", 2);
}

/* What goes before item i of a container whose items are at depth inner
 * (< 0: compact): the comma, the line break and indent, the key. */
static void json_item(struct buf *b, struct out *o, size_t i, const char *key, int inner)
{
	if (i)
		buf_addc(b, ',');
	json_indent(o, inner);
	if (key) {
		json_str(b, key, strlen(key));
		buf_adds(b, inner < 0 ? ":" : ": ");
	}
}

/* Closes a container at depth that got n items. */
static void json_end(struct buf *b, struct out *o, size_t n, int depth, char close)
{
	if (n)
		json_indent(o, depth);
	buf_addc(b, close);
}

static void json_container(struct buf *b, struct out *o, const struct ov *v, int depth)
{
	bool obj = v->kind == OV_OBJ;
	size_t n = ov_len(v);
	int inner = depth < 0 ? -1 : depth + 1;

	buf_addc(b, obj ? '{' : '[');
	for (size_t i = 0; i < n; i++) {
		json_item(b, o, i, obj ? v->u.o.items[i].key : NULL, inner);
		json_value(b, o, ov_at(v, i), inner);
	}
	json_end(b, o, n, depth, obj ? '}' : ']');
}

static void json_value(struct buf *b, struct out *o, const struct ov *v, int depth)
{
	switch (ov_kind(v)) {
	case OV_BOOL:
		buf_adds(b, v->u.b ? "true" : "false");
		break;
	case OV_INT:
		put_int(b, v->u.i);
		break;
	case OV_NUM:
		if (!put_num(b, v->u.n))
			buf_adds(b, "null");
		break;
	case OV_STR:
		json_str(b, v->u.s.p, v->u.s.len);
		break;
	case OV_ARR:
	case OV_OBJ:
		json_container(b, o, v, depth);
		break;
	default:
		buf_adds(b, "null");
		break;
	}
}

/* ------------------------------------------------------------------ */
/* The main list: rows of csv and tsv, lines of jsonl                  */

struct rows {
	const struct ov *list; /* NULL: single is the only row */
	const struct ov *single;
	size_t n;
};

static struct rows main_rows(const struct ov *root, const struct out_view *view)
{
	struct rows r = {NULL, NULL, 0};
	if (view && view->main) {
		r.list = ov_get(root, view->main);
		r.n = ov_kind(r.list) == OV_ARR ? ov_len(r.list) : 0;
	} else if (ov_kind(root) == OV_ARR) {
		r.list = root;
		r.n = ov_len(root);
	} else {
		r.single = root;
		r.n = 1;
	}
	return r;
}

static const struct ov *rows_at(const struct rows *r, size_t i)
{
	return r->list ? ov_at(r->list, i) : r->single;
}

static bool same_key(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/* A column with a NULL key shows the row itself: rows that are not
 * objects still print. hint: where the column's key was in the row before
 * (see obj_find_at), or NULL. */
static const struct ov *cell_value(const struct ov *row, const char *key, size_t *hint)
{
	const struct ov_member *m;
	if (!key)
		return row;
	if (ov_kind(row) != OV_OBJ)
		return NULL;
	m = obj_find_at(row, key, hint);
	return m ? m->val : NULL;
}

static void write_jsonl(struct out *o, const struct ov *root, const struct out_view *view)
{
	struct rows r = main_rows(root, view);
	for (size_t i = 0; i < r.n; i++) {
		json_value(&o->b, o, rows_at(&r, i), -1);
		out_nl(o, false);
	}
}

/* ------------------------------------------------------------------ */
/* CSV and TSV                                                         */

/* A cell's text before quoting: lists joined with ';', objects as JSON. */
static void sv_text(struct buf *b, const struct ov *v)
{
	switch (ov_kind(v)) {
	case OV_BOOL:
		buf_adds(b, v->u.b ? "true" : "false");
		break;
	case OV_INT:
		put_int(b, v->u.i);
		break;
	case OV_NUM:
		put_num(b, v->u.n);
		break;
	case OV_STR:
		buf_add(b, v->u.s.p, v->u.s.len);
		break;
	case OV_ARR:
		for (size_t i = 0; i < ov_len(v); i++) {
			if (i)
				buf_addc(b, ';');
			sv_text(b, ov_at(v, i));
		}
		break;
	case OV_OBJ:
		json_value(b, NULL, v, -1);
		break;
	default:
		break;
	}
}

static bool starts_with_str(const struct ov *v)
{
	while (ov_kind(v) == OV_ARR && ov_len(v))
		v = ov_at(v, 0);
	return ov_kind(v) == OV_STR;
}

/* [+-]digits[.digits]: text that a spreadsheet reads as a number, not a
 * formula, and that must keep its sign. */
static bool plain_decimal(const char *s, size_t n)
{
	size_t i = 0, d;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		i++;
	for (d = i; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		;
	if (i == d)
		return false;
	if (i < n && s[i] == '.') {
		for (d = ++i; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			;
		if (i == d)
			return false;
	}
	return i == n;
}

/* Spreadsheets run a cell starting with = + - @ (and, after trimming, tab
 * or CR) as a formula: a leading ' makes it text (CSV injection). */
static bool needs_neutralising(const char *s, size_t n)
{
	return n && s[0] && strchr("=+-@\t\r", s[0]) && !plain_decimal(s, n);
}

/* Writes the character at s[0..n) unless it is ASCII other than the
 * controls: those the caller writes, and 0 is returned. A character that
 * could act on a terminal showing the file (`cat report.csv`) - a C0
 * control other than tab, CR and LF, DEL, a C1 control, a byte that is not
 * UTF-8, a bidirectional override - is written as the text \xNN or \uNNNN;
 * any other non-ASCII character as is. Returns the bytes consumed. */
static size_t sv_special(struct buf *b, const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];
	uint32_t cp;
	size_t len;
	if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7f ||
	    (c >= 0x80 && !(len = utf8_decode(s, n, &cp)))) {
		char t[4] = {'\\', 'x', hexdigits[c >> 4], hexdigits[c & 15]};
		buf_add(b, t, sizeof(t));
		return 1;
	}
	if (c < 0x80)
		return 0;
	if (disp_unsafe(cp))
		put_uesc(b, cp);
	else
		buf_add(b, s, len);
	return len;
}

static void csv_field(struct buf *b, const char *s, size_t n)
{
	bool quote = false;
	for (size_t i = 0; i < n && !quote; i++)
		quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
	if (quote)
		buf_addc(b, '"');
	for (size_t i = 0, k; i < n; i++) {
		if ((k = sv_special(b, s + i, n - i))) {
			i += k - 1;
			continue;
		}
		if (s[i] == '"')
			buf_addc(b, '"');
		buf_addc(b, s[i]);
	}
	if (quote)
		buf_addc(b, '"');
}

static void tsv_field(struct buf *b, const char *s, size_t n)
{
	static const char from[] = "\t\r\n\\", to[] = "trn\\";
	for (size_t i = 0, k; i < n; i++) {
		const char *e = s[i] ? strchr(from, s[i]) : NULL;
		if (e) {
			buf_addc(b, '\\');
			buf_addc(b, to[e - from]);
		} else if ((k = sv_special(b, s + i, n - i))) {
			i += k - 1;
		} else {
			buf_addc(b, s[i]);
		}
	}
}

static void sv_cell(struct out *o, const struct ov *v, bool tsv)
{
	struct buf *t = &o->cell;
	t->len = 0;
	sv_text(t, v);
	if (starts_with_str(v) && !t->oom && needs_neutralising(t->p, t->len) && buf_reserve(t, 1)) {
		memmove(t->p + 1, t->p, t->len++);
		t->p[0] = '\'';
	}
	if (t->oom)
		return;
	if (tsv)
		tsv_field(&o->b, t->p, t->len);
	else
		csv_field(&o->b, t->p, t->len);
}

/* The columns of csv and tsv, with a lookup hint each. */
struct keys {
	const char **k;
	size_t *hint;
	size_t n;
};

/* The columns of csv and tsv: the first row's keys, as in JSON; without
 * rows (first NULL), those of the section that shows the main list. */
static int sv_keys(struct keys *ks, const struct ov *first, const struct out_view *view)
{
	const struct out_section *sec = NULL;
	size_t n = 0;

	for (size_t i = 0; view && !first && i < view->nsections; i++)
		if (view->sections[i].type == SEC_TABLE && same_key(view->sections[i].key, view->main))
			sec = &view->sections[i];
	if (first)
		n = ov_kind(first) == OV_OBJ ? ov_len(first) : 1;
	else if (sec)
		n = sec->ncols;
	ks->n = n;
	if (!n)
		return 0;
	ks->k = calloc(n, sizeof(*ks->k));
	ks->hint = calloc(n, sizeof(*ks->hint));
	if (!ks->k || !ks->hint)
		return -1;
	for (size_t i = 0; i < n; i++) {
		ks->k[i] = first ? ov_key_at(first, i) : sec->cols[i].key;
		ks->hint[i] = i;
	}
	return 0;
}

static void sv_keys_free(struct keys *ks)
{
	free(ks->k);
	free(ks->hint);
}

static void sv_header(struct out *o, const struct keys *ks, bool tsv)
{
	for (size_t c = 0; c < ks->n; c++) {
		if (c)
			buf_addc(&o->b, tsv ? '\t' : ',');
		const char *k = ks->k[c] ? ks->k[c] : "value";
		if (tsv)
			tsv_field(&o->b, k, strlen(k));
		else
			csv_field(&o->b, k, strlen(k));
	}
	out_nl(o, false);
}

static void sv_row(struct out *o, const struct keys *ks, const struct ov *row, bool tsv)
{
	for (size_t c = 0; c < ks->n; c++) {
		if (c)
			buf_addc(&o->b, tsv ? '\t' : ',');
		sv_cell(o, cell_value(row, ks->k[c], &ks->hint[c]), tsv);
	}
	out_nl(o, false);
}

static void write_sv(struct out *o, const struct ov *root, const struct out_view *view, bool tsv)
{
	struct rows r = main_rows(root, view);
	struct keys ks = {NULL, NULL, 0};

	if (sv_keys(&ks, r.n ? rows_at(&r, 0) : NULL, view) < 0)
		o->err = ENOMEM;
	else if (ks.n)
		sv_header(o, &ks, tsv);
	for (size_t i = 0; ks.n && i < r.n && !o->err; i++)
		sv_row(o, &ks, rows_at(&r, i), tsv);
	sv_keys_free(&ks);
}

/* ------------------------------------------------------------------ */
/* Display text for table and md                                       */

static bool col_numeric(enum out_col_kind kind)
{
	return kind == COL_INT || kind == COL_NUM || kind == COL_LEVEL || kind == COL_PCT;
}

static void disp_number(struct buf *b, const struct ov *v, enum out_col_kind kind)
{
	double x = ov_to_num(v);

	if (!isfinite(x) || (kind == COL_PCT && !isfinite(x * 100))) {
		buf_addc(b, '-');
	} else if (kind == COL_PCT) {
		put_fixed(b, x * 100, 1, false);
		buf_addc(b, '%');
	} else if (kind == COL_NUM || kind == COL_LEVEL) {
		put_fixed(b, x, 2, true);
	} else if (v->kind == OV_INT) {
		put_int(b, v->u.i);
	} else {
		put_num(b, x);
	}
}

/* A value as a table or md cell shows it, before escaping. */
static void disp_value(struct buf *b, const struct ov *v, enum out_col_kind kind)
{
	switch (ov_kind(v)) {
	case OV_BOOL:
		buf_adds(b, v->u.b ? "yes" : "no");
		break;
	case OV_INT:
	case OV_NUM:
		disp_number(b, v, kind);
		break;
	case OV_STR:
		buf_add(b, v->u.s.p, v->u.s.len);
		break;
	case OV_ARR:
		if (!ov_len(v))
			buf_addc(b, '-');
		for (size_t i = 0; i < ov_len(v); i++) {
			if (i)
				buf_add(b, ", ", 2);
			disp_value(b, ov_at(v, i), kind == COL_LIST ? COL_TEXT : kind);
		}
		break;
	case OV_OBJ:
		json_value(b, NULL, v, -1);
		break;
	default:
		buf_addc(b, '-');
		break;
	}
}

/* Characters that would act on the terminal or reorder the line: C0 and
 * C1 controls, DEL, bidirectional overrides and isolates, line and
 * paragraph separators. */
static bool disp_unsafe(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x2028 && cp <= 0x202e) ||
		(cp >= 0x2066 && cp <= 0x2069);
}

static void disp_escape_cp(struct buf *b, uint32_t cp)
{
	static const char from[] = "\t\n\r\033", to[] = "tnre";
	const char *e = cp && cp < 0x80 ? strchr(from, (int)cp) : NULL;
	if (e) {
		buf_addc(b, '\\');
		buf_addc(b, to[e - from]);
	} else if (cp < 0x80) {
		char t[4] = {'\\', 'x', hexdigits[cp >> 4], hexdigits[cp & 15]};
		buf_add(b, t, sizeof(t));
	} else {
		put_uesc(b, cp);
	}
}

static bool disp_plain(unsigned char c, bool pipe)
{
	return c >= 0x20 && c < 0x7f && !(pipe && c == '|');
}

/* Appends s with unsafe characters escaped, bytes that are not UTF-8 as
 * \xNN, and (md tables) '|' as "\|". The result is what gets measured. */
static void disp_escape(struct buf *b, const char *s, size_t n, bool pipe)
{
	size_t i = 0, j, len;
	uint32_t cp;

	while (i < n) {
		for (j = i; j < n && disp_plain((unsigned char)s[j], pipe); j++)
			;
		buf_add(b, s + i, j - i);
		if ((i = j) == n)
			break;
		if (s[i] == '|') {
			buf_add(b, "\\|", 2);
			i++;
		} else if (!(len = utf8_decode(s + i, n - i, &cp))) {
			unsigned char c = (unsigned char)s[i++];
			char t[4] = {'\\', 'x', hexdigits[c >> 4], hexdigits[c & 15]};
			buf_add(b, t, sizeof(t));
		} else {
			if (disp_unsafe(cp))
				disp_escape_cp(b, cp);
			else
				buf_add(b, s + i, len);
			i += len;
		}
	}
}

/* Appends v as shown in a cell of the given kind, escaped. */
static void disp_cell(struct out *o, struct buf *b, const struct ov *v, enum out_col_kind kind, bool pipe)
{
	o->cell.len = 0;
	disp_value(&o->cell, v, kind);
	if (!o->cell.oom)
		disp_escape(b, o->cell.p, o->cell.len, pipe);
}

static const char *col_label(const struct out_col *col)
{
	return col->label ? col->label : col->key ? col->key : "value";
}

/* ------------------------------------------------------------------ */
/* Table                                                               */

/* A table section, written in two passes over its rows: every row is
 * measured, then written padded to the widest cell of each column. The
 * widths start from the labels. */
struct tab {
	const struct out_section *sec;
	size_t *widths;
	size_t *hint; /* per column: where its key was in the row before */
};

/* Renders v as a cell of col into o->esc (escaped, as written) and
 * returns its display width. */
static size_t tab_cell(struct out *o, const struct ov *v, enum out_col_kind kind)
{
	o->esc.len = 0;
	disp_cell(o, &o->esc, v, kind, false);
	return o->esc.oom ? 0 : utf8_width(o->esc.p, o->esc.len);
}

static size_t tab_label(struct out *o, const struct out_col *col)
{
	const char *l = col_label(col);
	o->esc.len = 0;
	disp_escape(&o->esc, l, strlen(l), false);
	return o->esc.oom ? 0 : utf8_width(o->esc.p, o->esc.len);
}

static int tab_init(struct out *o, struct tab *t, const struct out_section *sec)
{
	size_t nc = sec->ncols;

	t->sec = sec;
	t->widths = calloc(nc + 1, sizeof(*t->widths));
	t->hint = calloc(nc + 1, sizeof(*t->hint));
	if (!t->widths || !t->hint)
		return -1;
	for (size_t c = 0; c < nc; c++) {
		t->widths[c] = tab_label(o, &sec->cols[c]);
		t->hint[c] = c;
	}
	return 0;
}

static void tab_free(struct tab *t)
{
	free(t->widths);
	free(t->hint);
	t->widths = t->hint = NULL;
}

static void tab_measure(struct out *o, struct tab *t, const struct ov *row)
{
	for (size_t c = 0; c < t->sec->ncols; c++) {
		const struct out_col *col = &t->sec->cols[c];
		size_t w = tab_cell(o, cell_value(row, col->key, &t->hint[c]), col->kind);
		if (w > t->widths[c])
			t->widths[c] = w;
	}
}

static void bold_on(struct out *o)
{
	if (o->color)
		buf_adds(&o->b, "\033[1m");
}

static void bold_off(struct out *o)
{
	if (o->color)
		buf_adds(&o->b, "\033[0m");
}

/* One line: the labels when row is NULL. */
static void tab_line(struct out *o, struct tab *t, const struct ov *row)
{
	for (size_t c = 0; c < t->sec->ncols; c++) {
		const struct out_col *col = &t->sec->cols[c];
		size_t w = row ? tab_cell(o, cell_value(row, col->key, &t->hint[c]), col->kind) : tab_label(o, col);
		size_t pad = t->widths[c] > w ? t->widths[c] - w : 0;
		bool right = col_numeric(col->kind);
		if (c)
			buf_add(&o->b, "  ", 2);
		if (right)
			buf_spaces(&o->b, pad);
		if (!row)
			bold_on(o);
		buf_add(&o->b, o->esc.p, o->esc.len);
		if (!row)
			bold_off(o);
		if (!right)
			buf_spaces(&o->b, pad);
	}
	out_nl(o, true);
}

static void table_title(struct out *o, const char *title)
{
	if (!title)
		return;
	bold_on(o);
	disp_escape(&o->b, title, strlen(title), false);
	bold_off(o);
	out_nl(o, true);
}

/* The title and the labels, once the rows are measured. */
static void tab_head(struct out *o, struct tab *t)
{
	table_title(o, t->sec->title);
	tab_line(o, t, NULL);
}

static void tab_none(struct out *o)
{
	buf_adds(&o->b, "(none)");
	out_nl(o, true);
}

static void table_table(struct out *o, const struct out_section *sec, const struct ov *list)
{
	struct tab t;
	size_t n = ov_len(list);

	if (tab_init(o, &t, sec) < 0) {
		o->err = o->err ? o->err : ENOMEM;
		tab_free(&t);
		return;
	}
	for (size_t r = 0; r < n; r++)
		tab_measure(o, &t, ov_at(list, r));
	tab_head(o, &t);
	for (size_t r = 0; r < n && !o->err; r++)
		tab_line(o, &t, ov_at(list, r));
	if (!n)
		tab_none(o);
	tab_free(&t);
}

static size_t label_width(struct out *o, const struct out_col *col)
{
	const char *l = col_label(col);
	o->cell.len = 0;
	disp_escape(&o->cell, l, strlen(l), false);
	return o->cell.oom ? 0 : utf8_width(o->cell.p, o->cell.len);
}

static void table_fields(struct out *o, const struct out_section *sec, const struct ov *obj)
{
	size_t w = 0, lw;
	for (size_t c = 0; c < sec->ncols; c++)
		if ((lw = label_width(o, &sec->cols[c])) > w)
			w = lw;
	table_title(o, sec->title);
	for (size_t c = 0; c < sec->ncols; c++) {
		const struct out_col *col = &sec->cols[c];
		disp_escape(&o->b, col_label(col), strlen(col_label(col)), false);
		buf_addc(&o->b, ':');
		buf_spaces(&o->b, w - label_width(o, col) + 1);
		disp_cell(o, &o->b, ov_get(obj, col->key), col->kind, false);
		out_nl(o, true);
	}
}

/* ------------------------------------------------------------------ */
/* Markdown                                                            */

static void md_title(struct out *o, const char *title)
{
	if (!title)
		return;
	buf_adds(&o->b, "### ");
	disp_escape(&o->b, title, strlen(title), false);
	out_nl(o, true);
	out_nl(o, true);
}

static void md_fields(struct out *o, const struct out_section *sec, const struct ov *obj)
{
	md_title(o, sec->title);
	for (size_t c = 0; c < sec->ncols; c++) {
		const struct out_col *col = &sec->cols[c];
		buf_adds(&o->b, "- **");
		disp_escape(&o->b, col_label(col), strlen(col_label(col)), false);
		buf_adds(&o->b, ":** ");
		disp_cell(o, &o->b, ov_get(obj, col->key), col->kind, false);
		out_nl(o, true);
	}
}

/* The labels and the alignment line. */
static void md_head(struct out *o, const struct out_section *sec)
{
	for (size_t c = 0; c < sec->ncols; c++) {
		buf_adds(&o->b, c ? " | " : "| ");
		disp_escape(&o->b, col_label(&sec->cols[c]), strlen(col_label(&sec->cols[c])), true);
	}
	buf_adds(&o->b, " |");
	out_nl(o, true);
	for (size_t c = 0; c < sec->ncols; c++)
		buf_adds(&o->b, col_numeric(sec->cols[c].kind) ? "|---:" : "|---");
	buf_addc(&o->b, '|');
	out_nl(o, true);
}

/* hint: one per column (see cell_value), or NULL. */
static void md_row(struct out *o, const struct out_section *sec, const struct ov *row, size_t *hint)
{
	for (size_t c = 0; c < sec->ncols; c++) {
		buf_adds(&o->b, c ? " | " : "| ");
		disp_cell(o, &o->b, cell_value(row, sec->cols[c].key, hint ? &hint[c] : NULL), sec->cols[c].kind, true);
	}
	buf_adds(&o->b, " |");
	out_nl(o, true);
}

static void md_table(struct out *o, const struct out_section *sec, const struct ov *list)
{
	size_t nc = sec->ncols, *hint;
	md_title(o, sec->title);
	if (!ov_len(list) || !nc) {
		tab_none(o);
		return;
	}
	md_head(o, sec);
	hint = calloc(nc, sizeof(*hint)); /* only a help: NULL does without */
	for (size_t r = 0; r < ov_len(list) && !o->err; r++)
		md_row(o, sec, ov_at(list, r), hint);
	free(hint);
}

/* ------------------------------------------------------------------ */
/* Views: given, or guessed from the document                          */

struct guess {
	struct out_section *secs;
	struct out_col *cols;
	size_t nsecs, ncols;
};

static enum out_col_kind guess_kind(const struct ov *v)
{
	switch (ov_kind(v)) {
	case OV_INT:
	case OV_NUM:
		return COL_INT; /* right-aligned, printed in full */
	case OV_BOOL:
		return COL_BOOL;
	case OV_ARR:
		return COL_LIST;
	default:
		return COL_TEXT;
	}
}

static bool is_table(const struct ov *v)
{
	return ov_kind(v) == OV_ARR && ov_len(v) && ov_kind(ov_at(v, 0)) == OV_OBJ;
}

/* Adds a section showing v (an object, or an array whose first row
 * decides the columns) under key; with cols NULL, only counts. */
static void guess_section(struct guess *g, const char *key, const struct ov *v, bool table)
{
	const struct ov *shape = table ? ov_at(v, 0) : v;
	size_t first = g->ncols, n = ov_kind(shape) == OV_OBJ ? ov_len(shape) : 1;

	for (size_t i = 0; i < n; i++) {
		const struct ov *val = ov_at(shape, i);
		const char *k = ov_key_at(shape, i);
		if (!table && !key && (is_table(val) || ov_kind(val) == OV_OBJ))
			continue; /* shown as sections of their own */
		if (g->cols)
			g->cols[g->ncols] = (struct out_col){k, NULL, guess_kind(k ? val : shape)};
		g->ncols++;
	}
	if (g->secs)
		g->secs[g->nsecs] = (struct out_section){table ? SEC_TABLE : SEC_FIELDS, key, key,
			g->cols ? g->cols + first : NULL, g->ncols - first};
	g->nsecs++;
}

static void guess_sections(struct guess *g, const struct ov *root)
{
	g->nsecs = g->ncols = 0;
	if (ov_kind(root) == OV_ARR) {
		guess_section(g, NULL, root, true);
		return;
	}
	guess_section(g, NULL, root, false);
	for (size_t i = 0; i < ov_len(root); i++) {
		const struct ov *v = ov_at(root, i);
		if (is_table(v) || ov_kind(v) == OV_OBJ)
			guess_section(g, ov_key_at(root, i), v, is_table(v));
	}
}

static int guess_view(struct guess *g, const struct ov *root)
{
	memset(g, 0, sizeof(*g));
	guess_sections(g, root); /* count */
	g->secs = calloc(g->nsecs + 1, sizeof(*g->secs));
	g->cols = calloc(g->ncols + 1, sizeof(*g->cols));
	if (!g->secs || !g->cols)
		return -1;
	guess_sections(g, root);
	return 0;
}

/* The blank line between sections: *first tells whether one was written. */
static void section_gap(struct out *o, bool *first)
{
	if (!*first)
		out_nl(o, true);
	*first = false;
}

/* Sections [from, to) of secs. */
static void write_sections(struct out *o, const struct ov *root, const struct out_section *secs,
	size_t from, size_t to, bool md, bool *first)
{
	for (size_t i = from; i < to && !o->err; i++) {
		const struct out_section *sec = &secs[i];
		const struct ov *v = sec->key ? ov_get(root, sec->key) : root;
		bool table = sec->type == SEC_TABLE;
		if (ov_kind(v) != (table ? OV_ARR : OV_OBJ))
			continue;
		section_gap(o, first);
		if (md)
			(table ? md_table : md_fields)(o, sec, v);
		else
			(table ? table_table : table_fields)(o, sec, v);
	}
}

static void write_text(struct out *o, const struct ov *root, const struct out_view *view, bool md)
{
	struct guess g;
	bool first = true;

	if (view && view->nsections) {
		write_sections(o, root, view->sections, 0, view->nsections, md, &first);
		return;
	}
	if (ov_kind(root) != OV_ARR && ov_kind(root) != OV_OBJ) {
		disp_cell(o, &o->b, root, guess_kind(root), false);
		out_nl(o, true);
		return;
	}
	if (guess_view(&g, root) < 0)
		o->err = ENOMEM;
	else
		write_sections(o, root, g.secs, 0, g.nsecs, md, &first);
	free(g.secs);
	free(g.cols);
}

/* ------------------------------------------------------------------ */

int out_write(FILE *f, const struct out_doc *doc, const struct ov *root,
	const struct out_view *view, const struct out_opts *opts)
{
	struct out o = {.f = f};
	enum out_format fmt = opts ? opts->format : OUT_TABLE;

	if (doc && doc->oom) {
		errno = ENOMEM;
		return -1;
	}
	o.color = opts && opts->color && fmt == OUT_TABLE;
	if (fmt == OUT_DOT || fmt == OUT_MERMAID) {
		errno = EINVAL; /* graphs go through out_graph_write */
		return -1;
	}
	switch (fmt) {
	case OUT_JSON:
		json_value(&o.b, &o, root, 0);
		out_nl(&o, false);
		break;
	case OUT_JSONL:
		write_jsonl(&o, root, view);
		break;
	case OUT_CSV:
	case OUT_TSV:
		write_sv(&o, root, view, fmt == OUT_TSV);
		break;
	case OUT_MD:
		write_text(&o, root, view, true);
		break;
	default:
		write_text(&o, root, view, false);
		break;
	}
	return out_finish(&o);
}

/* ------------------------------------------------------------------ */
/* Streaming: the main list row by row                                 */

struct out_stream {
	struct out o;
	enum out_format fmt;
	const struct ov *root;
	const struct out_view *view;
	/* json: the main list's place among the members of root; table and
	 * md: the index of the section showing it (nsections: none does) */
	size_t at;
	size_t nrows;
	bool first;   /* table, md: no section written yet */
	bool started; /* table, md: the streamed section's head is written */
	struct tab tab;
	size_t *hint; /* md: one per column */
	struct keys ks;
};

static bool stream_text(const struct out_stream *s)
{
	return s->fmt == OUT_TABLE || s->fmt == OUT_MD;
}

static bool stream_section(const struct out_stream *s)
{
	return stream_text(s) && s->at < s->view->nsections;
}

static void stream_members(struct out_stream *s, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
		json_item(&s->o.b, &s->o, i, ov_key_at(s->root, i), 1);
		json_value(&s->o.b, &s->o, ov_at(s->root, i), 1);
	}
}

struct out_stream *out_stream_open(FILE *f, const struct out_doc *doc, const struct ov *root,
	const struct out_view *view, const struct out_opts *opts)
{
	enum out_format fmt = opts ? opts->format : OUT_TABLE;
	bool text = fmt == OUT_TABLE || fmt == OUT_MD;
	struct out_stream *s;

	if (doc && doc->oom) {
		errno = ENOMEM;
		return NULL;
	}
	if (fmt == OUT_DOT || fmt == OUT_MERMAID || ov_kind(root) != OV_OBJ || !view || !view->main ||
		ov_kind(ov_get(root, view->main)) != OV_ARR || (text && !view->nsections)) {
		errno = EINVAL;
		return NULL;
	}
	if (!(s = calloc(1, sizeof(*s)))) {
		errno = ENOMEM;
		return NULL;
	}
	s->o.f = f;
	s->o.color = opts && opts->color && fmt == OUT_TABLE;
	s->fmt = fmt;
	s->root = root;
	s->view = view;
	s->first = true;
	if (fmt == OUT_JSON) {
		while (strcmp(ov_key_at(root, s->at), view->main) != 0)
			s->at++;
		buf_addc(&s->o.b, '{');
		stream_members(s, 0, s->at);
		json_item(&s->o.b, &s->o, s->at, ov_key_at(root, s->at), 1);
		buf_addc(&s->o.b, '[');
	} else if (text) {
		const struct out_section *secs = view->sections;
		while (s->at < view->nsections && !(secs[s->at].type == SEC_TABLE && same_key(secs[s->at].key, view->main)))
			s->at++;
		write_sections(&s->o, root, secs, 0, s->at, fmt == OUT_MD, &s->first);
		if (stream_section(s) && (fmt == OUT_TABLE ? tab_init(&s->o, &s->tab, &secs[s->at]) < 0
							 : !(s->hint = calloc(secs[s->at].ncols + 1, sizeof(*s->hint)))))
			s->o.err = ENOMEM;
	}
	return s;
}

bool out_stream_measuring(const struct out_stream *s)
{
	return s && s->fmt == OUT_TABLE && stream_section(s);
}

void out_stream_measure(struct out_stream *s, const struct ov *row)
{
	if (!out_stream_measuring(s) || s->o.err)
		return;
	if (s->started)
		s->o.err = EINVAL; /* a row was written already: too late */
	else
		tab_measure(&s->o, &s->tab, row);
}

/* The streamed section's title and head; without rows, "(none)". */
static void stream_start(struct out_stream *s, bool rows)
{
	const struct out_section *sec = &s->view->sections[s->at];
	if (s->started)
		return;
	s->started = true;
	section_gap(&s->o, &s->first);
	if (s->fmt == OUT_TABLE) {
		tab_head(&s->o, &s->tab);
		if (!rows)
			tab_none(&s->o);
		return;
	}
	md_title(&s->o, sec->title);
	if (rows && sec->ncols)
		md_head(&s->o, sec);
	else
		tab_none(&s->o);
}

int out_stream_row(struct out_stream *s, const struct out_doc *doc, const struct ov *row)
{
	bool tsv = s->fmt == OUT_TSV;

	if (!s->o.err && doc && doc->oom)
		s->o.err = ENOMEM;
	if (s->o.err) {
		errno = s->o.err;
		return -1;
	}
	switch (s->fmt) {
	case OUT_JSON:
		json_item(&s->o.b, &s->o, s->nrows, NULL, 2);
		json_value(&s->o.b, &s->o, row, 2);
		break;
	case OUT_JSONL:
		json_value(&s->o.b, &s->o, row, -1);
		out_nl(&s->o, false);
		break;
	case OUT_CSV:
	case OUT_TSV:
		if (!s->nrows && sv_keys(&s->ks, row, NULL) < 0)
			s->o.err = ENOMEM;
		else if (!s->nrows && s->ks.n)
			sv_header(&s->o, &s->ks, tsv);
		if (s->ks.n)
			sv_row(&s->o, &s->ks, row, tsv);
		break;
	default:
		if (!stream_section(s))
			break;
		stream_start(s, true);
		if (s->fmt == OUT_TABLE)
			tab_line(&s->o, &s->tab, row);
		else if (s->view->sections[s->at].ncols)
			md_row(&s->o, &s->view->sections[s->at], row, s->hint);
		break;
	}
	s->nrows++;
	if (s->o.err) {
		errno = s->o.err;
		return -1;
	}
	return 0;
}

static void stream_free(struct out_stream *s)
{
	tab_free(&s->tab);
	free(s->hint);
	sv_keys_free(&s->ks);
}

int out_stream_close(struct out_stream *s)
{
	int rc;

	if (!s)
		return 0;
	if (!s->o.err) {
		switch (s->fmt) {
		case OUT_JSON:
			json_end(&s->o.b, &s->o, s->nrows, 1, ']');
			stream_members(s, s->at + 1, ov_len(s->root));
			json_end(&s->o.b, &s->o, ov_len(s->root), 0, '}');
			out_nl(&s->o, false);
			break;
		case OUT_CSV:
		case OUT_TSV:
			if (s->nrows)
				break;
			if (sv_keys(&s->ks, NULL, s->view) < 0)
				s->o.err = ENOMEM;
			else if (s->ks.n)
				sv_header(&s->o, &s->ks, s->fmt == OUT_TSV);
			break;
		case OUT_JSONL:
			break;
		default:
			if (stream_section(s))
				stream_start(s, false);
			write_sections(&s->o, s->root, s->view->sections, s->at + 1 < s->view->nsections ? s->at + 1 : s->view->nsections,
				s->view->nsections, s->fmt == OUT_MD, &s->first);
			break;
		}
	}
	stream_free(s);
	rc = out_finish(&s->o);
	free(s);
	return rc;
}

void out_stream_abort(struct out_stream *s)
{
	int e = errno;
	if (!s)
		return;
	stream_free(s);
	free(s->o.b.p);
	free(s->o.cell.p);
	free(s->o.esc.p);
	free(s);
	errno = e;
}
