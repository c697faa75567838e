/* The organisation as rungs holds it in memory: ids interned to dense
 * indexes in byte order of the id (so index order is id order), packed
 * arrays, and indexes by employee and by skill. Read-only once loaded. */
#ifndef RUNGS_MODEL_H
#define RUNGS_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "csvread.h"
#include "peopleindex.h"
#include "util.h"

#define LEVEL_MAX 10

struct related {
	uint32_t skill;
	double similarity;
};

struct skill {
	const char *id, *name, *category;
	const char *rubric[LEVEL_MAX + 1]; /* skill-specific level descriptions, or NULL */
	uint32_t related_off, related_n;   /* into model.related, by skill index */
};

struct requirement {
	uint32_t skill;
	uint8_t level; /* 1..scale */
	bool essential;
	double weight; /* > 0 */
};

enum move_type { MOVE_PROMOTION, MOVE_LATERAL, MOVE_STEP_BACK, MOVE_CROSS_FUNCTIONAL };

struct move {
	uint32_t role;
	enum move_type type;
	uint32_t line, col; /* where `next` names it, for check */
};

struct role {
	const char *id, *title, *family, *track;
	const char *file; /* display path of its profile */
	int level;
	bool critical;
	uint32_t extends;            /* role index or NONE */
	uint32_t req_off, req_n;     /* resolved requirements, in skill order */
	uint32_t next_off, next_n;   /* into model.moves, in the order written */
};

/* An employee. The texts are offsets into model.person_text (person_id()
 * and friends): a cache's people are then used where they lie, mapped, a
 * million of them never copied. */
struct person {
	uint32_t id, name;
	uint32_t role_id;    /* as written, also when it has no profile */
	uint32_t role;       /* NONE when the role has no profile */
	uint32_t manager;    /* NONE for none */
	uint32_t department, location; /* into model.groups, NONE when empty */
	uint32_t asp_off, asp_n;       /* into model.aspirations */
	uint32_t line;
};

/* One row of the evidence log, packed to 16 bytes (30 million rows are
 * 480 MB); whose it is follows from where it sits (model.rows_of). */
struct assessment {
	uint32_t assessor; /* see model_assessor() */
	uint32_t line;
	int32_t date;
	uint16_t skill;
	uint8_t level;
	uint8_t source; /* into config.sources */
};

/* An assessor who is an employee is kept as their index with this bit set
 * (a million employees assess each other: no second table of their ids);
 * any other assessor indexes model.assessors, where 0 is none. */
#define ASSESSOR_EMPLOYEE 0x80000000u

struct learning_item {
	const char *id, *title, *kind;
	double hours;
};

struct learning_step {
	uint32_t item, skill;
	uint32_t line;
	uint8_t from, to;
};

enum opp_kind { OPP_JOB, OPP_ROTATION, OPP_PROJECT, OPP_SHADOWING, OPP_MENTORSHIP, OPP_GIG };
enum opp_status { OPP_OPEN, OPP_FILLED, OPP_CLOSED };

struct opportunity {
	const char *id, *title;
	enum opp_kind kind;
	enum opp_status status;
	uint32_t role; /* NONE when it gives only skills */
	uint32_t req_off, req_n;
	const char *department, *location;
	int32_t opens, closes; /* DATE_NONE when unbounded */
	int capacity;
};

struct milestone {
	uint32_t skill; /* NONE for an activity milestone */
	uint8_t level;
	const char *title;
	int32_t due, done; /* DATE_NONE when not given */
};

struct plan {
	const char *file;
	uint32_t line; /* of its `employee` */
	const char *employee_id;
	uint32_t employee, target, mentor; /* NONE when absent or unknown */
	uint32_t ms_off, ms_n;
};

enum model_part {
	PART_SKILLS = 1 << 0,
	PART_ROLES = 1 << 1,
	PART_LEARNING = 1 << 2,
	PART_OPPORTUNITIES = 1 << 3,
	PART_PLANS = 1 << 4,
	PART_PEOPLE = 1 << 5,
	PART_ASSESSMENTS = 1 << 6,
	PART_DEFS = PART_SKILLS | PART_ROLES | PART_LEARNING | PART_OPPORTUNITIES | PART_PLANS,
	PART_ALL = PART_DEFS | PART_PEOPLE | PART_ASSESSMENTS,
};

/* Rows about employees or skills no longer there: counted, the first named. */
#define EVIDENCE_GONE_NAMED 3
struct evidence_gone {
	size_t count, named;
	uint32_t last_line; /* of the last row counted */
	struct evidence_gone_row {
		uint32_t line;
		bool employee;
		char name[65];
	} first[EVIDENCE_GONE_NAMED];
};

struct model {
	struct arena arena;
	struct config cfg;
	unsigned parts;  /* which parts were asked for */
	unsigned loaded; /* which parts could be read: references into a part
			    that could not are not reported one by one */
	struct csv_progress progress;

	int scale_max;
	const char *scale[LEVEL_MAX + 1];

	struct skill *skills;
	uint32_t nskills;
	struct idmap skill_ids; /* ids and aliases -> skill */
	const char **skill_names; /* ids and aliases, for "did you mean" */
	size_t nskill_names;
	struct related *related;

	struct role *roles;
	uint32_t nroles;
	struct idmap role_ids;
	struct requirement *reqs;
	size_t nreqs, reqs_cap;
	struct move *moves;
	size_t nmoves, moves_cap;

	struct person *people;
	uint32_t npeople;
	const char *person_text; /* the texts of people: see struct person */
	bool people_mapped;      /* people and person_text lie in the mapped cache */
	uint32_t *plan_of;       /* each employee's plan, NONE for none; NULL: no plans */
	struct idmap person_ids; /* may be empty: see model_person_n */
	struct people_index person_index; /* the cache's, when it parses an appended tail */
	uint32_t *aspirations;
	struct strtab groups; /* department and location names */

	struct assessment *rows; /* grouped by employee, then by skill and date */
	size_t nrows;
	size_t *rows_of; /* rows of employee e: [rows_of[e], rows_of[e+1]) */
	/* rows read past the cached part of the log, by employee as rows are:
	 * an employee's rows are both, merged by model_rows as it is asked
	 * (copying a quarter of the log after a 1 % append cost more than the
	 * append); those with more rows than a rows_buf holds are merged once,
	 * at load, into xrows (xrows_of NULL when nobody is) */
	struct assessment *tail;
	size_t *tail_of;
	struct assessment *xrows;
	size_t *xrows_of;
	/* only employee rows_of_one's rows were checked in the cache (load_opts
	 * evidence_of): everyone else has none (NONE: nobody has any) */
	bool rows_one;
	uint32_t rows_of_one;
	const void *mapped; /* the cache file people (and rows) point into, or NULL */
	bool rows_mapped;   /* rows and rows_of are in it */
	size_t mapped_size;
	struct csv_split evidence_split; /* how the log was read */
	struct evidence_gone evidence_gone;
	struct strtab assessors;

	struct learning_item *items;
	uint32_t nitems;
	struct idmap item_ids;
	struct learning_step *steps; /* in skill order, then item order */
	size_t nsteps;
	size_t *steps_of; /* steps for skill s: [steps_of[s], steps_of[s+1]) */

	struct opportunity *opps;
	uint32_t nopps;
	struct idmap opp_ids;

	struct plan *plans;
	uint32_t nplans;
	uint32_t plans_cached; /* of them, taken from .rungs/plans unparsed */
	const void *plans_mapped; /* .rungs/plans, when plans were taken from it: their titles lie in it */
	size_t plans_mapped_size;
	struct milestone *milestones;
	size_t nmilestones;
};

void model_free(struct model *m);

uint32_t model_skill(const struct model *m, const char *id);
const char *model_assessor(const struct model *m, uint32_t assessor);

/* The order of a person's rows: by skill, then date, then line (lines are
 * unique, so this is one order whatever sorts them). */
static inline int assessment_cmp(const struct assessment *a, const struct assessment *b)
{
	if (a->skill != b->skill)
		return a->skill < b->skill ? -1 : 1;
	if (a->date != b->date)
		return a->date < b->date ? -1 : 1;
	return a->line < b->line ? -1 : a->line > b->line;
}

/* Room for the rows of one employee merged from the cache and the tail. */
#define ROWS_BUF_ROWS 128
struct rows_buf {
	struct assessment row[ROWS_BUF_ROWS];
};

const struct assessment *model_rows_merged(const struct model *m, uint32_t e, size_t *n, struct rows_buf *buf);

/* The rows of employee e, in assessment_cmp order: in the model, or in
 * buf when e has rows in both the cache and the log's tail. */
static inline const struct assessment *model_rows(const struct model *m, uint32_t e, size_t *n, struct rows_buf *buf)
{
	if (!m->rows || !m->rows_of || e >= m->npeople || (m->rows_one && e != m->rows_of_one)) {
		*n = 0;
		return NULL;
	}
	if (m->tail_of && m->tail_of[e + 1] > m->tail_of[e])
		return model_rows_merged(m, e, n, buf);
	*n = m->rows_of[e + 1] - m->rows_of[e];
	return m->rows + m->rows_of[e];
}

/* Merges the tail rows (by employee, tail_of) into the model: the few
 * employees with more rows than a rows_buf get theirs merged here. The
 * model owns tail and tail_of from then on, also on failure (-1). */
int model_rows_append(struct model *m, struct assessment *tail, size_t *tail_of, size_t ntail);
uint32_t model_role(const struct model *m, const char *id);
uint32_t model_person(const struct model *m, const char *id);
uint32_t model_person_n(const struct model *m, const char *id, size_t n);
/* For lookups by the million, after model_index_people: id[0..n) hashed
 * to h (hash_bytes). */
uint32_t model_person_hashed(const struct model *m, const char *id, size_t n, uint64_t h);
void model_person_prefetch(const struct model *m, uint64_t h);
static inline const char *person_text(const struct model *m, uint32_t off)
{
	return m->person_text + off;
}

static inline const char *person_id(const struct model *m, uint32_t e)
{
	return m->person_text + m->people[e].id;
}

static inline const char *person_name(const struct model *m, uint32_t e)
{
	return m->person_text + m->people[e].name;
}

/* The plan of employee e, NONE for none. */
static inline uint32_t person_plan(const struct model *m, uint32_t e)
{
	return m->plan_of ? m->plan_of[e] : NONE;
}

/* Builds person_ids, for lookups by the million, unless the cache gave
 * its person_index; people from the cache come without either. false
 * without memory. */
bool model_index_people(struct model *m);
/* The known employee id closest to id[0..n), for "did you mean"; NULL: none close. */
const char *model_person_suggest(const struct model *m, const char *id, size_t n);
uint32_t model_opportunity(const struct model *m, const char *id);
uint32_t model_item(const struct model *m, const char *id);

static inline const struct requirement *role_reqs(const struct model *m, uint32_t r)
{
	return m->reqs ? m->reqs + m->roles[r].req_off : NULL;
}

const char *move_type_name(enum move_type t);
const char *opp_kind_name(enum opp_kind k);

/* Open on date d (SPEC 1.6). */
bool opportunity_open(const struct opportunity *o, int32_t d);

#endif
