#include "util.h"
#include "tempfile.h"

#include <xxhash.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

struct arena_block {
	struct arena_block *next;
	max_align_t data[];
};

/* Blocks double from 64 KB to 4 MB: a small load stays small, and a big
 * one (a million people's names) fills blocks large enough for huge pages. */
#define ARENA_BLOCK (64 * 1024)
#define ARENA_BLOCK_MAX (4 * 1024 * 1024)

void *arena_alloc(struct arena *a, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	if (!a->head || a->used + n > a->size) {
		size_t grown = a->head && a->size < ARENA_BLOCK_MAX ? 2 * a->size : a->head ? ARENA_BLOCK_MAX : ARENA_BLOCK;
		size_t size = n > grown ? n : grown;
		struct arena_block *b = mem_alloc_huge(sizeof *b + size);
		if (!b) {
			a->failed = true;
			return NULL;
		}
		if (n > grown && a->head) {
			/* a big object gets its own block behind the current one */
			b->next = a->head->next;
			a->head->next = b;
			return b->data;
		}
		b->next = a->head;
		a->head = b;
		a->used = 0;
		a->size = size;
	}
	void *p = (char *)a->head->data + a->used;
	a->used += n;
	return p;
}

void *arena_calloc(struct arena *a, size_t n)
{
	void *p = arena_alloc(a, n);
	if (p)
		memset(p, 0, n);
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NULL;
	char *p = arena_alloc(a, (size_t)n + 1);
	if (!p)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void arena_adopt(struct arena *a, struct arena *from)
{
	struct arena_block *last = from->head;
	if (!last)
		return;
	while (last->next)
		last = last->next;
	if (a->head) {
		/* behind a's current block, which keeps being filled */
		last->next = a->head->next;
		a->head->next = from->head;
	} else {
		*a = *from;
	}
	a->failed |= from->failed;
	from->head = NULL;
	from->used = from->size = 0;
}

void arena_free(struct arena *a)
{
	if (!a)
		return;
	struct arena_block *b = a->head;
	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = NULL;
	a->used = a->size = 0;
}

#define HUGE_PAGE ((size_t)2 << 20)

void mem_huge(void *p, size_t n)
{
#ifdef MADV_HUGEPAGE
	if (!p || n < 2 * HUGE_PAGE)
		return;
	uintptr_t lo = ((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
	uintptr_t hi = ((uintptr_t)p + n) & ~(uintptr_t)(HUGE_PAGE - 1);
	if (hi > lo)
		(void)madvise((void *)lo, hi - lo, MADV_HUGEPAGE); /* only a hint */
#else
	(void)p;
	(void)n;
#endif
}

void *mem_alloc_huge(size_t n)
{
	if (n < 2 * HUGE_PAGE)
		return malloc(n ? n : 1);
	void *p; /* aligned, so that every 2 MB of it can be a huge page */
	if (posix_memalign(&p, HUGE_PAGE, n) != 0)
		return NULL;
	mem_huge(p, n);
	return p;
}

bool vec_reserve(void **p, size_t *cap, size_t need, size_t el)
{
	if (need <= *cap)
		return true;
	size_t ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2 / el)
			return false;
		ncap *= 2;
	}
	void *np = realloc(*p, ncap * el);
	if (!np)
		return false;
	mem_huge(np, ncap * el);
	*p = np;
	*cap = ncap;
	return true;
}

uint64_t hash_bytes(const char *s, size_t n)
{
	/* XXH3: a few cycles for a short id, and well mixed */
	return XXH3_64bits(s, n);
}

/* Short keys (most ids) are kept inline too, so a lookup touches one cache
 * line instead of two: with a million employees that is the difference. */
#define IDMAP_INLINE 16
struct idmap_slot {
	uint64_t hash;
	const char *key;
	uint32_t len;
	uint32_t val;
	char inl[IDMAP_INLINE];
};

/* a[0..n) == b[0..n) for n <= 16, in two loads a side that overlap: a
 * call to memcmp for an id of eight bytes cost more than the compare
 * (three lookups a row of the log, thirty million rows) */
static inline bool same_short(const char *a, const char *b, size_t n)
{
	if (n >= 8) {
		uint64_t a0, a1, b0, b1;
		memcpy(&a0, a, 8), memcpy(&a1, a + n - 8, 8);
		memcpy(&b0, b, 8), memcpy(&b1, b + n - 8, 8);
		return a0 == b0 && a1 == b1;
	}
	if (n >= 4) {
		uint32_t a0, a1, b0, b1;
		memcpy(&a0, a, 4), memcpy(&a1, a + n - 4, 4);
		memcpy(&b0, b, 4), memcpy(&b1, b + n - 4, 4);
		return a0 == b0 && a1 == b1;
	}
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

static bool slot_is(const struct idmap_slot *sl, const char *s, size_t n, uint64_t h)
{
	if (sl->hash != h || sl->len != n)
		return false;
	return n <= IDMAP_INLINE ? same_short(sl->inl, s, n) : memcmp(sl->key, s, n) == 0;
}

static struct idmap_slot *idmap_find(const struct idmap *m, const char *s, size_t n, uint64_t h)
{
	size_t mask = m->cap - 1;
	for (size_t i = h & mask;; i = (i + 1) & mask) {
		struct idmap_slot *sl = &m->slots[i];
		if (!sl->key || slot_is(sl, s, n, h))
			return sl;
	}
}

uint32_t idmap_get(const struct idmap *m, const char *s, size_t n)
{
	if (!m->cap)
		return NONE;
	struct idmap_slot *sl = idmap_find(m, s, n, hash_bytes(s, n));
	return sl->key ? sl->val : NONE;
}

uint32_t idmap_get_hashed(const struct idmap *m, const char *s, size_t n, uint64_t h)
{
	if (!m->cap)
		return NONE;
	struct idmap_slot *sl = idmap_find(m, s, n, h);
	return sl->key ? sl->val : NONE;
}

void idmap_prefetch(const struct idmap *m, uint64_t h)
{
	if (m->cap) { /* a slot is 40 bytes: half of them end on the next cache line */
		const char *sl = (const char *)&m->slots[h & (m->cap - 1)];
		__builtin_prefetch(sl);
		__builtin_prefetch(sl + sizeof(struct idmap_slot) - 1);
	}
}

static bool idmap_grow(struct idmap *m)
{
	size_t ncap = m->cap ? m->cap * 2 : 64;
	struct idmap_slot *ns = calloc(ncap, sizeof *ns);
	if (!ns)
		return false;
	mem_huge(ns, ncap * sizeof *ns); /* untouched yet: a million people's are 80 MB */
	struct idmap old = *m;
	m->slots = ns;
	m->cap = ncap;
	for (size_t i = 0; i < old.cap; i++)
		if (old.slots[i].key)
			*idmap_find(m, old.slots[i].key, old.slots[i].len, old.slots[i].hash) = old.slots[i];
	free(old.slots);
	return true;
}

bool idmap_reserve(struct idmap *m, size_t n)
{
	while ((n + 1) * 4 > m->cap * 3)
		if (!idmap_grow(m))
			return false;
	return true;
}

uint32_t idmap_put_hashed(struct idmap *m, const char *s, size_t n, uint64_t h, uint32_t v)
{
	if ((m->n + 1) * 4 > m->cap * 3 && !idmap_grow(m))
		return NONE - 1;
	struct idmap_slot *sl = idmap_find(m, s, n, h);
	if (sl->key)
		return sl->val;
	sl->key = s;
	sl->len = (uint32_t)n;
	sl->val = v;
	sl->hash = h;
	if (n <= IDMAP_INLINE)
		memcpy(sl->inl, s, n);
	m->n++;
	return v;
}

void idmap_put_distinct(struct idmap *m, const char *s, size_t n, uint64_t h, uint32_t v)
{
	size_t mask = m->cap - 1;
	for (size_t i = h & mask;; i = (i + 1) & mask) {
		struct idmap_slot *sl = &m->slots[i];
		const char *none = NULL;
		if (__atomic_load_n(&sl->key, __ATOMIC_RELAXED) ||
		    !__atomic_compare_exchange_n(&sl->key, &none, s, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
			continue;
		sl->len = (uint32_t)n; /* the slot is this thread's: nobody reads it before all are in */
		sl->val = v;
		sl->hash = h;
		if (n <= IDMAP_INLINE)
			memcpy(sl->inl, s, n);
		return;
	}
}

uint32_t idmap_put(struct idmap *m, const char *s, size_t n, uint32_t v)
{
	return idmap_put_hashed(m, s, n, hash_bytes(s, n), v);
}

void idmap_free(struct idmap *m)
{
	free(m->slots);
	m->slots = NULL;
	m->cap = m->n = 0;
}

uint32_t strtab_intern(struct strtab *t, const char *s, size_t n)
{
	uint32_t v = idmap_get(&t->map, s, n);
	if (v != NONE)
		return v;
	char *copy = arena_strndup(&t->arena, s, n);
	if (!copy || !VEC_PUSH(t->strs, t->n, t->cap))
		return NONE;
	t->strs[t->n] = copy;
	if (idmap_put(&t->map, copy, n, (uint32_t)t->n) == NONE - 1)
		return NONE;
	return (uint32_t)t->n++;
}

uint32_t strtab_find(const struct strtab *t, const char *s, size_t n)
{
	return idmap_get(&t->map, s, n);
}

void strtab_free(struct strtab *t)
{
	if (!t)
		return;
	arena_free(&t->arena);
	idmap_free(&t->map);
	free(t->strs);
	t->strs = NULL;
	t->n = t->cap = 0;
}

/* The bytes an id may hold (- . 0-9, then A-Z _ a-z), a bit each: sixty
 * million ids in a log are checked a byte at a time without a branch. */
static const uint64_t id_bytes[4] = {0x03ff600000000000ull, 0x07fffffe87fffffeull, 0, 0};

bool id_valid(const char *s, size_t n)
{
	if (n < 1 || n > 64 || s[0] == '.' || s[0] == '-')
		return false;
	bool ok = true;
	for (size_t i = 0; i < n; i++)
		ok &= (id_bytes[(unsigned char)s[i] >> 6] >> ((unsigned char)s[i] & 63)) & 1;
	return ok;
}

/* Optimal string alignment distance, given up past `limit`. */
static size_t edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t limit)
{
	if (na > 64 || nb > 64)
		return limit + 1;
	size_t d[66][66];
	for (size_t i = 0; i <= na; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= nb; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= na; i++) {
		size_t rowmin = SIZE_MAX;
		for (size_t j = 1; j <= nb; j++) {
			size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
			size_t v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (d[i - 1][j - 1] + cost < v)
				v = d[i - 1][j - 1] + cost;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
			if (v < rowmin)
				rowmin = v;
		}
		if (rowmin > limit)
			return limit + 1;
	}
	return d[na][nb];
}

const char *suggest_closest(const char *word, const char *const *cands, size_t n)
{
	size_t wl = strlen(word);
	size_t limit = wl < 4 ? 1 : wl < 9 ? 2 : 3;
	const char *best = NULL;
	size_t best_d = limit + 1;
	for (size_t i = 0; i < n; i++) {
		size_t cl = strlen(cands[i]);
		size_t diff = cl > wl ? cl - wl : wl - cl;
		if (diff > limit)
			continue;
		size_t dist = edit_distance(word, wl, cands[i], cl, best_d);
		/* ties go to the byte-smaller id, so the suggestion is deterministic */
		if (dist < best_d || (dist == best_d && best && dist <= limit && strcmp(cands[i], best) < 0)) {
			best_d = dist;
			best = cands[i];
		}
	}
	return best_d <= limit ? best : NULL;
}

const char *suggest_in(const char *word, size_t len, const void *base, size_t n, size_t stride)
{
	if (!n || len > 64)
		return NULL;
	const char **c = malloc(n * sizeof *c);
	if (!c)
		return NULL;
	for (size_t i = 0; i < n; i++)
		c[i] = *(const char *const *)((const char *)base + i * stride);
	const char *s = suggest_among(word, len, c, n);
	free(c);
	return s;
}

const char *suggest_among(const char *word, size_t len, const char *const *names, size_t n)
{
	if (!n || len > 64)
		return NULL;
	char w[72];
	memcpy(w, word, len);
	w[len] = '\0';
	return suggest_closest(w, names, n);
}

bool file_replace(const char *path, const void *data, size_t n)
{
	struct tempfile t;
	if (tempfile_open(&t, path, 0600) < 0)
		return false;
	for (const char *p = data; n;) {
		ssize_t k = write(t.fd, p, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			tempfile_abort(&t);
			return false;
		}
		p += k;
		n -= (size_t)k;
	}
	return tempfile_commit(&t) == 0;
}

void file_stamp_of(const struct stat *st, struct file_stamp *out)
{
	*out = (struct file_stamp){(uint64_t)st->st_size, (uint64_t)st->st_ino, (uint64_t)st->st_dev, st->st_mtim.tv_sec,
				   st->st_mtim.tv_nsec, st->st_ctim.tv_sec, st->st_ctim.tv_nsec};
}

bool file_stamp_same(const struct file_stamp *a, const struct file_stamp *b)
{
	return a->size == b->size && a->ino == b->ino && a->dev == b->dev && a->mtime_s == b->mtime_s &&
	       a->mtime_ns == b->mtime_ns && a->ctime_s == b->ctime_s && a->ctime_ns == b->ctime_ns;
}

bool file_stamp_racy(const struct file_stamp *f, int64_t s, int64_t ns)
{
	return f->mtime_s > s || (f->mtime_s == s && f->mtime_ns >= ns);
}

int file_read_all(const char *path, struct file_data *fd)
{
	return file_read_max(path, SIZE_MAX, fd);
}

/* read(2), never mmap(2): another process that truncates or rewrites the
 * file in place while it is read (cp export.csv assessments.csv from cron)
 * would make a mapped read fault with SIGBUS or see zeros. A read sees the
 * bytes that were there; a torn last line is the loaders' business. */
int file_read_max(const char *path, size_t max, struct file_data *fd)
{
	memset(fd, 0, sizeof *fd);
	int f = open(path, O_RDONLY | O_CLOEXEC);
	if (f < 0)
		return errno;
	struct stat st;
	if (fstat(f, &st) < 0) {
		int e = errno;
		close(f);
		return e;
	}
	if (S_ISDIR(st.st_mode)) {
		close(f);
		return EISDIR;
	}
	/* a regular file's size as the first guess; pipes and devices grow */
	size_t cap = 0, n = 0, want = 65536;
	if (S_ISREG(st.st_mode) && st.st_size > 0)
		want = (uint64_t)st.st_size < max ? (size_t)st.st_size + 1 : max;
	char *buf = NULL;
	while (n < max) {
		if (n == cap) {
			size_t grow = n ? n : want;
			size_t ncap = cap + (grow < max - cap ? grow : max - cap);
			char *nb = realloc(buf, ncap ? ncap : 1);
			if (!nb) {
				free(buf);
				close(f);
				return ENOMEM;
			}
			mem_huge(nb + n, ncap - n); /* not yet read into: people.csv is 120 MB at a million */
			buf = nb;
			cap = ncap;
		}
		ssize_t r = read(f, buf + n, cap - n);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			free(buf);
			close(f);
			return e;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	close(f);
	fd->data = buf ? buf : "";
	fd->size = n;
	fd->owned = buf != NULL;
	return 0;
}

void file_data_free(struct file_data *fd)
{
	if (!fd || !fd->data)
		return;
	if (fd->owned)
		free((void *)fd->data);
	fd->data = NULL;
}

const char *errno_text(int e, char buf[128])
{
	if (e == EISDIR)
		return "it is a directory";
	snprintf(buf, 128, "%s", strerror(e));
	if (buf[0] >= 'A' && buf[0] <= 'Z' && !(buf[1] >= 'A' && buf[1] <= 'Z'))
		buf[0] = (char)(buf[0] - 'A' + 'a');
	return buf;
}

int cmp_str_ptr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}
