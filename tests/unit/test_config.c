/* rungs.yaml: paths, column names, evidence sources and every policy key,
 * with defaults and the problems each can have (SPEC 1.8). */
#include <dirent.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "fixture.h"

#include "date.h"
#include "repo.h"

/* config_load on the repo's rungs.yaml, shown as "rungs.yaml". */
static int load_config(struct fx *f, struct config *c, struct arena *a, const char *yaml)
{
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/rungs.yaml", f->dir);
	if (yaml)
		put(f, "rungs.yaml", yaml);
	return config_load(c, path, "rungs.yaml", a, &f->d);
}

static void assert_defaults(const struct config *c)
{
	assert_string_equal(c->path[PATH_SKILLS], "skills.yaml");
	assert_string_equal(c->path[PATH_ROLES], "roles");
	assert_string_equal(c->path[PATH_PEOPLE], "people.csv");
	assert_string_equal(c->path[PATH_ASSESSMENTS], "assessments.csv");
	assert_string_equal(c->path[PATH_LEARNING], "learning.csv");
	assert_string_equal(c->path[PATH_OPPORTUNITIES], "opportunities.yaml");
	assert_string_equal(c->path[PATH_PLANS], "plans");
	for (int i = 0; i < CSVF__COUNT; i++)
		for (int j = 0; j < CSV_COLS_MAX; j++)
			assert_null(c->column[i][j]);
	assert_int_equal(c->nsources, 7);
	static const char *const names[] = {"self", "peer", "manager", "course", "test", "demonstration", "certification"};
	static const double weights[] = {1, 1, 2, 2, 3, 3, 3};
	static const bool max[] = {false, false, false, true, false, false, true};
	for (size_t i = 0; i < 7; i++) {
		assert_string_equal(c->sources[i].name, names[i]);
		assert_true(c->sources[i].weight == weights[i]);
		assert_int_equal(c->sources[i].combine_max, max[i]);
	}
	assert_int_equal(c->evidence_max_age_days, 730);
	assert_int_equal(c->stale_days, 365);
	assert_true(c->ready_now_threshold == 0.90);
	assert_int_equal(c->soon_months, 12);
	assert_true(c->hours_per_level == 40);
	assert_true(c->learning_hours_per_month == 8);
	assert_int_equal(c->mentor_min_level, 4);
	assert_int_equal(c->max_mentees, 3);
	assert_int_equal(c->max_level_jump, 2);
	assert_true(c->aspiration_bonus == 0.05);
	assert_int_equal(c->min_group_size, 5);
	assert_int_equal(c->max_errors, 100);
}

static void test_defaults(void **state)
{
	(void)state;
	struct config c;
	memset(&c, 0xAB, sizeof c);
	config_defaults(&c);
	assert_defaults(&c);
}

static void test_missing_file_gives_defaults(void **state)
{
	struct fx *f = *state;
	struct config c;
	assert_int_equal(load_config(f, &c, &f->a, NULL), 0);
	assert_int_equal(f->d.n, 0);
	assert_defaults(&c);
}

static void test_empty_file_gives_defaults(void **state)
{
	struct fx *f = *state;
	struct config c;
	assert_int_equal(load_config(f, &c, &f->a, "# every key is optional\n"), 0);
	assert_int_equal(f->d.n, 0);
	assert_defaults(&c);
}

static void test_every_policy_key(void **state)
{
	struct fx *f = *state;
	struct config c;
	assert_int_equal(load_config(f, &c, &f->a,
				     "evidence_max_age_days: 1000\n"
				     "stale_days: 180\n"
				     "ready_now_threshold: 0.85\n"
				     "soon_months: 6\n"
				     "hours_per_level: 32.5\n"
				     "learning_hours_per_month: 12\n"
				     "mentor_min_level: 5\n"
				     "max_mentees: 0\n"
				     "max_level_jump: 1\n"
				     "aspiration_bonus: 0\n"
				     "min_group_size: 10\n"
				     "max_errors: 20\n"),
			 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(c.evidence_max_age_days, 1000);
	assert_int_equal(c.stale_days, 180);
	assert_true(c.ready_now_threshold == 0.85);
	assert_int_equal(c.soon_months, 6);
	assert_true(c.hours_per_level == 32.5);
	assert_true(c.learning_hours_per_month == 12);
	assert_int_equal(c.mentor_min_level, 5);
	assert_int_equal(c.max_mentees, 0);
	assert_int_equal(c.max_level_jump, 1);
	assert_true(c.aspiration_bonus == 0);
	assert_int_equal(c.min_group_size, 10);
	assert_int_equal(c.max_errors, 20);
	/* the rest stays at the defaults */
	assert_int_equal(c.nsources, 7);
	assert_string_equal(c.path[PATH_SKILLS], "skills.yaml");
}

static void test_fraction_bounds_inclusive(void **state)
{
	struct fx *f = *state;
	struct config c;
	assert_int_equal(load_config(f, &c, &f->a, "ready_now_threshold: 1\naspiration_bonus: 1\n"), 0);
	assert_string_equal(diags(f), "");
	assert_true(c.ready_now_threshold == 1);
	assert_true(c.aspiration_bonus == 1);
}

static void test_sources_replace_the_table(void **state)
{
	struct fx *f = *state;
	struct config c;
	assert_int_equal(load_config(f, &c, &f->a,
				     "sources:\n"
				     "  self: 0.5\n"
				     "  lead: {weight: 4, combine: max}\n"
				     "  peer: {weight: 1.5, combine: mean}\n"),
			 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(c.nsources, 3);
	assert_string_equal(c.sources[0].name, "self");
	assert_true(c.sources[0].weight == 0.5);
	assert_false(c.sources[0].combine_max);
	assert_string_equal(c.sources[1].name, "lead");
	assert_true(c.sources[1].weight == 4);
	assert_true(c.sources[1].combine_max);
	assert_string_equal(c.sources[2].name, "peer");
	assert_true(c.sources[2].weight == 1.5);
	assert_false(c.sources[2].combine_max);
	assert_int_equal(config_source(&c, "lead", 4), 1);
	assert_int_equal(config_source(&c, "peer", 4), 2);
	assert_int_equal(config_source(&c, "manager", 7), -1);
	assert_int_equal(config_source(&c, "lea", 3), -1);
}

static void test_config_source_on_defaults(void **state)
{
	(void)state;
	struct config c;
	config_defaults(&c);
	assert_int_equal(config_source(&c, "self", 4), 0);
	assert_int_equal(config_source(&c, "certification", 13), 6);
	assert_int_equal(config_source(&c, "Self", 4), -1);
	assert_int_equal(config_source(&c, "selfie", 6), -1);
	assert_int_equal(config_source(&c, "", 0), -1);
}

static void test_columns_remapped(void **state)
{
	struct fx *f = *state;
	struct config c;
	assert_int_equal(load_config(f, &c, &f->a,
				     "columns:\n"
				     "  people: {id: Employee Number, name: Full Name, aspirations: Career Interests}\n"
				     "  assessments: {skill: Competency, assessor: Rated By}\n"
				     "  learning: {hours: Duration}\n"),
			 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(c.column[CSVF_PEOPLE][PC_ID], "Employee Number");
	assert_string_equal(c.column[CSVF_PEOPLE][PC_NAME], "Full Name");
	assert_string_equal(c.column[CSVF_PEOPLE][PC_ASPIRATIONS], "Career Interests");
	assert_null(c.column[CSVF_PEOPLE][PC_ROLE]);
	assert_string_equal(c.column[CSVF_ASSESSMENTS][AC_SKILL], "Competency");
	assert_string_equal(c.column[CSVF_ASSESSMENTS][AC_ASSESSOR], "Rated By");
	assert_null(c.column[CSVF_ASSESSMENTS][AC_EMPLOYEE]);
	assert_string_equal(c.column[CSVF_LEARNING][LC_HOURS], "Duration");
	assert_null(c.column[CSVF_LEARNING][LC_ID]);
}

static void test_paths(void **state)
{
	struct fx *f = *state;
	struct config c;
	assert_int_equal(load_config(f, &c, &f->a,
				     "paths: {skills: defs/skills.yaml, roles: defs/roles, people: /srv/hr/people.csv,\n"
				     "        assessments: ../records/evidence.csv, learning: lms.csv,\n"
				     "        opportunities: board.yaml, plans: dev-plans}\n"),
			 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(c.path[PATH_SKILLS], "defs/skills.yaml");
	assert_string_equal(c.path[PATH_ROLES], "defs/roles");
	assert_string_equal(c.path[PATH_PEOPLE], "/srv/hr/people.csv");
	assert_string_equal(c.path[PATH_ASSESSMENTS], "../records/evidence.csv");
	assert_string_equal(c.path[PATH_LEARNING], "lms.csv");
	assert_string_equal(c.path[PATH_OPPORTUNITIES], "board.yaml");
	assert_string_equal(c.path[PATH_PLANS], "dev-plans");
}

/* ---- broken input ------------------------------------------------------- */

static void test_unknown_keys_are_warnings(void **state)
{
	struct fx *f = *state;
	struct config c;
	assert_int_equal(load_config(f, &c, &f->a,
				     "stale_day: 30\n"
				     "paths: {skill: s.yaml}\n"
				     "columns: {people: {emp: Employee}, person: {}}\n"),
			 0);
	assert_string_equal(diags(f),
			    "rungs.yaml:1:1: warning: unknown key 'stale_day' in rungs.yaml (did you mean 'stale_days'?)\n"
			    "rungs.yaml:2:9: warning: unknown key 'skill' in paths (did you mean 'skills'?)\n"
			    "rungs.yaml:3:20: warning: unknown key 'emp' in columns of people\n"
			    "rungs.yaml:3:36: warning: unknown key 'person' in columns\n");
	assert_int_equal(c.stale_days, 365);
	assert_string_equal(c.path[PATH_SKILLS], "skills.yaml");
}

static void test_policy_values_out_of_range(void **state)
{
	struct fx *f = *state;
	struct config c;
	assert_int_equal(load_config(f, &c, &f->a,
				     "ready_now_threshold: 1.5\n"
				     "evidence_max_age_days: 0\n"
				     "hours_per_level: 0\n"
				     "max_errors: -1\n"
				     "soon_months: six\n"
				     "aspiration_bonus: -0.1\n"
				     "stale_days: 2.5\n"),
			 -1);
	assert_string_equal(diags(f),
			    "rungs.yaml:1:22: error: ready_now_threshold: '1.5' is out of range (at least 0, at most 1)\n"
			    "rungs.yaml:2:24: error: evidence_max_age_days: '0' is out of range (1 to 100000)\n"
			    "rungs.yaml:3:18: error: hours_per_level: '0' is out of range (greater than 0, at most 1000000000)\n"
			    "rungs.yaml:4:13: error: max_errors: '-1' is out of range (0 to 1000000)\n"
			    "rungs.yaml:5:14: error: soon_months: expected an integer, found 'six'\n"
			    "rungs.yaml:6:19: error: aspiration_bonus: '-0.1' is out of range (at least 0, at most 1)\n"
			    "rungs.yaml:7:13: error: stale_days: expected an integer, found '2.5'\n");
	/* bad values leave the defaults */
	assert_true(c.ready_now_threshold == 0.90);
	assert_int_equal(c.evidence_max_age_days, 730);
	assert_true(c.hours_per_level == 40);
	assert_int_equal(c.max_errors, 100);
	assert_int_equal(c.soon_months, 12);
}

static void test_source_problems(void **state)
{
	struct fx *f = *state;
	struct config c;
	assert_int_equal(load_config(f, &c, &f->a,
				     "sources:\n"
				     "  self: 0\n"
				     "  peer: {weight: -1}\n"
				     "  lead: {combine: max}\n"
				     "  test: {weight: 2, combine: median}\n"
				     "  -bad: 1\n"
				     "  ok: {weight: 2, combin: max}\n"),
			 -1);
	assert_string_equal(diags(f),
			    "rungs.yaml:2:9: error: source weight: '0' is out of range (greater than 0, at most 1000000000)\n"
			    "rungs.yaml:3:18: error: weight: '-1' is out of range (greater than 0, at most 1000000000)\n"
			    "rungs.yaml:4:9: error: source 'lead' has no weight\n"
			    "rungs.yaml:5:30: error: combine: expected 'mean' or 'max', found 'median'\n"
			    "rungs.yaml:6:3: error: source name: invalid identifier '-bad' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)\n"
			    "rungs.yaml:7:19: warning: unknown key 'combin' in a source (did you mean 'combine'?)\n");
}

static void test_sources_empty(void **state)
{
	struct fx *f = *state;
	struct config c;
	assert_int_equal(load_config(f, &c, &f->a, "sources: {}\n"), -1);
	assert_string_equal(diags(f), "rungs.yaml:1:10: error: sources: at least one source is needed\n");
}

static void test_too_many_sources(void **state)
{
	struct fx *f = *state;
	struct config c;
	char yaml[2048] = "sources:\n";
	for (int i = 0; i <= SOURCES_MAX; i++)
		snprintf(yaml + strlen(yaml), sizeof yaml - strlen(yaml), "  s%d: 1\n", i);
	assert_int_equal(load_config(f, &c, &f->a, yaml), -1);
	assert_string_equal(diags(f), "rungs.yaml:2:3: error: sources: more than 32 sources\n");
}

static void test_not_a_mapping(void **state)
{
	struct fx *f = *state;
	struct config c;
	assert_int_equal(load_config(f, &c, &f->a, "- skills.yaml\n"), -1);
	assert_string_equal(diags(f), "rungs.yaml:1:1: error: rungs.yaml: expected a mapping, found a sequence\n");
}

static void test_wrong_shapes(void **state)
{
	struct fx *f = *state;
	struct config c;
	assert_int_equal(load_config(f, &c, &f->a, "paths: skills.yaml\ncolumns: {people: [id]}\nsources: [self]\n"), -1);
	assert_string_equal(diags(f),
			    "rungs.yaml:1:8: error: paths: expected a mapping, found 'skills.yaml'\n"
			    "rungs.yaml:2:19: error: columns of people: expected a mapping, found a sequence\n"
			    "rungs.yaml:3:10: error: sources: expected a mapping, found a sequence\n");
}

static void test_yaml_syntax_error(void **state)
{
	struct fx *f = *state;
	struct config c;
	assert_int_equal(load_config(f, &c, &f->a, "stale_days: 30\n\tmax_errors: 5\n"), -1);
	assert_string_equal(diags(f), "rungs.yaml:2:1: error: tab character in indentation (YAML indents with spaces)\n");
	assert_defaults(&c);
}

static void test_rungs_yaml_is_a_directory(void **state)
{
	struct fx *f = *state;
	struct config c;
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/rungs.yaml", f->dir);
	assert_int_equal(mkdir(path, 0700), 0);
	assert_int_equal(config_load(&c, path, "rungs.yaml", &f->a, &f->d), -1);
	assert_string_equal(diags(f), "rungs.yaml: error: cannot read file: it is a directory\n");
}

/* ---- through repo_load -------------------------------------------------- */

static void test_repo_uses_paths_and_columns(void **state)
{
	struct fx *f = *state;
	char outside[] = "/tmp/rungs-hr-XXXXXX";
	assert_non_null(mkdtemp(outside));
	char people[PATH_MAX], yaml[PATH_MAX + 256];
	snprintf(people, sizeof people, "%s/export.csv", outside);
	FILE *fp = fopen(people, "w");
	assert_non_null(fp);
	fputs("Employee Number,Full Name,Job\nE1,Ann Lee,analyst\n", fp);
	fclose(fp);
	snprintf(yaml, sizeof yaml,
		 "paths: {skills: defs/skills.yaml, roles: defs/roles, people: %s}\n"
		 "columns: {people: {id: Employee Number, name: Full Name, role: Job}}\n"
		 "max_errors: 7\n",
		 people);
	put(f, "rungs.yaml", yaml);
	put(f, "defs/skills.yaml", "scale: {1: a, 2: b}\nskills: [{id: sql}]\n");
	put(f, "defs/roles/analyst.yaml", "id: analyst\nfamily: data\nlevel: 1\nskills: {sql: 2}\n");
	f->o.parts = PART_SKILLS | PART_ROLES | PART_PEOPLE;
	int rc = load(f);
	unlink(people);
	rmdir(outside);
	assert_int_equal(rc, 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->nskills, 1);
	assert_int_equal(f->m->nroles, 1);
	assert_int_equal(f->m->npeople, 1);
	assert_string_equal(person_name(f->m, 0), "Ann Lee");
	assert_int_equal(f->m->people[0].role, 0);
	assert_int_equal(f->m->cfg.max_errors, 7);
	assert_int_equal(f->d.max_per_file, 7);
	/* a path outside the repo is shown as written */
	bool found = false;
	for (size_t i = 0; i < f->r->nfiles; i++)
		if (f->r->files[i].kind == PATH_PEOPLE) {
			assert_string_equal(f->r->files[i].display, people);
			found = true;
		}
	assert_true(found);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_defaults),
		T(test_missing_file_gives_defaults),
		T(test_empty_file_gives_defaults),
		T(test_every_policy_key),
		T(test_fraction_bounds_inclusive),
		T(test_sources_replace_the_table),
		T(test_config_source_on_defaults),
		T(test_columns_remapped),
		T(test_paths),
		T(test_unknown_keys_are_warnings),
		T(test_policy_values_out_of_range),
		T(test_source_problems),
		T(test_sources_empty),
		T(test_too_many_sources),
		T(test_not_a_mapping),
		T(test_wrong_shapes),
		T(test_yaml_syntax_error),
		T(test_rungs_yaml_is_a_directory),
		T(test_repo_uses_paths_and_columns),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
