/* roles/ through repo_load: profiles in id order, short and long
 * requirements, extends with per-field override, next moves typed, and every
 * problem with its position (SPEC 1.2). */
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
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "fixture.h"

#include "date.h"
#include "repo.h"

#define SKILLS "scale: {1: a, 2: b, 3: c, 4: d, 5: e}\n"                  \
	       "skills:\n"                                               \
	       "  - {id: sql, aliases: [structured-query-language]}\n" \
	       "  - {id: python, aliases: [py]}\n"                     \
	       "  - {id: communication}\n"                             \
	       "  - {id: excel}\n"                                     \
	       "  - {id: kafka}\n"

static int load_defs(struct fx *f)
{
	put(f, "skills.yaml", SKILLS);
	f->o.parts = PART_SKILLS | PART_ROLES;
	return load(f);
}

static uint32_t role(struct fx *f, const char *id)
{
	uint32_t r = model_role(f->m, id);
	assert_int_not_equal(r, NONE);
	return r;
}

static uint32_t sk(struct fx *f, const char *id)
{
	uint32_t s = model_skill(f->m, id);
	assert_int_not_equal(s, NONE);
	return s;
}

/* The resolved requirements of a role, in skill order, as
 * "skill:level/weight/E-or-dash ...". */
static const char *reqs(struct fx *f, const char *id)
{
	static char buf[512];
	const struct role *r = &f->m->roles[role(f, id)];
	size_t len = 0;
	buf[0] = '\0';
	for (uint32_t i = 0; i < r->req_n; i++) {
		const struct requirement *q = &f->m->reqs[r->req_off + i];
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s:%u/%g/%s", i ? " " : "", f->m->skills[q->skill].id,
					q->level, q->weight, q->essential ? "E" : "-");
	}
	return buf;
}

/* The next moves of a role as "role=type ...". */
static const char *moves(struct fx *f, const char *id)
{
	static char buf[512];
	const struct role *r = &f->m->roles[role(f, id)];
	size_t len = 0;
	buf[0] = '\0';
	for (uint32_t i = 0; i < r->next_n; i++) {
		const struct move *mv = &f->m->moves[r->next_off + i];
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s=%s", i ? " " : "", f->m->roles[mv->role].id,
					move_type_name(mv->type));
	}
	return buf;
}

/* ---- good input --------------------------------------------------------- */

static void test_role_fields(void **state)
{
	struct fx *f = *state;
	put(f, "roles/data/analyst-2.yaml", "id: analyst-2\n"
					    "title: Data Analyst II\n"
					    "family: data\n"
					    "track: management\n"
					    "level: 2\n"
					    "critical: true\n"
					    "skills:\n"
					    "  sql: 3\n"
					    "  python: {level: 2, weight: 2, essential: true}\n"
					    "  communication: {level: 3}\n");
	assert_int_equal(load_defs(f), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->nroles, 1);
	const struct role *r = &f->m->roles[0];
	assert_string_equal(r->id, "analyst-2");
	assert_string_equal(r->title, "Data Analyst II");
	assert_string_equal(r->family, "data");
	assert_string_equal(r->track, "management");
	assert_int_equal(r->level, 2);
	assert_true(r->critical);
	assert_int_equal(r->extends, NONE);
	assert_int_equal(r->next_n, 0);
	char file[128];
	snprintf(file, sizeof file, "%s/roles/data/analyst-2.yaml", f->dir);
	assert_string_equal(r->file, file);
	/* short and long forms, in skill order, weight 1 and not essential by default */
	assert_string_equal(reqs(f, "analyst-2"), "communication:3/1/- python:2/2/E sql:3/1/-");
}

static void test_role_defaults(void **state)
{
	struct fx *f = *state;
	put(f, "roles/r.yaml", "id: r\nfamily: data\nlevel: 1\n");
	assert_int_equal(load_defs(f), 0);
	assert_string_equal(diags(f), "");
	const struct role *r = &f->m->roles[0];
	assert_string_equal(r->title, "r");
	assert_string_equal(r->track, "ic");
	assert_false(r->critical);
	assert_int_equal(r->extends, NONE);
	assert_int_equal(r->req_n, 0);
	assert_int_equal(r->next_n, 0);
}

static void test_requirement_by_alias(void **state)
{
	struct fx *f = *state;
	put(f, "roles/r.yaml", "id: r\nfamily: data\nlevel: 1\nskills: {structured-query-language: 2, py: {level: 1}}\n");
	assert_int_equal(load_defs(f), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(reqs(f, "r"), "python:1/1/- sql:2/1/-");
	assert_int_equal(role_reqs(f->m, 0)[1].skill, sk(f, "sql"));
}

static void test_roles_sorted_and_found_at_any_depth(void **state)
{
	struct fx *f = *state;
	put(f, "roles/zeta.yaml", "id: zeta\nfamily: f\nlevel: 1\n");
	put(f, "roles/a/b/c/OPS-1.yml", "id: OPS-1\nfamily: f\nlevel: 1\n");
	put(f, "roles/m/mid.yaml", "id: mid\nfamily: f\nlevel: 1\n");
	put(f, "roles/.hidden.yaml", "id: hidden\nfamily: f\nlevel: 1\n");
	put(f, "roles/.git/x.yaml", "id: x\nfamily: f\nlevel: 1\n");
	put(f, "roles/README.md", "not: a role\n");
	put(f, "roles/notes.yaml.bak", "id: bak\n");
	assert_int_equal(load_defs(f), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->nroles, 3);
	assert_string_equal(f->m->roles[0].id, "OPS-1");
	assert_string_equal(f->m->roles[1].id, "mid");
	assert_string_equal(f->m->roles[2].id, "zeta");
	for (uint32_t i = 0; i < 3; i++)
		assert_int_equal(model_role(f->m, f->m->roles[i].id), i);
	assert_int_equal(model_role(f->m, "hidden"), NONE);
	assert_int_equal(model_role(f->m, "x"), NONE);
}

static void test_extends_overrides_field_by_field(void **state)
{
	struct fx *f = *state;
	put(f, "roles/analyst-1.yaml", "id: analyst-1\nfamily: data\nlevel: 1\n"
				       "skills:\n"
				       "  sql: {level: 2, weight: 3, essential: true}\n"
				       "  python: 2\n"
				       "  excel: 2\n"
				       "  communication: {level: 2, essential: true}\n");
	put(f, "roles/analyst-2.yaml", "id: analyst-2\nfamily: data\nlevel: 2\nextends: analyst-1\n"
				       "skills:\n"
				       "  sql: {level: 4}\n"
				       "  python: {weight: 2}\n"
				       "  excel: 0\n"
				       "  communication: {essential: false}\n"
				       "  kafka: 1\n");
	assert_int_equal(load_defs(f), 0);
	assert_string_equal(diags(f), "");
	assert_int_equal(f->m->roles[role(f, "analyst-2")].extends, role(f, "analyst-1"));
	assert_string_equal(reqs(f, "analyst-1"), "communication:2/1/E excel:2/1/- python:2/1/- sql:2/3/E");
	assert_string_equal(reqs(f, "analyst-2"), "communication:2/1/- kafka:1/1/- python:2/2/- sql:4/3/E");
}

static void test_extends_without_own_skills_inherits_all(void **state)
{
	struct fx *f = *state;
	put(f, "roles/p.yaml", "id: p\nfamily: data\nlevel: 1\nskills: {sql: 2, excel: {level: 1, weight: 0.5}}\n");
	put(f, "roles/c.yaml", "id: c\nfamily: data\nlevel: 2\nextends: p\n");
	assert_int_equal(load_defs(f), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(reqs(f, "c"), "excel:1/0.5/- sql:2/1/-");
}

static void test_extends_deep_chain(void **state)
{
	struct fx *f = *state;
	/* the child sorts first, so resolving it climbs the whole chain */
	put(f, "roles/a.yaml", "id: a\nfamily: f\nlevel: 5\nextends: b\nskills: {kafka: 5}\n");
	put(f, "roles/b.yaml", "id: b\nfamily: f\nlevel: 4\nextends: c\nskills: {sql: 4, excel: 0}\n");
	put(f, "roles/c.yaml", "id: c\nfamily: f\nlevel: 3\nextends: d\nskills: {python: {weight: 4}}\n");
	put(f, "roles/d.yaml", "id: d\nfamily: f\nlevel: 2\nextends: e\nskills: {excel: 2, communication: {essential: true}}\n");
	put(f, "roles/e.yaml", "id: e\nfamily: f\nlevel: 1\nskills: {sql: 1, python: 1, communication: 1}\n");
	assert_int_equal(load_defs(f), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(reqs(f, "e"), "communication:1/1/- python:1/1/- sql:1/1/-");
	assert_string_equal(reqs(f, "d"), "communication:1/1/E excel:2/1/- python:1/1/- sql:1/1/-");
	assert_string_equal(reqs(f, "c"), "communication:1/1/E excel:2/1/- python:1/4/- sql:1/1/-");
	assert_string_equal(reqs(f, "b"), "communication:1/1/E python:1/4/- sql:4/1/-");
	assert_string_equal(reqs(f, "a"), "communication:1/1/E kafka:5/1/- python:1/4/- sql:4/1/-");
}

/* Runs fn in a child process, so that a sanitizer abort fails this test
 * and not the whole file. fn returns 0 when its checks hold. */
static void in_child(struct fx *f, int (*fn)(struct fx *))
{
	fflush(NULL);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		_exit(fn(f));
	int status = 0;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

static int load_roles_without_requirements(struct fx *f)
{
	if (load_defs(f) != 0 || f->d.n || f->m->nroles != 2)
		return 1;
	const struct requirement *q = role_reqs(f->m, model_role(f->m, "b"));
	(void)q;
	return f->m->roles[1].extends == 0 && f->m->roles[1].req_n == 0 ? 0 : 2;
}

/* No role needs a skill yet: extending one and asking for the (empty)
 * requirements are well defined. */
static void test_roles_without_requirements(void **state)
{
	struct fx *f = *state;
	put(f, "roles/a.yaml", "id: a\nfamily: f\nlevel: 1\n");
	put(f, "roles/b.yaml", "id: b\nfamily: f\nlevel: 2\nextends: a\n");
	in_child(f, load_roles_without_requirements);
}

static void test_next_move_types(void **state)
{
	struct fx *f = *state;
	put(f, "roles/analyst-2.yaml", "id: analyst-2\nfamily: data\nlevel: 2\n"
				       "next: [analyst-3, eng-2, analyst-1, analyst-2b, manager-5]\n");
	put(f, "roles/analyst-3.yaml", "id: analyst-3\nfamily: data\nlevel: 3\n");
	put(f, "roles/analyst-2b.yaml", "id: analyst-2b\nfamily: data\nlevel: 2\n");
	put(f, "roles/analyst-1.yaml", "id: analyst-1\nfamily: data\nlevel: 1\n");
	put(f, "roles/eng-2.yaml", "id: eng-2\nfamily: engineering\nlevel: 2\n");
	put(f, "roles/manager-5.yaml", "id: manager-5\nfamily: management\ntrack: management\nlevel: 5\n");
	assert_int_equal(load_defs(f), 0);
	assert_string_equal(diags(f), "");
	/* in the order written */
	assert_string_equal(moves(f, "analyst-2"), "analyst-3=promotion eng-2=cross-functional analyst-1=step-back "
						   "analyst-2b=lateral manager-5=cross-functional");
	assert_string_equal(moves(f, "analyst-3"), "");
}

static void test_next_cycles_are_allowed(void **state)
{
	struct fx *f = *state;
	put(f, "roles/a.yaml", "id: a\nfamily: f\nlevel: 1\nnext: [b]\n");
	put(f, "roles/b.yaml", "id: b\nfamily: f\nlevel: 2\nnext: [c]\n");
	put(f, "roles/c.yaml", "id: c\nfamily: f\nlevel: 1\nnext: [a]\n");
	assert_int_equal(load_defs(f), 0);
	assert_string_equal(diags(f), "");
	assert_string_equal(moves(f, "a"), "b=promotion");
	assert_string_equal(moves(f, "b"), "c=step-back");
	assert_string_equal(moves(f, "c"), "a=lateral");
}

static void test_file_name_mismatch_is_a_warning(void **state)
{
	struct fx *f = *state;
	put(f, "roles/analyst-2.yaml", "family: data\nid: analyst-3\nlevel: 1\n");
	assert_int_equal(load_defs(f), 0);
	assert_string_equal(diags(f), "roles/analyst-2.yaml:2:5: warning: role id 'analyst-3' differs from the file name\n");
	assert_int_not_equal(model_role(f->m, "analyst-3"), NONE);
}

/* ---- broken input ------------------------------------------------------- */

static void test_missing_family_and_level(void **state)
{
	struct fx *f = *state;
	put(f, "roles/x.yaml", "id: x\ntitle: X\n");
	assert_int_equal(load_defs(f), -1);
	assert_string_equal(diags(f), "roles/x.yaml:1:1: error: role 'x' has no 'family'\n"
				      "roles/x.yaml:1:1: error: role 'x' has no 'level'\n");
}

static void test_bad_level_track_critical(void **state)
{
	struct fx *f = *state;
	put(f, "roles/x.yaml", "id: x\nfamily: f\nlevel: 0\ncritical: yes\ntrack: [ic]\n");
	assert_int_equal(load_defs(f), -1);
	assert_string_equal(diags(f), "roles/x.yaml:3:8: error: level: '0' is out of range (1 to 1000)\n"
				      "roles/x.yaml:4:11: error: critical: expected true or false, found 'yes'\n"
				      "roles/x.yaml:5:8: error: track: expected text, found a sequence\n");
}

static void test_role_without_id(void **state)
{
	struct fx *f = *state;
	put(f, "roles/x.yaml", "family: f\nlevel: 1\n");
	put(f, "roles/y.yaml", "id: y\nfamily: f\nlevel: 1\n");
	assert_int_equal(load_defs(f), -1);
	assert_string_equal(diags(f), "roles/x.yaml:1:1: error: role has no 'id'\n");
	assert_int_equal(f->m->nroles, 1);
}

static void test_empty_role_file(void **state)
{
	struct fx *f = *state;
	put(f, "roles/x.yaml", "");
	assert_int_equal(load_defs(f), -1);
	assert_string_equal(diags(f), "roles/x.yaml: error: file is empty; expected a role profile\n");
}

static void test_syntax_error_does_not_stop_other_roles(void **state)
{
	struct fx *f = *state;
	put(f, "roles/a.yaml", "id: a\nfamily: f\nlevel: 1\nnext: [b\n");
	put(f, "roles/b.yaml", "id: b\nfamily: f\nlevel: 1\nskills: {sql: 2}\n");
	assert_int_equal(load_defs(f), -1);
	assert_int_equal(f->d.errors, 1);
	assert_string_equal(f->d.v[0].file + strlen(f->dir), "/roles/a.yaml");
	assert_int_equal(f->m->nroles, 1);
	assert_string_equal(reqs(f, "b"), "sql:2/1/-");
}

static void test_duplicate_role(void **state)
{
	struct fx *f = *state;
	put(f, "roles/a.yaml", "id: a\nfamily: f\nlevel: 1\n");
	put(f, "roles/sub/a.yaml", "id: a\nfamily: g\nlevel: 2\n");
	assert_int_equal(load_defs(f), -1);
	assert_string_equal(diags(f), "roles/sub/a.yaml:1:5: error: duplicate role 'a' (also defined in roles/a.yaml)\n");
	assert_int_equal(f->m->nroles, 1);
	assert_string_equal(f->m->roles[0].family, "f");
}

static void test_extends_unknown(void **state)
{
	struct fx *f = *state;
	put(f, "roles/analyst-1.yaml", "id: analyst-1\nfamily: data\nlevel: 1\n");
	put(f, "roles/analyst-2.yaml", "id: analyst-2\nfamily: data\nlevel: 2\nextends: analyst-l\nskills: {sql: 2}\n");
	assert_int_equal(load_defs(f), -1);
	assert_string_equal(diags(f),
			    "roles/analyst-2.yaml:4:10: error: unknown role 'analyst-l' (did you mean 'analyst-1'?)\n");
	assert_int_equal(f->m->roles[role(f, "analyst-2")].extends, NONE);
	assert_string_equal(reqs(f, "analyst-2"), "sql:2/1/-");
}

static void test_extends_itself(void **state)
{
	struct fx *f = *state;
	put(f, "roles/a.yaml", "id: a\nfamily: f\nlevel: 1\nextends: a\nskills: {sql: 1}\n");
	assert_int_equal(load_defs(f), -1);
	assert_string_equal(diags(f), "roles/a.yaml:4:10: error: role 'a' extends itself\n");
	assert_string_equal(reqs(f, "a"), "sql:1/1/-");
}

static void test_extends_cycle(void **state)
{
	struct fx *f = *state;
	put(f, "roles/x-2.yaml", "id: x-2\nfamily: f\nlevel: 2\nextends: x-3\nskills: {python: 2}\n");
	put(f, "roles/x-3.yaml", "id: x-3\nfamily: f\nlevel: 3\nextends: x-1\nskills: {kafka: 3}\n");
	put(f, "roles/x-1.yaml", "id: x-1\nfamily: f\nlevel: 1\nextends: x-2\nskills: {sql: 1}\n");
	put(f, "roles/y.yaml", "id: y\nfamily: f\nlevel: 4\nextends: x-3\nskills: {excel: 1}\n");
	assert_int_equal(load_defs(f), -1);
	/* reported once, at the role of the cycle with the smallest id */
	assert_string_equal(diags(f), "roles/x-1.yaml:4:10: error: extends cycle: x-1 -> x-2 -> x-3 -> x-1\n");
	/* the roles of the cycle keep their own entries */
	assert_string_equal(reqs(f, "x-1"), "sql:1/1/-");
	assert_string_equal(reqs(f, "x-2"), "python:2/1/-");
	assert_string_equal(reqs(f, "x-3"), "kafka:3/1/-");
	assert_string_equal(reqs(f, "y"), "excel:1/1/- kafka:3/1/-");
}

static void test_next_problems(void **state)
{
	struct fx *f = *state;
	put(f, "roles/analyst-1.yaml", "id: analyst-1\nfamily: data\nlevel: 1\n"
				       "next: [analyst-1, analyst-2, analyst-2, analyst-3, nobody]\n");
	put(f, "roles/analyst-2.yaml", "id: analyst-2\nfamily: data\nlevel: 2\nnext: analyst-1\n");
	assert_int_equal(load_defs(f), -1);
	assert_string_equal(diags(f),
			    "roles/analyst-1.yaml:4:8: error: role 'analyst-1' lists itself in 'next'\n"
			    "roles/analyst-1.yaml:4:30: warning: role 'analyst-2' is listed twice in 'next'\n"
			    "roles/analyst-1.yaml:4:41: error: unknown role 'analyst-3' (did you mean 'analyst-1'?)\n"
			    "roles/analyst-1.yaml:4:52: error: unknown role 'nobody'\n"
			    "roles/analyst-2.yaml:4:7: error: next: expected a sequence, found 'analyst-1'\n");
	assert_string_equal(moves(f, "analyst-1"), "analyst-2=promotion");
}

static void test_requirement_problems(void **state)
{
	struct fx *f = *state;
	put(f, "roles/r.yaml", "id: r\nfamily: f\nlevel: 1\n"
			       "skills:\n"
			       "  sqll: 3\n"
			       "  python: 6\n"
			       "  excel: {level: 7}\n"
			       "  kafka: {weight: 2}\n"
			       "  communication: {level: 2, weight: 0, essential: yes, wieght: 1}\n");
	assert_int_equal(load_defs(f), -1);
	assert_string_equal(diags(f),
			    "roles/r.yaml:5:3: error: unknown skill 'sqll' (did you mean 'sql'?)\n"
			    "roles/r.yaml:6:11: error: required level: '6' is out of range (0 to 5)\n"
			    "roles/r.yaml:7:18: error: level: '7' is out of range (0 to 5)\n"
			    "roles/r.yaml:8:3: error: requirement 'kafka' has no level\n"
			    "roles/r.yaml:9:37: error: weight: '0' is out of range (greater than 0, at most 1000000000)\n"
			    "roles/r.yaml:9:51: error: essential: expected true or false, found 'yes'\n"
			    "roles/r.yaml:9:56: warning: unknown key 'wieght' in a requirement (did you mean 'weight'?)\n");
	assert_string_equal(reqs(f, "r"), "");
}

static void test_did_you_mean_an_alias(void **state)
{
	struct fx *f = *state;
	put(f, "roles/r.yaml", "id: r\nfamily: f\nlevel: 1\nskills: {structured-query-languag: 2}\n");
	assert_int_equal(load_defs(f), -1);
	assert_string_equal(diags(f), "roles/r.yaml:4:10: error: unknown skill 'structured-query-languag' (did you mean "
				      "'structured-query-language'?)\n");
}

static void test_skill_required_twice(void **state)
{
	struct fx *f = *state;
	put(f, "roles/r.yaml", "id: r\nfamily: f\nlevel: 1\nskills:\n  sql: 2\n  structured-query-language: 3\n");
	assert_int_equal(load_defs(f), -1);
	assert_string_equal(diags(f), "roles/r.yaml:6:3: error: skill 'sql' is required twice (as 'sql' and 'structured-query-language')\n");
	assert_string_equal(reqs(f, "r"), "sql:2/1/-");
}

static void test_skills_not_a_mapping(void **state)
{
	struct fx *f = *state;
	put(f, "roles/r.yaml", "id: r\nfamily: f\nlevel: 1\nskills: [sql]\n");
	assert_int_equal(load_defs(f), -1);
	assert_string_equal(diags(f), "roles/r.yaml:4:9: error: skills: expected a mapping, found a sequence\n");
}

static void test_key_given_twice(void **state)
{
	struct fx *f = *state;
	put(f, "roles/r.yaml", "id: r\nfamily: f\nlevel: 1\nskills:\n  sql: 2\n  sql: 3\nlevel: 2\n");
	assert_int_equal(load_defs(f), -1);
	assert_string_equal(diags(f), "roles/r.yaml:6:3: error: duplicate key 'sql' (first at line 5)\n"
				      "roles/r.yaml:7:1: error: duplicate key 'level' (first at line 3)\n");
	/* the first of each is the one used */
	assert_int_equal(f->m->roles[0].level, 1);
	assert_string_equal(reqs(f, "r"), "sql:2/1/-");
}

static void test_quoted_boolean(void **state)
{
	struct fx *f = *state;
	put(f, "roles/r.yaml", "id: r\nfamily: f\nlevel: 1\ncritical: 'true'\nskills: {sql: {level: 1, essential: \"false\"}}\n");
	assert_int_equal(load_defs(f), -1);
	assert_string_equal(diags(f),
			    "roles/r.yaml:4:11: error: critical: expected true or false, found quoted text 'true' (write true without quotes)\n"
			    "roles/r.yaml:5:37: error: essential: expected true or false, found quoted text 'false' (write false without quotes)\n");
}

static void test_unknown_key_in_role(void **state)
{
	struct fx *f = *state;
	put(f, "roles/r.yaml", "id: r\nfamily: f\nlevel: 1\nextend: q\n");
	assert_int_equal(load_defs(f), 0);
	assert_string_equal(diags(f), "roles/r.yaml:4:1: warning: unknown key 'extend' in a role (did you mean 'extends'?)\n");
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_role_fields),
		T(test_role_defaults),
		T(test_requirement_by_alias),
		T(test_roles_sorted_and_found_at_any_depth),
		T(test_extends_overrides_field_by_field),
		T(test_extends_without_own_skills_inherits_all),
		T(test_extends_deep_chain),
		T(test_roles_without_requirements),
		T(test_next_move_types),
		T(test_next_cycles_are_allowed),
		T(test_file_name_mismatch_is_a_warning),
		T(test_missing_family_and_level),
		T(test_bad_level_track_critical),
		T(test_role_without_id),
		T(test_empty_role_file),
		T(test_syntax_error_does_not_stop_other_roles),
		T(test_duplicate_role),
		T(test_extends_unknown),
		T(test_extends_itself),
		T(test_extends_cycle),
		T(test_next_problems),
		T(test_requirement_problems),
		T(test_did_you_mean_an_alias),
		T(test_skill_required_twice),
		T(test_skills_not_a_mapping),
		T(test_key_given_twice),
		T(test_quoted_boolean),
		T(test_unknown_key_in_role),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
