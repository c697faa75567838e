/* rungs review: quarterly development reviews, team summaries and the
 * organisation audit. */
#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "evidence.h"
#include "match.h"
#include "org.h"
#include "par.h"
#include "review.h"
#include "tiers.h"

static const struct opt_spec review_opts[] = {
	{"from", 0, "DATE", "start of the window, exclusive (default: the end of the quarter before the last)"},
	{"to", 0, "DATE", "end of the window (default: the end of the last full quarter before --as-of)"},
	{"team", 0, "MANAGER", "one row per person under MANAGER"},
	{"department", 0, "D", "one row per person in department D"},
	{"all", 0, NULL, "one row per person"},
	{"org", 0, NULL, "the organisation audit"},
	{"fail-on", 0, "WHAT", "exit 1 when anything is overdue, stale or at risk (overdue|stale|risk)"},
	{"help", 'h', NULL, "show this help"},
};
enum { O_FROM, O_TO, O_TEAM, O_DEPARTMENT, O_ALL, O_ORG, O_FAILON, O_HELP };

enum fail_on { FAIL_NONE, FAIL_OVERDUE, FAIL_STALE, FAIL_RISK };

#define ASPIRED_MANY 3 /* people aspiring to a role before the audit lists it */

struct review_args {
	const char *employee, *team, *department, *from_s, *to_s;
	bool all, org;
	enum fail_on fail_on;
};

struct ctx {
	const struct global *g;
	const struct model *m;
	struct out_doc *doc;
	bool text;
	int32_t from, to, as_of;
	bool hit; /* a --fail-on item was found */
	const struct review_args *a;
};

static struct ov *str(struct ctx *c, const char *s)
{
	return ov_str(c->doc, s);
}

static struct ov *date_v(struct ctx *c, int32_t d)
{
	char buf[DATE_BUF];
	if (d == DATE_NONE)
		return ov_null(c->doc);
	date_format(d, buf);
	return str(c, buf);
}

static struct ov *role_v(struct ctx *c, uint32_t r)
{
	return r == NONE ? ov_null(c->doc) : str(c, c->m->roles[r].id);
}

/* Readiness and tier for the target on a date (-1 readiness when none). */
static int target_score(struct ctx *c, uint32_t e, uint32_t target, int32_t date, double *levels, struct score *s)
{
	memset(s, 0, sizeof *s);
	if (target == NONE)
		return 1;
	evidence_all(c->m, e, date, levels, NULL);
	return score_reqs(c->m, levels, role_reqs(c->m, target), c->m->roles[target].req_n, s) < 0 ? -1 : 0;
}

/* ---- one person --------------------------------------------------------------- */

/* Skills whose effective level moved in the window, with the rows of the
 * window that moved them. */
static struct ov *skill_changes(struct ctx *c, uint32_t e)
{
	const struct model *m = c->m;
	struct ov *list = ov_arr(c->doc);
	for (uint32_t s = 0; s < m->nskills; s++) {
		size_t n;
		struct rows_buf buf;
		const struct assessment *a = evidence_rows(m, e, s, &n, &buf);
		if (!n)
			continue;
		double before = evidence_fold(m, e, s, c->from, NULL, NULL).level;
		double after = evidence_fold(m, e, s, c->to, NULL, NULL).level;
		if (!num_cmp(before, after))
			continue;
		struct ov *o = ov_obj(c->doc), *rows = ov_arr(c->doc);
		char *text = NULL;
		size_t tlen = 0, tcap = 0;
		for (size_t i = 0; i < n; i++) {
			if (a[i].date <= c->from || a[i].date > c->to)
				continue;
			const char *src = m->cfg.sources[a[i].source].name, *who = model_assessor(m, a[i].assessor);
			char d[DATE_BUF];
			date_format(a[i].date, d);
			if (c->text) { /* every row, however many: the text grows */
				size_t need = strlen(src) + strlen(who) + 40;
				if (!vec_reserve((void **)&text, &tcap, tlen + need, 1))
					break;
				tlen += (size_t)snprintf(text + tlen, tcap - tlen, "%s%s%s%s %u (%s)", tlen ? "; " : "", src,
							 *who ? " " : "", who, a[i].level, d);
				continue;
			}
			struct ov *r = ov_obj(c->doc);
			ov_set(c->doc, r, "date", str(c, d));
			ov_set(c->doc, r, "source", str(c, src));
			ov_set(c->doc, r, "assessor", str(c, who));
			ov_set(c->doc, r, "level", ov_int(c->doc, a[i].level));
			ov_push(c->doc, rows, r);
		}
		ov_set(c->doc, o, "skill", str(c, m->skills[s].id));
		ov_set(c->doc, o, "from", ov_num(c->doc, before));
		ov_set(c->doc, o, "to", ov_num(c->doc, after));
		ov_set(c->doc, o, "change", ov_num(c->doc, after - before));
		ov_set(c->doc, o, "evidence", c->text ? (tlen ? str(c, text) : str(c, "(older evidence left the window)")) : rows);
		free(text);
		ov_push(c->doc, list, o);
	}
	return list;
}

static struct ov *milestones(struct ctx *c, uint32_t e, size_t *overdue)
{
	const struct model *m = c->m;
	struct ov *list = ov_arr(c->doc);
	*overdue = 0;
	uint32_t pl = person_plan(m, e);
	if (pl == NONE)
		return list;
	const struct plan *p = &m->plans[pl];
	for (uint32_t i = 0; i < p->ms_n; i++) {
		const struct milestone *ms = &m->milestones[p->ms_off + i];
		enum milestone_status st = review_milestone(m, e, ms, c->as_of);
		*overdue += st == MS_OVERDUE;
		char what[300];
		if (ms->skill != NONE)
			snprintf(what, sizeof what, "%s to %d%s%s", m->skills[ms->skill].id, ms->level, ms->title ? ": " : "",
				 ms->title ? ms->title : "");
		else
			snprintf(what, sizeof what, "%s", ms->title ? ms->title : "");
		struct ov *o = ov_obj(c->doc);
		ov_set(c->doc, o, "milestone", str(c, what));
		ov_set(c->doc, o, "skill", ms->skill == NONE ? ov_null(c->doc) : str(c, m->skills[ms->skill].id));
		ov_set(c->doc, o, "level", ms->skill == NONE ? ov_null(c->doc) : ov_int(c->doc, ms->level));
		ov_set(c->doc, o, "due", date_v(c, ms->due));
		ov_set(c->doc, o, "done", date_v(c, ms->done));
		ov_set(c->doc, o, "status", str(c, milestone_status_name(st)));
		ov_push(c->doc, list, o);
	}
	return list;
}

/* Course rows in the window: their assessor is the learning item. */
static struct ov *learning_done(struct ctx *c, uint32_t e, double *hours)
{
	const struct model *m = c->m;
	struct ov *list = ov_arr(c->doc);
	int course = config_source(&m->cfg, "course", 6);
	*hours = 0;
	if (course < 0 || !m->rows)
		return list;
	size_t nrows;
	struct rows_buf buf;
	const struct assessment *rows = model_rows(m, e, &nrows, &buf);
	for (size_t i = 0; i < nrows; i++) {
		const struct assessment *a = &rows[i];
		if (a->source != course || a->date <= c->from || a->date > c->to)
			continue;
		const char *id = model_assessor(m, a->assessor);
		uint32_t it = model_item(m, id);
		/* an item developing several skills has a row per skill: its hours count once */
		bool again = false;
		for (size_t k = 0; k < i && !again; k++)
			again = rows[k].source == course && rows[k].assessor == a->assessor && rows[k].date == a->date;
		struct ov *o = ov_obj(c->doc);
		ov_set(c->doc, o, "date", date_v(c, a->date));
		ov_set(c->doc, o, "item", str(c, id));
		ov_set(c->doc, o, "title", it == NONE ? ov_null(c->doc) : str(c, m->items[it].title));
		ov_set(c->doc, o, "kind", it == NONE ? ov_null(c->doc) : str(c, m->items[it].kind));
		ov_set(c->doc, o, "hours", it == NONE ? ov_null(c->doc) : ov_num(c->doc, m->items[it].hours));
		ov_set(c->doc, o, "skill", str(c, m->skills[a->skill].id));
		ov_set(c->doc, o, "level", ov_int(c->doc, a->level));
		ov_push(c->doc, list, o);
		*hours += it == NONE || again ? 0 : m->items[it].hours;
	}
	return list;
}

/* Stale and unverified evidence on the skills the current role or target
 * requires. */
static void evidence_health(struct ctx *c, uint32_t e, uint32_t target, struct ov **stale, struct ov **unverified,
			    size_t *nstale, size_t *nunv)
{
	const struct model *m = c->m;
	bool *req = review_required(m, e, target);
	*stale = ov_arr(c->doc);
	*unverified = ov_arr(c->doc);
	*nstale = *nunv = 0;
	for (uint32_t s = 0; req && s < m->nskills; s++) {
		if (!req[s])
			continue;
		struct evidence ev = evidence_fold(m, e, s, c->as_of, NULL, NULL);
		if (review_stale(m, &ev, c->as_of)) {
			struct ov *o = ov_obj(c->doc);
			ov_set(c->doc, o, "skill", str(c, m->skills[s].id));
			ov_set(c->doc, o, "newest", date_v(c, ev.newest));
			ov_set(c->doc, o, "age_days", ov_int(c->doc, c->as_of - ev.newest));
			ov_push(c->doc, *stale, o);
			(*nstale)++;
		}
		if (evidence_unverified(m, &ev)) {
			struct ov *o = ov_obj(c->doc);
			ov_set(c->doc, o, "skill", str(c, m->skills[s].id));
			ov_set(c->doc, o, "newest", date_v(c, ev.newest));
			ov_set(c->doc, o, "level", ov_num(c->doc, ev.level));
			ov_push(c->doc, *unverified, o);
			(*nunv)++;
		}
	}
	free(req);
}

/* The three gaps that matter most, the best development opportunities and
 * a mentor. */
static void next_actions(struct ctx *c, uint32_t e, struct ov *root)
{
	const struct model *m = c->m;
	struct person_state ps;
	struct ov *gaps = ov_arr(c->doc), *dev = ov_arr(c->doc), *mentor = ov_null(c->doc);
	if (person_state_init(m, e, c->as_of, &ps) == 0) {
		const struct score *t = &ps.target_score;
		size_t order[256], n = 0;
		for (size_t i = 0; i < t->n && n < 256; i++)
			if (t->skills[i].is_gap) {
				size_t j = n++;
				while (j > 0 && num_cmp(t->skills[i].weight * t->skills[i].gap,
							t->skills[order[j - 1]].weight * t->skills[order[j - 1]].gap) > 0) {
					order[j] = order[j - 1];
					j--;
				}
				order[j] = i;
			}
		for (size_t k = 0; k < n && k < 3; k++) {
			const struct skill_score *ss = &t->skills[order[k]];
			struct ov *o = ov_obj(c->doc), *items = ov_arr(c->doc);
			ov_set(c->doc, o, "skill", str(c, m->skills[ss->skill].id));
			ov_set(c->doc, o, "required", ov_int(c->doc, ss->required));
			ov_set(c->doc, o, "credited", ov_num(c->doc, ss->credited));
			ov_set(c->doc, o, "gap", ov_num(c->doc, ss->gap));
			ov_set(c->doc, o, "hours", ov_num(c->doc, ss->route.hours));
			for (size_t i = 0; i < ss->route.nitems; i++)
				ov_push(c->doc, items, str(c, m->items[ss->route.items[i]].id));
			ov_set(c->doc, o, "learning", items);
			ov_push(c->doc, gaps, o);
		}
		struct match_lists l;
		if (match_person(m, &ps, c->as_of, NULL, &l) == 0) {
			for (size_t i = 0; i < l.ndev && i < 3; i++) {
				const struct opportunity *op = &m->opps[l.dev[i].opp];
				struct ov *o = ov_obj(c->doc);
				ov_set(c->doc, o, "id", str(c, op->id));
				ov_set(c->doc, o, "kind", str(c, opp_kind_name(op->kind)));
				ov_set(c->doc, o, "title", str(c, op->title));
				ov_set(c->doc, o, "growth", ov_num(c->doc, l.dev[i].growth));
				ov_push(c->doc, dev, o);
			}
			match_lists_free(&l);
		}
		struct mentor *mv;
		size_t nm;
		if (match_mentors(m, &ps, c->as_of, &mv, &nm) == 0) {
			if (nm) {
				mentor = ov_obj(c->doc);
				ov_set(c->doc, mentor, "employee", str(c, person_id(m, mv[0].employee)));
				ov_set(c->doc, mentor, "name", str(c, person_name(m, mv[0].employee)));
				ov_set(c->doc, mentor, "value", ov_num(c->doc, mv[0].value));
			}
			mentors_free(mv, nm);
		}
		person_state_free(&ps);
	}
	ov_set(c->doc, root, "next_gaps", gaps);
	ov_set(c->doc, root, "next_development", dev);
	ov_set(c->doc, root, "mentor", mentor);
	if (c->text) /* one line for the header */
	{
		char buf[300] = "-";
		if (ov_kind(mentor) == OV_OBJ)
			snprintf(buf, sizeof buf, "%s (%s)", ov_to_str(ov_get(mentor, "employee"), NULL),
				 ov_to_str(ov_get(mentor, "name"), NULL));
		ov_set(c->doc, root, "mentor_text", str(c, buf));
	}
}

static const struct out_col head_cols[] = {
	{"employee", "Employee", COL_TEXT},	  {"name", "Name", COL_TEXT},		{"role", "Role", COL_TEXT},
	{"target", "Target", COL_TEXT},		  {"from", "From", COL_DATE},		{"to", "To", COL_DATE},
	{"readiness_from", "Readiness at from", COL_PCT}, {"readiness_to", "Readiness at to", COL_PCT},
	{"change", "Change", COL_PCT},		  {"tier_from", "Tier at from", COL_TEXT}, {"tier_to", "Tier at to", COL_TEXT},
	{"learning_hours", "Learning hours", COL_NUM}, {"mentor_text", "Suggested mentor", COL_TEXT},
};
static const struct out_col change_cols[] = {
	{"skill", "Skill", COL_TEXT}, {"from", "From", COL_LEVEL},	{"to", "To", COL_LEVEL},
	{"change", "Change", COL_LEVEL}, {"evidence", "Evidence in the window", COL_TEXT},
};
static const struct out_col milestone_cols[] = {
	{"milestone", "Milestone", COL_TEXT}, {"due", "Due", COL_DATE}, {"done", "Done", COL_DATE},
	{"status", "Status", COL_TEXT},
};
static const struct out_col learning_cols[] = {
	{"date", "Date", COL_DATE},   {"item", "Item", COL_TEXT}, {"title", "Title", COL_TEXT},
	{"kind", "Kind", COL_TEXT},   {"hours", "Hours", COL_NUM}, {"skill", "Skill", COL_TEXT},
	{"level", "Level", COL_INT},
};
static const struct out_col stale_cols[] = {
	{"skill", "Skill", COL_TEXT}, {"newest", "Newest evidence", COL_DATE}, {"age_days", "Age (days)", COL_INT},
};
static const struct out_col unverified_cols[] = {
	{"skill", "Skill", COL_TEXT}, {"newest", "Newest evidence", COL_DATE}, {"level", "Level", COL_LEVEL},
};
static const struct out_col gap_cols[] = {
	{"skill", "Skill", COL_TEXT},	  {"required", "Req", COL_INT},	 {"credited", "Credited", COL_LEVEL},
	{"gap", "Gap", COL_LEVEL},	  {"hours", "Hours", COL_NUM},	 {"learning", "Learning", COL_LIST},
};
static const struct out_col dev_cols[] = {
	{"id", "Id", COL_TEXT}, {"kind", "Kind", COL_TEXT}, {"title", "Title", COL_TEXT}, {"growth", "Growth", COL_PCT},
};

static int review_one(struct ctx *c, uint32_t e)
{
	const struct model *m = c->m;
	const struct person *p = &m->people[e];
	uint32_t target = score_target(m, e);
	double *levels = malloc((m->nskills ? m->nskills : 1) * sizeof *levels);
	struct score before, after;
	if (!levels || target_score(c, e, target, c->from, levels, &before) < 0 ||
	    target_score(c, e, target, c->to, levels, &after) < 0) {
		free(levels);
		return EXIT_FAILURE_;
	}
	free(levels);
	struct ov *root = ov_obj(c->doc), *stale, *unv;
	size_t overdue, nstale, nunv;
	double hours;
	ov_set(c->doc, root, "employee", str(c, person_text(m, p->id)));
	ov_set(c->doc, root, "name", str(c, person_text(m, p->name)));
	ov_set(c->doc, root, "role", str(c, person_text(m, p->role_id)));
	ov_set(c->doc, root, "target", role_v(c, target));
	ov_set(c->doc, root, "as_of", date_v(c, c->as_of));
	ov_set(c->doc, root, "from", date_v(c, c->from));
	ov_set(c->doc, root, "to", date_v(c, c->to));
	bool t = target != NONE;
	ov_set(c->doc, root, "readiness_from", t ? ov_num(c->doc, before.readiness) : ov_null(c->doc));
	ov_set(c->doc, root, "readiness_to", t ? ov_num(c->doc, after.readiness) : ov_null(c->doc));
	ov_set(c->doc, root, "change", t ? ov_num(c->doc, after.readiness - before.readiness) : ov_null(c->doc));
	ov_set(c->doc, root, "tier_from", t ? str(c, tier_name(before.tier)) : ov_null(c->doc));
	ov_set(c->doc, root, "tier_to", t ? str(c, tier_name(after.tier)) : ov_null(c->doc));
	ov_set(c->doc, root, "skills_changed", skill_changes(c, e));
	ov_set(c->doc, root, "milestones", milestones(c, e, &overdue));
	struct ov *learn = learning_done(c, e, &hours);
	ov_set(c->doc, root, "learning_hours", ov_num(c->doc, hours));
	ov_set(c->doc, root, "learning", learn);
	evidence_health(c, e, target, &stale, &unv, &nstale, &nunv);
	ov_set(c->doc, root, "stale", stale);
	ov_set(c->doc, root, "unverified", unv);
	next_actions(c, e, root);
	score_free(&before);
	score_free(&after);
	c->hit |= (c->a->fail_on == FAIL_OVERDUE && overdue) || (c->a->fail_on == FAIL_STALE && nstale);
	struct out_section secs[] = {
		{SEC_FIELDS, "Development review", NULL, head_cols, c->text ? 13u : 12u},
		{SEC_TABLE, "Skill changes in the window", "skills_changed", change_cols, 5},
		{SEC_TABLE, "Plan milestones", "milestones", milestone_cols, 4},
		{SEC_TABLE, "Learning completed in the window", "learning", learning_cols, 7},
		{SEC_TABLE, "Stale evidence on required skills", "stale", stale_cols, 3},
		{SEC_TABLE, "Unverified (self-only) evidence on required skills", "unverified", unverified_cols, 3},
		{SEC_TABLE, "Next: the gaps that matter most", "next_gaps", gap_cols, 6},
		{SEC_TABLE, "Next: development opportunities", "next_development", dev_cols, 4},
	};
	struct out_view view = {secs, 8, "skills_changed"};
	return report_write(c->g, c->doc, root, &view);
}

/* ---- a group ------------------------------------------------------------------ */

static const struct out_col team_cols[] = {
	{"employee", "Employee", COL_TEXT},	     {"name", "Name", COL_TEXT},
	{"target", "Target", COL_TEXT},		     {"readiness_from", "Readiness at from", COL_PCT},
	{"readiness_to", "Readiness at to", COL_PCT}, {"change", "Change", COL_PCT},
	{"tier", "Tier", COL_TEXT},		     {"overdue", "Overdue", COL_INT},
	{"stale", "Stale", COL_INT},		     {"unverified", "Unverified", COL_INT},
};
static const struct out_col window_cols[] = {
	{"from", "From", COL_DATE}, {"to", "To", COL_DATE}, {"as_of", "As of", COL_DATE}, {"people_count", "People", COL_INT},
};

static struct ov *team_row(struct ctx *c, uint32_t e, double *levels)
{
	const struct model *m = c->m;
	uint32_t target = score_target(m, e);
	struct score before, after;
	struct ov *o = ov_obj(c->doc), *stale, *unv;
	size_t overdue, nstale, nunv;
	if (target_score(c, e, target, c->from, levels, &before) < 0 || target_score(c, e, target, c->to, levels, &after) < 0)
		return NULL;
	bool t = target != NONE;
	ov_set(c->doc, o, "employee", str(c, person_id(m, e)));
	ov_set(c->doc, o, "name", str(c, person_name(m, e)));
	ov_set(c->doc, o, "target", role_v(c, target));
	ov_set(c->doc, o, "readiness_from", t ? ov_num(c->doc, before.readiness) : ov_null(c->doc));
	ov_set(c->doc, o, "readiness_to", t ? ov_num(c->doc, after.readiness) : ov_null(c->doc));
	ov_set(c->doc, o, "change", t ? ov_num(c->doc, after.readiness - before.readiness) : ov_null(c->doc));
	ov_set(c->doc, o, "tier", t ? str(c, tier_name(after.tier)) : ov_null(c->doc));
	milestones(c, e, &overdue);
	evidence_health(c, e, target, &stale, &unv, &nstale, &nunv);
	ov_set(c->doc, o, "overdue", ov_int(c->doc, (long long)overdue));
	ov_set(c->doc, o, "stale", ov_int(c->doc, (long long)nstale));
	ov_set(c->doc, o, "unverified", ov_int(c->doc, (long long)nunv));
	c->hit |= (c->a->fail_on == FAIL_OVERDUE && overdue) || (c->a->fail_on == FAIL_STALE && nstale);
	score_free(&before);
	score_free(&after);
	return o;
}

static int review_group(struct ctx *c)
{
	const struct model *m = c->m;
	uint32_t *who = NULL;
	size_t n = 0;
	int rc = 0;
	if (c->a->team) {
		uint32_t mgr = cmd_person(m, c->a->team);
		if (mgr == NONE)
			return EXIT_USAGE;
		rc = org_team(m, mgr, false, &who, &n);
		if (rc == 0 && !n && !c->g->quiet)
			cmd_warning("'%s' manages no one", person_id(m, mgr));
	} else if (c->a->department) {
		if (!cmd_department(m, c->a->department))
			return EXIT_USAGE;
		rc = org_department(m, c->a->department, &who, &n);
	} else {
		rc = org_all(m, &who, &n);
	}
	double *levels = malloc((m->nskills ? m->nskills : 1) * sizeof *levels);
	struct ov *root = ov_obj(c->doc), *rows = ov_arr(c->doc);
	for (size_t i = 0; rc == 0 && levels && i < n; i++) {
		struct ov *o = team_row(c, who[i], levels);
		if (!o)
			rc = -1;
		ov_push(c->doc, rows, o);
	}
	free(levels);
	free(who);
	if (rc < 0) {
		cmd_error("out of memory");
		return EXIT_FAILURE_;
	}
	ov_set(c->doc, root, "from", date_v(c, c->from));
	ov_set(c->doc, root, "to", date_v(c, c->to));
	ov_set(c->doc, root, "as_of", date_v(c, c->as_of));
	struct ov *grp = ov_obj(c->doc);
	if (c->a->team)
		ov_set(c->doc, grp, "team", str(c, c->a->team));
	else if (c->a->department)
		ov_set(c->doc, grp, "department", str(c, c->a->department));
	else
		ov_set(c->doc, grp, "all", ov_bool(c->doc, true));
	ov_set(c->doc, root, "group", grp);
	ov_set(c->doc, root, "people_count", ov_int(c->doc, (long long)n));
	ov_set(c->doc, root, "people", rows);
	struct out_section secs[] = {{SEC_FIELDS, NULL, NULL, window_cols, 4},
				     {SEC_TABLE, "People", "people", team_cols, 10}};
	struct out_view view = {secs, 2, "people"};
	return report_write(c->g, c->doc, root, &view);
}

/* ---- the organisation audit ------------------------------------------------------ */

struct org {
	struct ctx *c;
	double *ready;    /* per person: readiness for their target, -1 without */
	enum tier *tier;  /* per person */
	uint32_t *holders; /* (skill, level L) -> people at L or above: [s * (LEVEL_MAX + 1) + L] */
	uint32_t *holder;  /* the last of them */
	uint32_t *now, *soon; /* per critical role: candidates ready now and ready soon */
	atomic_bool *close;   /* per opportunity: someone is ready now or soon for it
			       * (set by any thread: a thread that sees it set stops
			       * measuring people for it; the end result is an OR) */
	size_t *evidence, *stale, *unverified; /* per department (into m->groups): evidence health */
	uint32_t *critical, ncritical; /* the critical roles */
	uint32_t *incumbents;          /* per role */
	uint32_t *open, nopen;         /* the open opportunities */
};

/* Whether e may be a candidate for a role (2.8: not in it, level rule). */
static bool may_candidate(const struct model *m, uint32_t e, uint32_t role)
{
	const struct person *p = &m->people[e];
	if (role == NONE)
		return true;
	return p->role != role && p->role != NONE && m->roles[p->role].level >= m->roles[role].level - m->cfg.max_level_jump;
}

/* One thread's share of the pass over everyone: its own tallies, added up
 * when every thread is done. They are counts, maxima and ORs, so they come
 * out the same whichever thread saw whom. */
struct org_tally {
	PAR_OWN_LINE struct org *o;
	double *levels;
	struct evidence *info;      /* per skill, read for the skills required */
	uint32_t *counted;          /* per skill: 1 + the person it was last counted for */
	uint32_t *holders, *holder; /* as in struct org */
	uint32_t *now, *soon;
	size_t *evidence, *stale, *unverified;
	uint32_t *open, nopen; /* open opportunities not yet seen with a close candidate */
	struct tiers *tiers;
};

/* Everyone is measured against every critical role: they are indexed by
 * skill (see tiers.h). */
static int tally_index(struct org_tally *t)
{
	const struct org *o = t->o;
	const struct model *m = o->c->m;
	const struct requirement **reqs = malloc((o->ncritical ? o->ncritical : 1) * sizeof *reqs);
	size_t *n = malloc((o->ncritical ? o->ncritical : 1) * sizeof *n);
	int rc = reqs && n ? 0 : -1;
	for (uint32_t i = 0; rc == 0 && i < o->ncritical; i++) {
		reqs[i] = role_reqs(m, o->critical[i]);
		n[i] = m->roles[o->critical[i]].req_n;
	}
	if (rc == 0)
		rc = tiers_index(t->tiers, reqs, n, o->ncritical);
	free(reqs), free(n);
	return rc;
}

static int tally_init(struct org_tally *t, struct org *o)
{
	const struct model *m = o->c->m;
	size_t nh = ((size_t)m->nskills + 1) * (LEVEL_MAX + 1), ns = m->nskills ? m->nskills : 1;
	size_t ng = m->groups.n ? m->groups.n : 1;
	*t = (struct org_tally){.o = o, .nopen = o->nopen};
	t->levels = malloc(ns * sizeof *t->levels);
	t->info = malloc(ns * sizeof *t->info);
	t->counted = calloc(ns, sizeof *t->counted);
	t->holders = calloc(nh, sizeof *t->holders);
	t->holder = calloc(nh, sizeof *t->holder);
	t->now = calloc(m->nroles ? m->nroles : 1, sizeof *t->now);
	t->soon = calloc(m->nroles ? m->nroles : 1, sizeof *t->soon);
	t->evidence = calloc(ng, sizeof *t->evidence);
	t->stale = calloc(ng, sizeof *t->stale);
	t->unverified = calloc(ng, sizeof *t->unverified);
	t->open = malloc((o->nopen ? o->nopen : 1) * sizeof *t->open);
	t->tiers = tiers_new(m);
	if (t->open && o->nopen)
		memcpy(t->open, o->open, o->nopen * sizeof *t->open);
	if (!t->levels || !t->info || !t->counted || !t->holders || !t->holder || !t->now || !t->soon || !t->evidence || !t->stale || !t->unverified || !t->open || !t->tiers)
		return -1;
	return tally_index(t);
}

static void tally_free(struct org_tally *t)
{
	free(t->levels), free(t->info), free(t->counted), free(t->holders), free(t->holder);
	free(t->now), free(t->soon);
	free(t->evidence), free(t->stale), free(t->unverified), free(t->open);
	tiers_free(t->tiers);
}

/* With one person's levels at hand: their tiers for the critical roles, and
 * the open opportunities still without a close candidate (once any thread
 * finds one, nobody else is measured for it and it leaves every thread's
 * list: the pass stays near one tier per person and opportunity only where
 * openings are hard to fill). Tiers only: most come without a full score. */
static void org_candidates(struct org_tally *t, uint32_t e)
{
	const struct org *o = t->o;
	const struct model *m = o->c->m;
	for (uint32_t i = 0; i < o->ncritical; i++) {
		uint32_t r = o->critical[i];
		if (!may_candidate(m, e, r))
			continue;
		enum tier tier = tiers_indexed(t->tiers, i);
		t->now[r] += tier == TIER_READY_NOW;
		t->soon[r] += tier == TIER_READY_SOON;
	}
	for (uint32_t i = 0; i < t->nopen;) {
		uint32_t k = t->open[i];
		const struct opportunity *op = &m->opps[k];
		if (!atomic_load_explicit(&o->close[k], memory_order_relaxed)) {
			if (!may_candidate(m, e, op->role) ||
			    tiers_measure(t->tiers, m->reqs ? m->reqs + op->req_off : NULL, op->req_n, NULL) == TIER_DEVELOP) {
				i++;
				continue;
			}
			atomic_store_explicit(&o->close[k], true, memory_order_relaxed);
		}
		t->open[i] = t->open[--t->nopen]; /* the order of the list does not matter */
	}
}

static size_t hl(uint32_t s, int L)
{
	return (size_t)s * (LEVEL_MAX + 1) + (size_t)L;
}

/* Who holds what: only the skills e has rows in can have a level. */
static void org_holders(struct org_tally *t, uint32_t e)
{
	const struct model *m = t->o->c->m;
	size_t n;
	struct rows_buf buf;
	const struct assessment *a = model_rows(m, e, &n, &buf);
	for (size_t i = 0; i < n; i++) {
		uint32_t s = a[i].skill;
		if (i && a[i - 1].skill == s)
			continue; /* rows are by skill: one run each */
		/* r(level) >= L for every L up to the integer part of r(level),
		 * the level's own unless it is a hair under the next integer
		 * (r moves it by at most 5e-10) */
		double top = floor(t->levels[s]);
		if (t->levels[s] - top > 0.999999)
			top = floor(num_r(t->levels[s]));
		for (int L = 1; L <= m->scale_max && L <= top; L++)
			t->holders[hl(s, L)]++, t->holder[hl(s, L)] = e;
	}
}

/* e's current role and target: the roles whose skills evidence health
 * looks at. */
static const struct requirement *org_role_reqs(const struct model *m, uint32_t role, size_t *n)
{
	*n = role == NONE ? 0 : m->roles[role].req_n;
	return role == NONE ? NULL : role_reqs(m, role);
}

/* evidence_all fills only the skills e has rows in: the required ones start
 * with none. */
static void org_clear_required(struct org_tally *t, uint32_t e, uint32_t target)
{
	const struct model *m = t->o->c->m;
	uint32_t roles[2] = {m->people[e].role, target};
	for (int k = 0; k < 2; k++) {
		size_t n;
		const struct requirement *rq = org_role_reqs(m, roles[k], &n);
		for (size_t i = 0; i < n; i++)
			t->info[rq[i].skill].rows = 0;
	}
}

/* Stale and unverified evidence on the skills e's current role or target
 * requires, each counted once, by department. */
static void org_health(struct org_tally *t, uint32_t e, uint32_t target)
{
	const struct model *m = t->o->c->m;
	uint32_t d = m->people[e].department, roles[2] = {m->people[e].role, target};
	for (int k = 0; d != NONE && k < 2; k++) {
		size_t n;
		const struct requirement *rq = org_role_reqs(m, roles[k], &n);
		for (size_t i = 0; i < n; i++) {
			const struct evidence *ev = &t->info[rq[i].skill];
			if (t->counted[rq[i].skill] == e + 1 || !ev->rows)
				continue;
			t->counted[rq[i].skill] = e + 1;
			t->evidence[d]++;
			t->stale[d] += review_stale(m, ev, t->o->c->as_of);
			t->unverified[d] += evidence_unverified(m, ev);
		}
	}
}

/* One person: readiness for their target (into the shared arrays, at e:
 * no other thread writes there), who holds what, candidates and evidence
 * health (into the tally). */
static int org_person(void *worker, size_t i, void *slot)
{
	(void)slot;
	struct org_tally *t = worker;
	struct org *o = t->o;
	const struct model *m = o->c->m;
	uint32_t e = (uint32_t)i, target = score_target(m, e);
	org_clear_required(t, e, target);
	evidence_all(m, e, o->c->as_of, t->levels, t->info);
	org_holders(t, e);
	org_health(t, e, target);
	tiers_start(t->tiers, t->levels);
	org_candidates(t, e);
	o->ready[e] = -1;
	if (target != NONE)
		o->tier[e] = tiers_measure(t->tiers, role_reqs(m, target), m->roles[target].req_n, &o->ready[e]);
	return 0;
}

static int org_taken(void *ctx, size_t i, void *slot)
{
	(void)slot;
	const struct ctx *c = ctx;
	cmd_progress(c->g, "reviewing", i + 1, c->m->npeople);
	return 0;
}

/* The tallies added up: holders and candidates counted, the last holder
 * the largest index (people are scanned in index order by each thread). */
static void org_add(struct org *o, const struct org_tally *t)
{
	const struct model *m = o->c->m;
	size_t nh = ((size_t)m->nskills + 1) * (LEVEL_MAX + 1);
	for (size_t k = 0; k < nh; k++) {
		o->holders[k] += t->holders[k];
		if (t->holders[k] && t->holder[k] >= o->holder[k])
			o->holder[k] = t->holder[k];
	}
	for (uint32_t r = 0; r < m->nroles; r++)
		o->now[r] += t->now[r], o->soon[r] += t->soon[r];
	for (uint32_t d = 0; d < m->groups.n; d++) {
		o->evidence[d] += t->evidence[d];
		o->stale[d] += t->stale[d];
		o->unverified[d] += t->unverified[d];
	}
}

/* The critical roles and the open opportunities, what everyone is
 * measured against, and the incumbents of each role. */
static int org_lists(struct org *o)
{
	const struct model *m = o->c->m;
	o->critical = malloc((m->nroles ? m->nroles : 1) * sizeof *o->critical);
	o->incumbents = calloc(m->nroles ? m->nroles : 1, sizeof *o->incumbents);
	o->open = malloc((m->nopps ? m->nopps : 1) * sizeof *o->open);
	if (!o->critical || !o->incumbents || !o->open)
		return -1;
	for (uint32_t p = 0; p < m->npeople; p++)
		if (m->people[p].role != NONE)
			o->incumbents[m->people[p].role]++;
	for (uint32_t r = 0; r < m->nroles; r++)
		if (m->roles[r].critical)
			o->critical[o->ncritical++] = r;
	for (uint32_t k = 0; k < m->nopps; k++)
		if (opportunity_open(&m->opps[k], o->c->as_of))
			o->open[o->nopen++] = k;
	return 0;
}

/* One pass over everyone, on every core: readiness for their target, who
 * holds what, candidates and evidence health. */
static int org_scan(struct org *o)
{
	const struct model *m = o->c->m;
	size_t np = m->npeople ? m->npeople : 1, nh = ((size_t)m->nskills + 1) * (LEVEL_MAX + 1);
	size_t ng = m->groups.n ? m->groups.n : 1;
	o->ready = malloc(np * sizeof *o->ready);
	o->tier = malloc(np * sizeof *o->tier);
	o->holders = calloc(nh, sizeof *o->holders);
	o->holder = calloc(nh, sizeof *o->holder);
	o->now = calloc(m->nroles ? m->nroles : 1, sizeof *o->now);
	o->soon = calloc(m->nroles ? m->nroles : 1, sizeof *o->soon);
	o->close = malloc((m->nopps ? m->nopps : 1) * sizeof *o->close);
	for (uint32_t k = 0; o->close && k < m->nopps; k++)
		atomic_init(&o->close[k], false);
	o->evidence = calloc(ng, sizeof *o->evidence);
	o->stale = calloc(ng, sizeof *o->stale);
	o->unverified = calloc(ng, sizeof *o->unverified);
	if (!o->ready || !o->tier || !o->holders || !o->holder || !o->now || !o->soon || !o->close || !o->evidence ||
	    !o->stale || !o->unverified || org_lists(o) < 0)
		return -1;
	unsigned nt = par_threads(o->c->g->threads);
	struct org_tally t[PAR_MAX];
	void *workers[PAR_MAX];
	int rc = 0;
	for (unsigned k = 0; k < nt; k++) {
		workers[k] = &t[k];
		if (tally_init(&t[k], o) < 0)
			rc = -1;
	}
	struct par_job job = {m->npeople, 1, nt, workers, org_person, org_taken, NULL, o->c, 0, NULL};
	if (rc == 0)
		rc = par_run(&job);
	cmd_progress(o->c->g, "reviewing", m->npeople, m->npeople);
	for (unsigned k = 0; k < nt; k++) {
		if (rc == 0)
			org_add(o, &t[k]);
		tally_free(&t[k]);
	}
	return rc;
}

static struct ov *succession(struct org *o)
{
	struct ctx *c = o->c;
	const struct model *m = c->m;
	struct ov *rows = ov_arr(c->doc);
	for (uint32_t r = 0; r < m->nroles; r++) {
		if (!m->roles[r].critical)
			continue;
		size_t now = o->now[r], soon = o->soon[r], inc = o->incumbents[r];
		bool risk = now == 0 && soon <= 1;
		c->hit |= c->a->fail_on == FAIL_RISK && risk;
		struct ov *x = ov_obj(c->doc);
		ov_set(c->doc, x, "role", str(c, m->roles[r].id));
		ov_set(c->doc, x, "incumbents", ov_int(c->doc, (long long)inc));
		ov_set(c->doc, x, "ready_now", ov_int(c->doc, (long long)now));
		ov_set(c->doc, x, "ready_soon", ov_int(c->doc, (long long)soon));
		ov_set(c->doc, x, "at_risk", ov_bool(c->doc, risk));
		ov_push(c->doc, rows, x);
	}
	return rows;
}

/* Skills some role requires at a level exactly one person holds. */
static struct ov *single_points(struct org *o)
{
	struct ctx *c = o->c;
	const struct model *m = c->m;
	struct ov *rows = ov_arr(c->doc);
	for (uint32_t s = 0; s < m->nskills; s++)
		for (int L = 1; L <= m->scale_max; L++) {
			if (o->holders[hl(s, L)] != 1)
				continue;
			struct ov *roles = ov_arr(c->doc);
			for (uint32_t r = 0; r < m->nroles; r++) {
				const struct requirement *rq = role_reqs(m, r);
				for (size_t i = 0; i < m->roles[r].req_n; i++)
					if (rq[i].skill == s && rq[i].level == L)
						ov_push(c->doc, roles, str(c, m->roles[r].id));
			}
			if (!ov_len(roles))
				continue;
			struct ov *x = ov_obj(c->doc);
			ov_set(c->doc, x, "skill", str(c, m->skills[s].id));
			ov_set(c->doc, x, "level", ov_int(c->doc, L));
			ov_set(c->doc, x, "holder", str(c, person_id(m, o->holder[hl(s, L)])));
			ov_set(c->doc, x, "roles", roles);
			ov_push(c->doc, rows, x);
		}
	return rows;
}

/* Demand: open opportunities and people's targets requiring a skill; supply:
 * people at the lowest level those demands ask. */
static struct ov *supply_demand(struct org *o)
{
	struct ctx *c = o->c;
	const struct model *m = c->m;
	size_t ns = m->nskills ? m->nskills : 1;
	uint32_t *demand = calloc(ns, sizeof *demand);
	int *level = calloc(ns, sizeof *level);
	struct ov *rows = ov_arr(c->doc);
	if (!demand || !level) {
		free(demand), free(level);
		return NULL;
	}
	for (uint32_t k = 0; k < m->nopps + m->npeople; k++) {
		const struct requirement *rq;
		size_t n;
		if (k < m->nopps) {
			if (!opportunity_open(&m->opps[k], c->as_of))
				continue;
			rq = m->reqs ? m->reqs + m->opps[k].req_off : NULL, n = m->opps[k].req_n;
		} else {
			uint32_t t = score_target(m, k - m->nopps);
			if (t == NONE)
				continue;
			rq = role_reqs(m, t), n = m->roles[t].req_n;
		}
		for (size_t i = 0; i < n; i++) {
			demand[rq[i].skill]++;
			if (!level[rq[i].skill] || rq[i].level < level[rq[i].skill])
				level[rq[i].skill] = rq[i].level;
		}
	}
	/* by shortfall, largest first, then skill id */
	uint32_t *order = malloc(ns * sizeof *order);
	size_t n = 0;
	for (uint32_t s = 0; order && s < m->nskills; s++) {
		if (!demand[s])
			continue;
		long long gap = (long long)demand[s] - o->holders[hl(s, level[s])];
		size_t j = n++;
		while (j > 0 && gap > (long long)demand[order[j - 1]] - o->holders[hl(order[j - 1], level[order[j - 1]])]) {
			order[j] = order[j - 1];
			j--;
		}
		order[j] = s;
	}
	for (size_t i = 0; i < n; i++) {
		uint32_t s = order[i];
		struct ov *x = ov_obj(c->doc);
		ov_set(c->doc, x, "skill", str(c, m->skills[s].id));
		ov_set(c->doc, x, "level", ov_int(c->doc, level[s]));
		ov_set(c->doc, x, "demand", ov_int(c->doc, demand[s]));
		ov_set(c->doc, x, "supply", ov_int(c->doc, o->holders[hl(s, level[s])]));
		ov_set(c->doc, x, "shortfall", ov_int(c->doc, (long long)demand[s] - o->holders[hl(s, level[s])]));
		ov_push(c->doc, rows, x);
	}
	free(order), free(demand), free(level);
	return rows;
}

static struct ov *bottlenecks(struct org *o, struct ov **aspired)
{
	struct ctx *c = o->c;
	const struct model *m = c->m;
	struct ov *rows = ov_arr(c->doc);
	for (uint32_t k = 0; k < m->nopps; k++) {
		const struct opportunity *op = &m->opps[k];
		if (!opportunity_open(op, c->as_of) || o->close[k])
			continue;
		struct ov *x = ov_obj(c->doc);
		ov_set(c->doc, x, "opportunity", str(c, op->id));
		ov_set(c->doc, x, "kind", str(c, opp_kind_name(op->kind)));
		ov_set(c->doc, x, "title", str(c, op->title));
		ov_push(c->doc, rows, x);
	}
	/* roles many want (ASPIRED_MANY or more people) with nothing open */
	*aspired = ov_arr(c->doc);
	uint32_t *count = calloc(m->nroles ? m->nroles : 1, sizeof *count);
	for (uint32_t p = 0; count && p < m->npeople; p++)
		for (uint32_t i = 0; i < m->people[p].asp_n; i++)
			count[m->aspirations[m->people[p].asp_off + i]]++;
	for (uint32_t r = 0; count && r < m->nroles; r++) {
		bool open = false;
		for (uint32_t k = 0; k < m->nopps && !open; k++)
			open = m->opps[k].role == r && opportunity_open(&m->opps[k], c->as_of);
		if (count[r] < ASPIRED_MANY || open)
			continue;
		struct ov *x = ov_obj(c->doc);
		ov_set(c->doc, x, "role", str(c, m->roles[r].id));
		ov_set(c->doc, x, "aspirants", ov_int(c->doc, count[r]));
		ov_push(c->doc, *aspired, x);
	}
	free(count);
	return rows;
}

/* Groups of people by department or location, and which to suppress: those
 * under min_group_size, and when that hides only one, the next smallest
 * too, so no hidden group can be worked out by subtraction. */
struct group {
	uint32_t id; /* into m->groups */
	size_t people, measured, tiers[3], stale, unverified, evidence;
	double readiness;
	bool hidden;
};

static size_t make_groups(const struct model *m, bool by_location, struct group **out)
{
	size_t ng = 0;
	struct group *g = calloc(m->groups.n ? m->groups.n : 1, sizeof *g);
	uint32_t *slot = malloc((m->groups.n ? m->groups.n : 1) * sizeof *slot);
	for (uint32_t i = 0; g && slot && i < m->groups.n; i++)
		slot[i] = NONE;
	for (uint32_t p = 0; g && slot && p < m->npeople; p++) {
		uint32_t id = by_location ? m->people[p].location : m->people[p].department;
		if (id == NONE)
			continue;
		if (slot[id] == NONE) {
			slot[id] = (uint32_t)ng;
			g[ng++].id = id;
		}
		g[slot[id]].people++;
	}
	free(slot);
	for (size_t i = 1; g && i < ng; i++) /* by name, as everything else is by id */
		for (size_t j = i; j > 0 && strcmp(m->groups.strs[g[j].id], m->groups.strs[g[j - 1].id]) < 0; j--) {
			struct group t = g[j];
			g[j] = g[j - 1];
			g[j - 1] = t;
		}
	*out = g;
	return g ? ng : 0;
}

/* Groups are counted by the people their numbers are about: `measured`
 * for equity (those with a target), `people` otherwise. */
static size_t group_size(const struct group *g, bool measured)
{
	return measured ? g->measured : g->people;
}

static void suppress(struct group *g, size_t n, int min, bool measured)
{
	size_t hidden = 0;
	for (size_t i = 0; i < n; i++)
		hidden += g[i].hidden = group_size(&g[i], measured) < (size_t)min;
	if (hidden != 1 || n < 2)
		return;
	size_t best = n;
	for (size_t i = 0; i < n; i++)
		if (!g[i].hidden && (best == n || group_size(&g[i], measured) < group_size(&g[best], measured)))
			best = i;
	if (best < n)
		g[best].hidden = true;
}

static uint32_t group_of(const struct model *m, uint32_t p, bool by_location)
{
	return by_location ? m->people[p].location : m->people[p].department;
}

static size_t find_group(const struct group *g, size_t n, uint32_t id)
{
	for (size_t i = 0; i < n; i++)
		if (g[i].id == id)
			return i;
	return n;
}

/* Readiness and tiers by department or location, with the four-fifths
 * check; suppressed groups show no numbers. */
static struct ov *equity(struct org *o, bool by_location)
{
	struct ctx *c = o->c;
	const struct model *m = c->m;
	struct group *g;
	size_t n = make_groups(m, by_location, &g);
	struct ov *rows = ov_arr(c->doc);
	for (uint32_t p = 0; p < m->npeople; p++) {
		size_t k = find_group(g, n, group_of(m, p, by_location));
		if (k == n || o->ready[p] < 0)
			continue;
		g[k].measured++;
		g[k].readiness += o->ready[p];
		g[k].tiers[o->tier[p]]++;
	}
	suppress(g, n, m->cfg.min_group_size, true);
	double best = 0;
	for (size_t i = 0; i < n; i++)
		if (!g[i].hidden && g[i].measured && (double)g[i].tiers[0] / (double)g[i].measured > best)
			best = (double)g[i].tiers[0] / (double)g[i].measured;
	for (size_t i = 0; i < n; i++) {
		struct ov *x = ov_obj(c->doc);
		bool show = !g[i].hidden && g[i].measured;
		double rate = show ? (double)g[i].tiers[0] / (double)g[i].measured : 0;
		ov_set(c->doc, x, "group", str(c, m->groups.strs[g[i].id]));
		ov_set(c->doc, x, "people", g[i].hidden ? ov_null(c->doc) : ov_int(c->doc, (long long)g[i].people));
		ov_set(c->doc, x, "readiness", show ? ov_num(c->doc, g[i].readiness / (double)g[i].measured) : ov_null(c->doc));
		ov_set(c->doc, x, "ready_now", show ? ov_int(c->doc, (long long)g[i].tiers[0]) : ov_null(c->doc));
		ov_set(c->doc, x, "ready_soon", show ? ov_int(c->doc, (long long)g[i].tiers[1]) : ov_null(c->doc));
		ov_set(c->doc, x, "develop", show ? ov_int(c->doc, (long long)g[i].tiers[2]) : ov_null(c->doc));
		ov_set(c->doc, x, "ready_now_rate", show ? ov_num(c->doc, rate) : ov_null(c->doc));
		ov_set(c->doc, x, "four_fifths", show ? ov_bool(c->doc, num_cmp(rate, 0.8 * best) < 0) : ov_null(c->doc));
		ov_set(c->doc, x, "suppressed", ov_bool(c->doc, g[i].hidden));
		ov_push(c->doc, rows, x);
	}
	free(g);
	return rows;
}

/* The share of stale and of unverified evidence on required skills, by
 * department (counted in the pass over everyone). */
static struct ov *evidence_by_department(struct org *o)
{
	struct ctx *c = o->c;
	const struct model *m = c->m;
	struct group *g;
	size_t n = make_groups(m, false, &g);
	struct ov *rows = ov_arr(c->doc);
	for (size_t i = 0; i < n; i++) {
		g[i].evidence = o->evidence[g[i].id];
		g[i].stale = o->stale[g[i].id];
		g[i].unverified = o->unverified[g[i].id];
	}
	suppress(g, n, m->cfg.min_group_size, false);
	for (size_t i = 0; i < n; i++) {
		struct ov *x = ov_obj(c->doc);
		bool show = !g[i].hidden && g[i].evidence;
		ov_set(c->doc, x, "department", str(c, m->groups.strs[g[i].id]));
		ov_set(c->doc, x, "evidence", show ? ov_int(c->doc, (long long)g[i].evidence) : ov_null(c->doc));
		ov_set(c->doc, x, "stale", show ? ov_num(c->doc, (double)g[i].stale / (double)g[i].evidence) : ov_null(c->doc));
		ov_set(c->doc, x, "unverified",
		       show ? ov_num(c->doc, (double)g[i].unverified / (double)g[i].evidence) : ov_null(c->doc));
		ov_set(c->doc, x, "suppressed", ov_bool(c->doc, g[i].hidden));
		ov_push(c->doc, rows, x);
	}
	free(g);
	return rows;
}

/* Learning hours completed in the window on skills that no target and no
 * open opportunity requires. */
static struct ov *learning_alignment(struct org *o, double *total)
{
	struct ctx *c = o->c;
	const struct model *m = c->m;
	bool *wanted = calloc(m->nskills ? m->nskills : 1, 1);
	double *hours = calloc(m->nskills ? m->nskills : 1, sizeof *hours);
	struct ov *rows = ov_arr(c->doc);
	int course = config_source(&m->cfg, "course", 6);
	*total = 0;
	if (!wanted || !hours) {
		free(wanted), free(hours);
		return NULL;
	}
	for (uint32_t p = 0; p < m->npeople; p++) {
		uint32_t t = score_target(m, p);
		for (size_t i = 0; t != NONE && i < m->roles[t].req_n; i++)
			wanted[role_reqs(m, t)[i].skill] = true;
	}
	for (uint32_t k = 0; k < m->nopps; k++)
		for (size_t i = 0; opportunity_open(&m->opps[k], c->as_of) && i < m->opps[k].req_n; i++)
			wanted[m->reqs[m->opps[k].req_off + i].skill] = true;
	for (uint32_t e = 0; course >= 0 && e < m->npeople; e++) {
		size_t nrows;
		struct rows_buf buf;
		const struct assessment *log = model_rows(m, e, &nrows, &buf);
		for (size_t i = 0; i < nrows; i++) {
			const struct assessment *a = &log[i];
			if (a->source != course || a->date <= c->from || a->date > c->to || wanted[a->skill])
				continue;
			uint32_t it = model_item(m, model_assessor(m, a->assessor));
			if (it == NONE)
				continue;
			hours[a->skill] += m->items[it].hours;
			/* the total counts an item once, however many of its skills nothing asks for */
			bool again = false;
			for (size_t k = 0; k < i && !again; k++)
				again = log[k].source == course && log[k].assessor == a->assessor &&
					log[k].date == a->date && !wanted[log[k].skill];
			*total += again ? 0 : m->items[it].hours;
		}
	}
	for (uint32_t s = 0; s < m->nskills; s++) {
		if (num_cmp(hours[s], 0) <= 0)
			continue;
		struct ov *x = ov_obj(c->doc);
		ov_set(c->doc, x, "skill", str(c, m->skills[s].id));
		ov_set(c->doc, x, "hours", ov_num(c->doc, hours[s]));
		ov_push(c->doc, rows, x);
	}
	free(wanted), free(hours);
	return rows;
}

static const struct out_col succ_cols[] = {
	{"role", "Role", COL_TEXT},	     {"incumbents", "Incumbents", COL_INT}, {"ready_now", "Ready now", COL_INT},
	{"ready_soon", "Ready soon", COL_INT}, {"at_risk", "At risk", COL_BOOL},
};
static const struct out_col spof_cols[] = {
	{"skill", "Skill", COL_TEXT}, {"level", "Level", COL_INT}, {"holder", "Only holder", COL_TEXT},
	{"roles", "Required by", COL_LIST},
};
static const struct out_col sd_cols[] = {
	{"skill", "Skill", COL_TEXT},	   {"level", "Level", COL_INT},	    {"demand", "Demand", COL_INT},
	{"supply", "Supply", COL_INT},	   {"shortfall", "Shortfall", COL_INT},
};
static const struct out_col bottleneck_cols[] = {
	{"opportunity", "Opportunity", COL_TEXT}, {"kind", "Kind", COL_TEXT}, {"title", "Title", COL_TEXT},
};
static const struct out_col aspired_cols[] = {{"role", "Role", COL_TEXT}, {"aspirants", "People aspiring", COL_INT}};
static const struct out_col health_cols[] = {
	{"department", "Department", COL_TEXT}, {"evidence", "Evidence", COL_INT}, {"stale", "Stale", COL_PCT},
	{"unverified", "Unverified", COL_PCT},
};
static const struct out_col align_cols[] = {{"skill", "Skill", COL_TEXT}, {"hours", "Hours", COL_NUM}};
static const struct out_col equity_cols[] = {
	{"group", "Group", COL_TEXT},		{"people", "People", COL_INT},	     {"readiness", "Mean readiness", COL_PCT},
	{"ready_now", "Ready now", COL_INT},	{"ready_soon", "Ready soon", COL_INT}, {"develop", "Develop", COL_INT},
	{"ready_now_rate", "Ready-now rate", COL_PCT}, {"four_fifths", "Below 4/5", COL_BOOL},
};
static const struct out_col org_head[] = {
	{"as_of", "As of", COL_DATE}, {"from", "From", COL_DATE}, {"to", "To", COL_DATE},
	{"misaligned_hours", "Learning hours on skills nothing asks for", COL_NUM},
};

static int review_org(struct ctx *c)
{
	struct org o = {.c = c};
	int rc = EXIT_FAILURE_;
	if (org_scan(&o) < 0)
		goto out;
	struct ov *root = ov_obj(c->doc), *aspired = NULL;
	double misaligned;
	struct ov *succ = succession(&o), *spof = single_points(&o), *sd = supply_demand(&o);
	struct ov *bottle = bottlenecks(&o, &aspired), *health = evidence_by_department(&o);
	struct ov *align = learning_alignment(&o, &misaligned), *eq_dep = equity(&o, false), *eq_loc = equity(&o, true);
	if (!succ || !sd || !bottle || !align)
		goto out;
	ov_set(c->doc, root, "as_of", date_v(c, c->as_of));
	ov_set(c->doc, root, "from", date_v(c, c->from));
	ov_set(c->doc, root, "to", date_v(c, c->to));
	ov_set(c->doc, root, "succession", succ);
	ov_set(c->doc, root, "single_points_of_failure", spof);
	ov_set(c->doc, root, "supply_and_demand", sd);
	ov_set(c->doc, root, "bottlenecks", bottle);
	ov_set(c->doc, root, "aspired_without_openings", aspired);
	ov_set(c->doc, root, "evidence_health", health);
	ov_set(c->doc, root, "misaligned_hours", ov_num(c->doc, misaligned));
	ov_set(c->doc, root, "learning_alignment", align);
	ov_set(c->doc, root, "equity_by_department", eq_dep);
	ov_set(c->doc, root, "equity_by_location", eq_loc);
	struct out_section secs[] = {
		{SEC_FIELDS, "Organisation audit", NULL, org_head, 4},
		{SEC_TABLE, "Succession of critical roles", "succession", succ_cols, 5},
		{SEC_TABLE, "Single points of failure", "single_points_of_failure", spof_cols, 4},
		{SEC_TABLE, "Supply and demand, largest shortfall first", "supply_and_demand", sd_cols, 5},
		{SEC_TABLE, "Open opportunities with no ready-now or ready-soon candidate", "bottlenecks", bottleneck_cols, 3},
		{SEC_TABLE, "Roles many aspire to, with nothing open", "aspired_without_openings", aspired_cols, 2},
		{SEC_TABLE, "Evidence health by department", "evidence_health", health_cols, 4},
		{SEC_TABLE, "Learning in the window on skills no target or opening requires", "learning_alignment", align_cols, 2},
		{SEC_TABLE, "Equity by department", "equity_by_department", equity_cols, 8},
		{SEC_TABLE, "Equity by location", "equity_by_location", equity_cols, 8},
	};
	struct out_view view = {secs, 10, "succession"};
	rc = report_write(c->g, c->doc, root, &view);
out:
	if (rc == EXIT_FAILURE_ && !o.holders)
		cmd_error("out of memory");
	free(o.ready), free(o.tier), free(o.holders), free(o.holder);
	free(o.now), free(o.soon), free(o.close);
	free(o.evidence), free(o.stale), free(o.unverified);
	free(o.critical), free(o.incumbents), free(o.open);
	return rc;
}

/* ---- the command ------------------------------------------------------------------ */

static int parse_args(int argc, char **argv, struct review_args *a)
{
	struct opt_state st;
	opt_init(&st, argc, argv);
	const char *v;
	int k;
	memset(a, 0, sizeof *a);
	while ((k = opt_next(&st, &cmd_review_entry, &v)) != OPT_END) {
		switch (k) {
		case OPT_ERROR: return EXIT_USAGE;
		case O_HELP: cmd_print_help(stdout, &cmd_review_entry); return -1;
		case O_FROM: a->from_s = v; break;
		case O_TO: a->to_s = v; break;
		case O_TEAM: a->team = v; break;
		case O_DEPARTMENT: a->department = v; break;
		case O_ALL: a->all = true; break;
		case O_ORG: a->org = true; break;
		case O_FAILON:
			a->fail_on = !strcmp(v, "overdue") ? FAIL_OVERDUE : !strcmp(v, "stale") ? FAIL_STALE
								    : !strcmp(v, "risk")  ? FAIL_RISK
											  : FAIL_NONE;
			if (a->fail_on == FAIL_NONE) {
				cmd_usage_error(&cmd_review_entry, "--fail-on takes overdue, stale or risk, not '%s'", v);
				return EXIT_USAGE;
			}
			break;
		case OPT_ARG:
			if (a->employee) {
				cmd_usage_error(&cmd_review_entry, "one employee at a time");
				return EXIT_USAGE;
			}
			a->employee = v;
			break;
		}
	}
	int modes = !!a->employee + !!a->team + !!a->department + a->all + a->org;
	if (modes != 1) {
		cmd_usage_error(&cmd_review_entry, modes ? "give only one of EMPLOYEE, --team, --department, --all, --org"
							 : "give EMPLOYEE, --team, --department, --all or --org");
		return EXIT_USAGE;
	}
	if ((a->fail_on == FAIL_RISK) != a->org && a->fail_on != FAIL_NONE) {
		cmd_usage_error(&cmd_review_entry, a->org ? "with --org, --fail-on takes risk"
							  : "--fail-on risk goes with --org");
		return EXIT_USAGE;
	}
	return 0;
}

static int window(const struct global *g, const struct review_args *a, int32_t *from, int32_t *to)
{
	review_default_window(g->as_of, from, to);
	if (a->from_s && date_parse_arg(a->from_s, 1, g->today, from) < 0) {
		cmd_usage_error(&cmd_review_entry, "invalid --from date '%s' (YYYY-MM-DD, today or YYYY-Qn)", a->from_s);
		return EXIT_USAGE;
	}
	if (a->from_s && !a->to_s)
		*to = g->as_of; /* from a date up to now */
	if (a->to_s && date_parse_arg(a->to_s, 0, g->today, to) < 0) {
		cmd_usage_error(&cmd_review_entry, "invalid --to date '%s' (YYYY-MM-DD, today or YYYY-Qn)", a->to_s);
		return EXIT_USAGE;
	}
	if (*to < *from) {
		cmd_usage_error(&cmd_review_entry, "--to comes before --from");
		return EXIT_USAGE;
	}
	if (*to > g->as_of) {
		cmd_usage_error(&cmd_review_entry, "--to is after --as-of: rows after it are not yet in effect");
		return EXIT_USAGE;
	}
	return 0;
}

static int review_exec(struct global *g, int argc, char **argv)
{
	struct review_args a;
	int32_t from, to;
	int rc = parse_args(argc, argv, &a);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	if ((rc = window(g, &a, &from, &to)))
		return rc;
	struct repo *r;
	if ((rc = cmd_load(g, PART_ALL, PART_PEOPLE | PART_ASSESSMENTS, &r)))
		return rc;
	struct ctx c = {g, r->model, out_doc_new(), g->format == OUT_TABLE || g->format == OUT_MD, from, to, g->as_of,
			false, &a};
	if (!c.doc) {
		rc = EXIT_FAILURE_;
	} else if (a.employee) {
		uint32_t e = cmd_person(c.m, a.employee);
		rc = e == NONE ? EXIT_USAGE : review_one(&c, e);
	} else {
		rc = a.org ? review_org(&c) : review_group(&c);
	}
	if (rc == EXIT_OK && c.hit)
		rc = EXIT_PROBLEMS;
	out_doc_free(c.doc);
	cmd_done(r);
	return rc;
}

const struct cmd_entry cmd_review_entry = {
	"review",
	"review EMPLOYEE [--from DATE] [--to DATE]\n"
	"   or: rungs review (--team MANAGER | --department D | --all | --org) [--from DATE] [--to DATE]\n"
	"                    [--fail-on overdue|stale|risk]",
	"Quarterly development reviews, team summaries and the organisation audit.",
	review_opts,
	sizeof review_opts / sizeof review_opts[0],
	review_exec,
	false,
};
