/* The definitions of a data repo at a git revision, read by running git
 * (rev-parse, ls-tree, cat-file --batch) into memory: no checkout, nothing
 * written. A revision is a file source (lib/filesrc.h) whose paths read
 * "REV:path/in/the/tree", what `git show` takes. */
#ifndef RUNGS_GITREV_H
#define RUNGS_GITREV_H

#include <stddef.h>

#include "filesrc.h"

enum git_status {
	GIT_OK,
	GIT_NO_GIT,   /* git could not be run */
	GIT_NOT_REPO, /* the folder is not in a git work tree */
	GIT_BAD_REV,  /* no such revision (or no commit) */
	GIT_FAILED,   /* git failed otherwise, or memory ran out */
};

/* The git work tree holding a data repo. */
struct git_repo {
	char *const *envp; /* git's environment, from the caller (GIT_DIR and the like count) */
	char *dir;    /* the data repo, as given */
	char *top;    /* the top of the work tree, absolute */
	char *prefix; /* the data repo's path inside it: "" or "data/" */
};

/* Errors leave a message in *why (malloc'd; git's own words when git
 * failed unexpectedly), for the caller to show. */
enum git_status git_repo_open(const char *dir, char *const *envp, struct git_repo *g, char **why);
void git_repo_free(struct git_repo *g);

/* The commit a revision names (a full object id, malloc'd). */
enum git_status git_commit(const struct git_repo *g, const char *rev, char **oid, char **why);
/* The best common ancestor of two commits, for A...B. */
enum git_status git_merge_base(const struct git_repo *g, const char *a, const char *b, char **oid, char **why);
/* The short form of an object id (what `git rev-parse --short` prints). */
enum git_status git_short(const struct git_repo *g, const char *oid, char **out, char **why);

struct gitrev;

/* Reads the files at and below the given paths of the data repo (as
 * rungs.yaml gives them) at commit oid into memory; `label` names the
 * revision in the paths handed out ("HEAD" in "HEAD:roles/a.yaml"). Paths
 * that lie outside the work tree are left out (the source says why when
 * asked for them). */
enum git_status gitrev_load(const struct git_repo *g, const char *label, const char *oid, const char *const *rels,
			    size_t nrels, struct gitrev **out, char **why);
const struct filesrc *gitrev_source(const struct gitrev *r);
void gitrev_free(struct gitrev *r);

/* rel (relative to the data repo, or absolute) as a path in the work tree,
 * "." components and ".." resolved: "roles" in "data/" is "data/roles",
 * the top itself is "". NULL when it lies outside. malloc'd. */
char *git_tree_path(const struct git_repo *g, const char *rel);

#endif
