/* The scoring model of SPEC 2.2-2.6 on hand-set levels: credited levels
 * through related skills and `via`, readiness, gaps and unmet essentials,
 * hours and months, tiers at their edges, requirements as `extends` resolves
 * them, and targets. Every expected value is worked out by hand beside it. */
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
#include "num.h"
#include "repo.h"
#include "score.h"

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

/* Skills, by index (byte order of ids): alpha 0, comms 1, dl 2, excel 3,
 * ml 4, modeling 5, python 6, sql 7, stats 8, zeta 9.
 * related: sql -> modeling 0.5 (one way); python -> stats 0.5 and
 * stats -> python 0.8 (both, the larger holds); ml -> dl 0.9 and
 * dl -> ml 0.3; excel -> zeta 0.5 and alpha 0.5 (a tie, zeta written first). */
#define NSK 10
static void put_base(struct fx *f)
{
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c, 4: d, 5: e}\n"
			      "skills:\n"
			      "  - {id: sql, related: {modeling: 0.5}}\n"
			      "  - {id: modeling}\n"
			      "  - {id: python, related: {stats: 0.5}}\n"
			      "  - {id: stats, related: {python: 0.8}}\n"
			      "  - {id: ml, related: {dl: 0.9}}\n"
			      "  - {id: dl, related: {ml: 0.3}}\n"
			      "  - {id: excel, related: {zeta: 0.5, alpha: 0.5}}\n"
			      "  - {id: zeta}\n"
			      "  - {id: alpha}\n"
			      "  - {id: comms}\n");
	/* base -> mid -> top, and `none` with no requirements at all */
	put(f, "roles/base.yaml", "id: base\nfamily: data\nlevel: 1\n"
				  "skills:\n"
				  "  sql: {level: 3, weight: 2, essential: true}\n"
				  "  python: 2\n"
				  "  excel: 2\n");
	put(f, "roles/mid.yaml", "id: mid\nfamily: data\nlevel: 2\nextends: base\n"
				 "skills: {sql: {level: 4}, excel: 0, comms: 1}\n");
	put(f, "roles/top.yaml", "id: top\nfamily: data\nlevel: 3\nextends: mid\n"
				 "skills: {sql: {weight: 1}, python: {essential: true}}\n");
	put(f, "roles/gone.yaml", "id: gone\nfamily: data\nlevel: 2\nextends: base\n"
				  "skills: {sql: 0, python: 0, excel: 0}\n");
	put(f, "roles/none.yaml", "id: none\nfamily: data\nlevel: 1\n");
	/* sorts before its parent: sql again, without base's weight and essential */
	put(f, "roles/a-readd.yaml", "id: a-readd\nfamily: data\nlevel: 3\nextends: gone\nskills: {sql: 1}\n");
}

static void load_repo(struct fx *f, const char *cfg, const char *learning)
{
	put_base(f);
	if (cfg)
		put(f, "rungs.yaml", cfg);
	if (learning)
		put(f, "learning.csv", learning);
	f->o.parts = PART_SKILLS | PART_ROLES | PART_LEARNING;
	load_clean(f);
	assert_int_equal(f->m->nskills, NSK);
}

static void set(struct fx *f, double *lv, const char *sk, double v)
{
	lv[skill_of(f->m, sk)] = v;
}

static double credited(struct fx *f, const double *lv, const char *sk, uint32_t *via)
{
	return score_credited(f->m, lv, skill_of(f->m, sk), via);
}

static struct requirement req(struct fx *f, const char *sk, int level, double weight, bool essential)
{
	return (struct requirement){skill_of(f->m, sk), (uint8_t)level, essential, weight};
}

/* Scores lv against a role's resolved requirements. */
static void score_role(struct fx *f, const double *lv, const char *role, struct score *s)
{
	uint32_t r = model_role(f->m, role);
	assert_int_not_equal(r, NONE);
	assert_int_equal(score_reqs(f->m, lv, role_reqs(f->m, r), f->m->roles[r].req_n, s), 0);
}

/* ---- 2.2 credited levels ------------------------------------------------ */

static void test_credit_from_a_related_skill(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "sql", 1);
	set(f, lv, "modeling", 4);
	uint32_t via;
	assert_num(credited(f, lv, "sql", &via), 2); /* max(1, 0.5 * 4) */
	assert_int_equal(via, skill_of(f->m, "modeling"));
}

static void test_credit_in_the_other_direction(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "sql", 4);
	uint32_t via;
	/* modeling does not name sql, but similarity applies both ways: 0.5 * 4 */
	assert_num(credited(f, lv, "modeling", &via), 2);
	assert_int_equal(via, skill_of(f->m, "sql"));
}

static void test_larger_similarity_when_both_name_each_other(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	uint32_t via;
	/* python names stats 0.5, stats names python 0.8: 0.8 both ways */
	set(f, lv, "stats", 5);
	assert_num(credited(f, lv, "python", &via), 4); /* 0.8 * 5, not 0.5 * 5 = 2.5 */
	assert_int_equal(via, skill_of(f->m, "stats"));
	lv[skill_of(f->m, "stats")] = 0;
	set(f, lv, "python", 5);
	assert_num(credited(f, lv, "stats", &via), 4); /* 0.8 * 5 */
	assert_int_equal(via, skill_of(f->m, "python"));
}

static void test_larger_similarity_written_first(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	uint32_t via;
	/* ml names dl 0.9, dl names ml 0.3: 0.9 both ways */
	set(f, lv, "dl", 5);
	assert_num(credited(f, lv, "ml", &via), 4.5); /* 0.9 * 5 */
	lv[skill_of(f->m, "dl")] = 0;
	set(f, lv, "ml", 5);
	assert_num(credited(f, lv, "dl", &via), 4.5); /* 0.9 * 5, not 0.3 * 5 = 1.5 */
	assert_int_equal(via, skill_of(f->m, "ml"));
}

static void test_own_level_when_higher(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "sql", 3);
	set(f, lv, "modeling", 5);
	uint32_t via = 0;
	assert_num(credited(f, lv, "sql", &via), 3); /* max(3, 0.5 * 5 = 2.5) */
	assert_int_equal(via, NONE);
}

static void test_no_related_skills(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "comms", 2.5);
	uint32_t via = 0;
	assert_num(credited(f, lv, "comms", &via), 2.5);
	assert_int_equal(via, NONE);
}

static void test_no_via_when_equal(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "sql", 2);
	set(f, lv, "modeling", 4);
	uint32_t via = 0;
	assert_num(credited(f, lv, "sql", &via), 2); /* 0.5 * 4 = 2, not greater than 2 */
	assert_int_equal(via, NONE);
}

static void test_no_via_when_equal_after_rounding(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "sql", 2);
	set(f, lv, "modeling", 4.0000000008);
	uint32_t via = 0;
	double c = credited(f, lv, "sql", &via);
	/* 0.5 * 4.0000000008 = 2.0000000004; r() = 2.000000000 = r(2): not strictly greater */
	assert_int_equal(via, NONE);
	assert_int_equal(num_cmp(c, 2), 0);
}

static void test_via_when_greater_after_rounding(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "sql", 2);
	set(f, lv, "modeling", 4.000000002);
	uint32_t via = 0;
	double c = credited(f, lv, "sql", &via);
	/* 0.5 * 4.000000002 = 2.000000001 > 2 after r() */
	assert_int_equal(via, skill_of(f->m, "modeling"));
	assert_num(c, 2.000000001);
}

static void test_via_tie_goes_to_the_smallest_id(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "excel", 1);
	set(f, lv, "zeta", 4);
	set(f, lv, "alpha", 4);
	uint32_t via = 0;
	/* zeta and alpha both give 0.5 * 4 = 2 > 1: alpha, the smaller id, though zeta is written first */
	assert_num(credited(f, lv, "excel", &via), 2);
	assert_int_equal(via, skill_of(f->m, "alpha"));
}

static void test_via_tie_after_rounding_goes_to_the_smallest_id(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "excel", 1);
	set(f, lv, "zeta", 4.0000000008);
	set(f, lv, "alpha", 4);
	uint32_t via = 0;
	/* zeta: 2.0000000004, alpha: 2; equal after r(): alpha */
	double c = credited(f, lv, "excel", &via);
	assert_int_equal(via, skill_of(f->m, "alpha"));
	assert_int_equal(num_cmp(c, 2), 0);
}

static void test_via_the_larger_related_value(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "excel", 1);
	set(f, lv, "zeta", 5);
	set(f, lv, "alpha", 3);
	uint32_t via = 0;
	/* alpha 0.5 * 3 = 1.5, zeta 0.5 * 5 = 2.5 */
	assert_num(credited(f, lv, "excel", &via), 2.5);
	assert_int_equal(via, skill_of(f->m, "zeta"));
}

/* ---- extends as score_reqs sees it -------------------------------------- */

static void test_extends_overrides_field_by_field(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "sql", 4);
	set(f, lv, "python", 1);
	set(f, lv, "comms", 1);
	struct score s;
	/* mid = base {sql 3 w2 essential, python 2, excel 2} with sql level 4
	 * (weight 2 and essential kept), excel removed, comms 1 added */
	score_role(f, lv, "mid", &s);
	assert_int_equal(s.n, 3);
	assert_int_equal(s.skills[0].skill, skill_of(f->m, "comms")); /* skill order */
	assert_int_equal(s.skills[1].skill, skill_of(f->m, "python"));
	assert_int_equal(s.skills[2].skill, skill_of(f->m, "sql"));
	assert_int_equal(s.skills[2].required, 4);
	assert_num(s.skills[2].weight, 2);
	assert_true(s.skills[2].essential);
	assert_false(s.skills[1].essential);
	/* (1*1/1 + 1*1/2 + 2*4/4) / (1 + 1 + 2) = 3.5 / 4 = 0.875 */
	assert_num(s.readiness, 0.875);
	assert_int_equal(s.nunmet, 0);
	/* python: gap 1, 40 hours; ceil(40 / 8) = 5 months; 0.875 < 0.9: ready-soon */
	assert_num(s.hours, 40);
	assert_int_equal(s.months, 5);
	assert_int_equal(s.tier, TIER_READY_SOON);
	score_free(&s);
}

static void test_extends_chain_overrides_again(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "sql", 4);
	set(f, lv, "python", 1);
	set(f, lv, "comms", 1);
	struct score s;
	/* top = mid with sql weight 1 (level 4, essential from above) and python essential */
	score_role(f, lv, "top", &s);
	assert_int_equal(s.n, 3);
	assert_int_equal(s.skills[2].required, 4);
	assert_num(s.skills[2].weight, 1);
	assert_true(s.skills[2].essential);
	assert_int_equal(s.skills[1].required, 2);
	assert_true(s.skills[1].essential);
	/* (1*1/1 + 1*1/2 + 1*4/4) / 3 = 2.5 / 3 */
	assert_num(s.readiness, 2.5 / 3);
	assert_int_equal(s.nunmet, 1); /* python: essential, 1 < 2 */
	assert_true(s.skills[1].unmet);
	assert_int_equal(s.tier, TIER_READY_SOON); /* 40 h, 5 months */
	score_free(&s);
}

static void test_level_zero_through_extends_is_no_requirement(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0}; /* excel 0: it would be a gap of 2 in base */
	set(f, lv, "sql", 4);
	set(f, lv, "python", 2);
	set(f, lv, "comms", 1);
	struct score s;
	score_role(f, lv, "mid", &s);
	for (size_t i = 0; i < s.n; i++)
		assert_int_not_equal(s.skills[i].skill, skill_of(f->m, "excel"));
	/* every remaining requirement met: (1 + 1 + 2) / 4 = 1 */
	assert_num(s.readiness, 1);
	assert_num(s.hours, 0);
	assert_int_equal(s.tier, TIER_READY_NOW);
	score_free(&s);
	/* the same levels against base: excel is a gap there, (2*3/3 + 1*2/2 + 0) / 4 = 0.75 */
	score_role(f, lv, "base", &s);
	assert_int_equal(s.n, 3);
	assert_num(s.readiness, 0.75);
	score_free(&s);
}

static void test_requirement_added_again_after_removal(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "sql", 0.5);
	struct score s;
	/* gone removed base's sql {3, weight 2, essential}; a-readd names it
	 * again as sql: 1, with nothing left to inherit: weight 1, not essential */
	score_role(f, lv, "a-readd", &s);
	assert_int_equal(s.n, 1);
	assert_int_equal(s.skills[0].skill, skill_of(f->m, "sql"));
	assert_int_equal(s.skills[0].required, 1);
	assert_num(s.skills[0].weight, 1);
	assert_false(s.skills[0].essential);
	assert_int_equal(s.nunmet, 0);
	assert_num(s.readiness, 0.5); /* 0.5 / 1 */
	score_free(&s);
}

/* ---- 2.3 readiness ------------------------------------------------------ */

static void test_no_requirements_is_ready_now(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	struct score s;
	score_role(f, lv, "none", &s);
	assert_int_equal(s.n, 0);
	assert_num(s.readiness, 1); /* 1.0 for an empty set */
	assert_num(s.hours, 0);
	assert_int_equal(s.months, 0);
	assert_int_equal(s.nunmet, 0);
	assert_int_equal(s.tier, TIER_READY_NOW);
	score_free(&s);
}

static void test_every_requirement_removed_is_ready_now(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	struct score s;
	score_role(f, lv, "gone", &s); /* base with each of its skills at level 0 */
	assert_int_equal(s.n, 0);
	assert_num(s.readiness, 1);
	assert_int_equal(s.tier, TIER_READY_NOW);
	score_free(&s);
}

static void test_readiness_is_a_weighted_sum(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "comms", 2);
	set(f, lv, "python", 3);
	struct requirement r[] = {req(f, "comms", 4, 3, false), req(f, "python", 2, 1, false),
				  req(f, "sql", 5, 0.5, false)};
	struct score s;
	assert_int_equal(score_reqs(f->m, lv, r, 3, &s), 0);
	/* comms 3 * 2/4 = 1.5; python 1 * min(3, 2)/2 = 1; sql 0.5 * 0/5 = 0:
	 * 2.5 / (3 + 1 + 0.5) = 5/9 */
	assert_num(s.readiness, 5.0 / 9);
	assert_num(s.skills[0].gap, 2);
	assert_true(s.skills[0].is_gap);
	assert_num(s.skills[1].gap, 0); /* above the level: no gap, no extra credit */
	assert_false(s.skills[1].is_gap);
	assert_num(s.skills[2].gap, 5);
	/* hours: 40 * 2 + 40 * 5 = 280; months ceil(280 / 8 = 35) = 35: develop */
	assert_num(s.hours, 280);
	assert_int_equal(s.months, 35);
	assert_int_equal(s.tier, TIER_DEVELOP);
	score_free(&s);
}

static void test_readiness_uses_credited_levels(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "sql", 1);
	set(f, lv, "modeling", 4);
	struct requirement r[] = {req(f, "sql", 4, 1, false)};
	struct score s;
	assert_int_equal(score_reqs(f->m, lv, r, 1, &s), 0);
	assert_num(s.skills[0].level, 1);    /* the effective level */
	assert_num(s.skills[0].credited, 2); /* 0.5 * 4 through modeling */
	assert_int_equal(s.skills[0].via, skill_of(f->m, "modeling"));
	assert_num(s.skills[0].gap, 2);      /* 4 - 2 */
	assert_num(s.readiness, 0.5);        /* 2 / 4 */
	assert_num(s.hours, 80);             /* 40 * 2 from the credited level */
	score_free(&s);
}

static void test_met_requirement_keeps_credited_as_final(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "sql", 4.5);
	struct requirement r[] = {req(f, "sql", 3, 1, true)};
	struct score s;
	assert_int_equal(score_reqs(f->m, lv, r, 1, &s), 0);
	assert_num(s.skills[0].gap, 0); /* max(0, 3 - 4.5) */
	assert_false(s.skills[0].is_gap);
	assert_false(s.skills[0].unmet);
	assert_int_equal(s.skills[0].route.nitems, 0);
	assert_num(s.skills[0].route.hours, 0);
	assert_num(s.skills[0].route.final, 4.5);
	assert_num(s.readiness, 1); /* min(4.5, 3) / 3 */
	score_free(&s);
}

static void test_tiny_gap_after_rounding_is_no_gap(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "comms", 2.9999999996);
	struct requirement r[] = {req(f, "comms", 3, 1, true)};
	struct score s;
	assert_int_equal(score_reqs(f->m, lv, r, 1, &s), 0);
	/* gap 4e-10: r(gap) = 0, not a gap; r(credited) = 3 = L: not unmet */
	assert_false(s.skills[0].is_gap);
	assert_false(s.skills[0].unmet);
	assert_int_equal(s.nunmet, 0);
	assert_num(s.hours, 0);
	assert_int_equal(s.months, 0);
	assert_int_equal(s.tier, TIER_READY_NOW);
	score_free(&s);
}

static void test_essential_unmet_blocks_ready_now(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "comms", 2.9);
	struct requirement r[] = {req(f, "comms", 3, 1, true)};
	struct score s;
	assert_int_equal(score_reqs(f->m, lv, r, 1, &s), 0);
	assert_num(s.readiness, 2.9 / 3); /* 0.9667 >= 0.9 */
	assert_true(s.skills[0].unmet);   /* essential, 2.9 < 3 */
	assert_int_equal(s.nunmet, 1);
	/* hours 40 * 0.1 = 4, months ceil(0.5) = 1 <= 12: ready-soon, not ready-now */
	assert_int_equal(s.months, 1);
	assert_int_equal(s.tier, TIER_READY_SOON);
	score_free(&s);
}

static void test_same_gap_not_essential_is_ready_now(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "comms", 2.9);
	struct requirement r[] = {req(f, "comms", 3, 1, false)};
	struct score s;
	assert_int_equal(score_reqs(f->m, lv, r, 1, &s), 0);
	assert_false(s.skills[0].unmet);
	assert_true(s.skills[0].is_gap);
	assert_int_equal(s.tier, TIER_READY_NOW); /* 2.9 / 3 >= 0.9 */
	score_free(&s);
}

static void test_essential_met_through_related_credit(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "modeling", 4);
	struct requirement r[] = {req(f, "sql", 2, 1, true)};
	struct score s;
	assert_int_equal(score_reqs(f->m, lv, r, 1, &s), 0);
	assert_false(s.skills[0].unmet); /* credited 0.5 * 4 = 2 >= 2 */
	assert_num(s.readiness, 1);
	assert_int_equal(s.tier, TIER_READY_NOW);
	score_free(&s);
}

static void test_unmet_counts_only_essentials(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "comms", 1);
	set(f, lv, "python", 1);
	set(f, lv, "sql", 5);
	struct requirement r[] = {req(f, "comms", 2, 1, true), req(f, "excel", 1, 1, false),
				  req(f, "python", 3, 1, true), req(f, "sql", 4, 1, true)};
	struct score s;
	assert_int_equal(score_reqs(f->m, lv, r, 4, &s), 0);
	/* comms 1 < 2 and python 1 < 3 unmet; excel a gap but not essential; sql met */
	assert_int_equal(s.nunmet, 2);
	assert_true(s.skills[0].unmet);
	assert_false(s.skills[1].unmet);
	assert_true(s.skills[1].is_gap);
	assert_true(s.skills[2].unmet);
	assert_false(s.skills[3].unmet);
	score_free(&s);
}

/* ---- 2.4 hours and months ----------------------------------------------- */

static void test_hours_summed_over_gaps(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "comms", 1);
	set(f, lv, "sql", 2.5);
	struct requirement r[] = {req(f, "comms", 3, 1, false), req(f, "sql", 4, 1, false)};
	struct score s;
	assert_int_equal(score_reqs(f->m, lv, r, 2, &s), 0);
	assert_num(s.skills[0].route.hours, 80); /* 40 * (3 - 1) */
	assert_num(s.skills[1].route.hours, 60); /* 40 * (4 - 2.5) */
	assert_num(s.hours, 140);
	assert_int_equal(s.months, 18); /* ceil(140 / 8 = 17.5) */
	assert_int_equal(s.tier, TIER_DEVELOP);
	score_free(&s);
}

#define LHEADER "id,title,kind,skill,from,to,hours\n"

static void test_item_serving_two_gaps_counts_for_each(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, LHEADER "bootcamp,Data bootcamp,course,sql,0,3,30\n"
				   "bootcamp,Data bootcamp,course,python,0,2,30\n");
	double lv[NSK] = {0};
	struct requirement r[] = {req(f, "python", 2, 1, false), req(f, "sql", 3, 1, false)};
	struct score s;
	assert_int_equal(score_reqs(f->m, lv, r, 2, &s), 0);
	uint32_t boot = model_item(f->m, "bootcamp");
	assert_int_equal(s.skills[0].route.nitems, 1);
	assert_int_equal(s.skills[0].route.items[0], boot);
	assert_int_equal(s.skills[1].route.nitems, 1);
	assert_int_equal(s.skills[1].route.items[0], boot);
	/* 30 (python, vs 80 by hours_per_level) + 30 (sql, vs 120) = 60, not 30 */
	assert_num(s.hours, 60);
	assert_int_equal(s.months, 8); /* ceil(60 / 8 = 7.5) */
	score_free(&s);
}

/* sql: level 0, required 1: one level short, hours_per_level hours. */
static struct score one_level_short(struct fx *f, const char *cfg)
{
	load_repo(f, cfg, NULL);
	double lv[NSK] = {0};
	struct requirement r[] = {req(f, "sql", 1, 1, false)};
	struct score s;
	assert_int_equal(score_reqs(f->m, lv, r, 1, &s), 0);
	return s;
}

static void test_months_exactly_at_a_whole_number(void **state)
{
	struct fx *f = *state;
	struct score s = one_level_short(f, "hours_per_level: 96\n");
	assert_num(s.hours, 96);
	assert_int_equal(s.months, 12); /* ceil(96 / 8 = 12) */
	assert_int_equal(s.tier, TIER_READY_SOON); /* 12 <= soon_months 12 */
	score_free(&s);
}

static void test_months_rounded_before_ceil(void **state)
{
	struct fx *f = *state;
	struct score s = one_level_short(f, "hours_per_level: 96.000000001\n");
	assert_num(s.hours, 96.000000001);
	/* 96.000000001 / 8 = 12.000000000125; r() = 12.000000000; ceil = 12 */
	assert_int_equal(s.months, 12);
	assert_int_equal(s.tier, TIER_READY_SOON);
	score_free(&s);
}

static void test_months_just_above_a_whole_number(void **state)
{
	struct fx *f = *state;
	struct score s = one_level_short(f, "hours_per_level: 96.00001\n");
	/* 96.00001 / 8 = 12.00000125; ceil = 13 > 12: develop */
	assert_int_equal(s.months, 13);
	assert_int_equal(s.tier, TIER_DEVELOP);
	score_free(&s);
}

static void test_months_with_a_fractional_rate(void **state)
{
	struct fx *f = *state;
	struct score s = one_level_short(f, "hours_per_level: 120\nlearning_hours_per_month: 7.5\n");
	assert_int_equal(s.months, 16); /* 120 / 7.5 = 16 exactly */
	score_free(&s);
}

/* ---- 2.5 tiers ---------------------------------------------------------- */

static void test_tier_at_the_threshold(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	const struct config *c = &f->m->cfg;
	assert_int_equal(score_tier(c, 0.9, 0, 99), TIER_READY_NOW);         /* 0.9 >= 0.90 */
	assert_int_equal(score_tier(c, 0.8999999999, 0, 99), TIER_READY_NOW); /* r() = 0.900000000 */
	assert_int_equal(score_tier(c, 0.899999999, 0, 99), TIER_DEVELOP);   /* r() < 0.9; 99 > 12 */
	assert_int_equal(score_tier(c, 0.899999999, 0, 12), TIER_READY_SOON);
}

static void test_tier_months_at_soon_months(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	const struct config *c = &f->m->cfg;
	assert_int_equal(score_tier(c, 0.5, 0, 12), TIER_READY_SOON); /* 12 <= 12 */
	assert_int_equal(score_tier(c, 0.5, 0, 13), TIER_DEVELOP);    /* one more */
	assert_int_equal(score_tier(c, 0.5, 0, 0), TIER_READY_SOON);
}

static void test_tier_unmet_essential_is_never_ready_now(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	const struct config *c = &f->m->cfg;
	assert_int_equal(score_tier(c, 1.0, 1, 1), TIER_READY_SOON);
	assert_int_equal(score_tier(c, 1.0, 2, 13), TIER_DEVELOP);
}

static void test_tier_with_configured_policy(void **state)
{
	struct fx *f = *state;
	load_repo(f, "ready_now_threshold: 0.75\nsoon_months: 2\n", NULL);
	const struct config *c = &f->m->cfg;
	assert_int_equal(score_tier(c, 0.75, 0, 40), TIER_READY_NOW);
	assert_int_equal(score_tier(c, 0.7499999999, 0, 40), TIER_READY_NOW); /* r() = 0.75 */
	assert_int_equal(score_tier(c, 0.74, 0, 2), TIER_READY_SOON);
	assert_int_equal(score_tier(c, 0.74, 0, 3), TIER_DEVELOP);
}

static void test_readiness_exactly_at_threshold_scores_ready_now(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "sql", 4.5);
	struct requirement r[] = {req(f, "sql", 5, 1, false)};
	struct score s;
	assert_int_equal(score_reqs(f->m, lv, r, 1, &s), 0);
	assert_num(s.readiness, 0.9); /* 4.5 / 5 */
	assert_int_equal(s.tier, TIER_READY_NOW);
	assert_num(s.hours, 20); /* still a gap: 40 * 0.5 */
	assert_int_equal(s.months, 3); /* ceil(2.5) */
	score_free(&s);
}

static void test_readiness_just_under_threshold_rounds_to_it(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "sql", 0.8999999999);
	struct requirement r[] = {req(f, "sql", 1, 1, false)};
	struct score s;
	assert_int_equal(score_reqs(f->m, lv, r, 1, &s), 0);
	/* readiness 0.8999999999, r() = 0.9: ready-now */
	assert_int_equal(s.tier, TIER_READY_NOW);
	assert_true(s.skills[0].is_gap); /* gap 0.1000000001 */
	assert_int_equal(s.months, 1); /* ceil(4.000000004 / 8) */
	score_free(&s);
}

static void test_months_equal_soon_months_scores_ready_soon(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "sql", 0.6);
	struct requirement r[] = {req(f, "sql", 3, 1, false)};
	struct score s;
	assert_int_equal(score_reqs(f->m, lv, r, 1, &s), 0);
	/* 40 * (3 - 0.6) = 96 hours, 12 months; readiness 0.2 */
	assert_num(s.hours, 96);
	assert_int_equal(s.months, 12);
	assert_int_equal(s.tier, TIER_READY_SOON);
	score_free(&s);
}

static void test_one_month_more_scores_develop(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, NULL);
	double lv[NSK] = {0};
	set(f, lv, "sql", 0.4);
	struct requirement r[] = {req(f, "sql", 3, 1, false)};
	struct score s;
	assert_int_equal(score_reqs(f->m, lv, r, 1, &s), 0);
	/* 40 * (3 - 0.4) = 104 hours, 13 months */
	assert_num(s.hours, 104);
	assert_int_equal(s.months, 13);
	assert_int_equal(s.tier, TIER_DEVELOP);
	score_free(&s);
}

static void test_tier_names(void **state)
{
	(void)state;
	assert_string_equal(tier_name(TIER_READY_NOW), "ready-now");
	assert_string_equal(tier_name(TIER_READY_SOON), "ready-soon");
	assert_string_equal(tier_name(TIER_DEVELOP), "develop");
	enum tier t = TIER_DEVELOP;
	assert_int_equal(tier_parse("ready-now", &t), 0);
	assert_int_equal(t, TIER_READY_NOW);
	assert_int_equal(tier_parse("ready-soon", &t), 0);
	assert_int_equal(t, TIER_READY_SOON);
	assert_int_equal(tier_parse("develop", &t), 0);
	assert_int_equal(t, TIER_DEVELOP);
	assert_int_equal(tier_parse("ready_now", &t), -1);
	assert_int_equal(tier_parse("", &t), -1);
	/* tier order: ready-now, ready-soon, develop */
	assert_true(TIER_READY_NOW < TIER_READY_SOON && TIER_READY_SOON < TIER_DEVELOP);
}

/* ---- 2.6 targets -------------------------------------------------------- */

/* analyst-1 (data 1) lists bi-1 (cross-functional), analyst-1b (lateral),
 * analyst-3 (promotion) and analyst-2 (promotion), in that order. */
static void load_people(struct fx *f, const char *people)
{
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c}\nskills:\n  - {id: sql}\n");
	put(f, "roles/analyst-1.yaml", "id: analyst-1\nfamily: data\nlevel: 1\n"
				       "next: [bi-1, analyst-1b, analyst-3, analyst-2]\n");
	put(f, "roles/analyst-1b.yaml", "id: analyst-1b\nfamily: data\nlevel: 1\nnext: [analyst-1, bi-1]\n");
	put(f, "roles/analyst-2.yaml", "id: analyst-2\nfamily: data\nlevel: 2\nnext: [analyst-1]\n");
	put(f, "roles/analyst-3.yaml", "id: analyst-3\nfamily: data\nlevel: 3\n");
	put(f, "roles/bi-1.yaml", "id: bi-1\nfamily: bi\nlevel: 1\n");
	put(f, "people.csv", people);
	put(f, "plans/E1.yaml", "employee: E1\ntarget: analyst-2\n");
	put(f, "plans/E2.yaml", "employee: E2\nmentor: E3\n");
	f->o.parts = PART_ALL;
}

static const char *target_of(struct fx *f, const char *emp)
{
	uint32_t t = score_target(f->m, person_of(f->m, emp));
	return t == NONE ? "(none)" : f->m->roles[t].id;
}

#define PEOPLE "id,name,role,aspirations\n" \
	       "E1,Ann,analyst-1,bi-1\n" \
	       "E2,Bob,analyst-1,bi-1;analyst-2\n" \
	       "E3,Cid,analyst-1,\n" \
	       "E4,Dee,analyst-1b,\n" \
	       "E5,Eve,analyst-2,\n" \
	       "E6,Fay,analyst-3,analyst-1\n"

static void test_target_is_the_plan_target(void **state)
{
	struct fx *f = *state;
	load_people(f, PEOPLE);
	load_clean(f);
	assert_string_equal(target_of(f, "E1"), "analyst-2"); /* before its aspiration bi-1 */
}

static void test_target_without_plan_target_is_first_aspiration(void **state)
{
	struct fx *f = *state;
	load_people(f, PEOPLE);
	load_clean(f);
	assert_string_equal(target_of(f, "E2"), "bi-1"); /* a plan without target; aspirations bi-1;analyst-2 */
	assert_string_equal(target_of(f, "E6"), "analyst-1"); /* any aspiration, even a step back */
}

static void test_target_is_first_promotion_edge(void **state)
{
	struct fx *f = *state;
	load_people(f, PEOPLE);
	load_clean(f);
	/* next: bi-1 (cross-functional), analyst-1b (lateral), analyst-3, analyst-2:
	 * the first promotion as written, not the nearest level nor the smallest id */
	assert_string_equal(target_of(f, "E3"), "analyst-3");
}

static void test_target_none(void **state)
{
	struct fx *f = *state;
	load_people(f, PEOPLE);
	load_clean(f);
	assert_string_equal(target_of(f, "E4"), "(none)"); /* lateral and cross-functional only */
	assert_string_equal(target_of(f, "E5"), "(none)"); /* a step back only */
}

static void test_target_none_for_a_role_without_profile(void **state)
{
	struct fx *f = *state;
	load_people(f, "id,name,role\nE1,Ann,analyst-1\nE2,Bob,analyst-1\nE3,Cid,analyst-1\nE7,Gus,analyst-9\n");
	assert_int_equal(load(f), 0); /* analyst-9 has no profile yet: a warning */
	assert_int_equal(f->m->people[person_of(f->m, "E7")].role, NONE);
	assert_string_equal(target_of(f, "E7"), "(none)");
}

/* The route of one requirement through the cache and through none (the
 * same skill_score fields, bit for bit). */
static void same_route(struct fx *f, struct route_cache *cache, uint32_t sk, int L, double c)
{
	double lv[NSK] = {0};
	lv[sk] = c;
	struct requirement r = {sk, (uint8_t)L, false, 1};
	struct score a, b;
	assert_int_equal(score_reqs(f->m, lv, &r, 1, &a), 0);
	assert_int_equal(score_reqs_cached(f->m, lv, &r, 1, cache, &b), 0);
	const struct route *x = &a.skills[0].route, *y = &b.skills[0].route;
	assert_memory_equal(&x->hours, &y->hours, sizeof x->hours);
	assert_memory_equal(&x->final, &y->final, sizeof x->final);
	assert_int_equal(x->nitems, y->nitems);
	assert_memory_equal(x->items, y->items, x->nitems * sizeof *x->items);
	assert_memory_equal(&a.hours, &b.hours, sizeof a.hours);
	if (a.skills[0].is_gap) { /* the hours alone, through the cache and through none */
		double h = route_cache_hours(f->m, cache, sk, a.skills[0].credited, L);
		double h0 = route_cache_hours(f->m, NULL, sk, a.skills[0].credited, L);
		assert_memory_equal(&h, &x->hours, sizeof h);
		assert_memory_equal(&h0, &x->hours, sizeof h0);
	}
	score_free(&a);
	score_free(&b);
}

/* A cache reads every route off the routes with items of the credited
 * level's class, and gives learn_route's route for every level: on whole
 * levels and a hair either side of them (r-rounding puts some on them),
 * where the route without items ties one with items (sql from 0.25 to 1:
 * 30 hours either way; 1 to 2: 40), and where it wins on one side of a
 * point inside a class and loses on the other. */
static void test_route_classes_give_learn_routes(void **state)
{
	struct fx *f = *state;
	load_repo(f, NULL, LHEADER "bootcamp,Data bootcamp,course,sql,0,3,30\n"
				   "deep,Deep SQL,course,sql,2,5,45\n"
				   "step,One step,course,sql,1,2,40\n"
				   "py,Python basics,course,python,0,2,20\n"
				   "py2,Python again,course,python,0,2,20\n"
				   "pyx,Python expert,course,python,2,5,200\n");
	struct route_cache cache;
	route_cache_init(&cache);
	static const double hair[] = {0, 1e-12, 4e-10, 5e-10, 6e-10, 1e-9, 2e-9, 3e-9, 0.25, 0.5, 0.75};
	const char *skills[] = {"sql", "python", "excel"};
	int top = f->m->scale_max;
	for (int round = 0; round < 2; round++) /* the second reads classes built in the first */
		for (size_t k = 0; k < 3; k++) {
			uint32_t sk = skill_of(f->m, skills[k]);
			for (int L = 1; L <= top; L++)
				for (int lvl = 0; lvl <= top; lvl++)
					for (size_t h = 0; h < sizeof hair / sizeof *hair; h++) {
						same_route(f, &cache, sk, L, lvl + hair[h]);
						if (lvl > 0)
							same_route(f, &cache, sk, L, lvl - hair[h]);
						same_route(f, &cache, sk, L, lvl + 0.25 + (h % 2 ? hair[h] : -hair[h]) * 1e-3);
					}
		}
	size_t held = route_cache_held(&cache);
	assert_true(held >= 3 * 2 * (size_t)top && held <= 3 * (2 * (size_t)top + 2));
	/* past the scale, and not a number: no class, learn_route itself */
	assert_int_equal(learn_class(top + 0.5, top), -1);
	assert_int_equal(learn_class(-1e-300, top), -1);
	assert_int_equal(learn_class(NAN, top), -1);
	assert_int_equal(learn_class(2 - 4e-10, top), 4);
	assert_int_equal(learn_class(2 - 6e-10, top), 3);
	assert_int_equal(learn_class(0.5, top), 1);
	same_route(f, &cache, skill_of(f->m, "sql"), top, top + 1.0);
	assert_int_equal(route_cache_held(&cache), held);
	route_cache_free(&cache);
	assert_int_equal(route_cache_held(&cache), 0);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_credit_from_a_related_skill),
		T(test_credit_in_the_other_direction),
		T(test_larger_similarity_when_both_name_each_other),
		T(test_larger_similarity_written_first),
		T(test_own_level_when_higher),
		T(test_no_related_skills),
		T(test_no_via_when_equal),
		T(test_no_via_when_equal_after_rounding),
		T(test_via_when_greater_after_rounding),
		T(test_via_tie_goes_to_the_smallest_id),
		T(test_via_tie_after_rounding_goes_to_the_smallest_id),
		T(test_via_the_larger_related_value),
		T(test_extends_overrides_field_by_field),
		T(test_extends_chain_overrides_again),
		T(test_level_zero_through_extends_is_no_requirement),
		T(test_requirement_added_again_after_removal),
		T(test_no_requirements_is_ready_now),
		T(test_every_requirement_removed_is_ready_now),
		T(test_readiness_is_a_weighted_sum),
		T(test_readiness_uses_credited_levels),
		T(test_met_requirement_keeps_credited_as_final),
		T(test_tiny_gap_after_rounding_is_no_gap),
		T(test_essential_unmet_blocks_ready_now),
		T(test_same_gap_not_essential_is_ready_now),
		T(test_essential_met_through_related_credit),
		T(test_unmet_counts_only_essentials),
		T(test_hours_summed_over_gaps),
		T(test_item_serving_two_gaps_counts_for_each),
		T(test_months_exactly_at_a_whole_number),
		T(test_months_rounded_before_ceil),
		T(test_months_just_above_a_whole_number),
		T(test_months_with_a_fractional_rate),
		T(test_tier_at_the_threshold),
		T(test_tier_months_at_soon_months),
		T(test_tier_unmet_essential_is_never_ready_now),
		T(test_tier_with_configured_policy),
		T(test_readiness_exactly_at_threshold_scores_ready_now),
		T(test_readiness_just_under_threshold_rounds_to_it),
		T(test_months_equal_soon_months_scores_ready_soon),
		T(test_one_month_more_scores_develop),
		T(test_tier_names),
		T(test_target_is_the_plan_target),
		T(test_target_without_plan_target_is_first_aspiration),
		T(test_target_is_first_promotion_edge),
		T(test_target_none),
		T(test_target_none_for_a_role_without_profile),
		T(test_route_classes_give_learn_routes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
