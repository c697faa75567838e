#include "repo.h"

#include "cache.h"
#include "listmemo.h"
#include "plancache.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *repo_find(const char *dir, const char *env_dir)
{
	if (dir && *dir)
		return strdup(dir);
	if (env_dir && *env_dir)
		return strdup(env_dir);
	char cwd[PATH_MAX];
	if (!getcwd(cwd, sizeof cwd))
		return strdup(".");
	char rel[PATH_MAX] = ".";
	for (int up = 0; up < 256; up++) {
		char probe[PATH_MAX + 16];
		snprintf(probe, sizeof probe, "%s/rungs.yaml", cwd);
		if (access(probe, F_OK) == 0)
			return strdup(rel);
		char *slash = strrchr(cwd, '/');
		if (!slash || (slash == cwd && cwd[1] == '\0'))
			break;
		if (slash == cwd)
			cwd[1] = '\0';
		else
			*slash = '\0';
		if (up == 0)
			snprintf(rel, sizeof rel, "..");
		else if (strlen(rel) + 4 < sizeof rel)
			strcat(rel, "/..");
	}
	return strdup(".");
}

const char *repo_display(struct repo *r, const char *rel)
{
	return filesrc_disk.path(&filesrc_disk, r->dir, rel, &r->model->arena, NULL);
}

static struct repo_file *add_file(struct repo *r, const char *path, const char *display, enum repo_path kind,
				  const struct filesrc *src)
{
	if (!VEC_PUSH(r->files, r->nfiles, r->cap))
		return NULL;
	struct repo_file *f = &r->files[r->nfiles++];
	*f = (struct repo_file){path, display, kind, src};
	return f;
}

/* A file of the repo, reported when required and missing. */
static struct repo_file *repo_file_of(struct repo *r, enum repo_path kind)
{
	for (size_t i = 0; i < r->nfiles; i++)
		if (r->files[i].kind == kind)
			return &r->files[i];
	return NULL;
}

static struct repo_file *repo_path(struct repo *r, enum repo_path kind, bool required, struct diag_list *d)
{
	struct repo_file *f = NULL;
	for (size_t i = 0; i < r->nfiles && !f; i++)
		if (r->files[i].kind == kind)
			f = &r->files[i];
	if (!f || !f->path) /* out of the source's reach: reported when registered */
		return NULL;
	const char *display = f->display;
	if (f->src->kind(f->src, f->path) == FILESRC_NONE) {
		if (required) {
			diag_add(d, DIAG_ERROR, display, 0, 0, "required %s not found",
				 kind == PATH_ROLES || kind == PATH_PLANS ? "folder" : "file");
			r->missing = true;
		}
		return NULL;
	}
	return f;
}

/* A folder listed on a thread of its own while the rest loads: listing
 * plans/ is a stat per file, 100 000 of them for a large organisation. */
struct walk {
	pthread_t thread;
	bool started;
	const struct filesrc *fs;
	const char *path, *dir;
	struct listed_file *files;
	size_t n, cap;
	struct diag_list d; /* merged where the folder is loaded, in order */
	char *memo;         /* the listing remembered in .rungs/, NULL: none */
	struct arena paths; /* the files' paths when taken from the memo */
	bool in_arena;      /* they were: the model adopts the arena, no path is freed */
	char *memo_new;     /* what to remember of this listing (memo_size bytes) */
	size_t memo_size;
};

static void *walk_run(void *arg)
{
	struct walk *w = arg;
	if (w->memo && listmemo_take(w->memo, w->path, &w->files, &w->n, &w->cap, &w->paths)) {
		w->in_arena = true;
		return NULL;
	}
	if (!w->memo || w->fs != &filesrc_disk) {
		w->fs->list_yaml(w->fs, w->path, w->dir, &w->files, &w->n, &w->cap, &w->d);
		return NULL;
	}
	struct timespec at;
	struct folder_log log = {0};
	clock_gettime(CLOCK_REALTIME, &at);
	filesrc_disk_walk(w->path, w->dir, &w->files, &w->n, &w->cap, &w->d, &log);
	/* a listing that reported anything (or ran out of memory, even while
	 * saying so) is listed again next time */
	if (w->d.errors == 0 && w->d.warnings == 0 && !w->d.oom)
		listmemo_build(w->path, &log, w->files, w->n, &at, &w->memo_new, &w->memo_size);
	folder_log_free(&log);
	return NULL;
}

/* Starts listing the folder of `kind` when it exists (a missing one is
 * reported by folder_files, in its turn). */
static void walk_start(struct repo *r, enum repo_path kind, bool wanted, const struct repo_opts *o,
		       size_t max_per_file, struct walk *w)
{
	struct repo_file *f = repo_file_of(r, kind);
	*w = (struct walk){0};
	diag_init(&w->d, max_per_file);
	if (!wanted || !f || !f->path || f->src->kind(f->src, f->path) != FILESRC_DIR)
		return;
	w->fs = f->src;
	w->path = f->path;
	w->dir = r->dir;
	if (o->cache && !o->defs && kind == PATH_PLANS)
		w->memo = cache_path(r->dir, "plans-listing");
	w->started = pthread_create(&w->thread, NULL, walk_run, w) == 0;
}

/* What the walk found, when it listed this path; false when it did not. */
static bool walk_take(struct walk *w, const char *path, struct listed_file **files, size_t *n, size_t *cap,
		      struct diag_list *d, bool *in_arena)
{
	*in_arena = false;
	if (!w || !w->started)
		return false;
	pthread_join(w->thread, NULL);
	w->started = false;
	bool same = strcmp(w->path, path) == 0;
	if (same) {
		*files = w->files;
		*n = w->n;
		*cap = w->cap;
		diag_merge(d, &w->d, 0);
		*in_arena = w->in_arena;
		w->files = NULL;
		w->n = 0;
	}
	return same;
}

/* Keeps what the listing is to be remembered by, under the cache's lock. */
static void walk_remember(struct walk *w, const struct cache *c)
{
	int lock;
	if (w->memo_new && cache_dir_ready(c) && (lock = cache_lock(c)) >= 0) {
		file_replace(w->memo, w->memo_new, w->memo_size);
		cache_unlock(lock);
	}
}

static void walk_free(struct walk *w)
{
	if (w->started)
		pthread_join(w->thread, NULL);
	free(w->memo);
	free(w->memo_new);
	for (size_t i = 0; i < w->n && !w->in_arena; i++)
		free(w->files[i].path);
	free(w->files);
	arena_free(&w->paths);
	diag_free(&w->d);
}

/* The files of a folder, registered, for a loader of many files: the
 * disk's (plans/) or a source's (roles/). */
/* The YAML files below a folder of the repo, registered as repo files;
 * *stamps (when asked for) gets what stat(2) said of each while listing. */
static int folder_files(struct repo *r, enum repo_path kind, bool required, struct walk *pre, struct diag_list *d,
			const char ***out, size_t *n, const struct filesrc **src, struct file_stamp **stamps)
{
	*out = NULL;
	*n = 0;
	if (stamps)
		*stamps = NULL;
	struct repo_file *f = repo_path(r, kind, required, d);
	if (!f)
		return required ? -1 : 0;
	const struct filesrc *fs = *src = f->src; /* f moves as files are added */
	struct listed_file *files = NULL;
	size_t np = 0, cap = 0;
	size_t errors = d->errors;
	bool in_arena;
	if (!walk_take(pre, f->path, &files, &np, &cap, d, &in_arena))
		fs->list_yaml(fs, f->path, r->dir, &files, &np, &cap, d);
	bool walk_failed = d->errors > errors; /* a file or folder that cannot be read */
	/* room for them all at once: a hundred thousand plans, not doubled into */
	const char **disp = vec_reserve((void **)&r->files, &r->cap, r->nfiles + np, sizeof *r->files)
				    ? mem_alloc_huge(np * sizeof *disp)
				    : NULL;
	struct file_stamp *st = stamps ? mem_alloc_huge(np * sizeof *st) : NULL;
	for (size_t i = 0; disp && i < np; i++) {
		/* paths the walk kept in its arena are the model's once it adopts it */
		disp[i] = in_arena ? files[i].path : arena_strdup(&r->model->arena, files[i].path);
		add_file(r, disp[i], disp[i], kind, fs);
		if (st)
			st[i] = files[i].stamp;
	}
	if (in_arena)
		arena_adopt(&r->model->arena, &pre->paths);
	for (size_t i = 0; i < np && !in_arena; i++)
		free(files[i].path);
	free(files);
	*out = disp;
	*n = np;
	if (stamps)
		*stamps = st;
	return disp && (!stamps || st) && !walk_failed ? 0 : -1;
}

/* The cache is written on a thread of its own while the command measures
 * and reports from the model: writing half a gigabyte of evidence is a
 * second of a cold run that nothing else waits for. The model is only
 * read meanwhile, and repo_free waits for the thread. */
struct repo_store {
	pthread_t thread;
	struct cache *cache;
	const struct model *m;
	struct walk plans;
	bool keep_cache;   /* people and evidence loaded without a problem */
	bool keep_listing; /* the load went well: the plans listing may be kept */
};

static void *store_run(void *arg)
{
	struct repo_store *s = arg;
	if (s->keep_cache)
		cache_store(s->cache, s->m);
	if (s->keep_listing)
		walk_remember(&s->plans, s->cache);
	return NULL;
}

static void store_free(struct repo_store *s)
{
	walk_free(&s->plans);
	cache_close(s->cache);
	free(s);
}

static void store_start(struct repo *r, struct cache *cache, struct walk *plans, bool keep_cache, bool keep_listing,
			unsigned threads)
{
	if (plans->started) { /* never taken: the walk is moved below */
		pthread_join(plans->thread, NULL);
		plans->started = false;
	}
	struct repo_store *s = malloc(sizeof *s);
	if (!s) {
		walk_free(plans);
		cache_close(cache);
		return;
	}
	*s = (struct repo_store){.cache = cache, .m = r->model, .plans = *plans, .keep_cache = keep_cache && cache,
				 .keep_listing = keep_listing && cache};
	if (s->keep_cache && threads != 1 && cache_store_due(cache, s->m) &&
	    pthread_create(&s->thread, NULL, store_run, s) == 0) {
		r->store = s;
		return;
	}
	store_run(s);
	store_free(s);
}

static void store_wait(struct repo *r)
{
	if (!r->store)
		return;
	pthread_join(r->store->thread, NULL);
	store_free(r->store);
	r->store = NULL;
}

typedef int (*single_loader)(struct model *, const char *, const char *, struct diag_list *);

static int load_file(struct repo *r, enum repo_path kind, bool required, single_loader fn, struct diag_list *d)
{
	struct repo_file *f = repo_path(r, kind, required, d);
	if (!f)
		return required ? -1 : 0;
	return fn(r->model, f->path, f->display, d);
}

/* A definition file, read through its source. */
typedef int (*yaml_loader)(struct model *, const struct filesrc *, const char *, const char *, struct diag_list *);

static int load_yaml(struct repo *r, enum repo_path kind, bool required, yaml_loader fn, struct diag_list *d)
{
	struct repo_file *f = repo_path(r, kind, required, d);
	if (!f)
		return required ? -1 : 0;
	return fn(r->model, f->src, f->path, f->display, d);
}

static int load_all(struct repo *r, const struct repo_opts *o, struct diag_list *d)
{
	struct model *m = r->model;
	int rc = 0;
	unsigned want = o->parts | PART_SKILLS | PART_ROLES;
	m->parts = want;
	const char **files;
	size_t n;
	const struct filesrc *src = &filesrc_disk;
	rc |= load_yaml(r, PATH_SKILLS, true, skills_load, d);
	struct walk plans;
	walk_start(r, PATH_PLANS, want & PART_PLANS, o, d->max_per_file, &plans);
	rc |= folder_files(r, PATH_ROLES, true, NULL, d, &files, &n, &src, NULL);
	if (files)
		rc |= roles_load(m, src, files, files, n, d);
	free(files);
	if (want & PART_LEARNING)
		rc |= load_file(r, PATH_LEARNING, o->required & PART_LEARNING, learning_load, d);
	if (want & PART_OPPORTUNITIES)
		rc |= load_yaml(r, PATH_OPPORTUNITIES, o->required & PART_OPPORTUNITIES, opportunities_load, d);
	/* people and the evidence log may come from the cache; what they mean
	 * depends on the skills and roles, loaded by now (from the disk: the
	 * definitions of a git revision are not what the cache is kept for) */
	struct cache *cache = NULL;
	struct repo_file *people = repo_file_of(r, PATH_PEOPLE), *log = repo_file_of(r, PATH_ASSESSMENTS);
	if (o->cache && !o->defs && (want & PART_PEOPLE) && people && log)
		cache = cache_open(r->dir, m, people->path, log->path);
	if (want & PART_PEOPLE) {
		struct repo_file *f = repo_path(r, PATH_PEOPLE, o->required & PART_PEOPLE, d);
		int hit = f ? cache_people(cache, m, f->display, d) : 0;
		if (f && hit == 0) {
			size_t n0 = d->n;
			rc |= people_load(m, f->path, f->display, d);
			cache_people_diags(cache, d, n0, f->display);
		}
		rc |= hit < 0 || (!f && (o->required & PART_PEOPLE)) ? -1 : 0;
	}
	/* the log before the plans: plans/ is still being listed, a stat a
	 * file, and the log's cache is checked meanwhile */
	if (want & PART_ASSESSMENTS) {
		struct repo_file *f = repo_path(r, PATH_ASSESSMENTS, o->required & PART_ASSESSMENTS, d);
		int hit = f ? cache_assessments(cache, m, f->display, &o->load, d) : 0;
		if (f && hit == 0)
			rc |= assessments_load(m, f->path, f->display, &o->load, d);
		rc |= hit < 0 || (!f && (o->required & PART_ASSESSMENTS)) ? -1 : 0;
	}
	if (want & PART_PLANS) {
		struct file_stamp *stamps;
		/* read while the folder is still being listed */
		struct repo_file *pf = repo_file_of(r, PATH_PLANS);
		struct plancache *pc = pf && pf->path ? plancache_open(cache, m, pf->path) : NULL;
		rc |= folder_files(r, PATH_PLANS, o->required & PART_PLANS, &plans, d, &files, &n, &src, &stamps);
		if (files)
			rc |= plans_load(m, files, files, stamps, n, o->load.threads, pc, d);
		plancache_close(pc, m);
		free(stamps);
		free(files);
	}
	bool rows = m->rows_of; /* the log was read: there is evidence to keep */
	/* indexes exist even when an optional file does not */
	if (!m->rows_of)
		m->rows_of = calloc((size_t)m->npeople + 1, sizeof *m->rows_of);
	if (!m->steps_of)
		m->steps_of = calloc((size_t)m->nskills + 1, sizeof *m->steps_of);
	if (!m->rows_of || !m->steps_of || m->arena.failed) {
		diag_oom(d, NULL);
		rc = -1;
	}
	bool ok = !rc && !d->errors && !d->oom;
	store_start(r, cache, &plans, ok && rows, ok, o->store_first ? 1 : o->load.threads);
	return rc;
}

int repo_load(const struct repo_opts *o, struct diag_list *d, struct repo **out)
{
	*out = NULL;
	struct repo *r = calloc(1, sizeof *r);
	struct model *m = calloc(1, sizeof *m);
	if (!r || !m) {
		free(r);
		free(m);
		return -1;
	}
	r->model = m;
	m->progress = o->progress;
	r->dir = arena_strdup(&m->arena, o->dir ? o->dir : ".");
	*out = r;
	struct stat st;
	char eb[128];
	if (stat(r->dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		diag_add(d, DIAG_ERROR, r->dir, 0, 0, "data repo not found: %s", stat(r->dir, &st) != 0 ? errno_text(errno, eb) : "not a folder");
		r->missing = true;
		config_defaults(&m->cfg);
		return -1;
	}
	const char *cfg = repo_display(r, "rungs.yaml");
	if (!cfg || !add_file(r, cfg, cfg, PATH__COUNT, &filesrc_disk)) {
		diag_oom(d, NULL);
		config_defaults(&m->cfg);
		return -1;
	}
	int rc = config_load(&m->cfg, cfg, cfg, &m->arena, d);
	d->max_per_file = o->max_errors_set ? o->max_errors : (size_t)m->cfg.max_errors;
	if (rc < 0)
		return -1; /* paths and columns may be wrong: loading on would mislead */
	for (int k = 0; k < PATH__COUNT; k++) {
		bool def = k == PATH_SKILLS || k == PATH_ROLES || k == PATH_OPPORTUNITIES;
		const struct filesrc *src = def && o->defs ? o->defs : &filesrc_disk;
		const char *why = NULL;
		const char *path = src->path(src, r->dir, m->cfg.path[k], &m->arena, &why);
		if (!path) {
			diag_add(d, DIAG_ERROR, cfg, 0, 0, "paths: %s '%s' %s", repo_path_key[k], m->cfg.path[k],
				 why ? why : "cannot be read");
			r->missing = true;
		}
		if (!add_file(r, path, path ? path : m->cfg.path[k], (enum repo_path)k, src)) {
			diag_oom(d, NULL);
			return -1;
		}
	}
	if (o->paths_only)
		return 0;
	return load_all(r, o, d) ? -1 : 0;
}

void repo_done(struct repo *r, bool free_memory)
{
	if (free_memory)
		repo_free(r);
	else if (r)
		store_wait(r);
}

void repo_free(struct repo *r)
{
	if (!r)
		return;
	store_wait(r);
	model_free(r->model);
	free(r->files);
	free(r);
}
