/* Groups of people: a team under a manager (directly or all the way down),
 * a department, everyone — each in id order. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "fixture.h"
#include "org.h"

/* E1 leads E2 and E5; E2 leads E3 and E4; E3 leads E6. E7 has no manager. */
static void org_repo(struct fx *f)
{
	put(f, "skills.yaml", "scale: {1: a, 2: b}\nskills:\n  - id: sql\n");
	put(f, "roles/r.yaml", "id: r\nfamily: f\nlevel: 1\nskills: {sql: 1}\n");
	put(f, "people.csv",
	    "id,name,role,manager,department\n"
	    "E6,F,r,E3,ops\nE1,A,r,,exec\nE2,B,r,E1,data\nE3,C,r,E2,data\nE4,D,r,E2,ops\nE5,E,r,E1,data\nE7,G,r,,\n");
	put(f, "assessments.csv", "employee,skill,level,date,source\n");
	assert_int_equal(load(f), 0);
}

static void expect(const struct model *m, const uint32_t *who, size_t n, const char *const *ids, size_t nids)
{
	assert_int_equal(n, nids);
	for (size_t i = 0; i < n; i++)
		assert_string_equal(person_id(m, who[i]), ids[i]);
}

static void test_team_all_the_way_down(void **state)
{
	struct fx *f = *state;
	org_repo(f);
	uint32_t *who;
	size_t n;
	assert_int_equal(org_team(f->m, model_person(f->m, "E1"), false, &who, &n), 0);
	static const char *const ids[] = {"E2", "E3", "E4", "E5", "E6"};
	expect(f->m, who, n, ids, 5);
	free(who);
}

static void test_team_direct_reports(void **state)
{
	struct fx *f = *state;
	org_repo(f);
	uint32_t *who;
	size_t n;
	assert_int_equal(org_team(f->m, model_person(f->m, "E2"), true, &who, &n), 0);
	static const char *const ids[] = {"E3", "E4"};
	expect(f->m, who, n, ids, 2);
	free(who);
}

static void test_team_of_someone_without_reports(void **state)
{
	struct fx *f = *state;
	org_repo(f);
	uint32_t *who;
	size_t n;
	assert_int_equal(org_team(f->m, model_person(f->m, "E7"), false, &who, &n), 0);
	assert_int_equal(n, 0);
	free(who);
}

static void test_department_and_all(void **state)
{
	struct fx *f = *state;
	org_repo(f);
	uint32_t *who;
	size_t n;
	assert_int_equal(org_department(f->m, "data", &who, &n), 0);
	static const char *const data[] = {"E2", "E3", "E5"};
	expect(f->m, who, n, data, 3);
	free(who);
	assert_int_equal(org_department(f->m, "nowhere", &who, &n), 0);
	assert_int_equal(n, 0);
	free(who);
	assert_int_equal(org_all(f->m, &who, &n), 0);
	static const char *const all[] = {"E1", "E2", "E3", "E4", "E5", "E6", "E7"};
	expect(f->m, who, n, all, 7);
	free(who);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_team_all_the_way_down, setup, teardown),
		cmocka_unit_test_setup_teardown(test_team_direct_reports, setup, teardown),
		cmocka_unit_test_setup_teardown(test_team_of_someone_without_reports, setup, teardown),
		cmocka_unit_test_setup_teardown(test_department_and_all, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
