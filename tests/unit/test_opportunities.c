/* opportunities.yaml through repo_load: opportunities in id order, the
 * role's requirements overridden field by field by skills, kinds, status,
 * the window and opportunity_open at its bounds (SPEC 1.6). */
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

static int load_opps(struct fx *f, const char *yaml)
{
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c, 4: d, 5: e}\n"
			      "skills: [{id: sql}, {id: python}, {id: kafka}, {id: excel}, {id: communication}]\n");
	put(f, "roles/analyst-3.yaml", "id: analyst-3\nfamily: data\nlevel: 3\n"
				       "skills:\n"
				       "  sql: {level: 4, weight: 2, essential: true}\n"
				       "  python: 3\n"
				       "  communication: 2\n");
	if (yaml)
		put(f, "opportunities.yaml", yaml);
	f->o.parts = PART_SKILLS | PART_ROLES | PART_OPPORTUNITIES;
	return load(f);
}

static const struct opportunity *opp(struct fx *f, const char *id)
{
	uint32_t o = model_opportunity(f->m, id);
	assert_int_not_equal(o, NONE);
	return &f->m->opps[o];
}

/* Requirements as "skill:level/weight/E-or-dash ...", in skill order. */
static const char *req_text(struct fx *f, uint32_t off, uint32_t n)
{
	static char buf[512];
	size_t len = 0;
	buf[0] = '\0';
	for (uint32_t i = 0; i < n; i++) {
		const struct requirement *q = &f->m->reqs[off + i];
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s:%u/%g/%s", i ? " " : "", f->m->skills[q->skill].id,
					q->level, q->weight, q->essential ? "E" : "-");
	}
	return buf;
}

static const char *opp_reqs(struct fx *f, const char *id)
{
	const struct opportunity *o = opp(f, id);
	return req_text(f, o->req_off, o->req_n);
}

static int32_t day(int y, int m, int d)
{
	return date_from_ymd(y, m, d);
}

/* ---- good input --------------------------------------------------------- */

static void test_opportunity_fields(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "- id: OPP-2026-014\n"
				      "  kind: rotation\n"
				      "  title: Senior Data Analyst (Payments)\n"
				      "  role: analyst-3\n"
				      "  skills: {kafka: 2}\n"
				      "  department: payments\n"
				      "  location: Berlin\n"
				      "  opens: 2026-11-01\n"
				      "  closes: 2026-12-15\n"
				      "  capacity: 2\n"
				      "  status: filled\n"),
			 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->nopps, 1);
	const struct opportunity *o = opp(f, "OPP-2026-014");
	assert_string_equal(o->id, "OPP-2026-014");
	assert_int_equal(o->kind, OPP_ROTATION);
	assert_string_equal(opp_kind_name(o->kind), "rotation");
	assert_string_equal(o->title, "Senior Data Analyst (Payments)");
	assert_int_equal(o->role, model_role(f->m, "analyst-3"));
	assert_string_equal(o->department, "payments");
	assert_string_equal(o->location, "Berlin");
	assert_int_equal(o->opens, day(2026, 11, 1));
	assert_int_equal(o->closes, day(2026, 12, 15));
	assert_int_equal(o->capacity, 2);
	assert_int_equal(o->status, OPP_FILLED);
	/* the role's requirements and kafka, in skill order */
	assert_string_equal(opp_reqs(f, "OPP-2026-014"), "communication:2/1/- kafka:2/1/- python:3/1/- sql:4/2/E");
}

static void test_defaults(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "- id: OPP-1\n  role: analyst-3\n"), 0);
	assert_string_equal(diags(f), "");
	const struct opportunity *o = opp(f, "OPP-1");
	assert_int_equal(o->kind, OPP_JOB);
	assert_int_equal(o->status, OPP_OPEN);
	assert_int_equal(o->capacity, 1);
	assert_string_equal(o->title, "OPP-1");
	assert_null(o->department);
	assert_null(o->location);
	assert_int_equal(o->opens, DATE_NONE);
	assert_int_equal(o->closes, DATE_NONE);
	assert_string_equal(opp_reqs(f, "OPP-1"), "communication:2/1/- python:3/1/- sql:4/2/E");
}

static void test_skills_override_role_field_by_field(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "- id: OPP-1\n"
				      "  role: analyst-3\n"
				      "  skills:\n"
				      "    sql: {level: 5}\n"
				      "    python: {weight: 3, essential: true}\n"
				      "    communication: 0\n"
				      "    excel: {level: 1, weight: 0.5}\n"),
			 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(opp_reqs(f, "OPP-1"), "excel:1/0.5/- python:3/3/E sql:5/2/E");
	/* the role itself is unchanged */
	const struct role *r = &f->m->roles[model_role(f->m, "analyst-3")];
	assert_string_equal(req_text(f, r->req_off, r->req_n), "communication:2/1/- python:3/1/- sql:4/2/E");
}

static void test_skills_only(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "- id: GIG-1\n  kind: gig\n  skills: {kafka: 3, python: {level: 2, essential: true}}\n"), 0);
	assert_string_equal(diags(f), "");
	const struct opportunity *o = opp(f, "GIG-1");
	assert_int_equal(o->role, NONE);
	assert_int_equal(o->kind, OPP_GIG);
	assert_string_equal(opp_reqs(f, "GIG-1"), "kafka:3/1/- python:2/1/E");
}

static void test_sorted_by_id_bytes(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "- {id: OPP-9, role: analyst-3}\n"
				      "- {id: OPP-10, role: analyst-3}\n"
				      "- {id: OPP-1, role: analyst-3}\n"
				      "- {id: DEV-2, role: analyst-3}\n"),
			 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->nopps, 4);
	assert_string_equal(f->m->opps[0].id, "DEV-2");
	assert_string_equal(f->m->opps[1].id, "OPP-1");
	assert_string_equal(f->m->opps[2].id, "OPP-10");
	assert_string_equal(f->m->opps[3].id, "OPP-9");
	for (uint32_t i = 0; i < 4; i++)
		assert_int_equal(model_opportunity(f->m, f->m->opps[i].id), i);
	assert_int_equal(model_opportunity(f->m, "OPP-2"), NONE);
}

static void test_every_kind_and_status(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "- {id: a, role: analyst-3, kind: job, status: open}\n"
				      "- {id: b, role: analyst-3, kind: rotation, status: filled}\n"
				      "- {id: c, role: analyst-3, kind: project, status: closed}\n"
				      "- {id: d, role: analyst-3, kind: shadowing}\n"
				      "- {id: e, role: analyst-3, kind: mentorship}\n"
				      "- {id: f, role: analyst-3, kind: gig}\n"),
			 0);
	assert_string_equal(diags(f), "");
	static const enum opp_kind kinds[] = {OPP_JOB, OPP_ROTATION, OPP_PROJECT, OPP_SHADOWING, OPP_MENTORSHIP, OPP_GIG};
	static const char *const names[] = {"job", "rotation", "project", "shadowing", "mentorship", "gig"};
	for (uint32_t i = 0; i < 6; i++) {
		assert_int_equal(f->m->opps[i].kind, kinds[i]);
		assert_string_equal(opp_kind_name(f->m->opps[i].kind), names[i]);
	}
	assert_int_equal(f->m->opps[0].status, OPP_OPEN);
	assert_int_equal(f->m->opps[1].status, OPP_FILLED);
	assert_int_equal(f->m->opps[2].status, OPP_CLOSED);
	assert_int_equal(f->m->opps[3].status, OPP_OPEN);
}

static void test_empty_file_means_none_open(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "# nothing open this week\n"), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->nopps, 0);
}

static void test_empty_list(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "[]\n"), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->nopps, 0);
}

static void test_missing_file(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, NULL), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->nopps, 0);
	assert_int_equal(model_opportunity(f->m, "OPP-1"), NONE);
}

/* ---- open on a date ------------------------------------------------------ */

static void test_open_within_window_inclusive(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "- {id: w, role: analyst-3, opens: 2026-11-01, closes: 2026-12-15}\n"), 0);
	const struct opportunity *o = opp(f, "w");
	assert_false(opportunity_open(o, day(2026, 10, 31)));
	assert_true(opportunity_open(o, day(2026, 11, 1)));
	assert_true(opportunity_open(o, day(2026, 11, 30)));
	assert_true(opportunity_open(o, day(2026, 12, 15)));
	assert_false(opportunity_open(o, day(2026, 12, 16)));
}

static void test_open_with_one_bound(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "- {id: from, role: analyst-3, opens: 2026-11-01}\n"
				      "- {id: until, role: analyst-3, closes: 2026-11-01}\n"
				      "- {id: always, role: analyst-3}\n"
				      "- {id: one-day, role: analyst-3, opens: 2026-11-01, closes: 2026-11-01}\n"),
			 0);
	assert_string_equal(diags(f), "");
	assert_false(opportunity_open(opp(f, "from"), day(2026, 10, 31)));
	assert_true(opportunity_open(opp(f, "from"), day(2026, 11, 1)));
	assert_true(opportunity_open(opp(f, "from"), day(9999, 12, 31)));
	assert_true(opportunity_open(opp(f, "until"), day(1, 1, 1)));
	assert_true(opportunity_open(opp(f, "until"), day(2026, 11, 1)));
	assert_false(opportunity_open(opp(f, "until"), day(2026, 11, 2)));
	assert_true(opportunity_open(opp(f, "always"), day(1970, 1, 1)));
	assert_false(opportunity_open(opp(f, "one-day"), day(2026, 10, 31)));
	assert_true(opportunity_open(opp(f, "one-day"), day(2026, 11, 1)));
	assert_false(opportunity_open(opp(f, "one-day"), day(2026, 11, 2)));
}

static void test_not_open_unless_status_open(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "- {id: f, role: analyst-3, status: filled, opens: 2026-11-01, closes: 2026-12-15}\n"
				      "- {id: c, role: analyst-3, status: closed}\n"),
			 0);
	assert_false(opportunity_open(opp(f, "f"), day(2026, 11, 15)));
	assert_false(opportunity_open(opp(f, "c"), day(2026, 11, 15)));
}

/* ---- broken input ------------------------------------------------------- */

static void test_unknown_kind_and_status(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "- {id: a, role: analyst-3, kind: rotaton}\n"
				      "- {id: b, role: analyst-3, status: opne}\n"
				      "- {id: c, role: analyst-3, kind: secondment, status: [open]}\n"
				      "- {id: d, role: analyst-3}\n"),
			 -1);
	assert_string_equal(diags(f), "opportunities.yaml:1:34: error: kind: unknown value 'rotaton' (did you mean 'rotation'?)\n"
				      "opportunities.yaml:2:36: error: status: unknown value 'opne' (did you mean 'open'?)\n"
				      "opportunities.yaml:3:34: error: kind: unknown value 'secondment'\n"
				      "opportunities.yaml:3:54: error: status: unknown value a sequence\n");
	/* those with errors are left out, the others kept */
	assert_int_equal(f->m->nopps, 1);
	assert_string_equal(f->m->opps[0].id, "d");
}

static void test_needs_role_or_skills(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "- id: OPP-1\n  title: Something\n"), -1);
	assert_string_equal(diags(f), "opportunities.yaml:1:3: error: opportunity 'OPP-1' needs 'role' or 'skills'\n");
	assert_int_equal(f->m->nopps, 0);
}

static void test_skills_only_must_not_be_empty(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "- id: GIG-1\n  skills: {}\n- id: GIG-2\n  skills: {kafka: 0}\n"), -1);
	assert_string_equal(diags(f),
			    "opportunities.yaml:2:3: error: opportunity 'GIG-1' needs 'role' or 'skills', and its 'skills' are empty\n"
			    "opportunities.yaml:4:3: error: opportunity 'GIG-2' needs 'role' or 'skills', and its 'skills' are empty\n");
	assert_int_equal(f->m->nopps, 0);
}

static void test_unknown_role_and_skill(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "- {id: a, role: analyst-4}\n"
				      "- {id: b, skills: {kafak: 2, excel: {weight: 2}}}\n"),
			 -1);
	assert_string_equal(diags(f), "opportunities.yaml:1:17: error: unknown role 'analyst-4' (did you mean 'analyst-3'?)\n"
				      "opportunities.yaml:2:20: error: unknown skill 'kafak' (did you mean 'kafka'?)\n"
				      "opportunities.yaml:2:30: error: requirement 'excel' has no level\n");
	assert_int_equal(f->m->nopps, 0);
}

static void test_window_and_capacity_problems(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "- id: a\n  role: analyst-3\n  opens: 2026-12-15\n  closes: 2026-11-01\n"
				      "- id: b\n  role: analyst-3\n  opens: 2026-02-30\n  capacity: 0\n"
				      "- id: c\n  role: analyst-3\n  capacity: two\n"),
			 -1);
	assert_string_equal(diags(f),
			    "opportunities.yaml:4:11: error: opportunity 'a' closes before it opens\n"
			    "opportunities.yaml:7:10: error: opens: invalid date '2026-02-30' (expected YYYY-MM-DD, a real calendar date)\n"
			    "opportunities.yaml:8:13: error: capacity: '0' is out of range (1 to 1000000)\n"
			    "opportunities.yaml:11:13: error: capacity: expected an integer, found 'two'\n");
	assert_int_equal(f->m->nopps, 0);
}

static void test_no_id_and_duplicates(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "- {role: analyst-3}\n"
				      "- {id: OPP-1, role: analyst-3, title: First}\n"
				      "- {id: OPP-1, role: analyst-3, title: Second}\n"),
			 -1);
	assert_string_equal(diags(f), "opportunities.yaml:1:3: error: opportunity has no 'id'\n"
				      "opportunities.yaml:3:8: error: duplicate opportunity 'OPP-1' (first at line 2)\n");
	assert_int_equal(f->m->nopps, 1);
	assert_string_equal(opp(f, "OPP-1")->title, "First");
}

static void test_not_a_list(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "id: OPP-1\nrole: analyst-3\n"), -1);
	assert_string_equal(diags(f), "opportunities.yaml:1:1: error: opportunities.yaml: expected a sequence, found a mapping\n");
}

static void test_unknown_key_warns(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_opps(f, "- {id: a, role: analyst-3, close: 2026-12-01}\n"), 0);
	assert_string_equal(diags(f), "opportunities.yaml:1:28: warning: unknown key 'close' in an opportunity (did you mean 'closes'?)\n");
	assert_int_equal(opp(f, "a")->closes, DATE_NONE);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_opportunity_fields),
		T(test_defaults),
		T(test_skills_override_role_field_by_field),
		T(test_skills_only),
		T(test_sorted_by_id_bytes),
		T(test_every_kind_and_status),
		T(test_empty_file_means_none_open),
		T(test_empty_list),
		T(test_missing_file),
		T(test_open_within_window_inclusive),
		T(test_open_with_one_bound),
		T(test_not_open_unless_status_open),
		T(test_unknown_kind_and_status),
		T(test_needs_role_or_skills),
		T(test_skills_only_must_not_be_empty),
		T(test_unknown_role_and_skill),
		T(test_window_and_capacity_problems),
		T(test_no_id_and_duplicates),
		T(test_not_a_list),
		T(test_unknown_key_warns),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
