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
	unsigned threads; /* to read the evidence log with; 0: as many as pay */
	size_t split_min; /* log bytes below which one thread reads (0: 16 MiB; tests set 1) */
	/* log bytes from which rows wait for grouping in huge pools (0: when
	 * they fill a chunk a bucket, about 700 MB; tests set 1) */
	uint64_t pool_min;
	/* people whose rows wait in one bucket, at most (0: 65536, more than
	 * 16 million people then take more than 256 buckets; tests set fewer) */
	uint32_t bucket_people;
	uint64_t limit;   /* read the log no further than this (0: to its end) */
	/* The one employee whose evidence the command reads, or NULL: a warm
	 * cache then checks only their rows, not the whole log, and
	 * model_rows() gives nobody else any. */
	const char *evidence_of;
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
/* stamps (from the listing) and pc (see plancache.h) may be NULL: no
 * plan is then taken from, or kept in, the cache. */
struct plancache;
int plans_load(struct model *m, const char *const *paths, const char *const *displays,
	       const struct file_stamp *stamps, size_t n, unsigned threads, struct plancache *pc, struct diag_list *d);
int assessments_load(struct model *m, const char *path, const char *display, const struct load_opts *o,
		     struct diag_list *d);

/* The rows of the log from byte `from` (a line start past the header, at
 * line from_line; 0 for all), grouped by employee in rows of their own. */
struct evidence_read {
	struct assessment *rows;
	size_t nrows;
	size_t *rows_of;
	struct evidence_gone gone;
	struct csv_split split;
};
int assessments_read(struct model *m, const char *path, const char *display, const struct load_opts *o,
		     uint64_t from, uint32_t from_line, struct diag_list *d, struct evidence_read *out);
void evidence_read_free(struct evidence_read *r);
void evidence_gone_add(struct evidence_gone *to, const struct evidence_gone *more);
void evidence_gone_report(const struct evidence_gone *g, const char *display, struct diag_list *d);

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
