/* The data repo: finding it, reading rungs.yaml, and loading every file
 * into one model, in dependency order. */
#ifndef RUNGS_REPO_H
#define RUNGS_REPO_H

#include "diag.h"
#include "load.h"
#include "model.h"
#include "filesrc.h"

struct repo_file {
	const char *path;    /* to open through src; NULL when src cannot reach it */
	const char *display; /* in diagnostics: the repo dir joined with the file's path */
	enum repo_path kind;
	const struct filesrc *src;
};

struct repo {
	const char *dir; /* the repo directory as shown ("." when it is the working directory) */
	struct model *model;
	struct repo_file *files; /* every file read or looked for */
	size_t nfiles, cap;
	bool missing; /* a required file or folder is missing */
	struct repo_store *store; /* the cache being written while the command runs */
};

struct repo_opts {
	const char *dir;     /* from -C, or NULL */
	const char *env_dir; /* $RUNGS_DIR, or NULL: the library reads no environment */
	unsigned parts;      /* enum model_part: what to load */
	unsigned required;   /* parts whose files must exist */
	struct load_opts load;
	size_t max_errors; /* diagnostics per file (0: no limit) when max_errors_set */
	bool max_errors_set; /* else rungs.yaml's max_errors */
	bool paths_only; /* read rungs.yaml and register the paths, load nothing */
	bool cache;      /* keep parsed people and evidence under .rungs/ (cache.h) */
	/* Write the cache before repo_load returns, not beside the command:
	 * when the report goes to a pipe, the reader closing it early ends
	 * the process (SIGPIPE) with a cache half-written. */
	bool store_first;
	/* Where skills.yaml, roles/ and opportunities.yaml are read from (a
	 * git revision, say); NULL: the disk, like every other file. */
	const struct filesrc *defs;
	struct csv_progress progress; /* for the big CSV files; fn may be NULL */
};

/* The repo directory: dir, else env_dir, else the nearest ancestor of the
 * working directory holding rungs.yaml (as a relative path like "../.."),
 * else ".". Returns a malloc'd string, or NULL when memory runs out. */
char *repo_find(const char *dir, const char *env_dir);

/* Loads the repo. Returns 0 when it loaded without errors, -1 otherwise
 * (errors reported in d; *out is set whenever it could be built). What
 * is to be kept under .rungs/ may still be being written, on a thread of
 * its own, when it returns: repo_free waits for it. */
int repo_load(const struct repo_opts *o, struct diag_list *d, struct repo **out);
/* Waits for the cache to be written (see repo_load), then frees r. The
 * model must not change before: the cache is written from it. */
void repo_free(struct repo *r);
/* The end of a command: waits for the cache to be written, like repo_free,
 * and frees r only when free_memory says so. Otherwise its memory is left
 * to exit(2), which hands a large organisation's model (mapped caches,
 * arrays on huge pages) back to the system faster than unmapping and
 * freeing it piece by piece, as compilers do (clang's -disable-free). */
void repo_done(struct repo *r, bool free_memory);

/* The display path of one of the repo's paths (e.g. "data-examples/people.csv"). */
const char *repo_display(struct repo *r, const char *rel);

#endif
