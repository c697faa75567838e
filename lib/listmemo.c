#include "listmemo.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bulkhash.h"

#define LM_MAGIC "rungs\0l\1"
#define LM_VERSION 1
/* a folder is an open descriptor while its files are stat'ed */
#define LM_MAX_FOLDERS 256

struct lm_header {
	char magic[8];
	uint32_t version, header_size;
	uint64_t file_size, hash; /* hash: XXH3 of everything after the header */
	uint32_t nfolders, nfiles;
	uint64_t strings_size;
};

/* A folder read by the walk, with its stamp from before it was read; its
 * path is below the root ("" for the root itself, always folder 0). */
struct lm_folder {
	struct file_stamp stamp;
	uint32_t path, reserved;
};

/* A file listed, in the order listed: its folder and its name in it. */
struct lm_file {
	uint32_t folder, name;
};

/* ---- reading ------------------------------------------------------------- */

struct memo {
	struct file_data fd;
	const struct lm_header *h;
	const struct lm_folder *folders;
	const struct lm_file *files;
	const char *strings;
	int *dfd; /* per folder, open */
};

static bool name_ok(const char *s)
{
	return *s && *s != '.' && !strchr(s, '/') && filesrc_yaml_name(s);
}

/* "", or names joined by '/', none empty or hidden. */
static bool folder_path_ok(const char *s)
{
	for (const char *p = s; *p;) {
		if (*p == '.' || *p == '/')
			return false;
		const char *slash = strchr(p, '/');
		if (!slash)
			break;
		if (!slash[1])
			return false;
		p = slash + 1;
	}
	return true;
}

/* The header's counts against the file's size, each bounded before any
 * sum (a crafted count must not wrap the sum round to the size). */
static bool layout_ok(const struct lm_header *h, size_t size)
{
	if (size < sizeof *h || memcmp(h->magic, LM_MAGIC, 8) != 0 || h->version != LM_VERSION ||
	    h->header_size != sizeof *h || h->file_size != size || h->nfolders < 1 || h->nfolders > LM_MAX_FOLDERS ||
	    h->nfiles > size / sizeof(struct lm_file) || h->strings_size == 0 || h->strings_size > size)
		return false;
	uint64_t need = sizeof *h + (uint64_t)h->nfolders * sizeof(struct lm_folder) +
			(uint64_t)h->nfiles * sizeof(struct lm_file) + h->strings_size;
	return need == size;
}

static bool memo_ok(const struct memo *mm)
{
	const struct lm_header *h = mm->h;
	size_t size = mm->fd.size;
	if (mm->fd.data[size - 1] != '\0' || bulk_hash(mm->fd.data + sizeof *h, size - sizeof *h) != h->hash)
		return false;
	for (uint32_t i = 0; i < h->nfolders; i++) {
		uint32_t p = mm->folders[i].path;
		if (p >= h->strings_size || !folder_path_ok(mm->strings + p) || (i == 0) != (mm->strings[p] == '\0'))
			return false;
	}
	for (uint32_t i = 0; i < h->nfiles; i++)
		if (mm->files[i].folder >= h->nfolders || mm->files[i].name >= h->strings_size ||
		    !name_ok(mm->strings + mm->files[i].name))
			return false;
	return true;
}

/* root/rel/name (rel may be empty, name NULL), in arena a (NULL: malloc):
 * copied, not formatted, as it is done for each of a hundred thousand plans */
static char *folder_join(struct arena *a, const char *root, const char *rel, const char *name)
{
	size_t nr = strlen(root), nl = strlen(rel), nn = name ? strlen(name) : 0, size = nr + nl + nn + 3;
	char *p = a ? arena_alloc(a, size) : malloc(size), *at = p;
	if (!p)
		return NULL;
	memcpy(at, root, nr), at += nr;
	if (nl)
		*at++ = '/', memcpy(at, rel, nl), at += nl;
	if (name)
		*at++ = '/', memcpy(at, name, nn), at += nn;
	*at = '\0';
	return p;
}

/* Every folder opened and found as it was when it was read. */
static bool folders_same(struct memo *mm, const char *root)
{
	for (uint32_t i = 0; i < mm->h->nfolders; i++) {
		char *path = folder_join(NULL, root, mm->strings + mm->folders[i].path, NULL);
		/* below the root, a link was never walked: one now is a change */
		int fd = path ? open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (i ? O_NOFOLLOW : 0)) : -1;
		free(path);
		mm->dfd[i] = fd;
		struct stat st;
		struct file_stamp now;
		if (fd < 0 || fstat(fd, &st) != 0)
			return false;
		file_stamp_of(&st, &now);
		if (!file_stamp_same(&now, &mm->folders[i].stamp))
			return false;
	}
	return true;
}

static int memo_dir_of(const void *ctx, size_t i)
{
	const struct memo *mm = ctx;
	return mm->dfd[mm->files[i].folder];
}

static const char *memo_name_of(const void *ctx, size_t i)
{
	const struct memo *mm = ctx;
	return mm->strings + mm->files[i].name;
}

/* The files' paths, joined while the other threads stat them. */
struct joining {
	const struct memo *mm;
	const char *root;
	struct listed_file *out;
	struct arena *paths;
	bool ok;
};

static void join_paths(void *arg)
{
	struct joining *j = arg;
	const struct memo *mm = j->mm;
	j->ok = true;
	for (uint32_t i = 0; i < mm->h->nfiles && j->ok; i++) {
		const struct lm_file *f = &mm->files[i];
		j->out[i].path = folder_join(j->paths, j->root, mm->strings + mm->folders[f->folder].path, mm->strings + f->name);
		j->ok = j->out[i].path && (i == 0 || strcmp(j->out[i - 1].path, j->out[i].path) < 0); /* in byte order, as listed */
	}
}

/* The files, stat'ed and named, appended in order; false when one is no
 * longer a regular file (or without memory). */
static bool files_take(const struct memo *mm, const char *root, struct listed_file **files, size_t *n, size_t *cap,
		       struct arena *paths)
{
	size_t nf = mm->h->nfiles;
	struct entry_stat *es = mem_alloc_huge(nf * sizeof *es);
	if (!es || !vec_reserve((void **)files, cap, *n + nf, sizeof **files)) {
		free(es);
		return false;
	}
	struct joining j = {mm, root, *files + *n, paths, false};
	filesrc_stat_all(&(struct stat_batch){nf, memo_dir_of, memo_name_of, mm, es, join_paths, &j});
	bool ok = j.ok;
	for (size_t i = 0; i < nf && ok; i++) {
		ok = !es[i].failed && S_ISREG(es[i].mode);
		j.out[i].stamp = es[i].stamp;
	}
	free(es);
	if (ok)
		*n += nf; /* else the paths stay in the arena until it is freed */
	return ok;
}

bool listmemo_take(const char *memo, const char *root, struct listed_file **files, size_t *n, size_t *cap,
		   struct arena *paths)
{
	struct memo mm = {0};
	if (file_read_max(memo, (size_t)1 << 30, &mm.fd) != 0)
		return false;
	mm.h = (const struct lm_header *)mm.fd.data;
	bool ok = false, laid = layout_ok(mm.h, mm.fd.size);
	if (laid) { /* the sections lie in the file: only now are they pointed at */
		mm.folders = (const struct lm_folder *)(mm.fd.data + sizeof *mm.h);
		mm.files = (const struct lm_file *)(mm.folders + mm.h->nfolders);
		mm.strings = (const char *)(mm.files + mm.h->nfiles);
	}
	if (laid && memo_ok(&mm) && (mm.dfd = malloc(mm.h->nfolders * sizeof *mm.dfd))) {
		for (uint32_t i = 0; i < mm.h->nfolders; i++)
			mm.dfd[i] = -1;
		ok = folders_same(&mm, root) && files_take(&mm, root, files, n, cap, paths);
		for (uint32_t i = 0; i < mm.h->nfolders; i++)
			if (mm.dfd[i] >= 0)
				close(mm.dfd[i]);
	}
	free(mm.dfd);
	file_data_free(&mm.fd);
	return ok;
}

/* ---- writing ------------------------------------------------------------- */

static bool at_or_after(int64_t s, int64_t ns, int64_t limit_s, int64_t limit_ns)
{
	return s > limit_s || (s == limit_s && ns >= limit_ns);
}

/* Changed so recently that a change in the same tick may be to come (by
 * seconds and nanoseconds apart: no product to overflow in year 2262). */
static bool racy(const struct file_stamp *st, const struct timespec *at)
{
	int64_t s = (int64_t)at->tv_sec - LISTMEMO_RACY_S, ns = at->tv_nsec;
	return at_or_after(st->mtime_s, st->mtime_ns, s, ns) || at_or_after(st->ctime_s, st->ctime_ns, s, ns);
}

/* The part of path below root ("" for root itself); NULL when it is not
 * below root. */
static const char *below(const char *path, const char *root)
{
	size_t n = strlen(root);
	if (strncmp(path, root, n) != 0)
		return NULL;
	return path[n] == '\0' ? path + n : path[n] == '/' ? path + n + 1 : NULL;
}

struct image {
	char *buf;
	size_t size, nstr;
	struct lm_header *h;
	struct lm_folder *folders;
	struct lm_file *files;
	char *strings;
};

static uint32_t put_str(struct image *im, const char *s, size_t n)
{
	memcpy(im->strings + im->nstr, s, n);
	im->strings[im->nstr + n] = '\0';
	uint32_t at = (uint32_t)im->nstr;
	im->nstr += n + 1;
	return at;
}

/* The folder (by its path below the root) of each file: the folders are
 * few, so a look along them does. NONE when it was not read. */
static uint32_t folder_of(const struct folder_log *log, const char *root, const char *dir, size_t n)
{
	for (size_t i = 0; i < log->n; i++) {
		const char *rel = below(log->path[i], root);
		if (rel && strlen(rel) == n && memcmp(rel, dir, n) == 0)
			return (uint32_t)i;
	}
	return NONE;
}

static bool image_fill(struct image *im, const char *root, const struct folder_log *log, const struct listed_file *files,
		       size_t n)
{
	for (size_t i = 0; i < log->n; i++) {
		const char *rel = below(log->path[i], root);
		im->folders[i] = (struct lm_folder){log->stamp[i], put_str(im, rel, strlen(rel)), 0};
	}
	uint32_t last = NONE;
	const char *last_dir = NULL;
	size_t last_len = 0;
	for (size_t i = 0; i < n; i++) {
		const char *rel = below(files[i].path, root);
		const char *slash = rel ? strrchr(rel, '/') : NULL;
		size_t dlen = slash ? (size_t)(slash - rel) : 0;
		if (!rel || !*rel)
			return false;
		if (!last_dir || dlen != last_len || memcmp(rel, last_dir, dlen) != 0) { /* files come by folder, mostly */
			last = folder_of(log, root, rel, dlen);
			last_dir = rel;
			last_len = dlen;
		}
		const char *name = slash ? slash + 1 : rel;
		if (last == NONE || !name_ok(name))
			return false;
		im->files[i] = (struct lm_file){last, put_str(im, name, strlen(name))};
	}
	return true;
}

bool listmemo_build(const char *root, const struct folder_log *log, const struct listed_file *files, size_t n,
		    const struct timespec *listed_at, char **buf, size_t *size)
{
	*buf = NULL;
	*size = 0;
	if (log->linked || log->failed || log->n < 1 || log->n > LM_MAX_FOLDERS || n > UINT32_MAX ||
	    strcmp(log->path[0], root) != 0)
		return false;
	uint64_t strings = 0;
	for (size_t i = 0; i < log->n; i++) {
		const char *rel = below(log->path[i], root);
		if (!rel || racy(&log->stamp[i], listed_at) || !folder_path_ok(rel))
			return false;
		strings += strlen(rel) + 1;
	}
	for (size_t i = 0; i < n; i++)
		strings += strlen(files[i].path) + 1; /* more than the name needs */
	if (strings >= UINT32_MAX)
		return false;
	struct image im = {0};
	im.size = sizeof *im.h + log->n * sizeof *im.folders + n * sizeof *im.files + strings;
	if (!(im.buf = calloc(1, im.size)))
		return false;
	im.h = (struct lm_header *)im.buf;
	im.folders = (struct lm_folder *)(im.h + 1);
	im.files = (struct lm_file *)(im.folders + log->n);
	im.strings = (char *)(im.files + n);
	if (!image_fill(&im, root, log, files, n)) {
		free(im.buf);
		return false;
	}
	im.size = (size_t)(im.strings - im.buf) + im.nstr; /* the names, not the paths */
	*im.h = (struct lm_header){.version = LM_VERSION, .header_size = sizeof *im.h, .file_size = im.size,
				   .nfolders = (uint32_t)log->n, .nfiles = (uint32_t)n, .strings_size = im.nstr};
	memcpy(im.h->magic, LM_MAGIC, 8);
	im.h->hash = bulk_hash(im.buf + sizeof *im.h, im.size - sizeof *im.h);
	*buf = im.buf;
	*size = im.size;
	return true;
}
