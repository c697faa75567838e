#include "plancache.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bulkhash.h"
#include "date.h"

#define PC_MAGIC "rungs\0p\1"
#define PC_VERSION 1

struct pc_header {
	char magic[8];
	uint32_t version, header_size;
	uint64_t key, file_size, hash; /* hash: XXH3 of everything after the header */
	uint32_t nrecords, nmilestones;
	uint64_t strings_size;
};

/* One plan file that loaded cleanly; strings are offsets into the strings. */
struct pc_record {
	struct file_stamp stamp;
	uint32_t path, line, employee, target, mentor, ms_off, ms_n, reserved;
};

struct pc_milestone {
	uint32_t skill, title; /* NONE: an activity milestone; no title */
	int32_t due, done;
	uint32_t level;
};

struct plancache {
	const struct cache *c;
	char *file;
	uint64_t key;
	int64_t mtime_s, mtime_ns; /* of the cache file: git's racy rule */
	char *data;                /* the file, mapped and checked; NULL when none */
	size_t size;
	const struct pc_header *h;
	const struct pc_record *recs;
	const struct pc_milestone *ms;
	const char *strings;
	size_t matched;    /* records matched this run */
	size_t matched_ms; /* and their milestones */
	const char *root; /* the plans folder as listed: records name files below it */
};

/* A file's name in the records: its path below the plans folder, so that
 * `-C repo` and `cd repo` (other display paths) share the cache. */
static const char *rel_path(const struct plancache *pc, const char *path)
{
	size_t n = strlen(pc->root);
	if (strncmp(path, pc->root, n) != 0)
		return path;
	return path[n] == '/' ? path + n + 1 : path + n;
}

static bool str_ok(const struct plancache *pc, uint32_t off)
{
	return off < pc->h->strings_size; /* layout_ok saw the last string end */
}

/* Sizes agree and every index is in range for m: a file that passed its
 * hash but was written by something else is still not trusted. */
static bool records_ok(const struct plancache *pc, const struct model *m)
{
	const struct pc_header *h = pc->h;
	for (uint32_t i = 0; i < h->nrecords; i++) {
		const struct pc_record *r = &pc->recs[i];
		if (!str_ok(pc, r->path) || r->employee >= m->npeople || (r->target != NONE && r->target >= m->nroles) ||
		    (r->mentor != NONE && r->mentor >= m->npeople) || r->ms_off > h->nmilestones ||
		    r->ms_n > h->nmilestones - r->ms_off)
			return false;
		/* out of order, records would only miss: the match compares paths */
	}
	for (uint32_t i = 0; i < h->nmilestones; i++) {
		const struct pc_milestone *ms = &pc->ms[i];
		if ((ms->skill != NONE && ms->skill >= m->nskills) || (ms->title != NONE && !str_ok(pc, ms->title)) ||
		    ms->level > LEVEL_MAX)
			return false;
	}
	return true;
}

static bool layout_ok(const struct plancache *pc, size_t size)
{
	const struct pc_header *h = pc->h;
	if (size < sizeof *h || memcmp(h->magic, PC_MAGIC, 8) != 0 || h->version != PC_VERSION ||
	    h->header_size != sizeof *h || h->file_size != size || h->key != pc->key)
		return false;
	uint64_t need = sizeof *h + (uint64_t)h->nrecords * sizeof(struct pc_record) +
			(uint64_t)h->nmilestones * sizeof(struct pc_milestone) + h->strings_size;
	if (need != size || (h->strings_size && pc->data[size - 1] != '\0'))
		return false;
	return bulk_hash(pc->data + sizeof *h, size - sizeof *h) == h->hash;
}

/* Maps the whole file (a few bytes a plan: tens of MB for 100 000), its
 * pages filled at once: all of it is hashed before use. Mapping, not
 * reading, spares a copy into fresh memory that faults in page by page. */
static char *map_file(const char *path, size_t *size, struct stat *st)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	void *p = MAP_FAILED;
	if (fstat(fd, st) == 0 && S_ISREG(st->st_mode) && st->st_size > 0) {
		*size = (size_t)st->st_size;
		p = mmap(NULL, *size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
	}
	close(fd);
	return p == MAP_FAILED ? NULL : p;
}

static void load(struct plancache *pc, const struct model *m)
{
	struct stat st;
	size_t size = 0;
	pc->data = map_file(pc->file, &size, &st);
	pc->size = size;
	if (!pc->data)
		return;
	pc->h = (const struct pc_header *)pc->data;
	pc->mtime_s = st.st_mtim.tv_sec;
	pc->mtime_ns = st.st_mtim.tv_nsec;
	if (layout_ok(pc, size)) {
		pc->recs = (const struct pc_record *)(pc->data + sizeof *pc->h);
		pc->ms = (const struct pc_milestone *)(pc->recs + pc->h->nrecords);
		pc->strings = (const char *)(pc->ms + pc->h->nmilestones);
		if (records_ok(pc, m))
			return;
	}
	munmap(pc->data, pc->size);
	pc->data = NULL;
	pc->h = NULL;
}

struct plancache *plancache_open(const struct cache *c, const struct model *m, const char *root)
{
	uint64_t key;
	const char *dir = cache_dir(c);
	if (!dir || !(m->loaded & PART_PEOPLE) || !cache_people_key(c, &key))
		return NULL;
	struct plancache *pc = calloc(1, sizeof *pc);
	size_t n = strlen(dir) + sizeof "/plans";
	if (!pc || !(pc->file = malloc(n))) {
		free(pc);
		return NULL;
	}
	snprintf(pc->file, n, "%s/plans", dir);
	pc->c = c;
	pc->key = key;
	pc->root = root;
	load(pc, m);
	return pc;
}

void plancache_close(struct plancache *pc, struct model *m)
{
	if (!pc)
		return;
	if (pc->data && pc->matched && !m->plans_mapped) {
		m->plans_mapped = pc->data;
		m->plans_mapped_size = pc->size;
	} else if (pc->data) {
		munmap(pc->data, pc->size);
	}
	free(pc->file);
	free(pc);
}

void plancache_match(struct plancache *pc, const char *const *paths, const struct file_stamp *stamps, size_t n,
		     uint32_t *rec)
{
	uint32_t j = 0, nrec = pc && pc->h ? pc->h->nrecords : 0;
	if (pc)
		pc->matched = pc->matched_ms = 0;
	for (size_t i = 0; i < n; i++) {
		rec[i] = NONE;
		int cmp = 1;
		/* both in byte order of path: one walk */
		while (j < nrec && (cmp = strcmp(pc->strings + pc->recs[j].path, rel_path(pc, paths[i]))) < 0)
			j++;
		if (j == nrec || cmp != 0)
			continue;
		const struct file_stamp *was = &pc->recs[j].stamp;
		if (file_stamp_same(was, &stamps[i]) && !file_stamp_racy(&stamps[i], pc->mtime_s, pc->mtime_ns)) {
			rec[i] = j;
			pc->matched++;
			pc->matched_ms += pc->recs[j].ms_n;
		}
		j++;
	}
}

size_t plancache_matched(const struct plancache *pc)
{
	return pc ? pc->matched : 0;
}

size_t plancache_matched_milestones(const struct plancache *pc)
{
	return pc ? pc->matched_ms : 0;
}

void plancache_prefetch(const struct plancache *pc, uint32_t rec, const struct model *m)
{
	if (rec != NONE)
		__builtin_prefetch(&m->people[pc->recs[rec].employee]);
}

int plancache_take(const struct plancache *pc, uint32_t rec, struct model *m, const char *display, size_t *ms_cap,
		   struct plan *p)
{
	const struct pc_record *r = &pc->recs[rec];
	*p = (struct plan){display, r->line, person_id(m, r->employee), r->employee, r->target, r->mentor,
			   (uint32_t)m->nmilestones, r->ms_n};
	for (uint32_t k = 0; k < r->ms_n; k++) {
		if (!VEC_PUSH(m->milestones, m->nmilestones, *ms_cap))
			return -1;
		const struct pc_milestone *ms = &pc->ms[r->ms_off + k];
		/* the model keeps the mapping (plancache_close): titles stay in it */
		const char *title = ms->title == NONE ? NULL : pc->strings + ms->title;
		m->milestones[m->nmilestones++] = (struct milestone){ms->skill, (uint8_t)ms->level, title, ms->due, ms->done};
	}
	return 0;
}

/* ---- writing ------------------------------------------------------------- */

struct image {
	char *buf;
	size_t size;
	struct pc_header *h;
	struct pc_record *recs;
	struct pc_milestone *ms;
	char *strings;
	uint32_t nstr;
};

static uint32_t image_str(struct image *im, const char *s)
{
	if (!s)
		return NONE;
	size_t n = strlen(s) + 1;
	memcpy(im->strings + im->nstr, s, n);
	uint32_t at = im->nstr;
	im->nstr += (uint32_t)n;
	return at;
}

/* The file's bytes for the plans kept; NULL without memory or room. */
static bool image_build(struct image *im, const struct plancache *pc, const struct model *m, const char *const *paths,
			const struct file_stamp *stamps, const uint32_t *plan_of, size_t n)
{
	uint64_t nrec = 0, nms = 0, strings = 0;
	for (size_t i = 0; i < n; i++) {
		if (plan_of[i] == NONE)
			continue;
		const struct plan *p = &m->plans[plan_of[i]];
		nrec++;
		nms += p->ms_n;
		strings += strlen(rel_path(pc, paths[i])) + 1;
		for (uint32_t k = 0; k < p->ms_n; k++)
			if (m->milestones[p->ms_off + k].title)
				strings += strlen(m->milestones[p->ms_off + k].title) + 1;
	}
	if (nrec > UINT32_MAX || nms > UINT32_MAX || strings >= UINT32_MAX)
		return false;
	im->size = sizeof *im->h + nrec * sizeof *im->recs + nms * sizeof *im->ms + strings;
	if (!(im->buf = calloc(1, im->size)))
		return false;
	im->h = (struct pc_header *)im->buf;
	im->recs = (struct pc_record *)(im->h + 1);
	im->ms = (struct pc_milestone *)(im->recs + nrec);
	im->strings = (char *)(im->ms + nms);
	uint32_t r = 0, k0 = 0;
	for (size_t i = 0; i < n; i++) {
		if (plan_of[i] == NONE)
			continue;
		const struct plan *p = &m->plans[plan_of[i]];
		im->recs[r++] = (struct pc_record){stamps[i], image_str(im, rel_path(pc, paths[i])), p->line, p->employee, p->target,
						   p->mentor, k0, p->ms_n, 0};
		for (uint32_t k = 0; k < p->ms_n; k++) {
			const struct milestone *ms = &m->milestones[p->ms_off + k];
			im->ms[k0++] = (struct pc_milestone){ms->skill, image_str(im, ms->title), ms->due, ms->done, ms->level};
		}
	}
	*im->h = (struct pc_header){.version = PC_VERSION, .header_size = sizeof *im->h, .key = pc->key,
				    .file_size = im->size, .nrecords = r, .nmilestones = k0, .strings_size = strings};
	memcpy(im->h->magic, PC_MAGIC, 8);
	im->h->hash = bulk_hash(im->buf + sizeof *im->h, im->size - sizeof *im->h);
	return true;
}

void plancache_store(struct plancache *pc, const struct model *m, const char *const *paths,
		     const struct file_stamp *stamps, const uint32_t *plan_of, size_t n)
{
	if (!pc)
		return;
	size_t kept = 0;
	for (size_t i = 0; i < n; i++)
		kept += plan_of[i] != NONE;
	/* every record used and nothing new: the file says it all already */
	if (pc->h && kept == pc->matched && pc->matched == pc->h->nrecords)
		return;
	struct image im = {0};
	int lock;
	if (cache_dir_ready(pc->c) && image_build(&im, pc, m, paths, stamps, plan_of, n) && (lock = cache_lock(pc->c)) >= 0) {
		file_replace(pc->file, im.buf, im.size);
		cache_unlock(lock);
	}
	free(im.buf);
}
