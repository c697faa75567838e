/* The talent marketplace of SPEC 2.7 and 2.8 (lib/match.h) on small repos:
 * growth and eligibility, the opportunities a person sees (exclusions, the
 * jobs and development rankings, the skills that help and hold back),
 * candidates for a role, and mentors. Every expected value is worked out by
 * hand beside it. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "fixture.h"

#include "match.h"
#include "num.h"
#include "repo.h"
#include "score.h"

/* A hand-computed number: equal up to 1e-9 (SPEC 2.0 rounds to 9 places). */
#define assert_num(got, want)                                                                         \
	do {                                                                                          \
		double got_ = (got), want_ = (want);                                                  \
		if (num_cmp(got_, want_) != 0)                                                        \
			print_error("%s is %.17g, expected %.17g\n", #got, got_, want_);              \
		assert_int_equal(num_cmp(got_, want_), 0);                                            \
	} while (0)

#define AS_OF "2026-06-30"

/* ---- the repo ----------------------------------------------------------- */

/* Scale 1..5. x is related to b at 0.5, y to b at 0.8.
 * Roles (one family): r1 (level 1) {a: 1}; tgt (level 2) {a: 3 weight 2,
 * b: 4, c: 2} (sum of weights 4); r3 (level 3) {a: 2}; r4 (level 4) {a: 1};
 * r4b (level 4) {a: 3}.
 * Policy: 8 hours a level, 8 learning hours a month (so months = the sum of
 * the gaps, rounded up), soon_months 2; the rest default: ready_now 0.9,
 * max_level_jump 2, aspiration_bonus 0.05, mentor_min_level 4,
 * max_mentees 3. */
static void put_defs(struct fx *f)
{
	put(f, "rungs.yaml", "hours_per_level: 8\nlearning_hours_per_month: 8\nsoon_months: 2\n");
	put(f, "skills.yaml", "scale: {1: a, 2: b, 3: c, 4: d, 5: e}\n"
			      "skills:\n"
			      "  - {id: a}\n"
			      "  - {id: b}\n"
			      "  - {id: c}\n"
			      "  - {id: d}\n"
			      "  - {id: x, related: {b: 0.5}}\n"
			      "  - {id: y, related: {b: 0.8}}\n");
	put(f, "roles/r1.yaml", "id: r1\nfamily: f\nlevel: 1\nskills: {a: 1}\n");
	put(f, "roles/tgt.yaml", "id: tgt\nfamily: f\nlevel: 2\nskills: {a: {level: 3, weight: 2}, b: 4, c: 2}\n");
	put(f, "roles/r3.yaml", "id: r3\nfamily: f\nlevel: 3\nskills: {a: 2}\n");
	put(f, "roles/r4.yaml", "id: r4\nfamily: f\nlevel: 4\nskills: {a: 1}\n");
	put(f, "roles/r4b.yaml", "id: r4b\nfamily: f\nlevel: 4\nskills: {a: 3}\n");
}

#define AHEAD "employee,skill,level,date,source,assessor,note\n"

/* The people of the growth and opportunity tests:
 * E00 (r1, no aspiration: no target, r1 has no next), a=1.
 * E01 (r1, aspires to tgt): a=1, b=2, c=2. G to tgt: a gap 3-1 = 2 (w 2),
 *   b gap 4-2 = 2 (w 1), c met; sum w*g = 2*2 + 1*2 = 6.
 * E02 (tgt, aspires to r3 {a: 2}): a=3, b=4, c=2: no gap to r3, G empty.
 * E03 (r1, aspires to tgt): a=1, b=1, c=2, x=4: credited b = max(1,
 *   0.5*4) = 2 (via x). G: a gap 2 (w 2), b gap 4-2 = 2 (w 1); sum 6. */
static void put_people(struct fx *f, const char *opps)
{
	put_defs(f);
	put(f, "people.csv", "id,name,role,manager,aspirations\n"
			     "E00,Nil,r1,,\n"
			     "E01,Ann,r1,,tgt\n"
			     "E02,Bob,tgt,,r3\n"
			     "E03,Cid,r1,,tgt\n");
	put(f, "assessments.csv", AHEAD "E00,a,1,2026-01-10,manager,,\n"
					"E01,a,1,2026-01-10,manager,,\n"
					"E01,b,2,2026-01-10,manager,,\n"
					"E01,c,2,2026-01-10,manager,,\n"
					"E02,a,3,2026-01-10,manager,,\n"
					"E02,b,4,2026-01-10,manager,,\n"
					"E02,c,2,2026-01-10,manager,,\n"
					"E03,a,1,2026-01-10,manager,,\n"
					"E03,b,1,2026-01-10,manager,,\n"
					"E03,c,2,2026-01-10,manager,,\n"
					"E03,x,4,2026-01-10,manager,,\n");
	put(f, "opportunities.yaml", opps ? opps : "[]\n");
	load_clean(f);
}

static void state_of(struct fx *f, const char *id, struct person_state *ps)
{
	assert_int_equal(person_state_init(f->m, person_of(f->m, id), date_of(AS_OF), ps), 0);
}

static struct requirement req(struct fx *f, const char *sk, int level, double weight, bool essential)
{
	return (struct requirement){skill_of(f->m, sk), (uint8_t)level, essential, weight};
}

static double growth(struct fx *f, const struct person_state *ps, const struct requirement *r, size_t n)
{
	return match_growth(f->m, ps, r, n);
}

/* ---- 2.7 growth ----------------------------------------------------------- */

static void test_person_state_gaps(void **state)
{
	struct fx *f = *state;
	put_people(f, NULL);
	struct person_state ps;
	state_of(f, "E01", &ps);
	assert_string_equal(f->m->roles[ps.target].id, "tgt");
	assert_num(ps.g_total, 6); /* 2*2 + 1*2 */
	assert_num(ps.g_gap[skill_of(f->m, "a")], 2);
	assert_num(ps.g_weight[skill_of(f->m, "a")], 2);
	assert_num(ps.g_gap[skill_of(f->m, "b")], 2);
	assert_num(ps.g_gap[skill_of(f->m, "c")], 0); /* met: not in G */
	person_state_free(&ps);
}

/* o = {a: 2, c: 3, d: 1}: a: w 2 * min(g 2, max(0, 2 - 1)) = 2 * 1 = 2;
 * b: L_o = 0, max(0, 0 - 2) = 0; c and d are not in G. 2 / 6 = 1/3. */
static void test_growth_partial(void **state)
{
	struct fx *f = *state;
	put_people(f, NULL);
	struct person_state ps;
	state_of(f, "E01", &ps);
	struct requirement r[] = {req(f, "a", 2, 1, false), req(f, "c", 3, 1, false), req(f, "d", 1, 1, false)};
	assert_num(growth(f, &ps, r, 3), 1.0 / 3);
	person_state_free(&ps);
}

/* o = {a: 5, b: 3}: a: 2 * min(2, 5 - 1 = 4) = 4; b: 1 * min(2, 3 - 2 = 1)
 * = 1. (4 + 1) / 6 = 5/6. The gap caps a: practising up to 5 counts only
 * up to the target's 3. */
static void test_growth_capped_by_the_gap(void **state)
{
	struct fx *f = *state;
	put_people(f, NULL);
	struct person_state ps;
	state_of(f, "E01", &ps);
	struct requirement r[] = {req(f, "a", 5, 1, false), req(f, "b", 3, 1, false)};
	assert_num(growth(f, &ps, r, 2), 5.0 / 6);
	person_state_free(&ps);
}

/* o's weights do not enter growth: o = {a: 5 weight 9} still counts
 * w = 2 (the target's): 2 * 2 / 6 = 2/3. */
static void test_growth_uses_target_weights(void **state)
{
	struct fx *f = *state;
	put_people(f, NULL);
	struct person_state ps;
	state_of(f, "E01", &ps);
	struct requirement r[] = {req(f, "a", 5, 9, false)};
	assert_num(growth(f, &ps, r, 1), 2.0 / 3);
	person_state_free(&ps);
}

/* o = {a: 4, b: 4, c: 5}: a: 2 * min(2, 3) = 4; b: 1 * min(2, 2) = 2; c is
 * not a gap. 6 / 6 = 1: all of the gap. */
static void test_growth_whole_gap(void **state)
{
	struct fx *f = *state;
	put_people(f, NULL);
	struct person_state ps;
	state_of(f, "E01", &ps);
	struct requirement r[] = {req(f, "a", 4, 1, false), req(f, "b", 4, 1, false), req(f, "c", 5, 1, false)};
	assert_num(growth(f, &ps, r, 3), 1);
	person_state_free(&ps);
}

/* L_o = 0 where o does not require a skill of G, and an o level at or below
 * the credited level practises nothing: o = {a: 1, c: 5, d: 5}: a: max(0,
 * 1 - 1) = 0; b not required: 0; c, d not in G. 0 / 6 = 0. */
static void test_growth_zero_when_o_misses_g(void **state)
{
	struct fx *f = *state;
	put_people(f, NULL);
	struct person_state ps;
	state_of(f, "E01", &ps);
	struct requirement r[] = {req(f, "a", 1, 1, false), req(f, "c", 5, 1, false), req(f, "d", 5, 1, false)};
	assert_num(growth(f, &ps, r, 3), 0);
	person_state_free(&ps);
}

/* G empty (E02 already meets r3): 0, however much o asks. */
static void test_growth_g_empty(void **state)
{
	struct fx *f = *state;
	put_people(f, NULL);
	struct person_state ps;
	state_of(f, "E02", &ps);
	assert_string_equal(f->m->roles[ps.target].id, "r3");
	assert_num(ps.g_total, 0);
	struct requirement r[] = {req(f, "a", 5, 1, false), req(f, "b", 5, 1, false)};
	assert_num(growth(f, &ps, r, 2), 0);
	person_state_free(&ps);
}

/* No target at all (E00: no plan, no aspiration, r1 has no next): G is
 * empty, growth 0. */
static void test_growth_no_target(void **state)
{
	struct fx *f = *state;
	put_people(f, NULL);
	struct person_state ps;
	state_of(f, "E00", &ps);
	assert_int_equal(ps.target, NONE);
	struct requirement r[] = {req(f, "a", 5, 1, false)};
	assert_num(growth(f, &ps, r, 1), 0);
	person_state_free(&ps);
}

/* Credited through a related skill (E03: b credited 2 via x): G b gap =
 * 4 - 2 = 2, sum w*g = 2*2 + 1*2 = 6. o = {b: 3}: 1 * min(2, 3 - 2) = 1;
 * 1/6. (On b's own level 1 it would be min(3, 2) / (4 + 3) = 2/7.) */
static void test_growth_credited_via_related(void **state)
{
	struct fx *f = *state;
	put_people(f, NULL);
	struct person_state ps;
	state_of(f, "E03", &ps);
	assert_num(ps.g_total, 6);
	struct requirement r[] = {req(f, "b", 3, 1, false)};
	assert_num(growth(f, &ps, r, 1), 1.0 / 6);
	person_state_free(&ps);
}

/* ---- 2.7 eligibility --------------------------------------------------------- */

/* E01 a = 1: essential a 3 is 2 levels above: ineligible. */
static void test_ineligible_two_levels_above(void **state)
{
	struct fx *f = *state;
	put_people(f, NULL);
	struct person_state ps;
	state_of(f, "E01", &ps);
	struct requirement r[] = {req(f, "a", 3, 1, true)};
	assert_false(match_eligible(f->m, &ps, r, 1));
	person_state_free(&ps);
}

/* Essential a 2 is exactly 1 level above a = 1: eligible. */
static void test_eligible_exactly_one_level_above(void **state)
{
	struct fx *f = *state;
	put_people(f, NULL);
	struct person_state ps;
	state_of(f, "E01", &ps);
	struct requirement r[] = {req(f, "a", 2, 1, true), req(f, "b", 3, 1, true)}; /* 2-1 = 1, 3-2 = 1 */
	assert_true(match_eligible(f->m, &ps, r, 2));
	person_state_free(&ps);
}

/* Only essential requirements count: a 5 not essential (4 above) is fine. */
static void test_eligible_non_essential_far_above(void **state)
{
	struct fx *f = *state;
	put_people(f, NULL);
	struct person_state ps;
	state_of(f, "E01", &ps);
	struct requirement r[] = {req(f, "a", 5, 1, false), req(f, "c", 3, 1, true)}; /* c: 3-2 = 1 */
	assert_true(match_eligible(f->m, &ps, r, 2));
	person_state_free(&ps);
}

/* Eligibility compares with the credited level: E03 b = 1 but credited 2
 * via x; essential b 3 is 1 above credited: eligible (2 above b's own). */
static void test_eligible_on_credited_level(void **state)
{
	struct fx *f = *state;
	put_people(f, NULL);
	struct person_state ps;
	state_of(f, "E03", &ps);
	struct requirement r[] = {req(f, "b", 3, 1, true)};
	assert_true(match_eligible(f->m, &ps, r, 1));
	struct requirement r4[] = {req(f, "b", 4, 1, true)}; /* 4 - 2 = 2 */
	assert_false(match_eligible(f->m, &ps, r4, 1));
	person_state_free(&ps);
}

/* ---- match_person --------------------------------------------------------------- */

static struct match_lists lists_of(struct fx *f, const char *id, const bool *kinds)
{
	struct person_state ps;
	struct match_lists l;
	state_of(f, id, &ps);
	assert_int_equal(match_person(f->m, &ps, date_of(AS_OF), kinds, &l), 0);
	person_state_free(&ps);
	return l;
}

/* The ids of a list, space-separated, in its order. */
static const char *ids(struct fx *f, const struct opp_match *v, size_t n)
{
	static char buf[1024];
	size_t len = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < n; i++)
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i ? " " : "", f->m->opps[v[i].opp].id);
	return buf;
}

static const struct opp_match *find(struct fx *f, const struct opp_match *v, size_t n, const char *id)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(f->m->opps[v[i].opp].id, id) == 0)
			return &v[i];
	fail_msg("%s not in the list", id);
	return NULL;
}

/* E01 is in r1 (level 1); max_level_jump 2 lets roles up to level 3 in.
 * As of 2026-06-30. Left out: X-same (E01's own role), X-r4 (level 4 > 1 + 2),
 * X-filled, X-closed, X-early (opens the day after), X-late (closed the day
 * before), and among development X-dev-same (role r1, skills a 3: growth
 * would be 4/6) and X-dev-r4b (level 4; growth would be 4/6). Kept: X-r3
 * (level 3, at the limit), the window bounds (inclusive), X-window, X-skills
 * (no role, no level rule), X-dev-r3 (level 3, a 2 ... via r3 + a 3: growth
 * 2 * min(2, 3 - 1) / 6 = 4/6). */
static void test_exclusions(void **state)
{
	struct fx *f = *state;
	put_people(f, "- {id: X-same, role: r1}\n"
		      "- {id: X-r3, role: r3}\n"
		      "- {id: X-r4, role: r4}\n"
		      "- {id: X-filled, skills: {a: 1}, status: filled}\n"
		      "- {id: X-closed, skills: {a: 1}, status: closed}\n"
		      "- {id: X-early, skills: {a: 1}, opens: 2026-07-01}\n"
		      "- {id: X-late, skills: {a: 1}, closes: 2026-06-29}\n"
		      "- {id: X-opens-today, skills: {a: 1}, opens: 2026-06-30}\n"
		      "- {id: X-closes-today, skills: {a: 1}, closes: 2026-06-30}\n"
		      "- {id: X-window, skills: {a: 1}, opens: 2026-06-30, closes: 2026-06-30}\n"
		      "- {id: X-skills, skills: {d: 1}}\n"
		      "- {id: X-dev-same, kind: rotation, role: r1, skills: {a: 3}}\n"
		      "- {id: X-dev-r4b, kind: rotation, role: r4b}\n"
		      "- {id: X-dev-r3, kind: rotation, role: r3, skills: {a: 3}}\n"
		      "- {id: X-dev-filled, kind: project, skills: {a: 3}, status: filled}\n"
		      "- {id: X-dev-late, kind: gig, skills: {a: 3}, closes: 2026-06-29}\n");
	struct match_lists l = lists_of(f, "E01", NULL);
	/* jobs: X-*-today, X-window {a: 1}: readiness 1, ready-now; X-r3 {a: 2}:
	 * 1/2, gap 1 = 8 h = 1 month: ready-soon; X-skills {d: 1}: 0, 1 month:
	 * ready-soon (score 0 after 0.5) */
	assert_string_equal(ids(f, l.jobs, l.njobs), "X-closes-today X-opens-today X-window X-r3 X-skills");
	assert_string_equal(ids(f, l.dev, l.ndev), "X-dev-r3");
	assert_num(l.dev[0].growth, 4.0 / 6);
	match_lists_free(&l);
}

/* Jobs for E01 (a 1, b 2, c 2; aspires to tgt), by tier, then score =
 * readiness + 0.05 for tgt, then id:
 *   OPP-9  {a: 1}: 1, ready-now, score 1
 *   OPP-10 {c: 2}: 1, ready-now, score 1 -- ties OPP-9: "OPP-10" < "OPP-9"
 *   OPP-B  {b: 3}: 2/3 = 0.666666667; gap 1 -> 8 h -> 1 month: ready-soon
 *   OPP-C  {a: 2, b: 3}: (1/2 + 2/3) / 2 = 0.583333333; gaps 1 + 1 -> 16 h
 *          -> 2 months: ready-soon (2 <= soon_months 2)
 *   OPP-A  role tgt: (2*1/3 + 1*2/4 + 1*2/2) / 4 = 2.166666667 / 4 =
 *          0.541666667; gaps 2 + 2 -> 32 h -> 4 months: develop; aspired:
 *          score 0.591666667 -- above OPP-C's 0.583 but a lower tier
 *   OPP-E  {b: 4, c: 3}: (2/4 + 2/3) / 2 = 0.583333333; gaps 2 + 1 -> 3
 *          months: develop; below OPP-A's score though above its readiness
 *   OPP-D  {b: 5}: 2/5 = 0.4; 3 months: develop */
static void test_jobs_ranking(void **state)
{
	struct fx *f = *state;
	put_people(f, "- {id: OPP-A, role: tgt}\n"
		      "- {id: OPP-B, skills: {b: 3}}\n"
		      "- {id: OPP-C, skills: {a: 2, b: 3}}\n"
		      "- {id: OPP-D, skills: {b: 5}}\n"
		      "- {id: OPP-E, skills: {b: 4, c: 3}}\n"
		      "- {id: OPP-9, skills: {a: 1}}\n"
		      "- {id: OPP-10, skills: {c: 2}}\n");
	struct match_lists l = lists_of(f, "E01", NULL);
	assert_string_equal(ids(f, l.jobs, l.njobs), "OPP-10 OPP-9 OPP-B OPP-C OPP-A OPP-E OPP-D");
	assert_int_equal(l.ndev, 0);
	const struct opp_match *a = find(f, l.jobs, l.njobs, "OPP-A");
	assert_true(a->aspired);
	assert_num(a->score.readiness, 0.541666667);
	assert_num(a->value, 0.591666667);
	assert_int_equal(a->score.tier, TIER_DEVELOP);
	assert_int_equal(a->score.months, 4);
	const struct opp_match *c = find(f, l.jobs, l.njobs, "OPP-C");
	assert_false(c->aspired);
	assert_num(c->value, 0.583333333);
	assert_int_equal(c->score.tier, TIER_READY_SOON);
	assert_int_equal(c->score.months, 2);
	const struct opp_match *e = find(f, l.jobs, l.njobs, "OPP-E");
	assert_num(e->value, 0.583333333);
	assert_int_equal(e->score.months, 3);
	/* a job's growth is still 2.7's: OPP-A = tgt itself, 6/6 */
	assert_num(a->growth, 1);
	match_lists_free(&l);
}

/* The aspiration bonus needs the opportunity's role among the aspirations:
 * A-skills asks exactly tgt's requirements without naming tgt (readiness
 * 0.541666667, score the same), Z-role names tgt (score 0.591666667). Both
 * develop (4 months); the bonus puts Z-role first although "A-skills" sorts
 * before it. */
static void test_aspiration_bonus_needs_the_role(void **state)
{
	struct fx *f = *state;
	put_people(f, "- {id: A-skills, skills: {a: {level: 3, weight: 2}, b: 4, c: 2}}\n"
		      "- {id: Z-role, role: tgt}\n");
	struct match_lists l = lists_of(f, "E01", NULL);
	assert_string_equal(ids(f, l.jobs, l.njobs), "Z-role A-skills");
	assert_num(l.jobs[0].value, 0.591666667);
	assert_num(l.jobs[1].value, 0.541666667);
	assert_false(l.jobs[1].aspired);
	match_lists_free(&l);
}

/* Development for E01 (G: a gap 2 w 2, b gap 2 w 1; sum 6), by growth desc,
 * readiness desc, id:
 *   D-6  rotation {a: 2 essential, b: 4}: a 2 - 1 = 1 above: eligible;
 *        growth (2*min(2, 1) + 1*min(2, 2)) / 6 = 4/6; readiness (1/2 +
 *        2/4) / 2 = 0.5
 *   D-3  gig {a: 2, c: 2}: growth 2*1 / 6 = 1/3; readiness (1/2 + 1) / 2 =
 *        0.75
 *   D-1  rotation {a: 2}: growth 1/3; readiness 0.5
 *   D-10, D-2, D-9  project {b: 3}: growth 1*1 / 6 = 1/6, readiness 2/3:
 *        full ties, by id in byte order
 *   left out: D-4 shadowing {c: 3} (growth 0: c is not in G); D-5
 *   mentorship {a: 4 essential} (4 - 1 = 3 above: ineligible; growth would
 *   be 2*2 / 6); J-1, a job, goes to the other list. */
static void test_development_ranking(void **state)
{
	struct fx *f = *state;
	put_people(f, "- {id: D-1, kind: rotation, skills: {a: 2}}\n"
		      "- {id: D-2, kind: project, skills: {b: 3}}\n"
		      "- {id: D-3, kind: gig, skills: {a: 2, c: 2}}\n"
		      "- {id: D-4, kind: shadowing, skills: {c: 3}}\n"
		      "- {id: D-5, kind: mentorship, skills: {a: {level: 4, essential: true}}}\n"
		      "- {id: D-6, kind: rotation, skills: {a: {level: 2, essential: true}, b: 4}}\n"
		      "- {id: D-9, kind: project, skills: {b: 3}}\n"
		      "- {id: D-10, kind: project, skills: {b: 3}}\n"
		      "- {id: J-1, skills: {b: 3}}\n");
	struct match_lists l = lists_of(f, "E01", NULL);
	assert_string_equal(ids(f, l.dev, l.ndev), "D-6 D-3 D-1 D-10 D-2 D-9");
	assert_string_equal(ids(f, l.jobs, l.njobs), "J-1");
	assert_num(l.dev[0].growth, 4.0 / 6);
	assert_num(l.dev[0].score.readiness, 0.5);
	assert_num(l.dev[1].growth, 1.0 / 3);
	assert_num(l.dev[1].score.readiness, 0.75);
	assert_num(l.dev[2].score.readiness, 0.5);
	assert_num(l.dev[3].growth, 1.0 / 6);
	assert_num(l.dev[3].score.readiness, 2.0 / 3);
	match_lists_free(&l);
}

/* No development for someone without gaps to a target (E02: G empty), even
 * for opportunities that ask more than they have; jobs still list. */
static void test_development_needs_growth(void **state)
{
	struct fx *f = *state;
	put_people(f, "- {id: D-1, kind: rotation, skills: {a: 5, b: 5}}\n"
		      "- {id: J-1, skills: {a: 5}}\n");
	struct match_lists l = lists_of(f, "E02", NULL);
	assert_int_equal(l.ndev, 0);
	assert_string_equal(ids(f, l.jobs, l.njobs), "J-1");
	match_lists_free(&l);
}

/* --kind: only the kinds asked for, in either list. */
static void test_kind_filter(void **state)
{
	struct fx *f = *state;
	put_people(f, "- {id: D-1, kind: rotation, skills: {a: 2}}\n"
		      "- {id: D-2, kind: project, skills: {b: 3}}\n"
		      "- {id: D-3, kind: gig, skills: {a: 2}}\n"
		      "- {id: J-1, skills: {b: 3}}\n");
	bool kinds[6] = {false};
	kinds[OPP_ROTATION] = kinds[OPP_PROJECT] = true;
	struct match_lists l = lists_of(f, "E01", kinds);
	assert_int_equal(l.njobs, 0);
	assert_string_equal(ids(f, l.dev, l.ndev), "D-1 D-2"); /* 1/3 before 1/6 */
	match_lists_free(&l);
}

/* The skill that most helps (largest w*min(c, L)/L) and most holds back
 * (largest w*gap among gaps), ties to the smaller skill id:
 *   OPP-A (tgt) for E01: helps a 2*1/3 = 0.667, b 1*2/4 = 0.5, c 1*2/2 = 1
 *     -> c; holds a 2*2 = 4, b 1*2 = 2 -> a
 *   OPP-T {a: 2, c: 4}: helps a 1/2, c 2/4 (a tie) -> a; holds a 1, c 2 -> c
 *   OPP-N {a: 1}: nothing missing -> holds none; helps a
 *   OPP-Z {d: 2}: nothing credited -> helps none; holds d */
static void test_helps_and_holds(void **state)
{
	struct fx *f = *state;
	put_people(f, "- {id: OPP-A, role: tgt}\n"
		      "- {id: OPP-T, skills: {a: 2, c: 4}}\n"
		      "- {id: OPP-N, skills: {a: 1}}\n"
		      "- {id: OPP-Z, skills: {d: 2}}\n");
	struct match_lists l = lists_of(f, "E01", NULL);
	const struct opp_match *o = find(f, l.jobs, l.njobs, "OPP-A");
	assert_string_equal(f->m->skills[o->helps].id, "c");
	assert_string_equal(f->m->skills[o->holds].id, "a");
	o = find(f, l.jobs, l.njobs, "OPP-T");
	assert_string_equal(f->m->skills[o->helps].id, "a");
	assert_string_equal(f->m->skills[o->holds].id, "c");
	o = find(f, l.jobs, l.njobs, "OPP-N");
	assert_string_equal(f->m->skills[o->helps].id, "a");
	assert_int_equal(o->holds, NONE);
	o = find(f, l.jobs, l.njobs, "OPP-Z");
	assert_int_equal(o->helps, NONE);
	assert_string_equal(f->m->skills[o->holds].id, "d");
	match_lists_free(&l);
}

/* ---- candidates ------------------------------------------------------------------ */

/* Candidates for tgt (level 2; a 3 w 2, b 4, c 2; weights sum 4), months =
 * the sum of gaps, soon_months 2:
 *   Q-in   in tgt: left out (incumbent)
 *   Q-now  r1: a 3, b 4, c 2: 1, months 0: ready-now
 *   Q-r3   r3: a 3, b 3, c 2: (2 + 3/4 + 1) / 4 = 0.9375; 1 month: ready-now
 *   P10, P4 r1: a 3, b 4, c 1: (2 + 1 + 1/2) / 4 = 0.875; 1 month:
 *          ready-soon; full tie, "P10" < "P4"
 *   Q-m2   r1: a 3, b 2, c 2: (2 + 2/4 + 1) / 4 = 0.875; 2 months:
 *          ready-soon, after the 1-month ones (months ascending)
 *   Q-low  r1: a 2, b 4, c 2: (2*2/3 + 1 + 1) / 4 = 0.833333333; 1 month
 *   Q-soon r1: a 3, b 4, c 0: (2 + 1 + 0) / 4 = 0.75; 2 months: ready-soon
 *   Q-dev  r3: a 3, b 1, c 2: (2 + 1/4 + 1) / 4 = 0.8125; 3 months: develop,
 *          after Q-soon whose readiness is lower (tier first)
 *   Q-zero r1: nothing: 0; 3 + 4 + 2 = 9 months: develop */
static void put_candidates(struct fx *f)
{
	put_defs(f);
	put(f, "people.csv", "id,name,role\n"
			     "Q-in,In,tgt\nQ-now,Now,r1\nQ-r3,Three,r3\nP10,Ten,r1\nP4,Four,r1\n"
			     "Q-m2,Two,r1\nQ-low,Low,r1\nQ-soon,Soon,r1\nQ-dev,Dev,r3\nQ-zero,Zero,r1\nQ-r4,Four,r4\n");
	put(f, "assessments.csv", AHEAD "Q-in,a,3,2026-01-10,manager,,\n"
					"Q-now,a,3,2026-01-10,manager,,\nQ-now,b,4,2026-01-10,manager,,\n"
					"Q-now,c,2,2026-01-10,manager,,\n"
					"Q-r3,a,3,2026-01-10,manager,,\nQ-r3,b,3,2026-01-10,manager,,\n"
					"Q-r3,c,2,2026-01-10,manager,,\n"
					"P10,a,3,2026-01-10,manager,,\nP10,b,4,2026-01-10,manager,,\n"
					"P10,c,1,2026-01-10,manager,,\n"
					"P4,a,3,2026-01-10,manager,,\nP4,b,4,2026-01-10,manager,,\n"
					"P4,c,1,2026-01-10,manager,,\n"
					"Q-m2,a,3,2026-01-10,manager,,\nQ-m2,b,2,2026-01-10,manager,,\n"
					"Q-m2,c,2,2026-01-10,manager,,\n"
					"Q-low,a,2,2026-01-10,manager,,\nQ-low,b,4,2026-01-10,manager,,\n"
					"Q-low,c,2,2026-01-10,manager,,\n"
					"Q-soon,a,3,2026-01-10,manager,,\nQ-soon,b,4,2026-01-10,manager,,\n"
					"Q-dev,a,3,2026-01-10,manager,,\nQ-dev,b,1,2026-01-10,manager,,\n"
					"Q-dev,c,2,2026-01-10,manager,,\n"
					"Q-r4,a,5,2026-01-10,manager,,\nQ-r4,b,5,2026-01-10,manager,,\n"
					"Q-r4,c,5,2026-01-10,manager,,\n");
	put(f, "opportunities.yaml", "[]\n");
	load_clean(f);
}

static const char *candidate_ids(struct fx *f, const struct candidate *c, size_t n)
{
	static char buf[1024];
	size_t len = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < n; i++)
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i ? " " : "", person_id(f->m, c[i].employee));
	return buf;
}

static void candidates_for(struct fx *f, const char *role, struct candidate **c, size_t *n)
{
	uint32_t r = model_role(f->m, role);
	assert_int_not_equal(r, NONE);
	assert_int_equal(match_candidates(f->m, role_reqs(f->m, r), f->m->roles[r].req_n, r, f->m->roles[r].level,
					  date_of(AS_OF), c, n),
			 0);
}

/* Q-r4 (level 4, 2 above tgt: no rule keeps higher levels out) is ready-now
 * at 1 with 0 months and ties Q-now: "Q-now" < "Q-r4". */
static void test_candidates_ranking(void **state)
{
	struct fx *f = *state;
	put_candidates(f);
	struct candidate *c;
	size_t n;
	candidates_for(f, "tgt", &c, &n);
	assert_string_equal(candidate_ids(f, c, n), "Q-now Q-r4 Q-r3 P10 P4 Q-m2 Q-low Q-soon Q-dev Q-zero");
	assert_num(c[2].readiness, 0.9375);
	assert_int_equal(c[2].tier, TIER_READY_NOW);
	assert_num(c[3].readiness, 0.875);
	assert_int_equal(c[3].months, 1);
	assert_num(c[5].readiness, 0.875);
	assert_int_equal(c[5].months, 2);
	assert_num(c[6].readiness, 0.833333333);
	assert_num(c[7].readiness, 0.75);
	assert_int_equal(c[7].tier, TIER_READY_SOON);
	assert_num(c[8].readiness, 0.8125);
	assert_int_equal(c[8].tier, TIER_DEVELOP);
	assert_int_equal(c[8].months, 3);
	assert_int_equal(c[9].months, 9);
	candidates_free(c);
}

/* For r4 (level 4, a 1): people below level 4 - 2 = 2 are left out (every
 * r1); tgt (level 2, at the limit) and r3 stay; Q-r4 is the incumbent.
 * Readiness: a >= 1 -> 1, ready-now; Q-zero is out (r1) anyway. By id among
 * the ready-now at 1: Q-dev, Q-in, Q-r3. */
static void test_candidates_level_rule(void **state)
{
	struct fx *f = *state;
	put_candidates(f);
	struct candidate *c;
	size_t n;
	candidates_for(f, "r4", &c, &n);
	assert_string_equal(candidate_ids(f, c, n), "Q-dev Q-in Q-r3");
	candidates_free(c);
}

/* A candidate's whole score is the one it was ranked by: the keys kept for
 * Q-m2 (0.875, 2 months, ready-soon) and for everyone else, with one row per
 * requirement of tgt (a, b, c) and Q-m2's gap in b (4 - 2). The ranking
 * shares routes from person to person; a score made on its own equals it. */
static void test_candidate_score(void **state)
{
	struct fx *f = *state;
	put_candidates(f);
	struct candidate *c;
	size_t n;
	candidates_for(f, "tgt", &c, &n);
	uint32_t r = model_role(f->m, "tgt");
	assert_int_equal(n, 10);
	for (size_t i = 0; i < n; i++) {
		struct score s;
		assert_int_equal(match_candidate_score(f->m, role_reqs(f->m, r), f->m->roles[r].req_n, c[i].employee,
						       date_of(AS_OF), &s),
				 0);
		assert_int_equal(s.tier, c[i].tier);
		assert_true(s.readiness == c[i].readiness);
		assert_int_equal(s.months, c[i].months);
		assert_int_equal(s.n, 3);
		if (strcmp(person_id(f->m, c[i].employee), "Q-m2") == 0) {
			assert_num(s.readiness, 0.875);
			assert_int_equal(s.months, 2);
			assert_int_equal(s.tier, TIER_READY_SOON);
			assert_num(s.skills[1].gap, 2);
			assert_true(s.skills[1].is_gap);
		}
		score_free(&s);
	}
	candidates_free(c);
}

/* No one can be a candidate for r4b when the only people are in it or too
 * far below (r1, three levels down): an empty list, still freeable. */
static void test_candidates_none(void **state)
{
	struct fx *f = *state;
	put_defs(f);
	put(f, "people.csv", "id,name,role\nA,In,r4b\nB,Low,r1\n");
	put(f, "assessments.csv", AHEAD "A,a,3,2026-01-10,manager,,\n");
	put(f, "opportunities.yaml", "[]\n");
	load_clean(f);
	struct candidate *c;
	size_t n;
	candidates_for(f, "r4b", &c, &n);
	assert_int_equal(n, 0);
	candidates_free(c);
}

/* ---- mentors ---------------------------------------------------------------------- */

/* M0 (r1, manager MM, aspires to tgt): a 1, b 2, c 2 -> G: a gap 2 (w 2,
 * L 3), b gap 2 (w 1, L 4); sum 6. A mentor covers a when their effective
 * a >= max(4, 3) = 4, b when effective b >= max(4, 4) = 4.
 *   MM   a 5, b 5: M0's manager, left out
 *   K3   a 4, b 4: mentor in 3 plans (max_mentees 3): left out
 *   K4   a 5, b 4: mentor in 2 plans: a and b, 6/6 = 1
 *   M10, M9  a 4: a, 4/6 = 0.666666667 (a tie: "M10" < "M9")
 *   K2   a 3 (>= L 3 but < mentor_min_level 4), b 4: b only, 2/6 =
 *        0.333333333
 *   K5   y 5 (b credited 0.8*5 = 4, effective b 0): nothing -> left out
 *   K6   a 5 assessed after the as-of date: nothing -> left out
 *   K8   a: self 5 (weight 1), manager 3 (weight 2): (5 + 6) / 3 =
 *        3.667 < 4: nothing -> left out */
static void put_mentors(struct fx *f)
{
	put_defs(f);
	put(f, "people.csv", "id,name,role,manager,aspirations\n"
			     "M0,Mentee,r1,MM,tgt\nMM,Manager,r3,,\nK2,Two,r3,,\nK3,Three,r3,,\nK4,Four,r3,,\n"
			     "K5,Five,r3,,\nK6,Six,r3,,\nK8,Eight,r3,,\nM10,Ten,r3,,\nM9,Nine,r3,,\n"
			     "F1,F,r1,,\nF2,F,r1,,\nF3,F,r1,,\nF4,F,r1,,\nF5,F,r1,,\n");
	put(f, "assessments.csv", AHEAD "M0,a,1,2026-01-10,manager,,\nM0,b,2,2026-01-10,manager,,\n"
					"M0,c,2,2026-01-10,manager,,\n"
					"MM,a,5,2026-01-10,manager,,\nMM,b,5,2026-01-10,manager,,\n"
					"K2,a,3,2026-01-10,manager,,\nK2,b,4,2026-01-10,manager,,\n"
					"K3,a,4,2026-01-10,manager,,\nK3,b,4,2026-01-10,manager,,\n"
					"K4,a,5,2026-01-10,manager,,\nK4,b,4,2026-01-10,manager,,\n"
					"K5,y,5,2026-01-10,manager,,\n"
					"K6,a,5,2026-07-15,manager,,\n"
					"K8,a,5,2026-01-10,self,,\nK8,a,3,2026-01-10,manager,,\n"
					"M10,a,4,2026-01-10,manager,,\nM9,a,4,2026-01-10,manager,,\n");
	put(f, "plans/F1.yaml", "employee: F1\nmentor: K3\n");
	put(f, "plans/F2.yaml", "employee: F2\nmentor: K3\n");
	put(f, "plans/F3.yaml", "employee: F3\nmentor: K3\n");
	put(f, "plans/F4.yaml", "employee: F4\nmentor: K4\n");
	put(f, "plans/F5.yaml", "employee: F5\nmentor: K4\n");
	put(f, "opportunities.yaml", "[]\n");
	load_clean(f);
}

static void test_mentors(void **state)
{
	struct fx *f = *state;
	put_mentors(f);
	struct person_state ps;
	state_of(f, "M0", &ps);
	struct mentor *v;
	size_t n;
	assert_int_equal(match_mentors(f->m, &ps, date_of(AS_OF), &v, &n), 0);
	char got[512] = "";
	size_t len = 0;
	for (size_t i = 0; i < n; i++) {
		len += (size_t)snprintf(got + len, sizeof got - len, "%s%s:", i ? " " : "", person_id(f->m, v[i].employee));
		for (size_t k = 0; k < v[i].nskills; k++)
			len += (size_t)snprintf(got + len, sizeof got - len, "%s%s", k ? "," : "",
						f->m->skills[v[i].skills[k]].id);
	}
	assert_string_equal(got, "K4:a,b M10:a M9:a K2:b");
	assert_num(v[0].value, 1);
	assert_int_equal(v[0].mentees, 2);
	assert_num(v[1].value, 4.0 / 6);
	assert_num(v[2].value, 4.0 / 6);
	assert_num(v[3].value, 2.0 / 6);
	assert_int_equal(v[3].mentees, 0);
	mentors_free(v, n);
	person_state_free(&ps);
}

/* The mentee counts behind max_mentees: plans naming each as mentor. */
static void test_mentee_counts(void **state)
{
	struct fx *f = *state;
	put_mentors(f);
	uint32_t *c = match_mentee_counts(f->m);
	assert_non_null(c);
	assert_int_equal(c[person_of(f->m, "K3")], 3);
	assert_int_equal(c[person_of(f->m, "K4")], 2);
	assert_int_equal(c[person_of(f->m, "K2")], 0);
	free(c);
}

/* No gap to a target, no mentors: E02 of the first repo. */
static void test_mentors_without_gap(void **state)
{
	struct fx *f = *state;
	put_people(f, NULL);
	struct person_state ps;
	state_of(f, "E02", &ps);
	struct mentor *v;
	size_t n;
	assert_int_equal(match_mentors(f->m, &ps, date_of(AS_OF), &v, &n), 0);
	assert_int_equal(n, 0);
	mentors_free(v, n);
	person_state_free(&ps);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_person_state_gaps),
		T(test_growth_partial),
		T(test_growth_capped_by_the_gap),
		T(test_growth_uses_target_weights),
		T(test_growth_whole_gap),
		T(test_growth_zero_when_o_misses_g),
		T(test_growth_g_empty),
		T(test_growth_no_target),
		T(test_growth_credited_via_related),
		T(test_ineligible_two_levels_above),
		T(test_eligible_exactly_one_level_above),
		T(test_eligible_non_essential_far_above),
		T(test_eligible_on_credited_level),
		T(test_exclusions),
		T(test_jobs_ranking),
		T(test_aspiration_bonus_needs_the_role),
		T(test_development_ranking),
		T(test_development_needs_growth),
		T(test_kind_filter),
		T(test_helps_and_holds),
		T(test_candidates_ranking),
		T(test_candidates_level_rule),
		T(test_candidate_score),
		T(test_candidates_none),
		T(test_mentors),
		T(test_mentee_counts),
		T(test_mentors_without_gap),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
