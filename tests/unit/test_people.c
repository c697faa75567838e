/* people.csv through repo_load: employees in id order, roles, managers,
 * groups and aspirations, and every problem with its line (SPEC 1.3). */
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

static int load_people(struct fx *f, const char *csv)
{
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c}\nskills: [{id: sql}]\n");
	put(f, "roles/analyst-1.yaml", "id: analyst-1\nfamily: data\nlevel: 1\n");
	put(f, "roles/analyst-2.yaml", "id: analyst-2\nfamily: data\nlevel: 2\n");
	put(f, "roles/eng-1.yaml", "id: eng-1\nfamily: engineering\nlevel: 1\n");
	if (csv)
		put(f, "people.csv", csv);
	f->o.parts = PART_SKILLS | PART_ROLES | PART_PEOPLE;
	f->o.required = PART_PEOPLE;
	return load(f);
}

static const struct person *person(struct fx *f, const char *id)
{
	uint32_t p = model_person(f->m, id);
	assert_int_not_equal(p, NONE);
	return &f->m->people[p];
}

static const char *group(struct fx *f, uint32_t g)
{
	return g == NONE ? "(none)" : f->m->groups.strs[g];
}

/* A person's aspirations as "role role ...". */
static const char *aspirations(struct fx *f, const char *id)
{
	static char buf[256];
	const struct person *p = person(f, id);
	size_t len = 0;
	buf[0] = '\0';
	for (uint32_t i = 0; i < p->asp_n; i++)
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i ? " " : "",
					f->m->roles[f->m->aspirations[p->asp_off + i]].id);
	return buf;
}

#define HEADER "id,name,role,manager,department,location,aspirations\n"

/* ---- good input --------------------------------------------------------- */

static void test_people_fields(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_people(f, HEADER "E2,Bob Stone,analyst-2,E1,data,Berlin,\n"
						"E1,Ann Lee,eng-1,,data,Rotterdam,analyst-2\n"
						"E10,\"Cid, Jr.\",analyst-1,E2,,,\n"),
			 0);
	assert_string_equal(diags(f), "");
	const struct model *m = f->m;
	assert_int_equal(m->npeople, 3);
	/* sorted by id bytes: E10 before E2 */
	assert_string_equal(person_id(m, 0), "E1");
	assert_string_equal(person_id(m, 1), "E10");
	assert_string_equal(person_id(m, 2), "E2");
	const struct person *ann = person(f, "E1"), *bob = person(f, "E2"), *cid = person(f, "E10");
	assert_string_equal(person_text(f->m, ann->name), "Ann Lee");
	assert_string_equal(person_text(f->m, cid->name), "Cid, Jr.");
	assert_string_equal(person_text(f->m, bob->role_id), "analyst-2");
	assert_int_equal(bob->role, model_role(m, "analyst-2"));
	assert_int_equal(ann->role, model_role(m, "eng-1"));
	assert_int_equal(bob->manager, model_person(m, "E1"));
	assert_int_equal(cid->manager, model_person(m, "E2"));
	assert_int_equal(ann->manager, NONE);
	assert_string_equal(group(f, bob->department), "data");
	assert_int_equal(ann->department, bob->department);
	assert_string_equal(group(f, bob->location), "Berlin");
	assert_string_equal(group(f, ann->location), "Rotterdam");
	assert_int_equal(cid->department, NONE);
	assert_int_equal(cid->location, NONE);
	assert_int_equal(bob->line, 2);
	assert_int_equal(ann->line, 3);
	assert_int_equal(cid->line, 4);
	assert_int_equal(person_plan(f->m, model_person(f->m, "E1")), NONE);
	assert_string_equal(aspirations(f, "E1"), "analyst-2");
	assert_string_equal(aspirations(f, "E2"), "");
}

static void test_only_required_columns(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_people(f, "name,id,role\nAnn,E1,eng-1\n"), 0);
	assert_string_equal(diags(f), "");
	const struct person *p = person(f, "E1");
	assert_int_equal(p->manager, NONE);
	assert_int_equal(p->department, NONE);
	assert_int_equal(p->location, NONE);
	assert_int_equal(p->asp_n, 0);
}

static void test_aspirations_split_and_trimmed(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_people(f, HEADER "E1,Ann,eng-1,,,,\" analyst-2 ;eng-1;; \tanalyst-1 \"\n"
						"E2,Bob,eng-1,,,,analyst-1\n"),
			 0);
	assert_string_equal(diags(f), "");
	/* most wanted first */
	assert_string_equal(aspirations(f, "E1"), "analyst-2 eng-1 analyst-1");
	assert_string_equal(aspirations(f, "E2"), "analyst-1");
}

static void test_role_without_profile_is_kept(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_people(f, "id,name,role\nE1,Ann,chief-of-staff\nE2,Bob,eng-1\n"), 0);
	assert_string_equal(diags(f), "people.csv:2: warning: role 'chief-of-staff' of 'E1' has no profile; the employee "
				      "is kept with no current requirements\n");
	const struct person *p = person(f, "E1");
	assert_int_equal(p->role, NONE);
	assert_string_equal(person_text(f->m, p->role_id), "chief-of-staff");
}

static void test_columns_remapped(void **state)
{
	struct fx *f = *state;
	put(f, "rungs.yaml", "columns:\n  people: {id: Employee Number, name: Full Name, aspirations: Interests}\n");
	assert_int_equal(load_people(f, "Employee Number,Full Name,Role,Interests\nE1,Ann Lee,eng-1,analyst-1\n"), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(person_text(f->m, person(f, "E1")->name), "Ann Lee");
	assert_string_equal(aspirations(f, "E1"), "analyst-1");
}

static void test_bom_and_crlf(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_people(f, "\xEF\xBB\xBFid,name,role,manager\r\nE1,Ann,eng-1,\r\nE2,Bob,eng-1,E1\r\n"), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->npeople, 2);
	assert_int_equal(person(f, "E2")->manager, model_person(f->m, "E1"));
	assert_string_equal(person_text(f->m, person(f, "E1")->name), "Ann");
}

static void test_unterminated_last_line_used_when_valid(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_people(f, "id,name,role\nE1,Ann,eng-1\nE2,Bob,eng-1"), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->npeople, 2);
	assert_int_equal(person(f, "E2")->line, 3);
}

static void test_unterminated_last_line_ignored_when_invalid(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_people(f, "id,name,role\nE1,Ann,eng-1\nE2,,eng-1"), 0);
	assert_string_equal(diags(f), "people.csv:3: warning: incomplete last line ignored: empty name\n");
	assert_int_equal(f->m->npeople, 1);
	assert_int_equal(model_person(f->m, "E2"), NONE);
}

/* ---- broken input ------------------------------------------------------- */

static void test_unknown_aspiration(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_people(f, HEADER "E1,Ann,eng-1,,,,cto;analyst-1\n"), 0);
	assert_string_equal(diags(f), "people.csv:2: warning: aspiration 'cto' of 'E1' is not a known role; ignored\n");
	assert_string_equal(aspirations(f, "E1"), "analyst-1");
}

static void test_unknown_manager(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_people(f, "id,name,role,manager\nE1,Ann,eng-1,E9\n"), 0);
	assert_string_equal(diags(f), "people.csv:2: warning: manager 'E9' of 'E1' is not in the file\n");
	assert_int_equal(person(f, "E1")->manager, NONE);
}

static void test_own_manager(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_people(f, "id,name,role,manager\nE0,Zed,eng-1,\nE1,Ann,eng-1,E1\n"), -1);
	assert_string_equal(diags(f), "people.csv:3: error: 'E1' is their own manager\n");
	assert_int_equal(person(f, "E1")->manager, NONE);
}

static void test_manager_loop(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_people(f, "id,name,role,manager\n"
					"E3,Cid,eng-1,E1\n"
					"E2,Bob,eng-1,E3\n"
					"E1,Ann,eng-1,E2\n"
					"E4,Dan,eng-1,E3\n"),
			 -1);
	/* reported once, at the person of the loop with the smallest id */
	assert_string_equal(diags(f), "people.csv:4: error: reporting line of 'E1' loops back to them through manager 'E2'\n");
	assert_int_equal(person(f, "E1")->manager, NONE);
	assert_int_equal(person(f, "E2")->manager, model_person(f->m, "E3"));
	assert_int_equal(person(f, "E4")->manager, model_person(f->m, "E3"));
}

static void test_duplicate_employee(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_people(f, "id,name,role\nE1,Ann,eng-1\nE2,Bob,eng-1\nE1,Ann Again,analyst-1\n"), -1);
	assert_string_equal(diags(f), "people.csv:4: error: duplicate employee 'E1' (first at line 2)\n");
	assert_int_equal(f->m->npeople, 2);
	assert_string_equal(person_text(f->m, person(f, "E1")->name), "Ann");
}

static void test_bad_fields(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_people(f, "id,name,role,manager\n"
					"E 1,Ann,eng-1,\n"
					"E2,,eng-1,\n"
					"E3,Cid,,\n"
					"E4,Dan,eng-1,-x\n"
					",Eve,eng-1,\n"
					"E6,Fay,eng-1,E2\n"),
			 -1);
	assert_string_equal(diags(f),
			    "people.csv:2: error: invalid employee id 'E 1' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)\n"
			    "people.csv:3: error: empty name\n"
			    "people.csv:4: error: empty role\n"
			    "people.csv:5: error: invalid manager '-x' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)\n"
			    "people.csv:6: error: empty employee id\n"
			    "people.csv:7: warning: manager 'E2' of 'E6' is not in the file\n");
	assert_int_equal(f->m->npeople, 1);
}

/* A blank line is skipped, and the lines after it keep their numbers. */
static void test_lines_after_a_blank_line(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_people(f, "id,name,role\nE1,Ann,eng-1\n\nE2,,eng-1\nE3,Cid,eng-1\n"), -1);
	assert_string_equal(diags(f), "people.csv:4: error: empty name\n");
	assert_int_equal(person(f, "E3")->line, 5);
}

static void test_missing_column(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_people(f, "id,name,position\nE1,Ann,eng-1\n"), -1);
	assert_string_equal(diags(f), "people.csv:1: error: header lacks required column 'role'\n");
	assert_int_equal(f->m->npeople, 0);
}

static void test_semicolon_file(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_people(f, "id;name;role\nE1;Ann;eng-1\nE2;Bob;eng-1\n"), -1);
	assert_string_equal(diags(f), "people.csv:1: error: file is semicolon-separated; rungs reads comma-separated CSV "
				      "(export with ',' as the separator)\n");
}

static void test_windows_1252_file(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_people(f, "id,name,role\nE1,Ren\xe9 M\xfcller,eng-1\nE2,Zo\xeb,eng-1\n"), -1);
	assert_string_equal(diags(f),
			    "people.csv:2: error: file is not valid UTF-8 (a Windows-1252 export?); export it as UTF-8\n");
	assert_int_equal(f->m->npeople, 0);
}

static void test_missing_people_file_when_required(void **state)
{
	struct fx *f = *state;
	assert_int_equal(load_people(f, NULL), -1);
	assert_string_equal(diags(f), "people.csv: error: required file not found\n");
	assert_true(f->r->missing);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_people_fields),
		T(test_only_required_columns),
		T(test_aspirations_split_and_trimmed),
		T(test_role_without_profile_is_kept),
		T(test_columns_remapped),
		T(test_bom_and_crlf),
		T(test_unterminated_last_line_used_when_valid),
		T(test_unterminated_last_line_ignored_when_invalid),
		T(test_unknown_aspiration),
		T(test_unknown_manager),
		T(test_own_manager),
		T(test_manager_loop),
		T(test_duplicate_employee),
		T(test_bad_fields),
		T(test_lines_after_a_blank_line),
		T(test_missing_column),
		T(test_semicolon_file),
		T(test_windows_1252_file),
		T(test_missing_people_file_when_required),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
