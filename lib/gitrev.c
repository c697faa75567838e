#include "gitrev.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "proc.h"

static char *dupf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *dupf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char buf[1024];
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return strdup(buf);
}

/* git's first line of complaint, without its "fatal: " */
static char *git_words(const struct proc_result *r)
{
	const char *s = r->err ? r->err : "";
	s += strspn(s, "\n"); /* the first line that says something */
	size_t n = strcspn(s, "\n");
	for (const char *pre = "fatal: \0error: \0"; *pre; pre += strlen(pre) + 1)
		if (strncmp(s, pre, strlen(pre)) == 0) {
			s += strlen(pre);
			n -= strlen(pre);
			break;
		}
	return n ? dupf("%.*s", (int)n, s) : dupf("git exited with status %d", r->status);
}

/* Runs git -C dir args...; GIT_OK only when git ran and exited 0. */
static enum git_status git(char *const *envp, const char *dir, const char *const *args, const char *in, size_t nin,
			   struct proc_result *r, char **why)
{
	const char *argv[24] = {"git", "-C", dir};
	size_t n = 3;
	for (size_t i = 0; args[i] && n < 23; i++)
		argv[n++] = args[i];
	argv[n] = NULL;
	char eb[128];
	int e = proc_run(argv, envp, in, nin, r);
	if (e) {
		*why = dupf("cannot run git: %s", errno_text(e, eb));
		return e == ENOENT || e == EACCES ? GIT_NO_GIT : GIT_FAILED;
	}
	if (r->status != 0) {
		*why = git_words(r);
		return GIT_FAILED;
	}
	return GIT_OK;
}

/* The first line of git's output. */
static char *first_line(const struct proc_result *r)
{
	return dupf("%.*s", (int)strcspn(r->out, "\n"), r->out);
}

enum git_status git_repo_open(const char *dir, char *const *envp, struct git_repo *g, char **why)
{
	memset(g, 0, sizeof *g);
	g->envp = envp;
	*why = NULL;
	struct proc_result r = {0};
	const char *args[] = {"rev-parse", "--show-toplevel", "--show-prefix", NULL};
	enum git_status st = git(envp, dir, args, NULL, 0, &r, why);
	if (st == GIT_FAILED && r.err && strstr(r.err, "not a git repository")) {
		free(*why);
		*why = dupf("not in a git repository");
		st = GIT_NOT_REPO;
	}
	if (st == GIT_OK) {
		char *nl = strchr(r.out, '\n');
		char *pre = nl ? nl + 1 : r.out + r.nout;
		g->dir = strdup(dir);
		g->top = dupf("%.*s", (int)(nl ? nl - r.out : (long)r.nout), r.out);
		g->prefix = dupf("%.*s", (int)strcspn(pre, "\n"), pre);
		if (!g->dir || !g->top || !g->prefix || !*g->top) {
			git_repo_free(g);
			free(*why);
			*why = dupf("git rev-parse: unexpected output");
			st = GIT_FAILED;
		}
	}
	proc_result_free(&r);
	return st;
}

void git_repo_free(struct git_repo *g)
{
	if (!g)
		return;
	free(g->dir);
	free(g->top);
	free(g->prefix);
	memset(g, 0, sizeof *g);
}

enum git_status git_commit(const struct git_repo *g, const char *rev, char **oid, char **why)
{
	*oid = *why = NULL;
	char *spec = dupf("%s^{commit}", rev);
	const char *args[] = {"rev-parse", "--verify", "--quiet", "--end-of-options", spec, NULL};
	struct proc_result r = {0};
	enum git_status st = spec ? git(g->envp, g->top, args, NULL, 0, &r, why) : GIT_FAILED;
	if (st == GIT_OK) {
		*oid = first_line(&r);
	} else if (spec && st == GIT_FAILED && r.status == 1) {
		free(*why);
		*why = dupf("unknown revision '%s'", rev);
		st = GIT_BAD_REV;
	}
	proc_result_free(&r);
	free(spec);
	return st;
}

enum git_status git_merge_base(const struct git_repo *g, const char *a, const char *b, char **oid, char **why)
{
	*oid = *why = NULL;
	const char *args[] = {"merge-base", a, b, NULL};
	struct proc_result r = {0};
	enum git_status st = git(g->envp, g->top, args, NULL, 0, &r, why);
	if (st == GIT_OK) {
		*oid = first_line(&r);
	} else if (st == GIT_FAILED && r.status == 1 && r.nerr == 0) {
		free(*why);
		*why = NULL; /* the caller names the revisions as given */
		st = GIT_BAD_REV;
	}
	proc_result_free(&r);
	return st;
}

enum git_status git_short(const struct git_repo *g, const char *oid, char **out, char **why)
{
	*out = *why = NULL;
	const char *args[] = {"rev-parse", "--short", oid, NULL};
	struct proc_result r = {0};
	enum git_status st = git(g->envp, g->top, args, NULL, 0, &r, why);
	if (st == GIT_OK)
		*out = first_line(&r);
	proc_result_free(&r);
	return st;
}

char *git_tree_path(const struct git_repo *g, const char *rel)
{
	char *joined;
	if (rel[0] == '/') {
		size_t n = strlen(g->top);
		if (strncmp(rel, g->top, n) != 0 || (rel[n] != '/' && rel[n] != '\0'))
			return NULL;
		joined = strdup(rel + n);
	} else {
		joined = dupf("%s%s", g->prefix, rel);
	}
	if (!joined)
		return NULL;
	/* components, with "." dropped and ".." taking one back */
	size_t len = strlen(joined), out = 0;
	char *res = malloc(len + 1);
	bool outside = false;
	for (char *save = NULL, *c = res ? strtok_r(joined, "/", &save) : NULL; c; c = strtok_r(NULL, "/", &save)) {
		if (strcmp(c, ".") == 0)
			continue;
		if (strcmp(c, "..") == 0) {
			if (out == 0) {
				outside = true;
				break;
			}
			while (out > 0 && res[out - 1] != '/')
				out--;
			if (out > 0)
				out--; /* the slash */
			continue;
		}
		if (out)
			res[out++] = '/';
		memcpy(res + out, c, strlen(c));
		out += strlen(c);
	}
	free(joined);
	if (!res || outside) {
		free(res);
		return NULL;
	}
	res[out] = '\0';
	return res;
}

/* ---- a revision as a file source ------------------------------------------ */

enum entry_type { E_BLOB, E_LINK, E_OTHER };

struct entry {
	const char *path; /* in the tree; points into the listing */
	const char *oid;
	enum entry_type type;
	bool wanted;
	const char *data; /* into the blobs, once fetched */
	size_t size;
};

struct gitrev {
	struct filesrc src;
	char *label;
	struct git_repo repo; /* copies, for the paths handed out */
	char *listing, *blobs;
	struct entry *v;
	size_t n;
};

/* The tree path of one of our paths ("HEAD:roles/a.yaml" -> "roles/a.yaml"), or NULL. */
static const char *tree_of(const struct gitrev *r, const char *path)
{
	size_t n = strlen(r->label);
	return strncmp(path, r->label, n) == 0 && path[n] == ':' ? path + n + 1 : NULL;
}

static bool under(const char *path, const char *dir)
{
	size_t n = strlen(dir);
	return n == 0 || (strncmp(path, dir, n) == 0 && path[n] == '/');
}

static const char *rev_path(const struct filesrc *s, const char *dir, const char *rel, struct arena *a, const char **why)
{
	(void)dir;
	const struct gitrev *r = s->ctx;
	char *t = git_tree_path(&r->repo, rel);
	if (!t) {
		*why = "lies outside the git work tree";
		return NULL;
	}
	const char *p = arena_printf(a, "%s:%s", r->label, t);
	free(t);
	return p;
}

static const struct entry *find(const struct gitrev *r, const char *t)
{
	for (size_t i = 0; i < r->n; i++)
		if (strcmp(r->v[i].path, t) == 0)
			return &r->v[i];
	return NULL;
}

static enum filesrc_kind rev_kind(const struct filesrc *s, const char *path)
{
	const struct gitrev *r = s->ctx;
	const char *t = tree_of(r, path);
	if (!t)
		return FILESRC_NONE;
	if (find(r, t))
		return FILESRC_FILE;
	for (size_t i = 0; i < r->n; i++)
		if (under(r->v[i].path, t))
			return FILESRC_DIR; /* git keeps no empty folders */
	return FILESRC_NONE;
}

static int rev_read(const struct filesrc *s, const char *path, struct file_data *fd)
{
	const struct gitrev *r = s->ctx;
	memset(fd, 0, sizeof *fd);
	const char *t = tree_of(r, path);
	const struct entry *e = t ? find(r, t) : NULL;
	if (!e)
		return t && rev_kind(s, path) == FILESRC_DIR ? EISDIR : ENOENT;
	if (e->type == E_LINK)
		return ENOTSUP; /* symbolic links are not followed in a revision */
	if (e->type != E_BLOB || !e->data)
		return ENOENT;
	fd->data = e->size ? e->data : "";
	fd->size = e->size;
	return 0;
}

static bool hidden(const char *rest)
{
	for (const char *p = rest; p; p = strchr(p, '/')) {
		if (*p == '/')
			p++;
		if (*p == '.')
			return true;
	}
	return false;
}

static void rev_list_yaml(const struct filesrc *s, const char *root, const char *repo_dir, struct listed_file **files,
			  size_t *np, size_t *cap, struct diag_list *d)
{
	(void)repo_dir; /* a tree holds no links to follow */
	const struct gitrev *r = s->ctx;
	const char *t = tree_of(r, root);
	size_t first = *np;
	for (size_t i = 0; t && i < r->n; i++) {
		const struct entry *e = &r->v[i];
		if (!under(e->path, t))
			continue;
		const char *rest = e->path + strlen(t) + (*t ? 1 : 0);
		const char *base = strrchr(rest, '/');
		if (hidden(rest) || !filesrc_yaml_name(base ? base + 1 : rest) || e->type == E_OTHER)
			continue;
		char *p = dupf("%s:%s", r->label, e->path);
		if (!p)
			return;
		if (e->type == E_LINK) {
			diag_add(d, DIAG_WARNING, p, 0, 0, "symbolic link not followed in a git revision; skipped");
			free(p);
			continue;
		}
		if (!VEC_PUSH(*files, *np, *cap)) {
			free(p);
			return;
		}
		(*files)[(*np)++] = (struct listed_file){p, {0}};
	}
	if (*np > first) /* no files: *files may still be NULL */
		listed_files_sort(*files + first, *np - first);
}

/* "<mode> SP <type> SP <oid> TAB <path> NUL", as ls-tree -z writes them. */
static int parse_listing(struct gitrev *r, size_t size)
{
	size_t cap = 0;
	for (char *p = r->listing, *end = r->listing + size; p < end;) {
		char *z = memchr(p, '\0', (size_t)(end - p));
		char *tab = memchr(p, '\t', (size_t)(end - p));
		if (!z || !tab || tab > z)
			return -1;
		char *sp1 = memchr(p, ' ', (size_t)(tab - p));
		char *sp2 = sp1 ? memchr(sp1 + 1, ' ', (size_t)(tab - sp1 - 1)) : NULL;
		if (!sp1 || !sp2)
			return -1;
		*sp1 = *sp2 = *tab = '\0';
		if (!VEC_PUSH(r->v, r->n, cap))
			return -1;
		enum entry_type type = strcmp(sp1 + 1, "blob") != 0 ? E_OTHER : strcmp(p, "120000") == 0 ? E_LINK : E_BLOB;
		r->v[r->n++] = (struct entry){tab + 1, sp2 + 1, type, false, NULL, 0};
		p = z + 1;
	}
	return 0;
}

/* "<oid> SP blob SP <size> LF <contents> LF" for each object asked for, in order. */
static int parse_blobs(struct gitrev *r, size_t size)
{
	char *p = r->blobs, *end = r->blobs + size;
	for (size_t i = 0; i < r->n; i++) {
		struct entry *e = &r->v[i];
		if (!e->wanted)
			continue;
		char *nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			return -1;
		char *sp = nl;
		while (sp > p && sp[-1] != ' ')
			sp--;
		if (sp == p)
			return -1;
		sp--;
		char *stop;
		errno = 0;
		unsigned long long n = strtoull(sp + 1, &stop, 10);
		if (errno || stop != nl || n > (unsigned long long)(end - nl - 1))
			return -1;
		e->data = nl + 1;
		e->size = (size_t)n;
		p = nl + 1 + n;
		if (p < end && *p == '\n')
			p++;
	}
	return 0;
}

void gitrev_free(struct gitrev *r)
{
	if (!r)
		return;
	free(r->label);
	git_repo_free(&r->repo);
	free(r->listing);
	free(r->blobs);
	free(r->v);
	free(r);
}

enum git_status gitrev_load(const struct git_repo *g, const char *label, const char *oid, const char *const *rels,
			    size_t nrels, struct gitrev **out, char **why)
{
	*out = NULL;
	*why = NULL;
	struct gitrev *r = calloc(1, sizeof *r);
	char **trees = calloc(nrels + 1, sizeof *trees);
	const char **args = calloc(nrels + 10, sizeof *args);
	enum git_status st = GIT_FAILED;
	struct proc_result ls = {0}, cat = {0};
	if (!r || !trees || !args)
		goto out;
	r->src = (struct filesrc){rev_path, rev_kind, rev_read, rev_list_yaml, r};
	r->label = strdup(label);
	r->repo = (struct git_repo){g->envp, strdup(g->dir), strdup(g->top), strdup(g->prefix)};
	if (!r->label || !r->repo.dir || !r->repo.top || !r->repo.prefix)
		goto out;
	size_t na = 0, nt = 0;
	args[na++] = "--literal-pathspecs";
	args[na++] = "ls-tree";
	args[na++] = "-r";
	args[na++] = "-z";
	args[na++] = "--full-tree";
	args[na++] = oid;
	args[na++] = "--";
	for (size_t i = 0; i < nrels; i++) {
		if (!(trees[nt] = git_tree_path(g, rels[i])))
			continue; /* out of reach: the source says so when asked */
		args[na++] = *trees[nt] ? trees[nt] : ".";
		nt++;
	}
	if (nt == 0) { /* nothing within reach: an empty revision */
		*out = r;
		r = NULL;
		st = GIT_OK;
		goto out;
	}
	args[na] = NULL;
	if ((st = git(g->envp, g->top, args, NULL, 0, &ls, why)) != GIT_OK)
		goto out;
	r->listing = ls.out;
	ls.out = NULL;
	st = GIT_FAILED;
	if (parse_listing(r, ls.nout) < 0) {
		*why = dupf("git ls-tree: unexpected output");
		goto out;
	}
	/* the files asked for by name, and the YAML files below the folders */
	char *req = NULL;
	size_t nreq = 0, rcap = 0;
	for (size_t i = 0; i < r->n; i++) {
		struct entry *e = &r->v[i];
		for (size_t k = 0; k < nt && e->type == E_BLOB && !e->wanted; k++) {
			const char *base = strrchr(e->path, '/');
			e->wanted = strcmp(e->path, trees[k]) == 0 ||
				    (under(e->path, trees[k]) && filesrc_yaml_name(base ? base + 1 : e->path));
		}
		if (!e->wanted)
			continue;
		size_t n = strlen(e->oid);
		if (!vec_reserve((void **)&req, &rcap, nreq + n + 1, 1)) {
			free(req);
			goto out;
		}
		memcpy(req + nreq, e->oid, n);
		nreq += n;
		req[nreq++] = '\n';
	}
	if (nreq) {
		const char *cargs[] = {"cat-file", "--batch", NULL};
		st = git(g->envp, g->top, cargs, req, nreq, &cat, why);
		free(req);
		if (st != GIT_OK)
			goto out;
		st = GIT_FAILED;
		r->blobs = cat.out;
		cat.out = NULL;
		if (parse_blobs(r, cat.nout) < 0) {
			*why = dupf("git cat-file: unexpected output");
			goto out;
		}
	}
	*out = r;
	r = NULL;
	st = GIT_OK;
out:
	if (st == GIT_FAILED && !*why)
		*why = dupf("out of memory");
	for (size_t i = 0; trees && i < nrels; i++)
		free(trees[i]);
	free(trees);
	free(args);
	proc_result_free(&ls);
	proc_result_free(&cat);
	gitrev_free(r);
	return st;
}

const struct filesrc *gitrev_source(const struct gitrev *r)
{
	return &r->src;
}
