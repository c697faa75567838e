/* skills.yaml through repo_load: the scale, skills in id order, aliases,
 * related skills both ways, rubrics, and every problem with its position
 * (SPEC 1.1). */
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

/* The skills file with one role that needs no skill. */
static int load_skills(struct fx *f, const char *yaml)
{
	put(f, "skills.yaml", yaml);
	put(f, "roles/r.yaml", "id: r\nfamily: f\nlevel: 1\n");
	f->o.parts = PART_SKILLS;
	return load(f);
}

#define SCALE5 "scale:\n  1: Aware\n  2: Working\n  3: Practitioner\n  4: Advanced\n  5: Expert\n"

static uint32_t sk(struct fx *f, const char *id)
{
	uint32_t s = model_skill(f->m, id);
	assert_int_not_equal(s, NONE);
	return s;
}

/* ---- good input --------------------------------------------------------- */

static void test_scale(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n  - id: sql\n"), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->scale_max, 5);
	assert_null(f->m->scale[0]);
	assert_string_equal(f->m->scale[1], "Aware");
	assert_string_equal(f->m->scale[3], "Practitioner");
	assert_string_equal(f->m->scale[5], "Expert");
	assert_null(f->m->scale[6]);
}

static void test_skills_sorted_by_id(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n"
					"  - {id: sql, name: SQL, category: technical}\n"
					"  - {id: communication, name: Communication, category: behavioral}\n"
					"  - {id: Zeta}\n"
					"  - {id: data-modeling, name: Data modeling}\n"),
			 0);
	assert_string_equal(diags(f), "");
	const struct model *m = f->m;
	assert_int_equal(m->nskills, 4);
	/* bytes: upper case first */
	assert_string_equal(m->skills[0].id, "Zeta");
	assert_string_equal(m->skills[1].id, "communication");
	assert_string_equal(m->skills[2].id, "data-modeling");
	assert_string_equal(m->skills[3].id, "sql");
	for (uint32_t i = 0; i < m->nskills; i++)
		assert_int_equal(model_skill(m, m->skills[i].id), i);
	assert_string_equal(m->skills[3].name, "SQL");
	assert_string_equal(m->skills[3].category, "technical");
	assert_string_equal(m->skills[1].category, "behavioral");
	/* name defaults to the id, category to nothing */
	assert_string_equal(m->skills[0].name, "Zeta");
	assert_string_equal(m->skills[0].category, "");
	assert_string_equal(m->skills[2].category, "");
	assert_int_equal(model_skill(m, "SQL"), NONE);
	assert_int_equal(model_skill(m, "zeta"), NONE);
}

static void test_ids_are_strings(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n  - id: no\n  - id: 012\n  - id: true\n"), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->nskills, 3);
	assert_string_equal(f->m->skills[0].id, "012");
	assert_string_equal(f->m->skills[1].id, "no");
	assert_string_equal(f->m->skills[2].id, "true");
}

static void test_aliases_resolve(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n"
					"  - id: sql\n    aliases: [structured-query-language, sequel]\n"
					"  - id: python\n    aliases: [py]\n"),
			 0);
	assert_string_equal(diags(f), "");
	uint32_t sql = sk(f, "sql"), py = sk(f, "python");
	assert_int_equal(sql, 1);
	assert_int_equal(py, 0);
	assert_int_equal(model_skill(f->m, "structured-query-language"), sql);
	assert_int_equal(model_skill(f->m, "sequel"), sql);
	assert_int_equal(model_skill(f->m, "py"), py);
	assert_int_equal(model_skill(f->m, "pyth"), NONE);
	/* aliases are names, not skills */
	assert_int_equal(f->m->nskills, 2);
}

static void test_related_applies_both_ways(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n"
					"  - id: sql\n    related: {data-modeling: 0.5}\n"
					"  - id: data-modeling\n"
					"  - id: communication\n"),
			 0);
	assert_string_equal(diags(f), "");
	const struct model *m = f->m;
	uint32_t sql = sk(f, "sql"), dm = sk(f, "data-modeling"), co = sk(f, "communication");
	assert_int_equal(m->skills[sql].related_n, 1);
	assert_int_equal(m->related[m->skills[sql].related_off].skill, dm);
	assert_true(m->related[m->skills[sql].related_off].similarity == 0.5);
	assert_int_equal(m->skills[dm].related_n, 1);
	assert_int_equal(m->related[m->skills[dm].related_off].skill, sql);
	assert_true(m->related[m->skills[dm].related_off].similarity == 0.5);
	assert_int_equal(m->skills[co].related_n, 0);
}

static void test_related_larger_similarity_holds(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n"
					"  - id: a\n    related: {b: 0.3, c: 0.9}\n"
					"  - id: b\n    related: {a: 0.7}\n"
					"  - id: c\n    related: {a: 0.4}\n"),
			 0);
	assert_string_equal(diags(f), "");
	const struct model *m = f->m;
	const struct skill *a = &m->skills[0], *b = &m->skills[1], *c = &m->skills[2];
	assert_int_equal(a->related_n, 2);
	assert_int_equal(m->related[a->related_off].skill, 1);
	assert_true(m->related[a->related_off].similarity == 0.7);
	assert_int_equal(m->related[a->related_off + 1].skill, 2);
	assert_true(m->related[a->related_off + 1].similarity == 0.9);
	assert_int_equal(b->related_n, 1);
	assert_true(m->related[b->related_off].similarity == 0.7);
	assert_int_equal(c->related_n, 1);
	assert_true(m->related[c->related_off].similarity == 0.9);
}

static void test_related_by_alias_sorted_by_skill(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n"
					"  - id: a\n    related: {zed: 0.2, bee: 1}\n"
					"  - id: b\n    aliases: [bee]\n"
					"  - id: z\n    aliases: [zed]\n"),
			 0);
	assert_string_equal(diags(f), "");
	const struct model *m = f->m;
	const struct skill *a = &m->skills[0];
	assert_int_equal(a->related_n, 2);
	assert_int_equal(m->related[a->related_off].skill, 1);
	assert_true(m->related[a->related_off].similarity == 1);
	assert_int_equal(m->related[a->related_off + 1].skill, 2);
	assert_true(m->related[a->related_off + 1].similarity == 0.2);
	assert_int_equal(m->skills[2].related_n, 1);
	assert_int_equal(m->related[m->skills[2].related_off].skill, 0);
}

static void test_rubric_levels(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n"
					"  - id: sql\n    levels:\n      3: Writes window functions; tunes a slow query\n"
					"      5: Sets the SQL style guide\n"
					"  - id: python\n"),
			 0);
	assert_string_equal(diags(f), "");
	const struct skill *s = &f->m->skills[sk(f, "sql")];
	assert_null(s->rubric[1]);
	assert_null(s->rubric[2]);
	assert_string_equal(s->rubric[3], "Writes window functions; tunes a slow query");
	assert_null(s->rubric[4]);
	assert_string_equal(s->rubric[5], "Sets the SQL style guide");
	for (int l = 0; l <= LEVEL_MAX; l++)
		assert_null(f->m->skills[sk(f, "python")].rubric[l]);
}

static void test_short_scale(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, "scale: {1: Basic, 2: Fluent}\nskills: [{id: x}]\n"), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->scale_max, 2);
}

static void test_alias_repeating_own_id_is_a_warning(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n  - id: sql\n    aliases: [sql]\n"), 0);
	assert_string_equal(diags(f), "skills.yaml:9:15: warning: alias 'sql' repeats the skill's own id\n");
	assert_int_equal(model_skill(f->m, "sql"), 0);
}

static void test_unknown_key_is_a_warning(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n  - id: sql\n    catgory: technical\n"), 0);
	assert_string_equal(diags(f), "skills.yaml:9:5: warning: unknown key 'catgory' in a skill (did you mean 'category'?)\n");
	assert_string_equal(f->m->skills[0].category, "");
}

/* ---- broken input ------------------------------------------------------- */

static void test_empty_file(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, "# nothing yet\n"), -1);
	assert_string_equal(diags(f), "skills.yaml: error: file is empty; expected 'scale' and 'skills'\n");
}

static void test_not_a_mapping(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, "- id: sql\n"), -1);
	assert_string_equal(diags(f), "skills.yaml:1:1: error: skills.yaml: expected a mapping, found a sequence\n");
}

static void test_missing_scale_and_skills(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, "sacle: {1: a, 2: b}\n"), -1);
	assert_string_equal(diags(f), "skills.yaml:1:1: warning: unknown key 'sacle' in skills.yaml (did you mean 'scale'?)\n"
				      "skills.yaml:1:1: error: missing 'scale'\n"
				      "skills.yaml:1:1: error: missing 'skills'\n");
}

static void test_scale_level_missing(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, "scale:\n  1: a\n  3: c\n  5: e\nskills: [{id: x}]\n"), -1);
	assert_string_equal(diags(f), "skills.yaml:2:3: error: scale: level 2 is missing (levels run from 1 to 5)\n"
				      "skills.yaml:2:3: error: scale: level 4 is missing (levels run from 1 to 5)\n");
}

static void test_scale_too_short(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, "scale: {1: only}\nskills: [{id: x}]\n"), -1);
	assert_string_equal(diags(f), "skills.yaml:1:8: error: scale: needs levels 1 to N with N from 2 to 10\n");
}

static void test_scale_level_out_of_range(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, "scale: {0: none, 1: a, 2: b, 11: k, x: y}\nskills: [{id: x}]\n"), -1);
	assert_string_equal(diags(f), "skills.yaml:1:9: error: scale level: '0' is out of range (1 to 10)\n"
				      "skills.yaml:1:30: error: scale level: '11' is out of range (1 to 10)\n"
				      "skills.yaml:1:37: error: scale level: expected an integer, found 'x'\n");
}

static void test_skills_not_a_sequence(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills: {id: sql}\n"), -1);
	assert_string_equal(diags(f), "skills.yaml:7:9: error: skills: expected a sequence, found a mapping\n");
}

static void test_skill_without_id(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n  - name: SQL\n  - id: python\n"), -1);
	assert_string_equal(diags(f), "skills.yaml:8:5: error: skill has no 'id'\n");
	/* the others are kept */
	assert_int_equal(f->m->nskills, 1);
	assert_string_equal(f->m->skills[0].id, "python");
}

static void test_invalid_id(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n  - id: -sql\n  - id: 'c++'\n"), -1);
	assert_string_equal(diags(f),
			    "skills.yaml:8:9: error: skill id: invalid identifier '-sql' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)\n"
			    "skills.yaml:9:9: error: skill id: invalid identifier 'c++' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)\n");
	assert_int_equal(f->m->nskills, 0);
}

static void test_duplicate_skill(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n  - id: sql\n  - id: python\n  - id: sql\n"), -1);
	assert_string_equal(diags(f), "skills.yaml:10:9: error: duplicate skill 'sql' (first at line 8)\n");
	assert_int_equal(f->m->nskills, 2);
}

static void test_alias_names_another_skill(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n"
					"  - id: pyspark\n    aliases: [py]\n"
					"  - id: python\n    aliases: [py]\n"
					"  - id: sql\n    aliases: [python]\n"),
			 -1);
	assert_string_equal(diags(f), "skills.yaml:11:15: error: alias 'py' of skill 'python' already names skill 'pyspark'\n"
				      "skills.yaml:13:15: error: alias 'python' of skill 'sql' already names skill 'python'\n");
	assert_int_equal(model_skill(f->m, "py"), sk(f, "pyspark"));
	assert_int_equal(model_skill(f->m, "python"), sk(f, "python"));
}

/* The clash is reported where the second name stands in the file, whatever
 * the ids' order. */
static void test_alias_clash_reported_at_second_in_file(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n"
					"  - id: python\n    aliases: [py]\n"
					"  - id: pyspark\n    aliases: [py]\n"),
			 -1);
	assert_string_equal(diags(f), "skills.yaml:11:15: error: alias 'py' of skill 'pyspark' already names skill 'python'\n");
	assert_int_equal(model_skill(f->m, "py"), sk(f, "python"));
}

static void test_aliases_not_a_list(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n  - id: python\n    aliases: py\n"), -1);
	assert_string_equal(diags(f), "skills.yaml:9:14: error: aliases: expected a sequence, found 'py'\n");
}

static void test_related_unknown_skill(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n"
					"  - id: sql\n    related: {data-modelling: 0.5, kafka: 0.2}\n"
					"  - id: data-modeling\n"),
			 -1);
	assert_string_equal(diags(f),
			    "skills.yaml:9:15: error: unknown skill 'data-modelling' (did you mean 'data-modeling'?)\n"
			    "skills.yaml:9:36: error: unknown skill 'kafka'\n");
	assert_int_equal(f->m->skills[sk(f, "sql")].related_n, 0);
}

static void test_related_similarity_range(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n"
					"  - id: a\n    related: {b: 0, c: 1.5, d: high}\n"
					"  - id: b\n  - id: c\n  - id: d\n    related: {a: 1}\n"),
			 -1);
	assert_string_equal(diags(f),
			    "skills.yaml:9:18: error: similarity: '0' is out of range (greater than 0, at most 1)\n"
			    "skills.yaml:9:24: error: similarity: '1.5' is out of range (greater than 0, at most 1)\n"
			    "skills.yaml:9:32: error: similarity: expected a number, found 'high'\n");
	/* similarity 1 is fine */
	assert_int_equal(f->m->skills[sk(f, "d")].related_n, 1);
	assert_true(f->m->related[f->m->skills[sk(f, "d")].related_off].similarity == 1);
}

static void test_related_to_itself(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n  - id: sql\n    aliases: [sequel]\n    related: {sequel: 0.5}\n"),
			 -1);
	assert_string_equal(diags(f), "skills.yaml:10:15: error: skill 'sql' lists itself as related\n");
}

static void test_related_named_twice(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n"
					"  - id: sql\n    related: {python: 0.5, py: 0.6}\n"
					"  - id: python\n    aliases: [py]\n"),
			 -1);
	assert_string_equal(diags(f), "skills.yaml:9:28: error: related skill 'python' is named twice (by id and by alias)\n");
	assert_int_equal(f->m->skills[sk(f, "sql")].related_n, 1);
	assert_true(f->m->related[f->m->skills[sk(f, "sql")].related_off].similarity == 0.5);
}

static void test_related_not_a_mapping(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n  - id: sql\n    related: [python]\n  - id: python\n"), -1);
	assert_string_equal(diags(f), "skills.yaml:9:14: error: related: expected a mapping, found a sequence\n");
}

static void test_rubric_level_beyond_scale(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, "scale: {1: a, 2: b, 3: c}\nskills:\n  - id: sql\n    levels: {3: ok, 4: too high, x: y}\n"),
			 -1);
	assert_string_equal(diags(f), "skills.yaml:4:21: error: level: '4' is out of range (1 to 3)\n"
				      "skills.yaml:4:34: error: level: expected an integer, found 'x'\n");
	assert_string_equal(f->m->skills[0].rubric[3], "ok");
}

static void test_every_problem_reported(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_skills(f, SCALE5 "skills:\n"
					"  - id: sql\n    name: [SQL]\n"
					"  - id: sql\n"
					"  - id: bad id\n"
					"  - id: r\n    related: {sql: 2}\n"),
			 -1);
	assert_string_equal(diags(f),
			    "skills.yaml:9:11: error: name: expected text, found a sequence\n"
			    "skills.yaml:10:9: error: duplicate skill 'sql' (first at line 8)\n"
			    "skills.yaml:11:9: error: skill id: invalid identifier 'bad id' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)\n"
			    "skills.yaml:13:20: error: similarity: '2' is out of range (greater than 0, at most 1)\n");
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_scale),
		T(test_skills_sorted_by_id),
		T(test_ids_are_strings),
		T(test_aliases_resolve),
		T(test_related_applies_both_ways),
		T(test_related_larger_similarity_holds),
		T(test_related_by_alias_sorted_by_skill),
		T(test_rubric_levels),
		T(test_short_scale),
		T(test_alias_repeating_own_id_is_a_warning),
		T(test_unknown_key_is_a_warning),
		T(test_empty_file),
		T(test_not_a_mapping),
		T(test_missing_scale_and_skills),
		T(test_scale_level_missing),
		T(test_scale_too_short),
		T(test_scale_level_out_of_range),
		T(test_skills_not_a_sequence),
		T(test_skill_without_id),
		T(test_invalid_id),
		T(test_duplicate_skill),
		T(test_alias_names_another_skill),
		T(test_alias_clash_reported_at_second_in_file),
		T(test_aliases_not_a_list),
		T(test_related_unknown_skill),
		T(test_related_similarity_range),
		T(test_related_to_itself),
		T(test_related_named_twice),
		T(test_related_not_a_mapping),
		T(test_rubric_level_beyond_scale),
		T(test_every_problem_reported),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
