#include "filesrc.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "par.h"

/* The repo dir joined with rel ("data-examples/people.csv"); rel alone when
 * absolute or when the repo is the working directory. */
static const char *disk_path(const struct filesrc *s, const char *dir, const char *rel, struct arena *a,
			     const char **why)
{
	(void)s;
	(void)why;
	if (rel[0] == '/' || strcmp(dir, ".") == 0)
		return arena_strdup(a, rel);
	size_t n = strlen(dir);
	return arena_printf(a, "%s%s%s", dir, n && dir[n - 1] == '/' ? "" : "/", rel);
}

static enum filesrc_kind disk_kind(const struct filesrc *s, const char *path)
{
	(void)s;
	struct stat st;
	if (stat(path, &st) == 0)
		return S_ISDIR(st.st_mode) ? FILESRC_DIR : FILESRC_FILE;
	/* a dangling symbolic link exists: reading it gives the error to report */
	return lstat(path, &st) == 0 || errno != ENOENT ? FILESRC_FILE : FILESRC_NONE;
}

static int disk_read(const struct filesrc *s, const char *path, struct file_data *fd)
{
	(void)s;
	return file_read_all(path, fd);
}

bool filesrc_yaml_name(const char *name)
{
	size_t n = strlen(name);
	return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) || (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

struct seen {
	dev_t *dev;
	ino_t *ino;
	size_t n, cap;
	bool oom; /* a folder could not be noted: the walk reports it */
};

static bool seen_dir(struct seen *w, uint64_t dev, uint64_t ino)
{
	for (size_t i = 0; i < w->n; i++)
		if (w->dev[i] == dev && w->ino[i] == ino)
			return true;
	size_t c = w->cap;
	if (!vec_reserve((void **)&w->dev, &c, w->n + 1, sizeof *w->dev) ||
	    !vec_reserve((void **)&w->ino, &w->cap, w->n + 1, sizeof *w->ino)) {
		w->oom = true;
		return true; /* not walked, and not taken for a loop: see the walk */
	}
	w->dev[w->n] = (dev_t)dev;
	w->ino[w->n++] = (ino_t)ino;
	return false;
}

/* Whether the canonical path `p` is `base` or lies below it. */
static bool path_within(const char *p, const char *base)
{
	size_t n = strlen(base);
	if (n == 1 && base[0] == '/')
		return true;
	return strncmp(p, base, n) == 0 && (p[n] == '/' || p[n] == '\0');
}

struct walk_roots {
	char *root; /* the folder scanned, canonical */
	char *repo; /* the data repo, canonical */
};

/* A symbolic link found while scanning: followed only when it stays in the
 * repo (or in the scanned folder, when rungs.yaml puts that elsewhere), so
 * that a file committed to the repo cannot make rungs read /etc/passwd or a
 * colleague's home. Returns false when it is not to be followed. */
static bool link_allowed(const char *p, bool yaml_name, const struct walk_roots *roots, struct diag_list *d)
{
	struct stat st;
	char *real = realpath(p, NULL);
	if (!real)
		return true; /* dangling, a loop, no permission: stat(2) tells, as for any file */
	bool inside = (roots->repo && path_within(real, roots->repo)) || (roots->root && path_within(real, roots->root));
	bool ancestor = roots->root && path_within(roots->root, real);
	bool used = yaml_name || (stat(real, &st) == 0 && S_ISDIR(st.st_mode)); /* else skipped anyway */
	free(real);
	if (!inside && !used)
		return false;
	if (!inside) {
		diag_add(d, DIAG_ERROR, p, 0, 0, "symbolic link leads outside the data repo; not followed");
		return false;
	}
	if (ancestor) {
		/* the scanned folder or one above it: following it scans it all again */
		diag_add(d, DIAG_WARNING, p, 0, 0, "folder already scanned (a symbolic link loop?); skipped");
		return false;
	}
	return true;
}

/* One entry of a folder being scanned: a folder to push, a YAML file to
 * list, or nothing (reported when it should have been read). *es comes in
 * as fstatat(2) of the entry without following links and leaves as stat(2)
 * of what the path leads to; a link (or an entry gone) is noted in *linked.
 * Returns the path to keep, or NULL. */
static char *scan_entry(const char *dir, const char *name, const struct walk_roots *roots, struct seen *w,
			bool *is_dir, struct entry_stat *es, bool *linked, struct diag_list *d)
{
	char eb[128];
	bool yaml = filesrc_yaml_name(name);
	size_t len = strlen(dir) + strlen(name) + 2;
	char *p = malloc(len);
	*is_dir = false;
	if (!p) {
		diag_oom(d, dir);
		return NULL;
	}
	snprintf(p, len, "%s/%s", dir, name);
	struct stat st;
	if (es->failed || S_ISLNK(es->mode)) {
		*linked = true;
		if (lstat(p, &st) == 0 && S_ISLNK(st.st_mode) && !link_allowed(p, yaml, roots, d))
			goto skip;
		if (stat(p, &st) != 0) {
			if (errno == ELOOP)
				diag_add(d, DIAG_ERROR, p, 0, 0, "symbolic link loop");
			else if (yaml)
				diag_add(d, DIAG_ERROR, p, 0, 0, "cannot read file: %s", errno_text(errno, eb));
			goto skip;
		}
		es->mode = st.st_mode;
		file_stamp_of(&st, &es->stamp);
	}
	if (S_ISDIR(es->mode)) {
		if (!seen_dir(w, es->stamp.dev, es->stamp.ino)) {
			*is_dir = true;
			return p;
		}
		if (w->oom)
			diag_oom(d, p);
		else
			diag_add(d, DIAG_WARNING, p, 0, 0, "folder already scanned (a symbolic link loop?); skipped");
		goto skip;
	}
	if (yaml && !S_ISREG(es->mode)) {
		/* a FIFO named x.yaml would block the read forever */
		diag_add(d, DIAG_ERROR, p, 0, 0, "cannot read file: not a regular file");
		goto skip;
	}
	if (yaml)
		return p;
skip:
	free(p);
	return NULL;
}

/* Byte order of the paths. They share the folder's prefix, and a
 * hundred thousand of them (plans/) sort by strcmp in tens of
 * milliseconds: they are sorted by their next 8 bytes as a number first,
 * radix style, and only runs that tie there by strcmp. */
static int cmp_listed(const void *a, const void *b)
{
	return strcmp(((const struct listed_file *)a)->path, ((const struct listed_file *)b)->path);
}

struct sort_key {
	uint64_t key;
	struct listed_file file;
};

static int cmp_key(const void *a, const void *b)
{
	const struct sort_key *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return strcmp(x->file.path, y->file.path);
}

static uint64_t key_at(const char *p, size_t skip)
{
	uint64_t k = 0;
	size_t i = 0;
	p += skip;
	for (; i < 8 && p[i]; i++)
		k = k << 8 | (unsigned char)p[i];
	return k << (8 * (8 - i)); /* a shorter path sorts first, as a NUL does */
}

static void radix_pass(struct sort_key *from, struct sort_key *to, size_t n, unsigned shift)
{
	size_t count[257] = {0};
	for (size_t i = 0; i < n; i++)
		count[(from[i].key >> shift & 0xff) + 1]++;
	for (int b = 0; b < 256; b++)
		count[b + 1] += count[b];
	for (size_t i = 0; i < n; i++)
		to[count[from[i].key >> shift & 0xff]++] = from[i];
}

void listed_files_sort(struct listed_file *files, size_t n)
{
	if (n < 2)
		return;
	size_t skip = strlen(files[0].path); /* the prefix all share */
	for (size_t i = 1; i < n && skip; i++) {
		size_t j = 0;
		while (j < skip && files[i].path[j] == files[0].path[j])
			j++;
		skip = j;
	}
	struct sort_key *k = malloc(2 * n * sizeof *k);
	if (!k) {
		qsort(files, n, sizeof *files, cmp_listed);
		return;
	}
	for (size_t i = 0; i < n; i++)
		k[i] = (struct sort_key){key_at(files[i].path, skip), files[i]};
	for (unsigned shift = 0; shift < 64; shift += 8)
		radix_pass(shift / 8 % 2 ? k + n : k, shift / 8 % 2 ? k : k + n, n, shift);
	for (size_t i = 0, j; i < n; i = j) { /* ties on 8 bytes: the rest decides */
		for (j = i + 1; j < n && k[j].key == k[i].key; j++)
			;
		if (j - i > 1)
			qsort(k + i, j - i, sizeof *k, cmp_key);
	}
	for (size_t i = 0; i < n; i++)
		files[i] = k[i].file;
	free(k);
}

/* The entries are taken in blocks from a shared counter, not split in fixed
 * halves: the loading thread runs beside the stats, and a thread that gets
 * less of a core would otherwise be left finishing its half alone. */
struct stat_work {
	const struct stat_batch *b;
	size_t threads;
	atomic_size_t next;
};

enum { STAT_BLOCK = 256 };

/* A folder opened again by one thread: threads that stat through one shared
 * descriptor all count references on one open file, and that counter
 * bounces between the cores (a tenth of the time of a stat). */
struct own_folder {
	int shared, own;
};

static int own_folder(struct own_folder *o, int shared)
{
	if (o->shared != shared) {
		if (o->own >= 0)
			close(o->own);
		o->shared = shared;
		o->own = openat(shared, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	}
	return o->own >= 0 ? o->own : shared;
}

static void *stat_blocks(void *arg)
{
	struct stat_work *w = arg;
	const struct stat_batch *b = w->b;
	struct own_folder o = {-1, -1};
	for (size_t lo; (lo = atomic_fetch_add(&w->next, STAT_BLOCK)) < b->n;) {
		size_t hi = lo + STAT_BLOCK < b->n ? lo + STAT_BLOCK : b->n;
		for (size_t i = lo; i < hi; i++) {
			struct stat st;
			struct entry_stat *es = &b->out[i];
			int dir = w->threads > 1 ? own_folder(&o, b->dir_of(b->ctx, i)) : b->dir_of(b->ctx, i);
			es->failed = fstatat(dir, b->name_of(b->ctx, i), &st, AT_SYMLINK_NOFOLLOW) != 0;
			es->mode = es->failed ? 0 : st.st_mode;
			if (!es->failed)
				file_stamp_of(&st, &es->stamp);
		}
	}
	if (o.own >= 0)
		close(o.own);
	return NULL;
}

void filesrc_stat_all(const struct stat_batch *b)
{
	enum { MIN_PER_THREAD = 4096, THREADS = PAR_MAX };
	size_t nt = par_threads(0);
	if (nt > b->n / MIN_PER_THREAD)
		nt = b->n / MIN_PER_THREAD ? b->n / MIN_PER_THREAD : 1;
	struct stat_work w = {.b = b, .threads = nt};
	atomic_init(&w.next, 0);
	pthread_t th[THREADS];
	bool started[THREADS] = {false};
	for (size_t t = 1; t < nt; t++)
		started[t] = pthread_create(&th[t], NULL, stat_blocks, &w) == 0;
	if (b->meanwhile)
		b->meanwhile(b->meanwhile_arg);
	stat_blocks(&w); /* takes every block no other thread took */
	for (size_t t = 1; t < nt; t++)
		if (started[t])
			pthread_join(th[t], NULL);
}

/* A folder's entries, stat'ed relative to it without following links. */
struct dir_names {
	int dfd;
	char **name;
	struct entry_stat *st;
	size_t n, cap;
};

static int dir_names_fd(const void *ctx, size_t i)
{
	(void)i;
	return ((const struct dir_names *)ctx)->dfd;
}

static const char *dir_names_name(const void *ctx, size_t i)
{
	return ((const struct dir_names *)ctx)->name[i];
}

static void dir_names_free(struct dir_names *dn)
{
	for (size_t i = 0; i < dn->n; i++)
		free(dn->name[i]);
	free(dn->name);
	free(dn->st);
}

/* The entries of an open folder (names starting with '.' skipped), each
 * stat'ed: on every core when there are many (a large organisation's
 * plans/ holds a hundred thousand files, listed on every run). */
static bool read_names(DIR *dh, struct dir_names *dn)
{
	struct dirent *de;
	*dn = (struct dir_names){.dfd = dirfd(dh)};
	while ((de = readdir(dh))) {
		if (de->d_name[0] == '.')
			continue;
		char *name = strdup(de->d_name);
		if (!name || !VEC_PUSH(dn->name, dn->n, dn->cap)) {
			free(name);
			return false;
		}
		dn->name[dn->n++] = name;
	}
	dn->st = malloc((dn->n ? dn->n : 1) * sizeof *dn->st);
	if (!dn->st)
		return false;
	filesrc_stat_all(&(struct stat_batch){dn->n, dir_names_fd, dir_names_name, dn, dn->st, NULL, NULL});
	return true;
}

/* A folder to read, with what stat(2) said of it before it was read. */
struct pending {
	char *path;
	struct file_stamp stamp;
};

static bool log_folder(struct folder_log *log, const char *path, const struct file_stamp *stamp)
{
	if (!log)
		return true;
	char *p = strdup(path);
	size_t cap = log->cap;
	if (!p || !vec_reserve((void **)&log->path, &cap, log->n + 1, sizeof *log->path) ||
	    !vec_reserve((void **)&log->stamp, &log->cap, log->n + 1, sizeof *log->stamp)) {
		free(p);
		log->failed = true;
		return false;
	}
	log->path[log->n] = p;
	log->stamp[log->n++] = *stamp;
	return true;
}

void folder_log_free(struct folder_log *log)
{
	for (size_t i = 0; i < log->n; i++)
		free(log->path[i]);
	free(log->path);
	free(log->stamp);
	*log = (struct folder_log){0};
}

/* Without recursion, each directory once (a symlink loop is reported, not
 * followed), symbolic links only within the repo, regular files only. */
void filesrc_disk_walk(const char *root, const char *repo_dir, struct listed_file **files, size_t *np, size_t *pcap,
		       struct diag_list *d, struct folder_log *log)
{
	struct pending *stack = NULL;
	char eb[128];
	size_t ns = 0, scap = 0, first = *np;
	struct seen w = {0};
	struct stat st;
	struct walk_roots roots = {realpath(root, NULL), realpath(repo_dir, NULL)};
	struct pending top = {strdup(root), {0}};
	if (stat(root, &st) == 0) {
		file_stamp_of(&st, &top.stamp);
		seen_dir(&w, top.stamp.dev, top.stamp.ino);
	}
	if (top.path && VEC_PUSH(stack, ns, scap)) {
		stack[ns++] = top;
	} else {
		diag_oom(d, root);
		free(top.path);
	}
	while (ns > 0) {
		struct pending dir = stack[--ns];
		DIR *dh = opendir(dir.path);
		struct dir_names dn = {0};
		if (!dh || !read_names(dh, &dn)) {
			if (dh) /* what ran out was memory */
				diag_oom(d, dir.path);
			else
				diag_add(d, DIAG_ERROR, dir.path, 0, 0, "cannot read folder: %s", errno_text(errno, eb));
			dir_names_free(&dn);
			if (dh)
				closedir(dh);
			free(dir.path);
			continue;
		}
		log_folder(log, dir.path, &dir.stamp);
		bool linked = false;
		for (size_t i = 0; i < dn.n; i++) {
			bool is_dir;
			char *p = scan_entry(dir.path, dn.name[i], &roots, &w, &is_dir, &dn.st[i], &linked, d);
			if (p && is_dir && VEC_PUSH(stack, ns, scap)) {
				stack[ns++] = (struct pending){p, dn.st[i].stamp};
			} else if (p && !is_dir && VEC_PUSH(*files, *np, *pcap)) {
				(*files)[*np].path = p;
				(*files)[(*np)++].stamp = dn.st[i].stamp;
			} else if (p) { /* a folder or a file dropped: never silently */
				diag_oom(d, p);
				free(p);
			}
		}
		if (log && linked)
			log->linked = true;
		dir_names_free(&dn);
		closedir(dh);
		free(dir.path);
	}
	free(stack);
	free(w.dev);
	free(w.ino);
	free(roots.root);
	free(roots.repo);
	if (*np > first) /* no files: *files may still be NULL */
		listed_files_sort(*files + first, *np - first);
}

static void disk_list_yaml(const struct filesrc *s, const char *root, const char *repo_dir, struct listed_file **files,
			   size_t *np, size_t *pcap, struct diag_list *d)
{
	(void)s;
	filesrc_disk_walk(root, repo_dir, files, np, pcap, d, NULL);
}

const struct filesrc filesrc_disk = {disk_path, disk_kind, disk_read, disk_list_yaml, NULL};

int filesrc_yaml(const struct filesrc *s, const char *path, const char *display, struct arena *a, struct diag_list *d,
		struct ynode **root)
{
	struct file_data fd;
	char eb[128];
	*root = NULL;
	int e = s->read(s, path, &fd);
	if (e) {
		diag_add(d, DIAG_ERROR, display, 0, 0, "cannot read file: %s", errno_text(e, eb));
		return -1;
	}
	int rc = ydoc_parse(fd.data, fd.size, display, a, d, root);
	file_data_free(&fd);
	return rc;
}
