/* The loaders of each file of the data repo (SPEC 1), called by repo.c in
 * dependency order: skills, roles, learning, opportunities, people, plans,
 * assessments. Each reports through d and returns 0, or -1 when the file
 * had errors. Internal to the library. */
#ifndef RUNGS_LOAD_H
#define RUNGS_LOAD_H

#include "diag.h"
#include "model.h"
#include "filesrc.h"
#include "ydoc.h"
#include "yload.h"

struct load_opts {
	int32_t today;    /* for the check of evidence dated in the future */
	bool warn_future; /* `check` warns about rows dated after today */
};

/* The definitions are read through a source: the disk or a git revision. */
int skills_load(struct model *m, const struct filesrc *from, const char *path, const char *display,
		struct diag_list *d);

/* One profile per file; `files` are the paths under roles/ in byte order. */
int roles_load(struct model *m, const struct filesrc *src, const char *const *paths, const char *const *displays,
	       size_t n, struct diag_list *d);
int learning_load(struct model *m, const char *path, const char *display, struct diag_list *d);
int opportunities_load(struct model *m, const struct filesrc *from, const char *path, const char *display,
		       struct diag_list *d);
int people_load(struct model *m, const char *path, const char *display, struct diag_list *d);
int plans_load(struct model *m, const char *const *paths, const char *const *displays, size_t n,
	       struct diag_list *d);
int assessments_load(struct model *m, const char *path, const char *display, const struct load_opts *o,
		     struct diag_list *d);

/* A skill named by id or alias, reported with a "did you mean" when unknown. */
uint32_t load_skill_ref(struct model *m, struct yctx *y, const struct ynode *n, const char *what);
uint32_t load_role_ref(struct model *m, struct yctx *y, const struct ynode *n, const char *what);
uint32_t load_person_ref(struct model *m, struct yctx *y, const struct ynode *n, const char *what);

/* A requirement map (`skills:` of a role or an opportunity), as written. */
struct req_entry {
	uint32_t skill;
	bool has_level, has_weight, has_essential;
	int level;
	double weight;
	bool essential;
	const struct ynode *at;
};

/* Parses a requirement map; entries land in *out (malloc'd), sorted by skill. */
int reqs_parse(struct model *m, struct yctx *y, const struct ynode *n, struct req_entry **out, size_t *nout);
/* base (resolved, skill order) overridden by entries field by field; level 0
 * removes. Appends the result to m->reqs and sets *off, *n. */
int reqs_apply(struct model *m, struct yctx *y, const struct requirement *base, size_t nbase,
	       const struct req_entry *e, size_t ne, uint32_t *off, uint32_t *n);

#endif
