#include "cache.h"
#include "tempfile.h"

#include <dirent.h>
#include <errno.h>
#include <stddef.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

#include "bulkhash.h"
#include "date.h"
#include "par.h"

#define CACHE_MAGIC "rungs\0c\1"
#define CACHE_VERSION 3
#define BLOCK ((uint64_t)16 << 20) /* the log's cached part is checked in blocks, two threads at once */
#define ALIGN 64
/* The file past its header is hashed in chunks, so that a run that needs
 * one person's rows checks the people and those rows, not 500 MB. */
#define CHUNK ((uint64_t)1 << 20)
#define PAYLOAD ((uint64_t)sizeof(struct header))
/* The file is written from its start in writes of 2 MB: Linux (6.16 on,
 * ext4) keeps each in the page cache as one 2 MB folio, which a run maps
 * with one page-table entry. In 4 KB pages, mapping 580 MB took 45 ms and
 * tearing it down at exit 19 ms, and every read of it missed the TLB more. */
#define WRITE_SIZE ((size_t)2 << 20)


enum section {
	SEC_PEOPLE,
	SEC_STRINGS,
	SEC_ASPIRATIONS,
	SEC_GROUPS,
	SEC_ASSESSORS,
	SEC_DIAGS,
	SEC_BLOCKS,
	SEC_ROWS_OF,
	SEC_ROWS,
	SEC_PEOPLE_INDEX, /* read only to parse rows appended to the log */
	SEC_CHUNKS, /* XXH3 of each CHUNK of the file from PAYLOAD to here */
	SEC__COUNT
};

/* People are kept as the model has them (texts as offsets into
 * SEC_STRINGS), and used where they lie. */
_Static_assert(sizeof(struct person) == 40, "struct person is the cache's people section: bump CACHE_VERSION");

struct cached_diag {
	uint32_t severity, line, col, message;
};

struct header {
	char magic[8];
	uint32_t version, header_size;
	uint64_t file_size;
	uint64_t chunks_hash; /* XXH3 of SEC_CHUNKS */
	uint64_t nchunks;
	uint64_t fingerprint;
	struct file_stamp people, log;
	uint64_t people_hash;
	uint64_t log_complete; /* the log's bytes parsed into the rows: up to a line end */
	uint32_t log_lines, nblocks;
	uint32_t npeople, ngroups, nassessors, ndiags;
	uint64_t nrows, naspirations, strings_size;
	struct {
		uint64_t off, size;
	} sec[SEC__COUNT];
	struct evidence_gone gone;
};

struct kept_diag {
	uint32_t severity, line, col;
	char *message;
};

struct cache {
	char *dir, *file, *lock, *grown;
	struct kept_diag *pdiags; /* people.csv's diagnostics this run */
	size_t npdiags, pdiags_cap;
	bool no_store;
	const char *people_path, *log_path;
	uint64_t fingerprint;
	struct file_stamp people_now, log_now;
	bool people_exists, log_exists;
	int64_t cache_mtime_s, cache_mtime_ns;

	const char *map; /* the cache file, checked */
	size_t map_size;
	const struct header *h;
	bool people_hit, log_hit;
	bool dirty;           /* store() has something new to write */
	bool grown_new;       /* store() writes evidence.grown instead */
	uint64_t people_hash; /* of people.csv as read this time */
	bool people_hashed;
	uint64_t *blocks;     /* hashes of the log's blocks up to log_complete */
	uint32_t nblocks;
	uint64_t log_complete;
	uint32_t log_lines;
	struct evidence_gone gone;
	struct file_stamp people_read, log_read;
};

/* ---- what the rows mean -------------------------------------------------- */

static void fp_str(XXH3_state_t *st, const char *s)
{
	s = s ? s : "";
	XXH3_64bits_update(st, s, strlen(s) + 1);
}

static void fp_u32(XXH3_state_t *st, uint32_t v)
{
	XXH3_64bits_update(st, &v, sizeof v);
}

/* Everything a cached row or person depends on besides its file: the
 * layout, the columns, the sources, the scale, the skill ids and aliases
 * and the role ids, in index order. */
static uint64_t fingerprint(const struct model *m)
{
	XXH3_state_t *st = XXH3_createState();
	if (!st)
		return 0;
	XXH3_64bits_reset(st);
	fp_u32(st, CACHE_VERSION);
	fp_u32(st, (uint32_t)sizeof(struct assessment));
	fp_u32(st, (uint32_t)sizeof(struct header));
	fp_u32(st, (uint32_t)sizeof(size_t));
	for (int f = 0; f < CSVF__COUNT; f++)
		for (int c = 0; c < CSV_COLS_MAX; c++)
			fp_str(st, m->cfg.column[f][c]);
	for (size_t i = 0; i < m->cfg.nsources; i++)
		fp_str(st, m->cfg.sources[i].name);
	fp_u32(st, (uint32_t)m->scale_max);
	fp_u32(st, m->loaded & (PART_SKILLS | PART_ROLES));
	for (size_t i = 0; i < m->nskill_names; i++) {
		fp_str(st, m->skill_names[i]);
		fp_u32(st, idmap_get(&m->skill_ids, m->skill_names[i], strlen(m->skill_names[i])));
	}
	for (uint32_t r = 0; r < m->nroles; r++)
		fp_str(st, m->roles[r].id);
	uint64_t h = XXH3_64bits_digest(st);
	XXH3_freeState(st);
	return h;
}

static bool meta_of(const char *path, struct file_stamp *out)
{
	struct stat st;
	memset(out, 0, sizeof *out);
	if (!path || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return false;
	file_stamp_of(&st, out);
	return true;
}

static bool meta_racy(const struct cache *c, const struct file_stamp *m)
{
	return file_stamp_racy(m, c->cache_mtime_s, c->cache_mtime_ns);
}

/* ---- hashing in two threads --------------------------------------------- */

/* Runs fn(a) here and fn(b) on a thread of its own. */
static void run_pair(void *(*fn)(void *), void *a, void *b)
{
	pthread_t t;
	bool threaded = pthread_create(&t, NULL, fn, b) == 0;
	fn(a);
	if (threaded)
		pthread_join(t, NULL);
	else
		fn(b);
}

struct hash_job {
	int fd;
	uint64_t from, to, bfirst, bstep; /* blocks bfirst, bfirst+bstep, ... below `to` */
	uint64_t *out;
	bool failed;
};

/* Block k covers [k·BLOCK, min((k+1)·BLOCK, to)). Read with pread(2), not
 * mapped: a log truncated in place by another process fails the check
 * instead of killing the run with SIGBUS. */
static void *hash_file_blocks(void *p)
{
	struct hash_job *j = p;
	enum { STEP = 1 << 20 };
	char *buf = malloc(STEP);
	XXH3_state_t *st = XXH3_createState();
	j->failed = !buf || !st;
	for (uint64_t k = j->bfirst; !j->failed && k * BLOCK < j->to; k += j->bstep) {
		uint64_t lo = k * BLOCK, hi = lo + BLOCK < j->to ? lo + BLOCK : j->to;
		XXH3_64bits_reset(st);
		for (uint64_t at = lo; at < hi && !j->failed;) {
			size_t n = hi - at < STEP ? (size_t)(hi - at) : STEP;
			ssize_t got = pread(j->fd, buf, n, (off_t)at);
			if (got < 0 && errno == EINTR)
				continue;
			j->failed = got <= 0;
			if (got > 0) {
				bulk_update(st, buf, (size_t)got);
				at += (uint64_t)got;
			}
		}
		j->out[k] = XXH3_64bits_digest(st);
	}
	XXH3_freeState(st);
	free(buf);
	return NULL;
}

/* Hashes of the blocks of [0, to) from block `first` on, into out. */
static bool hash_blocks(const char *path, uint64_t to, uint64_t first, uint64_t *out)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	struct hash_job j[2] = {{.fd = fd, .to = to, .bfirst = first, .bstep = 2, .out = out},
				{.fd = fd, .to = to, .bfirst = first + 1, .bstep = 2, .out = out}};
	run_pair(hash_file_blocks, &j[0], &j[1]);
	close(fd);
	return !j[0].failed && !j[1].failed;
}

/* ---- opening and checking ------------------------------------------------ */

static char *join(const char *a, const char *b)
{
	size_t n = strlen(a) + strlen(b) + 2;
	char *s = malloc(n);
	if (s)
		snprintf(s, n, "%s/%s", a, b);
	return s;
}

char *cache_path(const char *repo_dir, const char *name)
{
	char *d = join(repo_dir, ".rungs");
	if (!d || !name)
		return d;
	char *f = join(d, name);
	free(d);
	return f;
}

static uint64_t align_up(uint64_t v)
{
	return (v + ALIGN - 1) / ALIGN * ALIGN;
}

/* Where each section goes, from the counts in h: the one layout a cache
 * file may have, so that every section is in the hashed part. */
static void layout(struct header *h)
{
	uint64_t sizes[SEC__COUNT] = {
		[SEC_PEOPLE] = (uint64_t)h->npeople * sizeof(struct person),
		[SEC_STRINGS] = h->strings_size,
		[SEC_ASPIRATIONS] = h->naspirations * 4,
		[SEC_GROUPS] = (uint64_t)h->ngroups * 4,
		[SEC_ASSESSORS] = (uint64_t)h->nassessors * 4,
		[SEC_DIAGS] = (uint64_t)h->ndiags * sizeof(struct cached_diag),
		[SEC_BLOCKS] = (uint64_t)h->nblocks * 8,
		[SEC_ROWS_OF] = ((uint64_t)h->npeople + 1) * 8,
		[SEC_ROWS] = h->nrows * sizeof(struct assessment),
		[SEC_PEOPLE_INDEX] = people_index_slots(h->npeople) * sizeof(struct people_slot),
	};
	uint64_t at = align_up(sizeof *h);
	for (int s = 0; s < SEC_CHUNKS; s++) {
		h->sec[s].off = at;
		h->sec[s].size = sizes[s];
		at = align_up(at + sizes[s]);
	}
	h->nchunks = (at - PAYLOAD + CHUNK - 1) / CHUNK;
	h->sec[SEC_CHUNKS].off = at;
	h->sec[SEC_CHUNKS].size = h->nchunks * 8;
	h->file_size = align_up(at + h->nchunks * 8);
}

static bool layout_ok(const struct header *h, size_t map_size)
{
	/* counts that could not fit the file would overflow the sizes */
	const uint64_t count[] = {h->npeople, h->strings_size, h->naspirations, h->ngroups,
				  h->nassessors, h->ndiags,       h->nblocks,      h->nrows};
	const uint64_t el[] = {sizeof(struct person), 1, 4, 4, 4, sizeof(struct cached_diag), 8, sizeof(struct assessment)};
	for (size_t i = 0; i < sizeof count / sizeof count[0]; i++)
		if (count[i] > map_size / el[i])
			return false;
	struct header want = *h;
	layout(&want);
	return memcmp(want.sec, h->sec, sizeof h->sec) == 0 && want.file_size == h->file_size &&
	       want.nchunks == h->nchunks;
}

static const void *sec(const struct cache *c, enum section s)
{
	return c->map + c->h->sec[s].off;
}

static bool str_ok(const struct cache *c, uint32_t off)
{
	return off < c->h->strings_size; /* header_ok saw the last string end */
}

/* Every index in the people and the row index in range: a cache that passed
 * its hash but was written by something else must still not be trusted. */
static bool people_ok(const struct cache *c, const struct model *m)
{
	const struct header *h = c->h;
	const struct person *cp = sec(c, SEC_PEOPLE);
	const uint32_t *asp = sec(c, SEC_ASPIRATIONS), *groups = sec(c, SEC_GROUPS), *who = sec(c, SEC_ASSESSORS);
	const struct cached_diag *dg = sec(c, SEC_DIAGS);
	for (uint32_t i = 0; i < h->npeople; i++) {
		const struct person *p = &cp[i];
		if (!str_ok(c, p->id) || !str_ok(c, p->name) || !str_ok(c, p->role_id) ||
		    (p->role != NONE && p->role >= m->nroles) || (p->manager != NONE && p->manager >= h->npeople) ||
		    (p->department != NONE && p->department >= h->ngroups) || (p->location != NONE && p->location >= h->ngroups) ||
		    p->asp_off > h->naspirations || p->asp_n > h->naspirations - p->asp_off)
			return false;
	}
	for (uint64_t i = 0; i < h->naspirations; i++)
		if (asp[i] >= m->nroles)
			return false;
	for (uint32_t i = 0; i < h->ngroups; i++)
		if (!str_ok(c, groups[i]))
			return false;
	for (uint32_t i = 0; i < h->nassessors; i++)
		if (!str_ok(c, who[i]))
			return false;
	for (uint32_t i = 0; i < h->ndiags; i++)
		if (!str_ok(c, dg[i].message) || dg[i].severity > DIAG_NOTE)
			return false;
	const uint64_t *rows_of = sec(c, SEC_ROWS_OF);
	if (rows_of[0] != 0 || rows_of[h->npeople] != h->nrows)
		return false;
	for (uint32_t i = 0; i < h->npeople; i++)
		if (rows_of[i + 1] < rows_of[i])
			return false;
	return h->nassessors >= 1 && h->gone.named <= EVIDENCE_GONE_NAMED;
}

/* Rows [lo, hi) of the rows section, range-checked as the chunks holding
 * them are hashed: a second pass over half a gigabyte read from memory
 * cost as much as the hashing. */
struct rows_range {
	uint64_t at;    /* the rows section's offset in the file */
	uint64_t lo, hi;
	uint32_t nskills, nsources, npeople, nassessors;
};

/* Whether rows [from, to) (within r's) have every index in range. */
static bool rows_in_range(const struct cache *c, const struct rows_range *r, uint64_t from, uint64_t to)
{
	const struct assessment *a = sec(c, SEC_ROWS);
	for (uint64_t i = from; i < to; i++) {
		uint32_t who = a[i].assessor & ~ASSESSOR_EMPLOYEE;
		if (a[i].skill >= r->nskills || a[i].source >= r->nsources ||
		    who >= ((a[i].assessor & ASSESSOR_EMPLOYEE) ? r->npeople : r->nassessors))
			return false;
	}
	return true;
}

/* The rows of r that start in the file's bytes [lo, hi): checked there. */
static bool chunk_rows_ok(const struct cache *c, const struct rows_range *r, uint64_t lo, uint64_t hi)
{
	const uint64_t size = sizeof(struct assessment);
	uint64_t first = lo <= r->at ? 0 : (lo - r->at + size - 1) / size;
	uint64_t last = hi <= r->at ? 0 : (hi - r->at + size - 1) / size;
	first = first < r->lo ? r->lo : first;
	last = last > r->hi ? r->hi : last;
	return first >= last || rows_in_range(c, r, first, last);
}

/* Page tables filled in one call, not a fault per few pages. */
static void populate(const char *p, size_t n)
{
#ifdef MADV_POPULATE_READ
	static long page;
	if (!page)
		page = sysconf(_SC_PAGESIZE) > 0 ? sysconf(_SC_PAGESIZE) : 4096;
	uintptr_t at = (uintptr_t)p & ~(uintptr_t)(page - 1);
	(void)madvise((void *)at, (uintptr_t)p + n - at, MADV_POPULATE_READ); /* only a hint */
#else
	(void)p;
	(void)n;
#endif
}

struct chunk_job {
	const struct cache *c;
	uint64_t k, end, step; /* chunks k, k+step, ... below end */
	const struct rows_range *rows; /* checked chunk by chunk; NULL: none */
	bool ok;
};

static void *chunk_check(void *p)
{
	struct chunk_job *j = p;
	const struct cache *c = j->c;
	const uint64_t *want = sec(c, SEC_CHUNKS);
	uint64_t stop = c->h->sec[SEC_CHUNKS].off;
	j->ok = true;
	for (uint64_t k = j->k; j->ok && k < j->end; k += j->step) {
		uint64_t lo = PAYLOAD + k * CHUNK, hi = lo + CHUNK < stop ? lo + CHUNK : stop;
		populate(c->map + lo, hi - lo);
		j->ok = bulk_hash(c->map + lo, hi - lo) == want[k] && (!j->rows || chunk_rows_ok(c, j->rows, lo, hi));
	}
	return NULL;
}

/* Whether the chunks holding the file's bytes [from, to) match their
 * hashes (and the rows in them, when rows is not NULL, their ranges). */
static bool chunks_ok(const struct cache *c, uint64_t from, uint64_t to, const struct rows_range *rows)
{
	if (to <= from)
		return true;
	uint64_t k0 = (from - PAYLOAD) / CHUNK, k1 = (to - PAYLOAD + CHUNK - 1) / CHUNK;
	struct chunk_job j[2] = {{c, k0, k1, 2, rows, false}, {c, k0 + 1, k1, 2, rows, false}};
	if (k1 - k0 < 4)
		chunk_check(&j[0]), chunk_check(&j[1]);
	else
		run_pair(chunk_check, &j[0], &j[1]);
	return j[0].ok && j[1].ok;
}

/* Rows [lo, hi) as written and with every index in range. */
static bool rows_ok(const struct cache *c, const struct model *m, uint64_t lo, uint64_t hi)
{
	const struct header *h = c->h;
	uint64_t at = h->sec[SEC_ROWS].off;
	struct rows_range r = {at, lo, hi, m->nskills, (uint32_t)m->cfg.nsources, h->npeople, h->nassessors};
	return chunks_ok(c, at + lo * sizeof(struct assessment), at + hi * sizeof(struct assessment), &r);
}

/* The people index, when rows appended to the log are to be parsed. */
static bool people_index_take(const struct cache *c, struct model *m)
{
	const struct header *h = c->h;
	uint64_t off = h->sec[SEC_PEOPLE_INDEX].off, size = h->sec[SEC_PEOPLE_INDEX].size;
	if (!chunks_ok(c, off, off + size, NULL))
		return false;
	if (size)
		m->person_index = (struct people_index){sec(c, SEC_PEOPLE_INDEX), size / sizeof(struct people_slot) - 1,
							sec(c, SEC_STRINGS), h->strings_size, h->npeople};
	return true;
}

static bool header_ok(const struct cache *c, const struct model *m)
{
	const struct header *h = c->h;
	if (c->map_size < sizeof *h || memcmp(h->magic, CACHE_MAGIC, 8) != 0 || h->version != CACHE_VERSION ||
	    h->header_size != sizeof *h || h->file_size != c->map_size || h->fingerprint != c->fingerprint)
		return false;
	if (!layout_ok(h, c->map_size))
		return false;
	if (h->nblocks != (h->log_complete + BLOCK - 1) / BLOCK || (h->strings_size && c->map[h->sec[SEC_STRINGS].off + h->strings_size - 1]))
		return false;
	/* the people and every index; the rows when a command reads them */
	return XXH3_64bits(sec(c, SEC_CHUNKS), h->nchunks * 8) == h->chunks_hash &&
	       chunks_ok(c, PAYLOAD, h->sec[SEC_ROWS].off, NULL) && people_ok(c, m);
}

static void map_cache(struct cache *c, const struct model *m)
{
	int fd = open(c->file, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0)
		return;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size >= sizeof(struct header)) {
		void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
		if (p != MAP_FAILED) {
			c->map = p;
			c->map_size = (size_t)st.st_size;
			c->h = p;
			c->cache_mtime_s = st.st_mtim.tv_sec;
			c->cache_mtime_ns = st.st_mtim.tv_nsec;
		}
	}
	close(fd);
	if (c->map && !header_ok(c, m)) {
		munmap((void *)c->map, c->map_size);
		c->map = NULL;
		c->h = NULL;
	}
}

struct cache *cache_open(const char *dir, const struct model *m, const char *people_path, const char *assessments_path)
{
	struct cache *c = calloc(1, sizeof *c);
	if (!c)
		return NULL;
	c->dir = cache_path(dir, NULL);
	c->file = c->dir ? join(c->dir, "evidence") : NULL;
	c->lock = c->dir ? join(c->dir, "lock") : NULL;
	c->grown = c->dir ? join(c->dir, "evidence.grown") : NULL;
	if (!c->file || !c->lock || !c->grown) {
		cache_close(c);
		return NULL;
	}
	c->people_path = people_path;
	c->log_path = assessments_path;
	c->fingerprint = fingerprint(m);
	c->people_exists = meta_of(people_path, &c->people_now);
	c->log_exists = meta_of(assessments_path, &c->log_now);
	c->dirty = true;
	if (c->people_exists && c->log_exists)
		map_cache(c, m);
	return c;
}

void cache_close(struct cache *c)
{
	if (!c)
		return;
	if (c->map)
		munmap((void *)c->map, c->map_size);
	free(c->blocks);
	for (size_t i = 0; i < c->npdiags; i++)
		free(c->pdiags[i].message);
	free(c->pdiags);
	free(c->dir);
	free(c->file);
	free(c->lock);
	free(c->grown);
	free(c);
}

/* ---- people -------------------------------------------------------------- */

/* XXH3 of the whole file, read a buffer at a time: read whole, a million
 * people were 120 MB of fresh memory, slower to fault in than to hash. */
static uint64_t file_hash(const char *path, bool *ok)
{
	enum { STEP = 1 << 20 };
	*ok = false;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	char *buf = malloc(STEP);
	XXH3_state_t *st = XXH3_createState();
	bool failed = !buf || !st || XXH3_64bits_reset(st) != XXH_OK;
	for (ssize_t got = 1; !failed && got > 0;) {
		got = read(fd, buf, STEP);
		if (got < 0 && errno == EINTR)
			continue;
		failed = got < 0 || (got > 0 && !bulk_update(st, buf, (size_t)got));
	}
	uint64_t h = failed ? 0 : XXH3_64bits_digest(st);
	*ok = !failed;
	XXH3_freeState(st);
	free(buf);
	close(fd);
	return h;
}

int cache_people(struct cache *c, struct model *m, const char *display, struct diag_list *d)
{
	if (!c || !c->people_exists)
		return 0;
	bool ok;
	/* hashed now, also when the cache misses: store() needs it */
	if (!c->h || !file_stamp_same(&c->h->people, &c->people_now) || meta_racy(c, &c->people_now)) {
		c->people_hash = file_hash(c->people_path, &ok);
		c->people_hashed = ok;
		if (!ok || !c->h || c->people_hash != c->h->people_hash)
			return 0;
	} else {
		c->people_hash = c->h->people_hash;
		c->people_hashed = true;
	}
	const struct header *h = c->h;
	const char *strings = sec(c, SEC_STRINGS);
	const struct person *cp = sec(c, SEC_PEOPLE);
	m->aspirations = malloc((h->naspirations ? h->naspirations : 1) * sizeof *m->aspirations);
	if (!m->aspirations)
		return -1;
	const uint32_t *groups = sec(c, SEC_GROUPS);
	for (uint32_t i = 0; i < h->ngroups; i++)
		if (strtab_intern(&m->groups, strings + groups[i], strlen(strings + groups[i])) != i)
			return -1;
	memcpy(m->aspirations, sec(c, SEC_ASPIRATIONS), h->naspirations * sizeof *m->aspirations);
	m->people = (struct person *)cp; /* read only: the mapping is */
	m->person_text = strings;
	m->people_mapped = true;
	m->npeople = h->npeople;
	const struct cached_diag *dg = sec(c, SEC_DIAGS);
	for (uint32_t i = 0; i < h->ndiags; i++) {
		diag_add(d, (enum diag_severity)dg[i].severity, display, dg[i].line, dg[i].col, "%s", strings + dg[i].message);
		/* kept for when this run rewrites the cache */
		if (!VEC_PUSH(c->pdiags, c->npdiags, c->pdiags_cap) ||
		    !(c->pdiags[c->npdiags] = (struct kept_diag){dg[i].severity, dg[i].line, dg[i].col,
								   strdup(strings + dg[i].message)})
			     .message)
			c->no_store = true;
		else
			c->npdiags++;
	}
	m->loaded |= PART_PEOPLE;
	m->mapped = c->map;
	m->mapped_size = c->map_size;
	c->map = NULL; /* the model unmaps it */
	c->people_hit = true;
	c->people_read = c->people_now;
	return 1;
}

/* ---- the evidence log ---------------------------------------------------- */

static void warn_future(const struct model *m, const char *display, const struct load_opts *o, struct diag_list *d)
{
	char today[DATE_BUF], when[DATE_BUF];
	date_format(o->today, today);
	for (size_t i = 0; i < m->nrows && m->rows; i++) {
		if (m->rows[i].date <= o->today)
			continue;
		date_format(m->rows[i].date, when);
		diag_add(d, DIAG_WARNING, display, m->rows[i].line, 0, "assessment dated %s, after today (%s)", when, today);
	}
}

static bool prefix_unchanged(struct cache *c)
{
	const struct header *h = c->h;
	if (c->log_now.size < h->log_complete)
		return false;
	uint64_t *now = malloc((h->nblocks ? h->nblocks : 1) * sizeof *now);
	bool same = now && hash_blocks(c->log_path, h->log_complete, 0, now) &&
		    memcmp(now, sec(c, SEC_BLOCKS), h->nblocks * sizeof *now) == 0;
	free(now);
	return same;
}

/* ---- a log that grew a little -------------------------------------------- */

/* Rewriting the whole cache after every append costs more than parsing the
 * appended rows again: while the part of the log past the cache is small,
 * evidence.grown records that the cached part was checked against the log
 * as it is now (its stamp), and the rows past it are parsed on each run,
 * without checking the cached part again. A larger tail rewrites the cache. */
#define GROWN_MAGIC "rungs\0g\1"

struct grown {
	char magic[8];
	uint64_t cache_hash[2]; /* the cache it speaks for: its chunks' hash and size */
	struct file_stamp log;  /* the log whose cached part was checked */
	uint64_t check;         /* XXH3 of the bytes above */
};

static bool grown_vouches(const struct cache *c)
{
	struct grown g;
	struct stat st;
	int fd = open(c->grown, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	bool ok = fstat(fd, &st) == 0 && st.st_size == (off_t)sizeof g && pread(fd, &g, sizeof g, 0) == (ssize_t)sizeof g;
	close(fd);
	return ok && memcmp(g.magic, GROWN_MAGIC, 8) == 0 && g.check == XXH3_64bits(&g, offsetof(struct grown, check)) &&
	       g.cache_hash[0] == c->h->chunks_hash && g.cache_hash[1] == c->h->file_size && file_stamp_same(&g.log, &c->log_now) &&
	       !file_stamp_racy(&c->log_now, st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
}

/* The tail is small while it is at most a sixteenth of the cached part. */
static bool tail_small(const struct cache *c)
{
	return c->log_now.size - c->h->log_complete <= c->h->log_complete / 16;
}

static void grown_store(const struct cache *c)
{
	struct grown g = {.cache_hash = {c->h->chunks_hash, c->h->file_size}, .log = c->log_now};
	memcpy(g.magic, GROWN_MAGIC, 8);
	g.check = XXH3_64bits(&g, offsetof(struct grown, check));
	file_replace(c->grown, &g, sizeof g);
}

int cache_assessments(struct cache *c, struct model *m, const char *display, const struct load_opts *o,
		      struct diag_list *d)
{
	if (!c || !c->people_hit || !c->log_exists)
		return 0;
	const struct header *h = (const struct header *)m->mapped;
	c->h = h;
	c->map = m->mapped; /* for sec(); the model owns it */
	bool unchanged = file_stamp_same(&h->log, &c->log_now) && !meta_racy(c, &c->log_now);
	bool vouched = !unchanged && c->log_now.size >= h->log_complete && grown_vouches(c);
	/* one person's rows are all a command may read when nothing is
	 * merged into them, and no store reads them all: the log as cached,
	 * or written again with the same bytes (vouched for, nothing past) */
	bool one = o->evidence_of && (unchanged || vouched) && c->log_now.size == h->log_complete && !o->warn_future;
	uint32_t e = one ? model_person(m, o->evidence_of) : NONE;
	const uint64_t *rows_of = sec(c, SEC_ROWS_OF);
	bool tail = c->log_now.size > h->log_complete;
	if ((!unchanged && !vouched && !prefix_unchanged(c)) ||
	    !rows_ok(c, m, one ? (e == NONE ? 0 : rows_of[e]) : 0, one ? (e == NONE ? 0 : rows_of[e + 1]) : h->nrows) ||
	    (tail && !people_index_take(c, m))) {
		c->map = NULL;
		return 0;
	}
	m->rows = (struct assessment *)sec(c, SEC_ROWS);
	m->rows_of = (size_t *)sec(c, SEC_ROWS_OF);
	m->rows_one = one;
	m->rows_of_one = e;
	m->nrows = h->nrows;
	m->rows_mapped = true;
	const uint32_t *who = sec(c, SEC_ASSESSORS);
	const char *strings = sec(c, SEC_STRINGS);
	for (uint32_t i = 0; i < h->nassessors; i++)
		if (strtab_intern(&m->assessors, strings + who[i], strlen(strings + who[i])) != i) {
			c->map = NULL;
			return -1;
		}
	c->map = NULL;
	if (o->warn_future)
		warn_future(m, display, o, d);
	c->gone = h->gone;
	c->log_complete = h->log_complete;
	c->log_lines = h->log_lines;
	c->log_read = c->log_now;
	c->log_hit = true;
	c->dirty = !unchanged;
	int rc = 0;
	if (tail) {
		/* what was appended since (or a last line still being written) */
		struct evidence_read rd;
		size_t errors0 = d->errors;
		rc = assessments_read(m, c->log_path, display, o, h->log_complete, h->log_lines + 1, d, &rd);
		evidence_gone_add(&c->gone, &rd.gone);
		if (rc == 0 && rd.nrows) { /* the model takes the rows: rd keeps none */
			if (model_rows_append(m, rd.rows, rd.rows_of, rd.nrows) < 0)
				rc = -1;
			rd.rows = NULL;
			rd.rows_of = NULL;
		}
		if (rd.split.complete > c->log_complete) {
			c->log_complete = rd.split.complete;
			c->log_lines = rd.split.lines;
			c->dirty = true;
		}
		evidence_read_free(&rd);
		if (d->errors > errors0)
			rc = -1;
	}
	if (c->dirty && tail_small(c)) {
		c->dirty = false; /* the rows past the cache are parsed again next time */
		c->grown_new = !vouched;
	}
	evidence_gone_report(&c->gone, display, d);
	return rc < 0 ? -1 : 1;
}

/* ---- writing ------------------------------------------------------------- */

struct writer {
	int fd;
	char *buf;
	size_t n, cap;
	uint64_t pos, end; /* bytes from PAYLOAD to end are hashed, a CHUNK at a time */
	XXH3_state_t *st;
	uint64_t *chunks;
	bool failed;
};

static void w_flush(struct writer *w)
{
	size_t done = 0;
	while (done < w->n && !w->failed) {
		ssize_t k = write(w->fd, w->buf + done, w->n - done);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			w->failed = true;
		else
			done += (size_t)k;
	}
	w->n = 0;
}

static void w_put(struct writer *w, const void *p, size_t n)
{
	const char *s = p;
	while (n && !w->failed) {
		size_t take = n, room = w->cap - w->n;
		uint64_t k = (w->pos - PAYLOAD) / CHUNK, next = PAYLOAD + (k + 1) * CHUNK;
		if (w->pos < w->end && w->pos + take > next)
			take = (size_t)(next - w->pos); /* a chunk ends here */
		if (take > room)
			take = room;
		if (w->pos < w->end)
			bulk_update(w->st, s, take);
		memcpy(w->buf + w->n, s, take);
		w->n += take;
		w->pos += take;
		if (w->pos <= w->end && (w->pos == next || w->pos == w->end)) {
			w->chunks[k] = XXH3_64bits_digest(w->st);
			XXH3_64bits_reset(w->st);
		}
		s += take;
		n -= take;
		if (w->n == w->cap)
			w_flush(w);
	}
}

static void w_pad(struct writer *w)
{
	static const char zero[ALIGN];
	if (w->pos % ALIGN)
		w_put(w, zero, ALIGN - w->pos % ALIGN);
}

/* The strings of the people, groups, assessors and diagnostics, in one
 * blob; offsets in the order store() writes them. */
struct blob {
	uint64_t size;
};

static uint32_t blob_add(struct blob *b, const char *s)
{
	uint32_t at = (uint32_t)b->size;
	b->size += strlen(s) + 1;
	return at;
}

struct store_plan {
	struct header h;
	struct blob blob;
};

/* The people file's diagnostics of this run, kept to be replayed. */
void cache_people_diags(struct cache *c, const struct diag_list *d, size_t from, const char *display)
{
	if (!c)
		return;
	for (size_t i = from; i < d->n; i++) {
		const struct diag *g = &d->v[i];
		if (!g->file || strcmp(g->file, display) != 0)
			continue;
		if (!VEC_PUSH(c->pdiags, c->npdiags, c->pdiags_cap)) {
			c->no_store = true;
			return;
		}
		c->pdiags[c->npdiags++] = (struct kept_diag){g->severity, g->line, g->col, strdup(g->message)};
		if (!c->pdiags[c->npdiags - 1].message)
			c->no_store = true;
	}
}

static bool write_people(struct writer *w, const struct model *m, const struct cache *c, struct blob *b, uint32_t *id_off)
{
	for (uint32_t i = 0; i < m->npeople; i++) {
		const struct person *p = &m->people[i];
		struct person cp = *p;
		cp.id = id_off[i] = blob_add(b, person_text(m, p->id));
		cp.name = blob_add(b, person_text(m, p->name));
		cp.role_id = blob_add(b, person_text(m, p->role_id));
		w_put(w, &cp, sizeof cp);
	}
	w_pad(w);
	/* the blob, in the same order as the offsets are handed out */
	for (uint32_t i = 0; i < m->npeople; i++) {
		const struct person *p = &m->people[i];
		w_put(w, person_text(m, p->id), strlen(person_text(m, p->id)) + 1);
		w_put(w, person_text(m, p->name), strlen(person_text(m, p->name)) + 1);
		w_put(w, person_text(m, p->role_id), strlen(person_text(m, p->role_id)) + 1);
	}
	for (size_t i = 0; i < m->groups.n; i++)
		w_put(w, m->groups.strs[i], strlen(m->groups.strs[i]) + 1);
	for (size_t i = 0; i < m->assessors.n; i++)
		w_put(w, m->assessors.strs[i], strlen(m->assessors.strs[i]) + 1);
	for (size_t i = 0; i < c->npdiags; i++)
		w_put(w, c->pdiags[i].message, strlen(c->pdiags[i].message) + 1);
	w_pad(w);
	return !w->failed;
}

/* The rows of e from the log's complete lines (a last line without its
 * line end is read every time until it has one), written when w is set. */
static size_t rows_kept(const struct model *m, uint32_t e, uint32_t lines, struct writer *w)
{
	size_t n, kept = 0;
	struct rows_buf buf;
	const struct assessment *a = model_rows(m, e, &n, &buf);
	for (size_t i = 0; i < n; i++) {
		if (a[i].line > lines)
			continue;
		if (w)
			w_put(w, &a[i], sizeof a[i]);
		kept++;
	}
	return kept;
}

static void write_rest(struct writer *w, const struct model *m, const struct cache *c, struct blob *b,
		       const uint64_t *blocks, uint32_t nblocks, uint32_t lines)
{
	size_t nasp = 0;
	for (uint32_t i = 0; i < m->npeople; i++)
		if (m->people[i].asp_off + m->people[i].asp_n > nasp)
			nasp = m->people[i].asp_off + m->people[i].asp_n;
	w_put(w, m->aspirations, nasp * sizeof *m->aspirations);
	w_pad(w);
	for (size_t i = 0; i < m->groups.n; i++) {
		uint32_t at = blob_add(b, m->groups.strs[i]);
		w_put(w, &at, 4);
	}
	w_pad(w);
	for (size_t i = 0; i < m->assessors.n; i++) {
		uint32_t at = blob_add(b, m->assessors.strs[i]);
		w_put(w, &at, 4);
	}
	w_pad(w);
	for (size_t i = 0; i < c->npdiags; i++) {
		struct cached_diag cd = {c->pdiags[i].severity, c->pdiags[i].line, c->pdiags[i].col,
					 blob_add(b, c->pdiags[i].message)};
		w_put(w, &cd, sizeof cd);
	}
	w_pad(w);
	w_put(w, blocks, (size_t)nblocks * 8);
	w_pad(w);
	uint64_t at = 0;
	for (uint32_t e = 0; e < m->npeople; e++) {
		w_put(w, &at, 8);
		at += rows_kept(m, e, lines, NULL);
	}
	w_put(w, &at, 8);
	w_pad(w);
	for (uint32_t e = 0; e < m->npeople; e++)
		rows_kept(m, e, lines, w);
	w_pad(w);
}

/* The people index, its ids at the offsets write_people gave them. */
static void write_people_index(struct writer *w, const struct model *m, const uint32_t *id_off)
{
	uint64_t n = people_index_slots(m->npeople);
	struct people_slot *slot = calloc(n ? n : 1, sizeof *slot);
	if (!slot) {
		w->failed = true;
		return;
	}
	for (uint32_t e = 0; e < m->npeople; e++) {
		const char *id = person_id(m, e);
		people_index_put(slot, n - 1, hash_bytes(id, strlen(id)), e, id_off[e]);
	}
	w_put(w, slot, n * sizeof *slot);
	w_pad(w);
	free(slot);
}

/* Hashes of the log's blocks up to `complete`: those wholly in the part
 * the cache already had are kept, the rest are read. */
static uint64_t *log_blocks(const struct cache *c, uint64_t complete, uint32_t *nblocks)
{
	*nblocks = (uint32_t)((complete + BLOCK - 1) / BLOCK);
	uint64_t *b = malloc((*nblocks ? *nblocks : 1) * sizeof *b);
	if (!b)
		return NULL;
	uint64_t keep = 0;
	if (c->log_hit && c->h) {
		keep = c->h->log_complete / BLOCK;
		if (keep > *nblocks)
			keep = *nblocks;
		memcpy(b, (const char *)c->h + c->h->sec[SEC_BLOCKS].off, keep * sizeof *b);
	}
	if (keep < *nblocks && !hash_blocks(c->log_path, complete, keep, b)) {
		free(b);
		return NULL;
	}
	return b;
}

bool cache_people_key(const struct cache *c, uint64_t *key)
{
	if (!c || !c->people_hashed)
		return false;
	uint64_t both[2] = {c->fingerprint, c->people_hash};
	*key = XXH3_64bits(both, sizeof both);
	return true;
}

const char *cache_dir(const struct cache *c)
{
	return c ? c->dir : NULL;
}

static bool dir_ready(const struct cache *c)
{
	struct stat st;
	if (stat(c->dir, &st) == 0)
		return S_ISDIR(st.st_mode);
	if (mkdir(c->dir, 0700) != 0)
		return false;
	/* its own .gitignore: a data repo is often a git repo */
	char *gi = join(c->dir, ".gitignore");
	if (gi) {
		int fd = open(gi, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd >= 0) {
			ssize_t k = write(fd, "*\n", 2);
			(void)k;
			close(fd);
		}
		free(gi);
	}
	return true;
}

bool cache_dir_ready(const struct cache *c)
{
	return c && dir_ready(c);
}

/* Temporaries left in the cache's folder by a run that stopped between
 * naming one and renaming it, or by an older rungs, which named them while
 * writing. Only the lock's holder writes there: under the lock, every one
 * is stale. */
static void sweep(const struct cache *c)
{
	static const char *const files[] = {"evidence", "evidence.grown", "plans", "plans-listing"};
	DIR *dh = opendir(c->dir);
	struct dirent *e;
	while (dh && (e = readdir(dh))) {
		for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
			if (!tempfile_is_ours(e->d_name, files[i]))
				continue;
			char *p = join(c->dir, e->d_name);
			if (p)
				unlink(p);
			free(p);
			break;
		}
	}
	if (dh)
		closedir(dh);
}

int cache_lock(const struct cache *c)
{
	int lock = c ? open(c->lock, O_RDWR | O_CREAT | O_CLOEXEC, 0600) : -1;
	if (lock >= 0 && flock(lock, LOCK_EX | LOCK_NB) != 0) { /* another process is writing */
		close(lock);
		lock = -1;
	}
	if (lock >= 0)
		sweep(c);
	return lock;
}

void cache_unlock(int lock)
{
	flock(lock, LOCK_UN);
	close(lock);
}

bool cache_store_due(const struct cache *c, const struct model *m)
{
	return c && !c->no_store && ((c->grown_new && c->h) || (c->dirty && m->rows_of && (m->loaded & PART_PEOPLE)));
}

void cache_store(struct cache *c, const struct model *m)
{
	int lock;
	if (c && c->grown_new && !c->no_store && c->h && (lock = cache_lock(c)) >= 0) {
		grown_store(c);
		cache_unlock(lock);
	}
	if (!c || !c->dirty || c->no_store || !m->rows_of || !(m->loaded & PART_PEOPLE) || !dir_ready(c))
		return;
	if ((lock = cache_lock(c)) < 0)
		return;
	uint64_t complete = c->log_hit ? c->log_complete : m->evidence_split.complete;
	uint32_t lines = c->log_hit ? c->log_lines : m->evidence_split.lines;
	uint32_t nblocks;
	uint64_t *blocks = log_blocks(c, complete, &nblocks);
	struct tempfile tmp = {.fd = -1};
	int fd = blocks && tempfile_open(&tmp, c->file, 0600) == 0 ? tmp.fd : -1;
	struct store_plan p = {0};
	struct header *h = &p.h;
	memcpy(h->magic, CACHE_MAGIC, 8);
	h->version = CACHE_VERSION;
	h->header_size = sizeof *h;
	h->fingerprint = c->fingerprint;
	h->people = c->people_now;
	h->log = c->log_now;
	h->people_hash = c->people_hash;
	h->log_complete = complete;
	h->log_lines = lines;
	h->nblocks = nblocks;
	h->npeople = m->npeople;
	h->ngroups = (uint32_t)m->groups.n;
	h->nassessors = (uint32_t)m->assessors.n;
	h->ndiags = (uint32_t)c->npdiags;
	for (uint32_t e = 0; e < m->npeople; e++)
		h->nrows += rows_kept(m, e, lines, NULL);
	for (uint32_t i = 0; i < m->npeople; i++)
		if (m->people[i].asp_off + m->people[i].asp_n > h->naspirations)
			h->naspirations = m->people[i].asp_off + m->people[i].asp_n;
	for (uint32_t i = 0; i < m->npeople; i++)
		h->strings_size += strlen(person_id(m, i)) + strlen(person_name(m, i)) +
				   strlen(person_text(m, m->people[i].role_id)) + 3;
	for (size_t i = 0; i < m->groups.n; i++)
		h->strings_size += strlen(m->groups.strs[i]) + 1;
	for (size_t i = 0; i < m->assessors.n; i++)
		h->strings_size += strlen(m->assessors.strs[i]) + 1;
	for (size_t i = 0; i < c->npdiags; i++)
		h->strings_size += strlen(c->pdiags[i].message) + 1;
	h->gone = c->log_hit ? c->gone : m->evidence_gone;
	if (h->gone.count && h->gone.last_line > lines) {
		/* the last line, without its line end, is read again next time */
		if (h->gone.named && h->gone.first[h->gone.named - 1].line == h->gone.last_line)
			h->gone.named--;
		h->gone.count--;
	}
	layout(h);
	struct writer w = {.fd = fd, .cap = WRITE_SIZE, .n = PAYLOAD, .pos = PAYLOAD, .end = h->sec[SEC_CHUNKS].off};
	w.buf = calloc(1, w.cap); /* the header's room, written last */
	w.st = XXH3_createState();
	w.chunks = malloc((h->nchunks ? h->nchunks : 1) * sizeof *w.chunks);
	uint32_t *id_off = malloc((m->npeople ? m->npeople : 1) * sizeof *id_off);
	bool ok = fd >= 0 && w.buf && w.st && w.chunks && id_off && lseek(fd, 0, SEEK_SET) == 0;
	if (ok) {
		XXH3_64bits_reset(w.st);
		w_pad(&w);
		write_people(&w, m, c, &p.blob, id_off);
		write_rest(&w, m, c, &p.blob, blocks, nblocks, lines);
		write_people_index(&w, m, id_off);
		ok = w.pos == w.end;
		w_put(&w, w.chunks, h->nchunks * sizeof *w.chunks);
		w_pad(&w);
		w_flush(&w);
		ok = ok && !w.failed && w.pos == h->file_size && p.blob.size == h->strings_size;
	}
	if (ok) {
		h->chunks_hash = XXH3_64bits(w.chunks, h->nchunks * sizeof *w.chunks);
		ok = pwrite(fd, h, sizeof *h, 0) == (ssize_t)sizeof *h;
	}
	if (ok)
		(void)tempfile_commit(&tmp); /* a cache not written is written next time */
	else
		tempfile_abort(&tmp);
	XXH3_freeState(w.st);
	free(id_off);
	free(w.chunks);
	free(w.buf);
	free(blocks);
	cache_unlock(lock);
}
