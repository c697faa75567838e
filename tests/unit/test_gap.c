/* Skills-gap reports: one person against a role or their target (the
 * order by weight * gap, then skill id; evidence per requirement), and a
 * group's totals per skill with the learning items that close the most of
 * them. Values worked out by hand beside each assertion. */
#include <dirent.h>
#include <limits.h>
#include <math.h>
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
#include "gap.h"
#include "num.h"
#include "repo.h"

/* ---- a temporary data repo ---------------------------------------------- */

/* A hand-computed number: equal up to 1e-12 (the values here are < 1000). */
#define assert_num(got, want)                                                                         \
	do {                                                                                          \
		double got_ = (got), want_ = (want);                                                  \
		if (!(fabs(got_ - want_) <= 1e-12))                                                   \
			print_error("%s is %.17g, expected %.17g\n", #got, got_, want_);              \
		assert_true(fabs(got_ - want_) <= 1e-12);                                             \
	} while (0)

/* ---- the repo ----------------------------------------------------------- */

#define AHEADER "employee,skill,level,date,source,assessor,note\n"
#define AS_OF "2026-06-30"

/* Skills by index: comms 0, excel 1, python 2, sql 3, stats 4.
 * analyst-1: comms 3, excel 2 (weight 2), python 4 (essential), sql 1,
 * stats 5 (weight 0.5); its promotion is analyst-2: sql 3, python 2
 * (essential). `ties`: comms 1 (weight 0.3), excel 3 (weight 0.1). */
static void put_base(struct fx *f)
{
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c, 4: d, 5: e}\n"
			      "skills:\n"
			      "  - {id: sql}\n"
			      "  - {id: python}\n"
			      "  - {id: excel}\n"
			      "  - {id: comms}\n"
			      "  - {id: stats}\n");
	put(f, "roles/analyst-1.yaml", "id: analyst-1\nfamily: data\nlevel: 1\n"
				       "skills:\n"
				       "  comms: 3\n"
				       "  excel: {level: 2, weight: 2}\n"
				       "  python: {level: 4, essential: true}\n"
				       "  sql: 1\n"
				       "  stats: {level: 5, weight: 0.5}\n"
				       "next: [analyst-2]\n");
	put(f, "roles/analyst-2.yaml", "id: analyst-2\nfamily: data\nlevel: 2\n"
				       "skills: {sql: 3, python: {level: 2, essential: true}}\n");
	put(f, "roles/ties.yaml", "id: ties\nfamily: data\nlevel: 1\n"
				  "skills: {comms: {level: 1, weight: 0.3}, excel: {level: 3, weight: 0.1}}\n");
	put(f, "people.csv", "id,name,role\nE1,Ann,analyst-1\nE2,Bob,analyst-2\nE3,Cid,analyst-1\nE4,Dee,analyst-1\n");
	put(f, "learning.csv", "id,title,kind,skill,from,to,hours\n"
			       "py-101,Python 101,course,python,0,2,10\n"
			       "py-201,Python 201,course,python,2,4,10\n"
			       "xl-101,Excel 101,course,excel,0,2,5\n");
	/* as of 2026-06-30:
	 * E1: 1 in every skill (the 2026-07-01 sql row is not in effect yet)
	 * E3: comms 3, excel 0, python 3, sql 1, stats 5
	 * E4: comms 0, excel 2, python 4, sql 0, stats 5 */
	put(f, "assessments.csv", AHEADER
		"E1,comms,1,2026-03-01,manager,E2,\n"
		"E1,excel,1,2026-03-01,manager,E2,\n"
		"E1,python,1,2026-03-01,manager,E2,\n"
		"E1,sql,1,2026-03-01,manager,E2,\n"
		"E1,sql,5,2026-07-01,manager,E2,\n"
		"E1,stats,1,2026-03-01,manager,E2,\n"
		"E3,comms,3,2026-03-01,test,T,\n"
		"E3,excel,0,2026-03-01,test,T,\n"
		"E3,python,3,2026-03-01,test,T,\n"
		"E3,sql,1,2026-03-01,test,T,\n"
		"E3,stats,5,2026-03-01,test,T,\n"
		"E4,comms,0,2026-03-01,peer,E1,\n"
		"E4,excel,2,2026-03-01,peer,E1,\n"
		"E4,python,4,2026-03-01,peer,E1,\n"
		"E4,sql,0,2026-03-01,peer,E1,\n"
		"E4,stats,5,2026-03-01,peer,E1,\n");
	f->o.parts = PART_ALL;
}

struct run {
	struct fx *f;
	double levels[8];
	uint32_t set[8];
	struct evidence info[8];
	struct gap_person gp;
};

static int compute(struct fx *f, struct run *r, const char *emp, const char *role)
{
	r->f = f;
	assert_true(f->m->nskills <= 8);
	uint32_t ro = NONE;
	if (role) {
		ro = model_role(f->m, role);
		assert_int_not_equal(ro, NONE);
	}
	memset(r->levels, 0, sizeof r->levels); /* a scratch's levels start at 0 */
	struct gap_scratch s = {.levels = r->levels, .set = r->set, .info = r->info};
	return gap_person_compute(f->m, person_of(f->m, emp), ro, date_of(AS_OF), &s, &r->gp);
}

/* The skills of a gap_person in its order, as "id id ...". */
static const char *order(struct run *r)
{
	static char buf[256];
	size_t len = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < r->gp.score.n; i++)
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i ? " " : "",
					r->f->m->skills[r->gp.score.skills[r->gp.order[i]].skill].id);
	return buf;
}

static const char *role_id(struct fx *f, uint32_t r)
{
	return r == NONE ? "(none)" : f->m->roles[r].id;
}

/* ---- one person --------------------------------------------------------- */

static void test_order_by_weighted_gap_then_skill_id(void **state)
{
	struct fx *f = *state;
	put_base(f);
	load_clean(f);
	struct run r;
	assert_int_equal(compute(f, &r, "E1", "analyst-1"), 0);
	/* weight * gap: comms 1*(3-1) = 2, excel 2*(2-1) = 2, python 1*(4-1) = 3,
	 * sql 1*0 = 0, stats 0.5*(5-1) = 2: python, then comms excel stats by id, then sql */
	assert_string_equal(order(&r), "python comms excel stats sql");
	assert_int_equal(r.gp.order[0], 2); /* score.skills is in skill order: python is index 2 */
	gap_person_free(&r.gp);
}

static void test_order_ties_after_rounding_go_by_skill_id(void **state)
{
	struct fx *f = *state;
	put_base(f);
	load_clean(f);
	struct run r;
	assert_int_equal(compute(f, &r, "E3", "ties"), 0);
	/* E3: comms 3 (met, gap 0), excel 0: only excel is a gap */
	assert_string_equal(order(&r), "excel comms");
	gap_person_free(&r.gp);
	assert_int_equal(compute(f, &r, "E4", "ties"), 0);
	/* E4: comms 0: 0.3 * 1 = 0.3; excel 2: 0.1 * 1 = 0.1: comms first */
	assert_string_equal(order(&r), "comms excel");
	gap_person_free(&r.gp);
	assert_int_equal(compute(f, &r, "E2", "ties"), 0);
	/* E2 has no evidence: comms 0.3 * 1 = 0.3, excel 0.1 * 3 = 0.30000000000000004 in
	 * binary; equal after r(): by skill id, comms first */
	assert_string_equal(order(&r), "comms excel");
	gap_person_free(&r.gp);
}

static void test_person_scored_against_the_role(void **state)
{
	struct fx *f = *state;
	put_base(f);
	load_clean(f);
	struct run r;
	assert_int_equal(compute(f, &r, "E1", "analyst-1"), 0);
	const struct score *s = &r.gp.score;
	assert_string_equal(role_id(f, r.gp.role), "analyst-1");
	assert_string_equal(role_id(f, r.gp.target), "analyst-2"); /* the promotion edge */
	assert_int_equal(s->n, 5);
	/* (1*1/3 + 2*1/2 + 1*1/4 + 1*1/1 + 0.5*1/5) / (1 + 2 + 1 + 1 + 0.5)
	 * = (20 + 60 + 15 + 60 + 6)/60 / 5.5 = 161/330 */
	assert_num(s->readiness, 161.0 / 330);
	assert_int_equal(s->nunmet, 1); /* python, essential: 1 < 4 */
	/* comms 40 * 2 = 80 (no items), excel xl-101 5, python py-101 + py-201 = 20,
	 * stats 40 * 4 = 160: 265 hours; ceil(265 / 8 = 33.125) = 34 months */
	assert_num(s->hours, 265);
	assert_int_equal(s->months, 34);
	assert_int_equal(s->tier, TIER_DEVELOP);
	assert_num(s->skills[3].level, 1); /* sql: the 2026-07-01 row is after as_of */
	assert_false(s->skills[3].is_gap);
	gap_person_free(&r.gp);
}

/* One scratch measures person after person: the levels one person had are
 * gone for the next (E2 has no rows; measured after E3, who has a level in
 * every skill, E2 scores as on a fresh scratch). totals_only scores the
 * same, without the evidence or the order. */
static void test_scratch_carries_nothing_between_people(void **state)
{
	struct fx *f = *state;
	put_base(f);
	load_clean(f);
	const struct model *m = f->m;
	uint32_t role = model_role(m, "analyst-1");
	const char *who[] = {"E3", "E2", "E4", "E1", "E2"};
	for (int totals = 0; totals < 2; totals++) {
		struct gap_scratch s;
		assert_int_equal(gap_scratch_init(m, &s, true), 0);
		s.totals_only = totals;
		struct gap_person kept = {0};
		for (size_t i = 0; i < sizeof who / sizeof *who; i++) {
			assert_int_equal(gap_person_measure(m, person_of(m, who[i]), role, date_of(AS_OF), &s, &kept), 0);
			struct run r;
			assert_int_equal(compute(f, &r, who[i], "analyst-1"), 0);
			const struct score *a = &kept.score, *b = &r.gp.score;
			assert_int_equal(a->n, b->n);
			for (size_t k = 0; k < a->n; k++) {
				assert_memory_equal(&a->skills[k].level, &b->skills[k].level, sizeof(double));
				assert_memory_equal(&a->skills[k].gap, &b->skills[k].gap, sizeof(double));
				assert_memory_equal(&a->skills[k].route.hours, &b->skills[k].route.hours, sizeof(double));
				if (!totals) {
					assert_int_equal(kept.order[k], r.gp.order[k]);
					assert_int_equal(kept.evidence[k].rows, r.gp.evidence[k].rows);
				}
			}
			assert_memory_equal(&a->readiness, &b->readiness, sizeof(double));
			assert_int_equal(a->tier, b->tier);
			if (strcmp(who[i], "E2") == 0)
				assert_num(a->readiness, 0);
			gap_person_free(&r.gp);
		}
		gap_person_free(&kept);
		gap_scratch_free(&s);
	}
}

static void test_evidence_per_requirement(void **state)
{
	struct fx *f = *state;
	put_base(f);
	load_clean(f);
	struct run r;
	assert_int_equal(compute(f, &r, "E1", "analyst-1"), 0);
	for (size_t i = 0; i < r.gp.score.n; i++) {
		/* aligned with score.skills: the fold of that skill */
		struct evidence ev = evidence_fold(f->m, person_of(f->m, "E1"), r.gp.score.skills[i].skill, date_of(AS_OF),
						   NULL, NULL);
		assert_num(r.gp.evidence[i].level, ev.level);
		assert_num(r.gp.evidence[i].level, r.gp.score.skills[i].level);
		assert_int_equal(r.gp.evidence[i].rows, 1);
		assert_int_equal(r.gp.evidence[i].newest, date_of("2026-03-01"));
	}
	gap_person_free(&r.gp);
}

static void test_no_role_means_the_target(void **state)
{
	struct fx *f = *state;
	put_base(f);
	load_clean(f);
	struct run r;
	assert_int_equal(compute(f, &r, "E1", NULL), 0);
	assert_string_equal(role_id(f, r.gp.role), "analyst-2");
	assert_string_equal(role_id(f, r.gp.target), "analyst-2");
	/* python (L2, essential) 1 and sql (L3) 1: readiness (1/2 + 1/3) / 2 = 5/12 */
	assert_num(r.gp.score.readiness, 5.0 / 12);
	assert_int_equal(r.gp.score.nunmet, 1);
	/* python: py-101 takes 1 to 2 (10 h); sql: 40 * 2 = 80; 90 h, ceil(11.25) = 12 months */
	assert_num(r.gp.score.hours, 90);
	assert_int_equal(r.gp.score.months, 12);
	assert_int_equal(r.gp.score.tier, TIER_READY_SOON);
	/* python (1 * 1) after sql (1 * 2) */
	assert_string_equal(order(&r), "sql python");
	gap_person_free(&r.gp);
}

static void test_no_role_and_no_target(void **state)
{
	struct fx *f = *state;
	put_base(f);
	load_clean(f);
	struct run r;
	/* E2 is in analyst-2, which offers no promotion; no plan, no aspirations */
	assert_int_equal(compute(f, &r, "E2", NULL), 1);
	assert_int_equal(r.gp.role, NONE);
	assert_int_equal(r.gp.target, NONE);
	gap_person_free(&r.gp); /* safe on what it left */
}

static void test_given_role_without_target(void **state)
{
	struct fx *f = *state;
	put_base(f);
	load_clean(f);
	struct run r;
	assert_int_equal(compute(f, &r, "E2", "analyst-1"), 0);
	assert_string_equal(role_id(f, r.gp.role), "analyst-1");
	assert_int_equal(r.gp.target, NONE);
	/* no evidence: readiness 0; every requirement a gap, python unmet */
	assert_num(r.gp.score.readiness, 0);
	assert_int_equal(r.gp.score.nunmet, 1);
	/* comms 3, excel 2*2 = 4, python 4, sql 1, stats 0.5*5 = 2.5 */
	assert_string_equal(order(&r), "excel python comms stats sql");
	gap_person_free(&r.gp);
}

/* ---- a group ------------------------------------------------------------ */

static void add(struct fx *f, struct gap_group *g, const char *emp, const char *role)
{
	struct run r;
	assert_int_equal(compute(f, &r, emp, role), 0);
	assert_int_equal(gap_group_add(f->m, g, &r.gp), 0);
	gap_person_free(&r.gp);
}

static const struct gap_skill *gskill(struct fx *f, const struct gap_group *g, const char *sk)
{
	const struct gap_skill *gs = &g->skills[skill_of(f->m, sk)];
	assert_int_equal(gs->skill, skill_of(f->m, sk));
	return gs;
}

static double item_value(struct fx *f, const struct gap_skill *gs, const char *item)
{
	uint32_t it = model_item(f->m, item);
	assert_int_not_equal(it, NONE);
	assert_non_null(gs->item_value);
	return gs->item_value[it];
}

/* The items gap_group_items picks, as "id id ...". */
static const char *top_items(struct fx *f, const struct gap_skill *gs, size_t max)
{
	static char buf[256];
	uint32_t items[16];
	assert_true(max <= 16);
	size_t n = gap_group_items(f->m, gs, items, max), len = 0;
	assert_true(n <= max);
	buf[0] = '\0';
	for (size_t i = 0; i < n; i++)
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i ? " " : "", f->m->items[items[i]].id);
	return buf;
}

static void test_group_totals(void **state)
{
	struct fx *f = *state;
	put_base(f);
	load_clean(f);
	struct gap_group g = {0};
	add(f, &g, "E1", "analyst-1");
	add(f, &g, "E3", "analyst-1");
	add(f, &g, "E4", "analyst-1");
	assert_int_equal(gap_group_finish(f->m, &g), 0);
	assert_int_equal(g.measured, 3);
	/* comms: E1 gap 2 (w 1), E4 gap 3: 2 people, 2 + 3 = 5 */
	const struct gap_skill *gs = gskill(f, &g, "comms");
	assert_int_equal(gs->people, 2);
	assert_num(gs->total, 5);
	assert_int_equal(gs->essential, 0);
	/* excel: E1 gap 1, E3 gap 2, weight 2: 2 + 4 = 6 */
	gs = gskill(f, &g, "excel");
	assert_int_equal(gs->people, 2);
	assert_num(gs->total, 6);
	/* python (essential): E1 gap 3, E3 gap 1: 4; both essential */
	gs = gskill(f, &g, "python");
	assert_int_equal(gs->people, 2);
	assert_num(gs->total, 4);
	assert_int_equal(gs->essential, 2);
	/* sql: E4 gap 1 */
	gs = gskill(f, &g, "sql");
	assert_int_equal(gs->people, 1);
	assert_num(gs->total, 1);
	/* stats: E1 gap 4, weight 0.5: 2; E3 and E4 at 5 */
	gs = gskill(f, &g, "stats");
	assert_int_equal(gs->people, 1);
	assert_num(gs->total, 2);
	gap_group_free(f->m, &g);
}

/* Who can be measured is known before anyone is: E1, E3 and E4 (analyst-1)
 * have analyst-2 as target, E2 (analyst-2: no promotion) none; with a role
 * given, everyone. The count is the `measured` the totals reach. */
static void test_group_measurable(void **state)
{
	struct fx *f = *state;
	put_base(f);
	load_clean(f);
	uint32_t who[4], ro = model_role(f->m, "analyst-1");
	const char *ids[4] = {"E1", "E2", "E3", "E4"};
	struct gap_group g = {0};
	for (size_t i = 0; i < 4; i++) {
		struct run r;
		who[i] = person_of(f->m, ids[i]);
		if (compute(f, &r, ids[i], NULL) == 0)
			assert_int_equal(gap_group_add(f->m, &g, &r.gp), 0);
		gap_person_free(&r.gp);
	}
	assert_int_equal(gap_group_finish(f->m, &g), 0);
	assert_int_equal(gap_group_measurable(f->m, who, 4, NONE), 3);
	assert_int_equal(g.measured, 3);
	assert_int_equal(gap_group_measurable(f->m, who + 1, 1, NONE), 0);
	assert_int_equal(gap_group_measurable(f->m, who + 1, 1, ro), 1);
	assert_int_equal(gap_group_measurable(f->m, who, 4, ro), 4);
	assert_int_equal(gap_group_measurable(f->m, who, 0, NONE), 0);
	gap_group_free(f->m, &g);
}

static void test_group_item_values(void **state)
{
	struct fx *f = *state;
	put_base(f);
	load_clean(f);
	struct gap_group g = {0};
	add(f, &g, "E1", "analyst-1");
	add(f, &g, "E3", "analyst-1");
	add(f, &g, "E4", "analyst-1");
	assert_int_equal(gap_group_finish(f->m, &g), 0);
	/* python: E1 (1 -> 4) takes py-101 and py-201, weight*gap 3; E3 (3 -> 4)
	 * takes py-201 alone (from 2 <= 3), 1: py-101 3, py-201 3 + 1 = 4 */
	const struct gap_skill *gs = gskill(f, &g, "python");
	assert_num(item_value(f, gs, "py-101"), 3);
	assert_num(item_value(f, gs, "py-201"), 4);
	assert_num(item_value(f, gs, "xl-101"), 0);
	assert_string_equal(top_items(f, gs, 3), "py-201 py-101");
	assert_string_equal(top_items(f, gs, 1), "py-201");
	/* excel: xl-101 for E1 (2) and E3 (4) */
	gs = gskill(f, &g, "excel");
	assert_num(item_value(f, gs, "xl-101"), 6);
	assert_string_equal(top_items(f, gs, 3), "xl-101");
	/* comms: hours_per_level only, no item */
	gs = gskill(f, &g, "comms");
	assert_null(gs->item_value);
	assert_string_equal(top_items(f, gs, 3), "");
	gap_group_free(f->m, &g);
}

/* The totals of two groups, bit for bit alike. */
static void assert_same_totals(const struct model *m, const struct gap_group *a, const struct gap_group *b)
{
	assert_int_equal(a->measured, b->measured);
	for (uint32_t s = 0; s < m->nskills; s++) {
		const struct gap_skill *x = &a->skills[s], *y = &b->skills[s];
		assert_int_equal(x->people, y->people);
		assert_int_equal(x->essential, y->essential);
		assert_memory_equal(&x->total, &y->total, sizeof x->total);
		assert_int_equal(x->item_value == NULL, y->item_value == NULL);
		if (x->item_value)
			assert_memory_equal(x->item_value, y->item_value, m->nitems * sizeof *x->item_value);
	}
}

/* Threads each tally their share: merged in any order, the totals are the
 * bits one tally of everyone gives. */
static void test_tallies_merge_to_the_same_totals(void **state)
{
	struct fx *f = *state;
	put_base(f);
	load_clean(f);
	const char *ids[3] = {"E1", "E3", "E4"};
	struct gap_group one = {0}, split = {0};
	struct gap_tally part[2] = {{0}, {0}};
	for (size_t i = 0; i < 3; i++) {
		struct run r;
		assert_int_equal(compute(f, &r, ids[i], "analyst-1"), 0);
		assert_int_equal(gap_group_add(f->m, &one, &r.gp), 0);
		assert_int_equal(gap_tally_add(f->m, &part[i == 1], &r.gp), 0);
		gap_person_free(&r.gp);
	}
	assert_int_equal(gap_tally_merge(f->m, &split.tally, &part[1]), 0);
	assert_int_equal(gap_tally_merge(f->m, &split.tally, &part[0]), 0);
	assert_int_equal(gap_group_finish(f->m, &one), 0);
	assert_int_equal(gap_group_finish(f->m, &split), 0);
	assert_int_equal(split.measured, 3);
	assert_same_totals(f->m, &one, &split);
	assert_num(gskill(f, &split, "python")->total, 4);
	gap_tally_free(&part[0]);
	gap_tally_free(&part[1]);
	gap_group_free(f->m, &one);
	gap_group_free(f->m, &split);
}

/* gap_tally_measure adds what gap_person_compute then gap_tally_add add,
 * and gives the tier they give: against each role and each target, with
 * routes read off the cache, with a cache that has no room (each person
 * then measured in full) and without one. */
static void test_tally_measure_is_measure_then_add(void **state)
{
	struct fx *f = *state;
	put_base(f);
	load_clean(f);
	const struct model *m = f->m;
	const char *ids[4] = {"E1", "E2", "E3", "E4"}, *roles[4] = {NULL, "analyst-1", "analyst-2", "ties"};
	for (int way = 0; way < 3; way++) {
		struct gap_scratch s;
		assert_int_equal(gap_scratch_init(m, &s, way != 2), 0);
		s.totals_only = true;
		if (way == 1)
			s.routes->full = true;
		struct gap_group want = {0}, got = {0};
		for (int ro = 0; ro < 4; ro++)
			for (int i = 0; i < 4; i++) {
				struct run r;
				int rc = compute(f, &r, ids[i], roles[ro]);
				if (rc == 0)
					assert_int_equal(gap_group_add(m, &want, &r.gp), 0);
				enum tier tier = TIER_DEVELOP + 1;
				assert_int_equal(gap_tally_measure(m, person_of(m, ids[i]), roles[ro] ? model_role(m, roles[ro]) : NONE,
								   date_of(AS_OF), &s, &got.tally, &tier),
						 rc);
				if (rc == 0)
					assert_int_equal(tier, r.gp.score.tier);
				gap_person_free(&r.gp);
			}
		assert_int_equal(route_cache_held(s.routes ? s.routes : &(struct route_cache){0}) > 0, way == 0);
		assert_int_equal(gap_group_finish(m, &want), 0);
		assert_int_equal(gap_group_finish(m, &got), 0);
		assert_int_equal(got.measured, 15); /* E2 has no target */
		assert_same_totals(m, &want, &got);
		gap_group_free(m, &want);
		gap_group_free(m, &got);
		gap_scratch_free(&s);
	}
}

/* A person whose gaps add classes past the route cache's first room (64):
 * the cache's classes move while the person is measured, and the items of
 * the gaps read before must be looked up where they are now (the sanitizer
 * and valgrind runs read freed memory otherwise). 100 skills, all asked at
 * level 2 of someone without evidence, each with a course from 0 to 2. */
static void test_tally_measure_while_the_route_cache_grows(void **state)
{
	struct fx *f = *state;
	static char skills[8192], role[8192], learning[8192];
	size_t ns = 0, nr = 0, nl = 0;
	ns += (size_t)snprintf(skills + ns, sizeof skills - ns, "scale: {1: a, 2: b}\nskills:\n");
	nr += (size_t)snprintf(role + nr, sizeof role - nr, "id: wide\nfamily: f\nlevel: 1\nskills:\n");
	nl += (size_t)snprintf(learning + nl, sizeof learning - nl, "id,title,kind,skill,from,to,hours\n");
	for (int i = 0; i < 100; i++) {
		ns += (size_t)snprintf(skills + ns, sizeof skills - ns, "  - {id: s%02d}\n", i);
		nr += (size_t)snprintf(role + nr, sizeof role - nr, "  s%02d: 2\n", i);
		nl += (size_t)snprintf(learning + nl, sizeof learning - nl, "c%02d,Course %d,course,s%02d,0,2,%d\n", i, i, i, 1 + i % 7);
	}
	assert_true(ns < sizeof skills && nr < sizeof role && nl < sizeof learning);
	put(f, "skills.yaml", skills);
	put(f, "roles/wide.yaml", role);
	put(f, "learning.csv", learning);
	put(f, "people.csv", "id,name,role\nE1,Ann,wide\n");
	put(f, "assessments.csv", AHEADER);
	f->o.parts = PART_ALL;
	load_clean(f);
	const struct model *m = f->m;
	struct gap_scratch s;
	assert_int_equal(gap_scratch_init(m, &s, true), 0);
	s.totals_only = true;
	struct gap_group want = {0}, got = {0};
	struct gap_scratch plain;
	struct gap_person gp;
	assert_int_equal(gap_scratch_init(m, &plain, false), 0);
	assert_int_equal(gap_person_compute(m, person_of(m, "E1"), model_role(m, "wide"), date_of(AS_OF), &plain, &gp), 0);
	assert_int_equal(gap_group_add(m, &want, &gp), 0);
	enum tier tier;
	assert_int_equal(gap_tally_measure(m, person_of(m, "E1"), model_role(m, "wide"), date_of(AS_OF), &s, &got.tally, &tier), 0);
	assert_int_equal(route_cache_held(s.routes), 100);
	assert_int_equal(gap_group_finish(m, &want), 0);
	assert_int_equal(gap_group_finish(m, &got), 0);
	assert_same_totals(m, &want, &got);
	assert_num(got.skills[skill_of(m, "s00")].item_value[model_item(m, "c00")], 2); /* weight 1 x gap 2 */
	gap_person_free(&gp);
	gap_group_free(m, &want);
	gap_group_free(m, &got);
	gap_scratch_free(&plain);
	gap_scratch_free(&s);
}

static void test_group_skips_met_requirements(void **state)
{
	struct fx *f = *state;
	put_base(f);
	load_clean(f);
	struct gap_group g = {0};
	add(f, &g, "E3", "ties"); /* comms met, excel gap 3 */
	assert_int_equal(gap_group_finish(f->m, &g), 0);
	assert_int_equal(g.measured, 1);
	assert_int_equal(gskill(f, &g, "comms")->people, 0);
	assert_num(gskill(f, &g, "comms")->total, 0);
	assert_int_equal(gskill(f, &g, "excel")->people, 1);
	assert_num(gskill(f, &g, "excel")->total, 0.3); /* 0.1 * 3 */
	assert_int_equal(gskill(f, &g, "sql")->people, 0); /* not required at all */
	gap_group_free(f->m, &g);
}

/* gap_group_items on hand-set values: by value descending, then id. */
static void test_group_items_order(void **state)
{
	struct fx *f = *state;
	put_base(f);
	put(f, "learning.csv", "id,title,kind,skill,from,to,hours\n"
			       "e,E,course,sql,0,1,1\n"
			       "d,D,course,sql,0,1,1\n"
			       "c,C,course,sql,0,1,1\n"
			       "b,B,course,sql,0,1,1\n"
			       "a,A,course,sql,0,1,1\n");
	load_clean(f);
	assert_int_equal(f->m->nitems, 5);
	double v[5];
	v[model_item(f->m, "a")] = 2;
	v[model_item(f->m, "b")] = 5;
	v[model_item(f->m, "c")] = 2.0000000001; /* r() = 2: ties with a */
	v[model_item(f->m, "d")] = 0;            /* no value: left out */
	v[model_item(f->m, "e")] = 5;
	struct gap_skill gs = {skill_of(f->m, "sql"), 0, 0, 0, v};
	assert_string_equal(top_items(f, &gs, 5), "b e a c");
	assert_string_equal(top_items(f, &gs, 4), "b e a c");
	assert_string_equal(top_items(f, &gs, 3), "b e a");
	assert_string_equal(top_items(f, &gs, 2), "b e");
	assert_string_equal(top_items(f, &gs, 1), "b");
	assert_string_equal(top_items(f, &gs, 0), ""); /* room for none: none, and no read before the list */
	gs.item_value = NULL;
	assert_string_equal(top_items(f, &gs, 3), "");
}

static void test_group_items_larger_value_later_in_id_order(void **state)
{
	struct fx *f = *state;
	put_base(f);
	put(f, "learning.csv", "id,title,kind,skill,from,to,hours\n"
			       "a,A,course,sql,0,1,1\n"
			       "b,B,course,sql,0,1,1\n"
			       "c,C,course,sql,0,1,1\n"
			       "d,D,course,sql,0,1,1\n");
	load_clean(f);
	double v[4];
	v[model_item(f->m, "a")] = 1;
	v[model_item(f->m, "b")] = 2;
	v[model_item(f->m, "c")] = 3;
	v[model_item(f->m, "d")] = 4;
	struct gap_skill gs = {skill_of(f->m, "sql"), 0, 0, 0, v};
	/* each later item displaces the list's last: 4 3, not the first two seen */
	assert_string_equal(top_items(f, &gs, 2), "d c");
	assert_string_equal(top_items(f, &gs, 4), "d c b a");
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_order_by_weighted_gap_then_skill_id),
		T(test_order_ties_after_rounding_go_by_skill_id),
		T(test_person_scored_against_the_role),
		T(test_evidence_per_requirement),
		T(test_scratch_carries_nothing_between_people),
		T(test_no_role_means_the_target),
		T(test_no_role_and_no_target),
		T(test_given_role_without_target),
		T(test_group_totals),
		T(test_group_measurable),
		T(test_group_item_values),
		T(test_tallies_merge_to_the_same_totals),
		T(test_tally_measure_is_measure_then_add),
		T(test_tally_measure_while_the_route_cache_grows),
		T(test_group_skips_met_requirements),
		T(test_group_items_order),
		T(test_group_items_larger_value_later_in_id_order),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
