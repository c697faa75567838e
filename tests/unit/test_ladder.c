/* The role graph of SPEC 1.2 as lib/ladder.c reads it: what a move asks
 * (ladder_delta, ladder_increase, ladder_similarity, ladder_total), the tree
 * of moves from a role (depth limit, cycles, roles reached twice), moves
 * nobody wrote down (ladder_suggest) and the two checks of the architecture
 * (ladder_check). Routes and scenarios are in test_routes.c. Every expected
 * number is worked out by hand beside it. */
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

#include "ladder.h"
#include "repo.h"

#define assert_num(got, want)                                                            \
	do {                                                                             \
		double got_ = (got), want_ = (want);                                     \
		if (!(fabs(got_ - want_) <= 1e-9))                                       \
			print_error("%s is %.17g, expected %.17g\n", #got, got_, want_); \
		assert_true(fabs(got_ - want_) <= 1e-9);                                 \
	} while (0)

/* Skills by index (byte order of ids): a 0, b 1, c 2, d 3, e 4, f 5. */
#define SKILLS                                                       \
	"scale: {1: a, 2: b, 3: c, 4: d, 5: e}\n"                    \
	"skills:\n"                                                  \
	"  - {id: a}\n  - {id: b}\n  - {id: c}\n  - {id: d}\n"       \
	"  - {id: e}\n  - {id: f}\n"

/* roles/ID.yaml with a family, a level, a `skills:` flow mapping (or NULL)
 * and a `next:` flow list (or NULL). */
static void put_role(struct fx *f, const char *id, const char *family, int level, const char *skills,
		     const char *next)
{
	char path[128], text[1024];
	snprintf(path, sizeof path, "roles/%s.yaml", id);
	int n = snprintf(text, sizeof text, "id: %s\nfamily: %s\nlevel: %d\n", id, family, level);
	if (skills)
		n += snprintf(text + n, sizeof text - (size_t)n, "skills: %s\n", skills);
	if (next)
		snprintf(text + n, sizeof text - (size_t)n, "next: %s\n", next);
	put(f, path, text);
}

static void load_defs(struct fx *f)
{
	put(f, "skills.yaml", SKILLS);
	f->o.parts = PART_SKILLS | PART_ROLES;
	load_clean(f);
}

static uint32_t role(struct fx *f, const char *id)
{
	uint32_t r = model_role(f->m, id);
	assert_int_not_equal(r, NONE);
	return r;
}

/* ---- ladder_delta ----------------------------------------------------------- */

/* src: a 2; b 3 weight 2; c 2 essential; d 1; f 1
 * dst: a 3; b 3 weight 1; c 1; e 2; f 3 weight 2 essential */
static void put_delta_pair(struct fx *f)
{
	put_role(f, "src", "x", 1, "{a: 2, b: {level: 3, weight: 2}, c: {level: 2, essential: true}, d: 1, f: 1}", NULL);
	put_role(f, "dst", "x", 2, "{a: 3, b: 3, c: 1, e: 2, f: {level: 3, weight: 2, essential: true}}", NULL);
}

static void test_delta_every_kind_in_skill_order(void **state)
{
	struct fx *f = *state;
	put_delta_pair(f);
	load_defs(f);
	struct delta d;
	assert_int_equal(ladder_delta(f->m, role(f, "src"), role(f, "dst"), &d), 0);
	/* per skill: its level first, then weight, then essential */
	const struct {
		const char *skill;
		enum delta_kind kind;
		double from, to;
	} want[] = {
		{"a", DELTA_RAISED, 2, 3},   {"b", DELTA_WEIGHT, 2, 1},    {"c", DELTA_LOWERED, 2, 1},
		{"c", DELTA_ESSENTIAL, 1, 0}, {"d", DELTA_DROPPED, 1, 0},   {"e", DELTA_NEW, 0, 2},
		{"f", DELTA_RAISED, 1, 3},   {"f", DELTA_WEIGHT, 1, 2},    {"f", DELTA_ESSENTIAL, 0, 1},
	};
	assert_int_equal(d.n, sizeof want / sizeof want[0]);
	for (size_t i = 0; i < d.n; i++) {
		assert_int_equal(d.v[i].skill, skill_of(f->m, want[i].skill));
		assert_int_equal(d.v[i].kind, want[i].kind);
		assert_num(d.v[i].from, want[i].from);
		assert_num(d.v[i].to, want[i].to);
	}
	/* over dst's requirements, weight_dst x (level_dst - level_src) when > 0:
	 * a 1x(3-2) = 1; b 1x(3-3) = 0; c 1 < 2: 0; e new 1x2 = 2; f 2x(3-1) = 4 -> 7 */
	assert_num(d.increase, 7);
	delta_free(&d);
}

static void test_delta_the_other_way(void **state)
{
	struct fx *f = *state;
	put_delta_pair(f);
	load_defs(f);
	struct delta d;
	assert_int_equal(ladder_delta(f->m, role(f, "dst"), role(f, "src"), &d), 0);
	const struct {
		const char *skill;
		enum delta_kind kind;
		double from, to;
	} want[] = {
		{"a", DELTA_LOWERED, 3, 2},   {"b", DELTA_WEIGHT, 1, 2},    {"c", DELTA_RAISED, 1, 2},
		{"c", DELTA_ESSENTIAL, 0, 1}, {"d", DELTA_NEW, 0, 1},       {"e", DELTA_DROPPED, 2, 0},
		{"f", DELTA_LOWERED, 3, 1},   {"f", DELTA_WEIGHT, 2, 1},    {"f", DELTA_ESSENTIAL, 1, 0},
	};
	assert_int_equal(d.n, sizeof want / sizeof want[0]);
	for (size_t i = 0; i < d.n; i++) {
		assert_int_equal(d.v[i].skill, skill_of(f->m, want[i].skill));
		assert_int_equal(d.v[i].kind, want[i].kind);
		assert_num(d.v[i].from, want[i].from);
		assert_num(d.v[i].to, want[i].to);
	}
	/* over src's requirements: a 2 < 3: 0; b 2x(3-3) = 0; c 1x(2-1) = 1;
	 * d new 1x1 = 1; f 1 < 3: 0 -> 2 */
	assert_num(d.increase, 2);
	delta_free(&d);
}

static void test_delta_of_the_same_profile_is_empty(void **state)
{
	struct fx *f = *state;
	put_role(f, "one", "x", 1, "{a: 2, b: {level: 3, weight: 2, essential: true}}", NULL);
	put_role(f, "two", "x", 2, "{a: 2, b: {level: 3, weight: 2, essential: true}}", NULL);
	put_role(f, "none", "x", 1, NULL, NULL);
	load_defs(f);
	struct delta d;
	assert_int_equal(ladder_delta(f->m, role(f, "one"), role(f, "two"), &d), 0);
	assert_int_equal(d.n, 0);
	assert_num(d.increase, 0);
	delta_free(&d);
	/* from nothing: everything new, with b's weight and essential flag
	 * (not the defaults) after it; increase 1x2 + 2x3 = 8 */
	assert_int_equal(ladder_delta(f->m, role(f, "none"), role(f, "one"), &d), 0);
	assert_int_equal(d.n, 4);
	assert_int_equal(d.v[0].kind, DELTA_NEW);
	assert_int_equal(d.v[0].skill, skill_of(f->m, "a"));
	assert_num(d.v[0].to, 2);
	assert_int_equal(d.v[1].kind, DELTA_NEW);
	assert_int_equal(d.v[1].skill, skill_of(f->m, "b"));
	assert_num(d.v[1].to, 3);
	assert_int_equal(d.v[2].kind, DELTA_WEIGHT);
	assert_num(d.v[2].from, 1);
	assert_num(d.v[2].to, 2);
	assert_int_equal(d.v[3].kind, DELTA_ESSENTIAL);
	assert_num(d.v[3].to, 1);
	assert_num(d.increase, 8);
	delta_free(&d);
	/* to nothing: everything dropped, nothing asked */
	assert_int_equal(ladder_delta(f->m, role(f, "one"), role(f, "none"), &d), 0);
	assert_int_equal(d.n, 2);
	assert_int_equal(d.v[0].kind, DELTA_DROPPED);
	assert_num(d.v[0].from, 2);
	assert_int_equal(d.v[1].kind, DELTA_DROPPED);
	assert_num(d.v[1].from, 3);
	assert_num(d.increase, 0);
	delta_free(&d);
}

static void test_delta_through_extends(void **state)
{
	struct fx *f = *state;
	/* kid inherits b 2 (weight 2) and drops a: the delta sees resolved requirements */
	put_role(f, "base", "x", 1, "{a: 1, b: {level: 2, weight: 2}}", NULL);
	put(f, "roles/kid.yaml", "id: kid\nfamily: x\nlevel: 2\nextends: base\nskills: {a: 0, c: 3}\n");
	load_defs(f);
	struct delta d;
	assert_int_equal(ladder_delta(f->m, role(f, "base"), role(f, "kid"), &d), 0);
	assert_int_equal(d.n, 2);
	assert_int_equal(d.v[0].kind, DELTA_DROPPED);
	assert_int_equal(d.v[0].skill, skill_of(f->m, "a"));
	assert_int_equal(d.v[1].kind, DELTA_NEW);
	assert_int_equal(d.v[1].skill, skill_of(f->m, "c"));
	assert_num(d.increase, 3); /* c new: 1 x 3 */
	delta_free(&d);
}

static void test_delta_kind_names(void **state)
{
	(void)state;
	assert_string_equal(delta_kind_name(DELTA_NEW), "new");
	assert_string_equal(delta_kind_name(DELTA_RAISED), "raised");
	assert_string_equal(delta_kind_name(DELTA_LOWERED), "lowered");
	assert_string_equal(delta_kind_name(DELTA_DROPPED), "dropped");
	assert_string_equal(delta_kind_name(DELTA_WEIGHT), "weight");
	assert_string_equal(delta_kind_name(DELTA_ESSENTIAL), "essential");
}

/* ---- ladder_increase, ladder_similarity, ladder_total ------------------------- */

static void test_increase_counts_weight_of_the_target(void **state)
{
	struct fx *f = *state;
	/* from: a 1 (w 5), b 4; to: a 3 (w 2), b 2 (w 3), c 2 (w 1.5)
	 * a: 2 x (3 - 1) = 4 (the source's weight 5 plays no part)
	 * b: 2 < 4, nothing
	 * c: new, 1.5 x 2 = 3
	 * -> 7 */
	put_role(f, "from", "x", 1, "{a: {level: 1, weight: 5}, b: 4}", NULL);
	put_role(f, "to", "x", 2, "{a: {level: 3, weight: 2}, b: {level: 2, weight: 3}, c: {level: 2, weight: 1.5}}", NULL);
	load_defs(f);
	assert_num(ladder_increase(f->m, role(f, "from"), role(f, "to")), 7);
	/* back: a 5 x max(0, 1 - 3) = 0; b 1 x (4 - 2) = 2 -> 2 */
	assert_num(ladder_increase(f->m, role(f, "to"), role(f, "from")), 2);
	assert_num(ladder_increase(f->m, role(f, "to"), role(f, "to")), 0);
}

static void test_similarity_by_hand(void **state)
{
	struct fx *f = *state;
	put_delta_pair(f);
	put_role(f, "twin", "x", 3, "{a: 2, b: {level: 3, weight: 2}, c: {level: 2, essential: true}, d: 1, f: 1}", NULL);
	put_role(f, "apart", "y", 1, "{e: 4}", NULL);
	put_role(f, "empty", "y", 1, NULL, NULL);
	put_role(f, "empty2", "y", 2, NULL, NULL);
	load_defs(f);
	/* v = weight x level
	 *        a  b  c  d  e  f
	 *  src   2  6  2  1  0  1
	 *  dst   3  3  1  0  2  6
	 *  min   2  3  1  0  0  1  = 7
	 *  max   3  6  2  1  2  6  = 20    ->  7 / 20 = 0.35 */
	assert_num(ladder_similarity(f->m, role(f, "src"), role(f, "dst")), 0.35);
	assert_num(ladder_similarity(f->m, role(f, "dst"), role(f, "src")), 0.35); /* symmetric */
	/* essential plays no part: twin is src's profile */
	assert_num(ladder_similarity(f->m, role(f, "src"), role(f, "twin")), 1);
	assert_num(ladder_similarity(f->m, role(f, "src"), role(f, "apart")), 0);
	assert_num(ladder_similarity(f->m, role(f, "src"), role(f, "empty")), 0);
	assert_num(ladder_similarity(f->m, role(f, "empty"), role(f, "empty2")), 0); /* 0 / 0 is 0 */
	/* totals: src 2 + 6 + 2 + 1 + 1 = 12; dst 3 + 3 + 1 + 2 + 6 = 15 */
	assert_num(ladder_total(f->m, role(f, "src")), 12);
	assert_num(ladder_total(f->m, role(f, "dst")), 15);
	assert_num(ladder_total(f->m, role(f, "empty")), 0);
}

static void test_similarity_weighted_by_level_and_weight(void **state)
{
	struct fx *f = *state;
	/* p: a 4 (w 0.5) -> 2, b 2 -> 2; q: a 1 -> 1, b 2 (w 2) -> 4
	 * min 1 + 2 = 3; max 2 + 4 = 6 -> 0.5 */
	put_role(f, "p", "x", 1, "{a: {level: 4, weight: 0.5}, b: 2}", NULL);
	put_role(f, "q", "x", 1, "{a: 1, b: {level: 2, weight: 2}}", NULL);
	load_defs(f);
	assert_num(ladder_similarity(f->m, role(f, "p"), role(f, "q")), 0.5);
}

/* ---- ladder_tree -------------------------------------------------------------- */

/* The nodes of a tree as "depth:role:state" joined by spaces. */
static const char *tree_text(struct fx *f, const struct tree_node *v, size_t n)
{
	static char buf[2048];
	static const char *const st[] = {"E", "C", "S", "L"};
	size_t len = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < n; i++)
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%d:%s:%s", i ? " " : "", v[i].depth,
					f->m->roles[v[i].role].id, st[v[i].state]);
	return buf;
}

/* root -> t-a, t-x; t-a -> t-b, t-c; t-b -> t-a (a 2-cycle with t-a);
 * t-c -> t-d -> t-e -> t-c (a 3-cycle), t-e -> t-leaf; t-x -> t-c (t-c
 * reached twice, both times 2 moves from root). Family x but t-e and t-leaf. */
static void put_tree(struct fx *f)
{
	put_role(f, "root", "x", 1, "{a: 1}", "[t-a, t-x]");
	put_role(f, "t-a", "x", 2, "{a: 2}", "[t-b, t-c]");
	put_role(f, "t-b", "x", 2, "{b: 2}", "[t-a]");
	put_role(f, "t-x", "x", 2, "{b: 1}", "[t-c]");
	put_role(f, "t-c", "x", 3, "{a: 3}", "[t-d]");
	put_role(f, "t-d", "x", 3, "{c: 3}", "[t-e]");
	put_role(f, "t-e", "y", 3, "{d: 3}", "[t-c, t-leaf]");
	put_role(f, "t-leaf", "y", 4, "{d: 4}", NULL);
}

static void test_tree_cycles_shown_once_and_not_followed(void **state)
{
	struct fx *f = *state;
	put_tree(f);
	load_defs(f);
	struct tree_node *v;
	size_t n;
	assert_int_equal(ladder_tree(f->m, role(f, "root"), 10, &v, &n), 0);
	/* depth first, moves in the order written; t-a under t-b closes the
	 * 2-cycle, t-c under t-e the 3-cycle; t-c again under t-x was
	 * expanded above */
	assert_string_equal(tree_text(f, v, n), "0:root:E 1:t-a:E 2:t-b:E 3:t-a:C 2:t-c:E 3:t-d:E 4:t-e:E "
						"5:t-c:C 5:t-leaf:L 1:t-x:E 2:t-c:S");
	/* parents and move types */
	assert_int_equal(v[0].parent, NONE);
	assert_int_equal(v[1].parent, 0);
	assert_int_equal(v[1].type, MOVE_PROMOTION); /* x 1 -> x 2 */
	assert_int_equal(v[2].parent, 1);
	assert_int_equal(v[2].type, MOVE_LATERAL); /* x 2 -> x 2 */
	assert_int_equal(v[3].parent, 2);
	assert_int_equal(v[4].parent, 1);
	assert_int_equal(v[6].type, MOVE_CROSS_FUNCTIONAL); /* x -> y */
	assert_int_equal(v[7].type, MOVE_CROSS_FUNCTIONAL); /* y -> x */
	assert_int_equal(v[8].type, MOVE_PROMOTION);	     /* y 3 -> y 4 */
	assert_int_equal(v[9].parent, 0);
	assert_int_equal(v[10].parent, 9);
	assert_int_equal(v[10].type, MOVE_PROMOTION); /* x 2 -> x 3 */
	assert_int_equal(n, 11);
	free(v);
}

static void test_tree_cycle_from_inside_the_cycle(void **state)
{
	struct fx *f = *state;
	put_tree(f);
	load_defs(f);
	struct tree_node *v;
	size_t n;
	/* starting on the 3-cycle: the root itself comes back once, as a cycle */
	assert_int_equal(ladder_tree(f->m, role(f, "t-c"), 5, &v, &n), 0);
	assert_string_equal(tree_text(f, v, n), "0:t-c:E 1:t-d:E 2:t-e:E 3:t-c:C 3:t-leaf:L");
	free(v);
	/* the 2-cycle from t-b */
	assert_int_equal(ladder_tree(f->m, role(f, "t-b"), 2, &v, &n), 0);
	assert_string_equal(tree_text(f, v, n), "0:t-b:E 1:t-a:E 2:t-b:C 2:t-c:L");
	free(v);
}

static void test_tree_depth_limit(void **state)
{
	struct fx *f = *state;
	put_tree(f);
	load_defs(f);
	struct tree_node *v;
	size_t n;
	/* depth 1: the root's moves, as leaves */
	assert_int_equal(ladder_tree(f->m, role(f, "root"), 1, &v, &n), 0);
	assert_string_equal(tree_text(f, v, n), "0:root:E 1:t-a:L 1:t-x:L");
	free(v);
	/* a role with no moves is a leaf at any depth; depth 0 shows the root alone */
	assert_int_equal(ladder_tree(f->m, role(f, "t-leaf"), 3, &v, &n), 0);
	assert_string_equal(tree_text(f, v, n), "0:t-leaf:L");
	free(v);
	assert_int_equal(ladder_tree(f->m, role(f, "root"), 0, &v, &n), 0);
	assert_string_equal(tree_text(f, v, n), "0:root:L");
	free(v);
}

/* A role met first as a leaf at the depth limit was not expanded there: met
 * again with room to spare, it is expanded (NODE_SEEN means "expanded
 * elsewhere"). l-root -> l-a -> l-b (depth 2: at the limit), then
 * l-root -> l-b (depth 1): its move to l-c, 2 moves from l-root, follows. */
static void test_tree_leaf_at_the_limit_is_expanded_when_met_higher(void **state)
{
	struct fx *f = *state;
	put_role(f, "l-root", "x", 1, NULL, "[l-a, l-b]");
	put_role(f, "l-a", "x", 2, NULL, "[l-b]");
	put_role(f, "l-b", "x", 2, NULL, "[l-c]");
	put_role(f, "l-c", "x", 3, NULL, NULL);
	load_defs(f);
	struct tree_node *v;
	size_t n;
	assert_int_equal(ladder_tree(f->m, role(f, "l-root"), 2, &v, &n), 0);
	/* l-b under l-a is at the limit and expanded elsewhere: a leaf or "seen" */
	const char *t = tree_text(f, v, n);
	if (strcmp(t, "0:l-root:E 1:l-a:E 2:l-b:L 1:l-b:E 2:l-c:L") != 0)
		assert_string_equal(t, "0:l-root:E 1:l-a:E 2:l-b:S 1:l-b:E 2:l-c:L");
	free(v);
}

/* Every role within `depth` moves of the root is in the tree, however the
 * depth-first walk meets it: k-b is expanded first at depth 2 (under k-a),
 * so reaching it again at depth 1 must not hide k-d, 3 moves away through
 * root -> k-b -> k-c -> k-d. And no role is expanded twice. */
static void test_tree_shows_every_role_within_the_depth(void **state)
{
	struct fx *f = *state;
	put_role(f, "k-root", "x", 1, NULL, "[k-a, k-b]");
	put_role(f, "k-a", "x", 2, NULL, "[k-b]");
	put_role(f, "k-b", "x", 2, NULL, "[k-c]");
	put_role(f, "k-c", "x", 3, NULL, "[k-d]");
	put_role(f, "k-d", "x", 4, NULL, "[k-e]");
	put_role(f, "k-e", "x", 5, NULL, NULL);
	load_defs(f);
	struct tree_node *v;
	size_t n;
	assert_int_equal(ladder_tree(f->m, role(f, "k-root"), 3, &v, &n), 0);
	const char *within[] = {"k-root", "k-a", "k-b", "k-c", "k-d"};
	for (size_t k = 0; k < 5; k++) {
		bool found = false;
		for (size_t i = 0; i < n && !found; i++)
			found = v[i].role == role(f, within[k]);
		if (!found)
			print_error("%s (within 3 moves) is not in the tree: %s\n", within[k], tree_text(f, v, n));
		assert_true(found);
	}
	for (size_t i = 0; i < n; i++) {
		assert_true(v[i].depth <= 3);
		assert_int_not_equal(v[i].role, role(f, "k-e")); /* 4 moves away */
		for (size_t k = i + 1; k < n; k++)
			assert_false(v[i].role == v[k].role && v[i].state == NODE_EXPANDED &&
				     v[k].state == NODE_EXPANDED);
	}
	free(v);
}

/* ---- ladder_suggest -------------------------------------------------------------- */

static void test_suggest_excludes_itself_and_its_next(void **state)
{
	struct fx *f = *state;
	/* v = weight x level; base: a 2, b 2 (sum 4) */
	put_role(f, "g-base", "x", 2, "{a: 2, b: 2}", "[g-next]");
	put_role(f, "g-next", "x", 3, "{a: 2, b: 2}", NULL);		/* 1, but written down */
	put_role(f, "g-twin", "y", 2, "{a: 2, b: 2}", NULL);		/* 4 / 4 = 1 */
	put_role(f, "g-heavy", "x", 3, "{a: {level: 2, weight: 2}, b: 2}", NULL); /* min 2+2, max 4+2: 4/6 */
	put_role(f, "g-low", "x", 1, "{a: 1, b: 1}", NULL);		/* min 1+1, max 2+2: 2/4 */
	put_role(f, "g-half", "x", 2, "{a: 2}", NULL);			/* min 2+0, max 2+2: 2/4 */
	put_role(f, "g-other", "y", 2, "{c: 3}", NULL);			/* 0 / 7: left out */
	put_role(f, "g-empty", "y", 2, NULL, NULL);			/* 0 / 4: left out */
	load_defs(f);
	struct suggestion *s;
	size_t n;
	assert_int_equal(ladder_suggest(f->m, role(f, "g-base"), 0, &s, &n), 0);
	/* by similarity descending, then id: g-half before g-low at 0.5 */
	const char *want[] = {"g-twin", "g-heavy", "g-half", "g-low"};
	const double sim[] = {1, 4.0 / 6.0, 0.5, 0.5};
	assert_int_equal(n, 4);
	for (size_t i = 0; i < n; i++) {
		assert_string_equal(f->m->roles[s[i].role].id, want[i]);
		assert_num(s[i].similarity, sim[i]);
	}
	free(s);
	/* at most limit */
	assert_int_equal(ladder_suggest(f->m, role(f, "g-base"), 2, &s, &n), 0);
	assert_int_equal(n, 2);
	assert_string_equal(f->m->roles[s[0].role].id, "g-twin");
	assert_string_equal(f->m->roles[s[1].role].id, "g-heavy");
	free(s);
}

static void test_suggest_from_a_role_asking_nothing(void **state)
{
	struct fx *f = *state;
	put_role(f, "h-empty", "x", 1, NULL, NULL);
	put_role(f, "h-some", "x", 2, "{a: 1}", NULL);
	load_defs(f);
	struct suggestion *s;
	size_t n = 99;
	assert_int_equal(ladder_suggest(f->m, role(f, "h-empty"), 10, &s, &n), 0);
	assert_int_equal(n, 0); /* nothing overlaps nothing */
	free(s);
}

/* ---- ladder_check ------------------------------------------------------------------ */

static const char *check(struct fx *f)
{
	ladder_check(f->m, &f->d);
	return diags(f);
}

static void test_check_unreachable_with_disconnected_families(void **state)
{
	struct fx *f = *state;
	/* x: x-1 -> x-2; x-3 leads out but nothing leads to it */
	put_role(f, "x-1", "x", 1, "{a: 1}", "[x-2]");
	put_role(f, "x-3", "x", 3, "{a: 3}", "[x-2]");
	/* y starts at level 3: its own entry level */
	put_role(f, "y-3", "y", 3, "{b: 3}", "[y-4]");
	put_role(f, "y-4", "y", 4, "{b: 4}", NULL);
	/* z: two entry roles at level 2, no moves; z-5 reached by nothing */
	put_role(f, "z-2", "z", 2, "{c: 2}", NULL);
	put_role(f, "z-2b", "z", 2, "{d: 2}", NULL);
	put_role(f, "z-5", "z", 5, "{c: 5}", NULL);
	/* w-8 is w's entry level; w-9 is reached only across families, from x-2 */
	put_role(f, "w-8", "w", 8, NULL, NULL);
	put(f, "roles/x-2.yaml", "id: x-2\nfamily: x\nlevel: 2\nskills: {a: 2}\nnext: [w-9]\n");
	put_role(f, "w-9", "w", 9, NULL, NULL);
	load_defs(f);
	assert_string_equal(check(f), "roles/x-3.yaml: warning: role 'x-3' cannot be reached from any entry-level role "
				      "(no `next` path leads to it)\n"
				      "roles/z-5.yaml: warning: role 'z-5' cannot be reached from any entry-level role "
				      "(no `next` path leads to it)\n");
}

static void test_check_no_moves_written_no_unreachable_warning(void **state)
{
	struct fx *f = *state;
	put_role(f, "n-1", "n", 1, "{a: 1}", NULL);
	put_role(f, "n-2", "n", 2, "{a: 2}", NULL);
	put_role(f, "m-4", "m", 4, "{a: 4}", NULL);
	load_defs(f);
	assert_string_equal(check(f), "");
}

static void test_check_single_move_makes_unreachable_count(void **state)
{
	struct fx *f = *state;
	/* one move written anywhere: n-2 is now unreachable */
	put_role(f, "n-1", "n", 1, "{a: 1}", NULL);
	put_role(f, "n-2", "n", 2, "{a: 2}", NULL);
	put_role(f, "m-4", "m", 4, "{a: 4}", "[m-5]");
	put_role(f, "m-5", "m", 5, "{a: 5}", NULL);
	load_defs(f);
	assert_string_equal(check(f), "roles/n-2.yaml: warning: role 'n-2' cannot be reached from any entry-level role "
				      "(no `next` path leads to it)\n");
}

static void test_check_promotion_asking_nothing_more(void **state)
{
	struct fx *f = *state;
	put(f, "roles/p-1.yaml", "id: p-1\n"
				 "family: p\n"
				 "level: 1\n"
				 "skills: {a: 2, b: {level: 2, weight: 2}}\n"
				 "next:\n"
				 "  - p-2-less\n"	/* line 6: b dropped, a lowered */
				 "  - p-2-more\n"	/* a promotion asking more */
				 "  - p-1-twin\n"	/* a lateral move asking the same */
				 "  -   p-2-same\n"); /* line 9, column 7 */
	put_role(f, "p-2-less", "p", 2, "{a: 1}", "[p-1]"); /* a step back asking less: fine */
	put_role(f, "p-2-more", "p", 2, "{a: 2, b: 2, c: 1}", "[q-3]");
	put_role(f, "p-1-twin", "p", 1, "{a: 2, b: {level: 2, weight: 2}}", NULL);
	put_role(f, "p-2-same", "p", 2, "{a: 2, b: {level: 2, weight: 2}}", NULL);
	put_role(f, "q-3", "q", 3, "{a: 1}", NULL); /* other family: cross-functional, not checked */
	load_defs(f);
	assert_string_equal(check(f), "roles/p-1.yaml:6:5: warning: promotion to 'p-2-less' asks nothing that 'p-1' "
				      "does not (no skill new, raised, weightier or essential)\n"
				      "roles/p-1.yaml:9:7: warning: promotion to 'p-2-same' asks nothing that 'p-1' "
				      "does not (no skill new, raised, weightier or essential)\n");
}

static void test_check_promotion_in_a_flow_list(void **state)
{
	struct fx *f = *state;
	put_role(f, "r-1", "r", 1, "{a: 3}", "[r-2, r-3]"); /* line 5: "next: [r-2, r-3]" */
	put_role(f, "r-2", "r", 2, "{a: 4}", NULL);
	put_role(f, "r-3", "r", 3, NULL, NULL); /* asks nothing at all */
	load_defs(f);
	assert_string_equal(check(f), "roles/r-1.yaml:5:13: warning: promotion to 'r-3' asks nothing that 'r-1' "
				      "does not (no skill new, raised, weightier or essential)\n");
}

static void test_check_clean_architecture(void **state)
{
	struct fx *f = *state;
	put_tree(f); /* root is the lowest level of x, t-e of y; every promotion adds */
	load_defs(f);
	assert_string_equal(check(f), "");
}

static void test_check_no_roles(void **state)
{
	struct fx *f = *state;
	mkdir_in(f, "roles");
	load_defs(f);
	assert_string_equal(check(f), "");
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_delta_every_kind_in_skill_order),
		T(test_delta_the_other_way),
		T(test_delta_of_the_same_profile_is_empty),
		T(test_delta_through_extends),
		T(test_delta_kind_names),
		T(test_increase_counts_weight_of_the_target),
		T(test_similarity_by_hand),
		T(test_similarity_weighted_by_level_and_weight),
		T(test_tree_cycles_shown_once_and_not_followed),
		T(test_tree_cycle_from_inside_the_cycle),
		T(test_tree_depth_limit),
		T(test_tree_leaf_at_the_limit_is_expanded_when_met_higher),
		T(test_tree_shows_every_role_within_the_depth),
		T(test_suggest_excludes_itself_and_its_next),
		T(test_suggest_from_a_role_asking_nothing),
		T(test_check_unreachable_with_disconnected_families),
		T(test_check_no_moves_written_no_unreachable_warning),
		T(test_check_single_move_makes_unreachable_count),
		T(test_check_promotion_asking_nothing_more),
		T(test_check_promotion_in_a_flow_list),
		T(test_check_clean_architecture),
		T(test_check_no_roles),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
