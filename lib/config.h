/* rungs.yaml: where the files are, what the export columns are called, and
 * the policy numbers of the scoring model (SPEC 1.8). */
#ifndef RUNGS_CONFIG_H
#define RUNGS_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "util.h"

enum repo_path { PATH_SKILLS, PATH_ROLES, PATH_PEOPLE, PATH_ASSESSMENTS, PATH_LEARNING,
		 PATH_OPPORTUNITIES, PATH_PLANS, PATH__COUNT };

enum csv_file { CSVF_PEOPLE, CSVF_ASSESSMENTS, CSVF_LEARNING, CSVF__COUNT };
#define CSV_COLS_MAX 8

enum people_col { PC_ID, PC_NAME, PC_ROLE, PC_MANAGER, PC_DEPARTMENT, PC_LOCATION, PC_ASPIRATIONS, PC__COUNT };
enum assess_col { AC_EMPLOYEE, AC_SKILL, AC_LEVEL, AC_DATE, AC_SOURCE, AC_ASSESSOR, AC_NOTE, AC__COUNT };
enum learn_col { LC_ID, LC_TITLE, LC_KIND, LC_SKILL, LC_FROM, LC_TO, LC_HOURS, LC__COUNT };

#define SOURCES_MAX 32

struct source {
	const char *name;
	double weight;
	bool combine_max;
};

struct config {
	const char *path[PATH__COUNT];                   /* as written, relative to the repo */
	const char *column[CSVF__COUNT][CSV_COLS_MAX]; /* header names; NULL = ours */
	struct source sources[SOURCES_MAX];
	size_t nsources;
	int evidence_max_age_days;
	int stale_days;
	double ready_now_threshold;
	int soon_months;
	double hours_per_level;
	double learning_hours_per_month;
	int mentor_min_level;
	int max_mentees;
	int max_level_jump;
	double aspiration_bonus;
	int min_group_size;
	int max_errors;
};

extern const char *const repo_path_key[PATH__COUNT];
extern const char *const csv_file_key[CSVF__COUNT];
extern const char *const csv_column_name[CSVF__COUNT][CSV_COLS_MAX];

void config_defaults(struct config *c);

/* Reads rungs.yaml at `path` into c (defaults first). A missing file is no
 * problem. Returns 0, or -1 when it had errors (reported). */
int config_load(struct config *c, const char *path, const char *display, struct arena *a,
		struct diag_list *d);

/* Index of a source by name, or -1. */
int config_source(const struct config *c, const char *name, size_t n);

#endif
