#include "repo.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
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
	struct arena *a = &r->model->arena;
	if (rel[0] == '/' || strcmp(r->dir, ".") == 0)
		return arena_strdup(a, rel);
	size_t n = strlen(r->dir);
	return arena_printf(a, "%s%s%s", r->dir, n && r->dir[n - 1] == '/' ? "" : "/", rel);
}

static struct repo_file *add_file(struct repo *r, const char *path, const char *display, enum repo_path kind)
{
	if (!VEC_PUSH(r->files, r->nfiles, r->cap))
		return NULL;
	struct repo_file *f = &r->files[r->nfiles++];
	*f = (struct repo_file){path, display, kind};
	return f;
}

/* A dangling symbolic link exists: reading it gives the error to report. */
static bool exists(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0 || errno != ENOENT;
}

/* A file of the repo, reported when required and missing. */
static struct repo_file *repo_path(struct repo *r, enum repo_path kind, bool required, struct diag_list *d)
{
	struct repo_file *f = NULL;
	for (size_t i = 0; i < r->nfiles && !f; i++)
		if (r->files[i].kind == kind)
			f = &r->files[i];
	if (!f)
		return NULL;
	const char *display = f->display;
	if (!exists(f->path)) {
		if (required) {
			diag_add(d, DIAG_ERROR, display, 0, 0, "required %s not found",
				 kind == PATH_ROLES || kind == PATH_PLANS ? "folder" : "file");
			r->missing = true;
		}
		return NULL;
	}
	return f;
}

struct walk {
	char **paths;
	size_t n, cap;
	dev_t *dev;
	ino_t *ino;
	size_t ndirs, dcap;
};

static bool has_yaml_ext(const char *name)
{
	size_t n = strlen(name);
	return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) || (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

static bool seen_dir(struct walk *w, const struct stat *st)
{
	for (size_t i = 0; i < w->ndirs; i++)
		if (w->dev[i] == st->st_dev && w->ino[i] == st->st_ino)
			return true;
	size_t c = w->dcap;
	if (!vec_reserve((void **)&w->dev, &c, w->ndirs + 1, sizeof *w->dev) ||
	    !vec_reserve((void **)&w->ino, &w->dcap, w->ndirs + 1, sizeof *w->ino))
		return true;
	w->dev[w->ndirs] = st->st_dev;
	w->ino[w->ndirs++] = st->st_ino;
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

/* Every *.yaml / *.yml below root, names starting with '.' skipped, without
 * recursion, each directory once (a symlink loop is reported, not followed),
 * symbolic links only within the repo, regular files only (a FIFO named
 * x.yaml would block the read forever). */
static int walk_yaml(const char *root, const char *repo_dir, struct walk *w, struct diag_list *d)
{
	char **stack = NULL, eb[128];
	size_t ns = 0, scap = 0;
	struct stat st;
	struct walk_roots roots = {realpath(root, NULL), realpath(repo_dir, NULL)};
	if (stat(root, &st) == 0)
		seen_dir(w, &st);
	if (!VEC_PUSH(stack, ns, scap)) {
		free(roots.root);
		free(roots.repo);
		return -1;
	}
	stack[ns++] = strdup(root);
	while (ns > 0) {
		char *dir = stack[--ns];
		DIR *dh = dir ? opendir(dir) : NULL;
		if (!dh) {
			if (dir)
				diag_add(d, DIAG_ERROR, dir, 0, 0, "cannot read folder: %s", errno_text(errno, eb));
			free(dir);
			continue;
		}
		struct dirent *de;
		while ((de = readdir(dh))) {
			if (de->d_name[0] == '.')
				continue;
			size_t len = strlen(dir) + strlen(de->d_name) + 2;
			char *p = malloc(len);
			if (!p)
				break;
			snprintf(p, len, "%s/%s", dir, de->d_name);
			bool is_link = lstat(p, &st) == 0 && S_ISLNK(st.st_mode);
			if (is_link && !link_allowed(p, has_yaml_ext(de->d_name), &roots, d)) {
				free(p);
				continue;
			}
			if (stat(p, &st) != 0) {
				if (errno == ELOOP)
					diag_add(d, DIAG_ERROR, p, 0, 0, "symbolic link loop");
				else if (has_yaml_ext(de->d_name))
					diag_add(d, DIAG_ERROR, p, 0, 0, "cannot read file: %s", errno_text(errno, eb));
				free(p);
				continue;
			}
			if (S_ISDIR(st.st_mode)) {
				if (seen_dir(w, &st)) {
					diag_add(d, DIAG_WARNING, p, 0, 0, "folder already scanned (a symbolic link loop?); skipped");
					free(p);
				} else if (VEC_PUSH(stack, ns, scap)) {
					stack[ns++] = p;
				} else {
					free(p);
				}
			} else if (has_yaml_ext(de->d_name) && !S_ISREG(st.st_mode)) {
				diag_add(d, DIAG_ERROR, p, 0, 0, "cannot read file: not a regular file");
				free(p);
			} else if (has_yaml_ext(de->d_name) && VEC_PUSH(w->paths, w->n, w->cap)) {
				w->paths[w->n++] = p;
			} else {
				free(p);
			}
		}
		closedir(dh);
		free(dir);
	}
	free(stack);
	free(roots.root);
	free(roots.repo);
	if (w->n > 1)
		qsort(w->paths, w->n, sizeof *w->paths, cmp_str_ptr);
	return 0;
}

typedef int (*multi_loader)(struct model *, const char *const *, const char *const *, size_t, struct diag_list *);

static int load_folder(struct repo *r, enum repo_path kind, bool required, multi_loader fn, struct diag_list *d)
{
	struct repo_file *f = repo_path(r, kind, required, d);
	if (!f)
		return required ? -1 : 0;
	struct walk w = {0};
	size_t errors = d->errors;
	walk_yaml(f->path, r->dir, &w, d);
	bool walk_failed = d->errors > errors; /* a file or folder that cannot be read */
	const char **disp = malloc((w.n ? w.n : 1) * sizeof *disp);
	int rc = -1;
	if (disp) {
		for (size_t i = 0; i < w.n; i++) {
			disp[i] = arena_strdup(&r->model->arena, w.paths[i]);
			add_file(r, disp[i], disp[i], kind);
		}
		rc = fn(r->model, disp, disp, w.n, d);
		if (walk_failed)
			rc = -1;
	}
	for (size_t i = 0; i < w.n; i++)
		free(w.paths[i]);
	free(w.paths);
	free(w.dev);
	free(w.ino);
	free(disp);
	return rc;
}

typedef int (*single_loader)(struct model *, const char *, const char *, struct diag_list *);

static int load_file(struct repo *r, enum repo_path kind, bool required, single_loader fn, struct diag_list *d)
{
	struct repo_file *f = repo_path(r, kind, required, d);
	if (!f)
		return required ? -1 : 0;
	return fn(r->model, f->path, f->display, d);
}

static int load_all(struct repo *r, const struct repo_opts *o, struct diag_list *d)
{
	struct model *m = r->model;
	int rc = 0;
	unsigned want = o->parts | PART_SKILLS | PART_ROLES;
	m->parts = want;
	rc |= load_file(r, PATH_SKILLS, true, skills_load, d);
	rc |= load_folder(r, PATH_ROLES, true, roles_load, d);
	if (want & PART_LEARNING)
		rc |= load_file(r, PATH_LEARNING, o->required & PART_LEARNING, learning_load, d);
	if (want & PART_OPPORTUNITIES)
		rc |= load_file(r, PATH_OPPORTUNITIES, o->required & PART_OPPORTUNITIES, opportunities_load, d);
	if (want & PART_PEOPLE)
		rc |= load_file(r, PATH_PEOPLE, o->required & PART_PEOPLE, people_load, d);
	if (want & PART_PLANS)
		rc |= load_folder(r, PATH_PLANS, o->required & PART_PLANS, plans_load, d);
	if (want & PART_ASSESSMENTS) {
		struct repo_file *f = repo_path(r, PATH_ASSESSMENTS, o->required & PART_ASSESSMENTS, d);
		if (f)
			rc |= assessments_load(m, f->path, f->display, &o->load, d);
		else
			rc |= (o->required & PART_ASSESSMENTS) ? -1 : 0;
	}
	/* indexes exist even when an optional file does not */
	if (!m->rows_of)
		m->rows_of = calloc((size_t)m->npeople + 1, sizeof *m->rows_of);
	if (!m->steps_of)
		m->steps_of = calloc((size_t)m->nskills + 1, sizeof *m->steps_of);
	if (!m->rows_of || !m->steps_of || m->arena.failed) {
		diag_add(d, DIAG_ERROR, NULL, 0, 0, "out of memory");
		rc = -1;
	}
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
	add_file(r, cfg, cfg, PATH__COUNT);
	int rc = config_load(&m->cfg, cfg, cfg, &m->arena, d);
	d->max_per_file = o->max_errors_set ? o->max_errors : (size_t)m->cfg.max_errors;
	if (rc < 0)
		return -1; /* paths and columns may be wrong: loading on would mislead */
	for (int k = 0; k < PATH__COUNT; k++) {
		const char *display = repo_display(r, m->cfg.path[k]);
		add_file(r, display, display, (enum repo_path)k);
	}
	if (o->paths_only)
		return 0;
	return load_all(r, o, d) ? -1 : 0;
}

void repo_free(struct repo *r)
{
	if (!r)
		return;
	model_free(r->model);
	free(r->files);
	free(r);
}
