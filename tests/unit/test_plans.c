/* plans/ through repo_load: one development plan per employee, skill and
 * activity milestones, people[].plan, and every problem with its position
 * (SPEC 1.7). */
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

static void put_base(struct fx *f)
{
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c, 4: d, 5: e}\n"
			      "skills: [{id: sql, aliases: [sequel]}, {id: python}]\n");
	put(f, "roles/analyst-1.yaml", "id: analyst-1\nfamily: data\nlevel: 1\n");
	put(f, "roles/analyst-2.yaml", "id: analyst-2\nfamily: data\nlevel: 2\n");
	put(f, "people.csv", "id,name,role\nE1,Ann,analyst-2\nE2,Bob,analyst-1\nE3,Cid,analyst-1\n");
	f->o.parts = PART_SKILLS | PART_ROLES | PART_PEOPLE | PART_PLANS;
}

static int load_plans(struct fx *f)
{
	put_base(f);
	return load(f);
}

static const struct plan *plan_of(struct fx *f, const char *employee)
{
	uint32_t e = model_person(f->m, employee);
	assert_int_not_equal(e, NONE);
	uint32_t p = person_plan(f->m, e);
	assert_int_not_equal(p, NONE);
	assert_true(p < f->m->nplans);
	assert_int_equal(f->m->plans[p].employee, e);
	return &f->m->plans[p];
}

static const char *date_text(int32_t d)
{
	static char buf[4][DATE_BUF];
	static int k;
	k = (k + 1) % 4;
	if (d == DATE_NONE)
		return "none";
	date_format(d, buf[k]);
	return buf[k];
}

/* The end of a display path, after the repo directory. */
static const char *rel(struct fx *f, const char *path)
{
	size_t n = strlen(f->dir);
	assert_true(strncmp(path, f->dir, n) == 0 && path[n] == '/');
	return path + n + 1;
}

/* ---- good input --------------------------------------------------------- */

static void test_plan_fields(void **state)
{
	struct fx *f = *state;
	put(f, "plans/E2.yaml", "employee: E2\n"
				"target: analyst-2\n"
				"mentor: E1\n"
				"milestones:\n"
				"  - skill: sequel\n"
				"    level: 4\n"
				"    due: 2027-03-31\n"
				"  - title: Lead one analytics sprint with the payments team\n"
				"    due: 2027-01-31\n"
				"    done: 2026-12-10\n");
	assert_int_equal(load_plans(f), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->nplans, 1);
	const struct plan *p = plan_of(f, "E2");
	assert_string_equal(rel(f, p->file), "plans/E2.yaml");
	assert_string_equal(p->employee_id, "E2");
	assert_int_equal(p->target, model_role(f->m, "analyst-2"));
	assert_int_equal(p->mentor, model_person(f->m, "E1"));
	assert_int_equal(p->ms_n, 2);
	const struct milestone *ms = &f->m->milestones[p->ms_off];
	assert_int_equal(ms[0].skill, model_skill(f->m, "sql"));
	assert_int_equal(ms[0].level, 4);
	assert_null(ms[0].title);
	assert_string_equal(date_text(ms[0].due), "2027-03-31");
	assert_string_equal(date_text(ms[0].done), "none");
	assert_int_equal(ms[1].skill, NONE);
	assert_int_equal(ms[1].level, 0);
	assert_string_equal(ms[1].title, "Lead one analytics sprint with the payments team");
	assert_string_equal(date_text(ms[1].due), "2027-01-31");
	assert_string_equal(date_text(ms[1].done), "2026-12-10");
	/* the others have no plan */
	assert_int_equal(person_plan(f->m, model_person(f->m, "E1")), NONE);
	assert_int_equal(person_plan(f->m, model_person(f->m, "E3")), NONE);
}

static void test_minimal_plan(void **state)
{
	struct fx *f = *state;
	put(f, "plans/p.yaml", "employee: E3\n");
	assert_int_equal(load_plans(f), 0);
	assert_string_equal(diags(f), "");
	const struct plan *p = plan_of(f, "E3");
	assert_int_equal(p->target, NONE);
	assert_int_equal(p->mentor, NONE);
	assert_int_equal(p->ms_n, 0);
}

static void test_plans_sorted_by_employee(void **state)
{
	struct fx *f = *state;
	put(f, "plans/a.yaml", "employee: E3\nmilestones: [{title: A, due: 2027-01-01}]\n");
	put(f, "plans/team/b.yaml", "employee: E1\nmilestones: [{title: B1, due: 2027-02-01}, {title: B2, due: 2027-03-01}]\n");
	put(f, "plans/c.yml", "employee: E2\n");
	put(f, "plans/.draft.yaml", "employee: E2\n");
	assert_int_equal(load_plans(f), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->nplans, 3);
	assert_string_equal(f->m->plans[0].employee_id, "E1");
	assert_string_equal(f->m->plans[1].employee_id, "E2");
	assert_string_equal(f->m->plans[2].employee_id, "E3");
	assert_string_equal(rel(f, plan_of(f, "E1")->file), "plans/team/b.yaml");
	assert_string_equal(rel(f, plan_of(f, "E2")->file), "plans/c.yml");
	const struct plan *b = plan_of(f, "E1"), *a = plan_of(f, "E3");
	assert_int_equal(b->ms_n, 2);
	assert_string_equal(f->m->milestones[b->ms_off].title, "B1");
	assert_string_equal(f->m->milestones[b->ms_off + 1].title, "B2");
	assert_int_equal(a->ms_n, 1);
	assert_string_equal(f->m->milestones[a->ms_off].title, "A");
}

static void test_plans_without_people(void **state)
{
	struct fx *f = *state;
	put(f, "plans/p.yaml", "employee: E7\nmentor: E8\ntarget: analyst-1\n");
	put_base(f);
	f->o.parts = PART_SKILLS | PART_ROLES | PART_PLANS;
	assert_int_equal(load(f), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->nplans, 1);
	const struct plan *p = &f->m->plans[0];
	assert_string_equal(p->employee_id, "E7");
	assert_int_equal(p->employee, NONE);
	assert_int_equal(p->mentor, NONE);
	assert_int_equal(p->target, model_role(f->m, "analyst-1"));
}

/* ---- broken input ------------------------------------------------------- */

static void test_plan_without_employee(void **state)
{
	struct fx *f = *state;
	put(f, "plans/p.yaml", "target: analyst-2\n");
	assert_int_equal(load_plans(f), -1);
	assert_string_equal(diags(f), "plans/p.yaml:1:1: error: plan has no 'employee'\n");
	assert_int_equal(f->m->nplans, 0);
}

static void test_unknown_people_and_target(void **state)
{
	struct fx *f = *state;
	put(f, "plans/p.yaml", "employee: E4\n");
	put(f, "plans/q.yaml", "employee: E2\ntarget: analyst-3\nmentor: E9\n");
	assert_int_equal(load_plans(f), -1);
	/* ties go to the byte-smaller id */
	assert_string_equal(diags(f), "plans/p.yaml:1:11: error: unknown employee 'E4' (did you mean 'E1'?)\n"
				      "plans/q.yaml:2:9: error: unknown role 'analyst-3' (did you mean 'analyst-1'?)\n"
				      "plans/q.yaml:3:9: error: unknown employee 'E9' (did you mean 'E1'?)\n");
	/* a plan for nobody known is left out */
	assert_int_equal(f->m->nplans, 1);
	assert_int_equal(plan_of(f, "E2")->target, NONE);
	assert_int_equal(plan_of(f, "E2")->mentor, NONE);
}

static void test_mentor_themselves(void **state)
{
	struct fx *f = *state;
	put(f, "plans/p.yaml", "employee: E2\nmentor: E2\n");
	assert_int_equal(load_plans(f), -1);
	assert_string_equal(diags(f), "plans/p.yaml:2:9: error: 'E2' cannot mentor themselves\n");
}

static void test_milestone_problems(void **state)
{
	struct fx *f = *state;
	put(f, "plans/p.yaml", "employee: E1\n"
			       "milestones:\n"
			       "  - {skill: sql, due: 2027-01-01}\n"
			       "  - {title: Talk, level: 3, due: 2027-01-01}\n"
			       "  - {due: 2027-01-01}\n"
			       "  - {title: No date}\n"
			       "  - {skill: sqll, level: 2, due: 2027-01-01}\n"
			       "  - {skill: python, level: 6, due: 2027-02-30}\n"
			       "  - {title: Done wrong, due: 2027-01-01, done: soon}\n");
	assert_int_equal(load_plans(f), -1);
	assert_string_equal(diags(f),
			    "plans/p.yaml:3:5: error: skill milestone has no 'level'\n"
			    "plans/p.yaml:4:26: error: 'level' belongs to a skill milestone, and this one has no 'skill'\n"
			    "plans/p.yaml:5:5: error: milestone needs a 'skill' (with a 'level') or a 'title'\n"
			    "plans/p.yaml:6:5: error: milestone has no 'due' date\n"
			    "plans/p.yaml:7:13: error: unknown skill 'sqll' (did you mean 'sql'?)\n"
			    "plans/p.yaml:8:28: error: level: '6' is out of range (1 to 5)\n"
			    "plans/p.yaml:8:36: error: due: invalid date '2027-02-30' (expected YYYY-MM-DD, a real calendar date)\n"
			    "plans/p.yaml:9:48: error: done: invalid date 'soon' (expected YYYY-MM-DD, a real calendar date)\n");
}

static void test_two_plans_for_one_employee(void **state)
{
	struct fx *f = *state;
	put(f, "plans/a.yaml", "employee: E1\ntarget: analyst-1\n");
	put(f, "plans/b.yaml", "employee: E1\ntarget: analyst-2\n");
	assert_int_equal(load_plans(f), -1);
	assert_string_equal(diags(f), "plans/b.yaml:1: error: 'E1' already has a plan in plans/a.yaml\n");
	assert_int_equal(f->m->nplans, 1);
	assert_int_equal(plan_of(f, "E1")->target, model_role(f->m, "analyst-1"));
}

static void test_empty_plan_file(void **state)
{
	struct fx *f = *state;
	put(f, "plans/p.yaml", "# to do\n");
	assert_int_equal(load_plans(f), -1);
	assert_string_equal(diags(f), "plans/p.yaml: error: file is empty; expected a development plan\n");
}

static void test_milestones_not_a_list(void **state)
{
	struct fx *f = *state;
	put(f, "plans/p.yaml", "employee: E1\nmilestones: {title: x}\nmentr: E2\n");
	assert_int_equal(load_plans(f), -1);
	assert_string_equal(diags(f), "plans/p.yaml:2:13: error: milestones: expected a sequence, found a mapping\n"
				      "plans/p.yaml:3:1: warning: unknown key 'mentr' in a plan (did you mean 'mentor'?)\n");
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_plan_fields),
		T(test_minimal_plan),
		T(test_plans_sorted_by_employee),
		T(test_plans_without_people),
		T(test_plan_without_employee),
		T(test_unknown_people_and_target),
		T(test_mentor_themselves),
		T(test_milestone_problems),
		T(test_two_plans_for_one_employee),
		T(test_empty_plan_file),
		T(test_milestones_not_a_list),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
