/* rungs gap: how far a person or a group is from a role, skill by skill,
 * and the learning that closes each gap. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd.h"
#include "gap.h"
#include "org.h"
#include "par.h"

static const struct opt_spec gap_opts[] = {
	{"role", 0, "ROLE", "measure against ROLE instead of each person's target"},
	{"explain", 0, NULL, "show the evidence and the arithmetic behind every number"},
	{"team", 0, "MANAGER", "everyone under MANAGER, directly or indirectly"},
	{"direct", 0, NULL, "with --team: direct reports only"},
	{"department", 0, "D", "everyone in department D"},
	{"all", 0, NULL, "everyone"},
	{"by", 0, "WHAT", "group report: employee (default) or skill"},
	{"fail-on", 0, "TIER", "exit 1 when anyone is at or below TIER: develop or ready-soon"},
	{"help", 'h', NULL, "show this help"},
};
enum { O_ROLE, O_EXPLAIN, O_TEAM, O_DIRECT, O_DEPARTMENT, O_ALL, O_BY, O_FAILON, O_HELP };

struct gap_args {
	const char *employee, *role, *team, *department;
	bool explain, direct, all, by_skill, by_employee, fail_set;
	enum tier fail_on;
};

/* ---- one person ------------------------------------------------------- */

static struct ov *date_value(struct out_doc *doc, int32_t d)
{
	char buf[DATE_BUF];
	if (d == DATE_NONE)
		return ov_null(doc);
	date_format(d, buf);
	return ov_str(doc, buf);
}

static struct ov *sources_value(struct out_doc *doc, const struct model *m, uint32_t mask)
{
	struct ov *a = ov_arr(doc);
	for (size_t i = 0; i < m->cfg.nsources; i++)
		if (mask & (1u << i))
			ov_push(doc, a, ov_str(doc, m->cfg.sources[i].name));
	return a;
}

/* "manager, peer · 2026-10-01", "self · 2026-01-15 · unverified" */
static struct ov *evidence_text(struct out_doc *doc, const struct model *m, const struct evidence *ev)
{
	if (!ev->rows)
		return ov_null(doc);
	char buf[256] = "", date[DATE_BUF];
	for (size_t i = 0; i < m->cfg.nsources; i++)
		if (ev->sources & (1u << i)) {
			size_t l = strlen(buf);
			snprintf(buf + l, sizeof buf - l, "%s%s", l ? ", " : "", m->cfg.sources[i].name);
		}
	date_format(ev->newest, date);
	size_t l = strlen(buf);
	snprintf(buf + l, sizeof buf - l, " · %s%s", date, evidence_unverified(m, ev) ? " · unverified" : "");
	return ov_str(doc, buf);
}

/* Level against requirement, one cell per scale level: █ held, ▌ half held,
 * ░ still required, · beyond the requirement. */
static struct ov *bar(struct out_doc *doc, const struct model *m, double credited, int required)
{
	char buf[64] = "";
	for (int k = 1; k <= m->scale_max; k++) {
		const char *c = num_cmp(credited, k) >= 0 ? "█" : num_cmp(credited, k - 0.5) >= 0 ? "▌" : k <= required ? "░" : "·";
		strcat(buf, c);
	}
	return ov_str(doc, buf);
}

static struct ov *items_value(struct out_doc *doc, const struct model *m, const uint32_t *items, size_t n)
{
	struct ov *a = ov_arr(doc);
	for (size_t i = 0; i < n; i++)
		ov_push(doc, a, ov_str(doc, m->items[items[i]].id));
	return a;
}

static struct ov *skill_row(struct out_doc *doc, const struct model *m, const struct gap_person *gp, size_t i,
			    bool text)
{
	const struct skill_score *ss = &gp->score.skills[i];
	const struct evidence *ev = &gp->evidence[i];
	struct ov *o = ov_obj(doc);
	ov_set(doc, o, "skill", ov_str(doc, m->skills[ss->skill].id));
	ov_set(doc, o, "required", ov_int(doc, ss->required));
	ov_set(doc, o, "level", ov_num(doc, ss->level));
	ov_set(doc, o, "credited", ov_num(doc, ss->credited));
	ov_set(doc, o, "via", ss->via == NONE ? ov_null(doc) : ov_str(doc, m->skills[ss->via].id));
	ov_set(doc, o, "gap", ov_num(doc, ss->gap));
	ov_set(doc, o, "weight", ov_num(doc, ss->weight));
	ov_set(doc, o, "essential", ov_bool(doc, ss->essential));
	ov_set(doc, o, "hours", ov_num(doc, ss->is_gap ? ss->route.hours : 0));
	ov_set(doc, o, "learning", items_value(doc, m, ss->route.items, ss->is_gap ? ss->route.nitems : 0));
	ov_set(doc, o, "name", ov_str(doc, m->skills[ss->skill].name));
	ov_set(doc, o, "employee", ov_str(doc, person_id(m, gp->employee)));
	ov_set(doc, o, "role_measured", ov_str(doc, m->roles[gp->role].id));
	if (text) {
		ov_set(doc, o, "evidence", evidence_text(doc, m, ev));
		ov_set(doc, o, "bar", bar(doc, m, ss->credited, ss->required));
	} else {
		ov_set(doc, o, "unmet", ov_bool(doc, ss->unmet));
		ov_set(doc, o, "sources", sources_value(doc, m, ev->sources));
		ov_set(doc, o, "newest", date_value(doc, ev->newest));
		ov_set(doc, o, "unverified", ov_bool(doc, evidence_unverified(m, ev)));
	}
	return o;
}

static struct ov *gap_explain(struct out_doc *doc, const struct model *m, const struct gap_person *gp, size_t i,
			      int32_t as_of, bool text);
static struct ov *explain_overall(struct out_doc *doc, const struct model *m, const struct gap_person *gp);

static struct ov *person_doc(struct out_doc *doc, const struct model *m, const struct gap_person *gp, int32_t as_of,
			     bool text, bool explain)
{
	const struct person *p = &m->people[gp->employee];
	struct ov *root = ov_obj(doc), *skills = ov_arr(doc);
	ov_set(doc, root, "employee", ov_str(doc, person_text(m, p->id)));
	ov_set(doc, root, "role", ov_str(doc, m->roles[gp->role].id));
	ov_set(doc, root, "as_of", date_value(doc, as_of));
	ov_set(doc, root, "readiness", ov_num(doc, gp->score.readiness));
	ov_set(doc, root, "tier", ov_str(doc, tier_name(gp->score.tier)));
	ov_set(doc, root, "hours", ov_num(doc, gp->score.hours));
	ov_set(doc, root, "months", ov_int(doc, gp->score.months));
	ov_set(doc, root, "skills", skills);
	ov_set(doc, root, "name", ov_str(doc, person_text(m, p->name)));
	ov_set(doc, root, "current_role", ov_str(doc, person_text(m, p->role_id)));
	ov_set(doc, root, "target", gp->target == NONE ? ov_null(doc) : ov_str(doc, m->roles[gp->target].id));
	ov_set(doc, root, "role_title", ov_str(doc, m->roles[gp->role].title));
	for (size_t k = 0; k < gp->score.n; k++) {
		struct ov *row = skill_row(doc, m, gp, gp->order[k], text);
		if (explain)
			ov_set(doc, row, "explain", gap_explain(doc, m, gp, gp->order[k], as_of, text));
		ov_push(doc, skills, row);
	}
	if (explain) {
		struct ov *ex = ov_obj(doc);
		ov_set(doc, ex, "steps", explain_overall(doc, m, gp));
		ov_set(doc, root, "explain", ex);
	}
	return root;
}

static const struct out_col person_fields[] = {
	{"employee", "Employee", COL_TEXT},   {"name", "Name", COL_TEXT},	  {"current_role", "Current role", COL_TEXT},
	{"target", "Target", COL_TEXT},	{"role", "Measured against", COL_TEXT}, {"as_of", "As of", COL_DATE},
	{"readiness", "Readiness", COL_PCT},
	{"tier", "Tier", COL_TEXT},		{"hours", "Hours", COL_NUM},	  {"months", "Months", COL_INT},
};
static const struct out_col person_skills[] = {
	{"skill", "Skill", COL_TEXT},	     {"bar", "", COL_TEXT},	     {"required", "Req", COL_INT},
	{"level", "Level", COL_LEVEL},	     {"credited", "Credited", COL_LEVEL}, {"via", "Via", COL_TEXT},
	{"gap", "Gap", COL_LEVEL},	     {"weight", "Weight", COL_NUM},	     {"essential", "Essential", COL_BOOL},
	{"evidence", "Evidence", COL_TEXT}, {"hours", "Hours", COL_NUM},	     {"learning", "Learning", COL_LIST},
};

static int gap_explain_view(struct out_doc *doc, struct ov *root, struct out_section **secs, size_t *n);

static int gap_one(const struct global *g, const struct model *m, const struct gap_args *a)
{
	uint32_t e = cmd_person(m, a->employee);
	uint32_t role = NONE;
	if (e == NONE || (a->role && (role = cmd_role(m, a->role)) == NONE))
		return EXIT_USAGE;
	struct gap_scratch s;
	struct gap_person gp;
	int rc = gap_scratch_init(m, &s, false) == 0 ? gap_person_compute(m, e, role, g->as_of, &s, &gp) : -1;
	gap_scratch_free(&s);
	if (rc == 1) {
		cmd_error(
			"'%s' has no target role (no plan target, aspiration or promotion from their role); "
			"name one with --role",
			person_id(m, e));
		return EXIT_USAGE;
	}
	if (rc < 0) {
		cmd_error("out of memory");
		return EXIT_FAILURE_;
	}
	bool text = g->format == OUT_TABLE || g->format == OUT_MD;
	struct out_doc *doc = out_doc_new();
	struct ov *root = person_doc(doc, m, &gp, g->as_of, text, a->explain);
	struct out_section base[] = {
		{SEC_FIELDS, NULL, NULL, person_fields, sizeof person_fields / sizeof person_fields[0]},
		{SEC_TABLE, "Skills", "skills", person_skills, sizeof person_skills / sizeof person_skills[0]},
	};
	struct out_section *secs = base;
	size_t nsecs = 2;
	if (a->explain && text && gap_explain_view(doc, root, &secs, &nsecs) < 0)
		secs = base, nsecs = 2;
	struct out_view view = {secs, nsecs, "skills"};
	rc = report_write(g, doc, root, &view);
	if (secs != base)
		free(secs);
	out_doc_free(doc);
	if (rc == EXIT_OK && a->fail_set && gp.score.tier >= a->fail_on)
		rc = EXIT_PROBLEMS;
	gap_person_free(&gp);
	return rc;
}

/* ---- --explain: the evidence and the arithmetic ------------------------ */

static const char *fmt_num(char buf[NUM_BUF], double x)
{
	num_format(x, buf);
	return buf;
}

static void step(struct out_doc *doc, struct ov *steps, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void step(struct out_doc *doc, struct ov *steps, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	ov_push(doc, steps, ov_str(doc, buf));
}

static const char *const status_names[] = {"counts", "superseded", "too old", "not yet in effect"};

static struct ov *explain_rows(struct out_doc *doc, const struct model *m, const struct assessment *a, size_t n,
			       const enum row_status *st)
{
	struct ov *rows = ov_arr(doc);
	for (size_t i = 0; i < n; i++) {
		struct ov *o = ov_obj(doc);
		ov_set(doc, o, "line", ov_int(doc, a[i].line));
		ov_set(doc, o, "date", date_value(doc, a[i].date));
		ov_set(doc, o, "source", ov_str(doc, m->cfg.sources[a[i].source].name));
		ov_set(doc, o, "assessor", ov_str(doc, model_assessor(m, a[i].assessor)));
		ov_set(doc, o, "level", ov_int(doc, a[i].level));
		ov_set(doc, o, "status", ov_str(doc, status_names[st[i]]));
		ov_push(doc, rows, o);
	}
	return rows;
}

static void explain_level(struct out_doc *doc, struct ov *steps, const struct model *m, const struct evidence_pair *pairs,
			  size_t np, const double *source_value, double level, int32_t as_of)
{
	char a[NUM_BUF], b[NUM_BUF], date[DATE_BUF];
	for (size_t p = 0; p < np; p++) {
		date_format(pairs[p].date, date);
		const char *who = model_assessor(m, pairs[p].assessor);
		step(doc, steps, "pair %s %s: %s (%u row%s of %s)", m->cfg.sources[pairs[p].source].name,
		     *who ? who : "(no assessor)", fmt_num(a, pairs[p].value), pairs[p].rows, pairs[p].rows == 1 ? "" : "s", date);
	}
	char num[512] = "", den[256] = "";
	for (size_t s = 0; s < m->cfg.nsources; s++) {
		if (source_value[s] != source_value[s])
			continue; /* NaN: no rows from this source */
		const struct source *src = &m->cfg.sources[s];
		size_t k = 0;
		for (size_t p = 0; p < np; p++)
			k += pairs[p].source == s;
		step(doc, steps, "source %s = %s of %zu pair%s = %s, weight %s", src->name, src->combine_max ? "max" : "mean", k,
		     k == 1 ? "" : "s", fmt_num(a, source_value[s]), fmt_num(b, src->weight));
		size_t l = strlen(num), d = strlen(den);
		snprintf(num + l, sizeof num - l, "%s%s × %s", l ? " + " : "", fmt_num(b, src->weight), fmt_num(a, source_value[s]));
		snprintf(den + d, sizeof den - d, "%s%s", d ? " + " : "", fmt_num(b, src->weight));
	}
	if (!np) {
		date_format(as_of - m->cfg.evidence_max_age_days + 1, date);
		char to[DATE_BUF];
		date_format(as_of, to);
		step(doc, steps, "level = 0 (no rows from %s to %s)", date, to);
	} else {
		step(doc, steps, "level = (%s) / (%s) = %s", num, den, fmt_num(a, level));
	}
}

static void explain_score(struct out_doc *doc, struct ov *steps, const struct model *m, const struct skill_score *ss,
			  const double *levels)
{
	char a[NUM_BUF], b[NUM_BUF], c[NUM_BUF], d[NUM_BUF];
	const struct skill *sk = &m->skills[ss->skill];
	char terms[512] = "";
	for (uint32_t i = 0; i < sk->related_n; i++) {
		const struct related *r = &m->related[sk->related_off + i];
		size_t l = strlen(terms);
		snprintf(terms + l, sizeof terms - l, ", %s × %s %s = %s", fmt_num(a, r->similarity), m->skills[r->skill].id,
			 fmt_num(b, levels[r->skill]), fmt_num(c, r->similarity * levels[r->skill]));
	}
	if (sk->related_n)
		step(doc, steps, "credited = max(level %s%s) = %s%s%s", fmt_num(a, ss->level), terms, fmt_num(b, ss->credited),
		     ss->via != NONE ? " via " : "", ss->via != NONE ? m->skills[ss->via].id : "");
	else
		step(doc, steps, "credited = level = %s (no related skills)", fmt_num(a, ss->credited));
	step(doc, steps, "gap = max(0, %d − %s) = %s%s", ss->required, fmt_num(a, ss->credited), fmt_num(b, ss->gap),
	     ss->unmet ? "; essential and not met" : "");
	double met = ss->credited < ss->required ? ss->credited : ss->required;
	step(doc, steps, "readiness term = weight %s × min(%s, %d) / %d = %s", fmt_num(a, ss->weight), fmt_num(b, ss->credited),
	     ss->required, ss->required, fmt_num(c, ss->weight * met / ss->required));
	if (!ss->is_gap)
		return;
	double at = ss->credited;
	for (size_t i = 0; i < ss->route.nitems; i++) {
		const struct learning_item *it = &m->items[ss->route.items[i]];
		for (size_t k = m->steps_of[ss->skill]; k < m->steps_of[ss->skill + 1]; k++)
			if (m->steps[k].item == ss->route.items[i]) {
				step(doc, steps, "learning %s (%s h): from %s to %d", it->id, fmt_num(a, it->hours), fmt_num(b, at),
				     m->steps[k].to);
				at = m->steps[k].to > at ? m->steps[k].to : at;
			}
	}
	double rest = ss->required > at ? ss->required - at : 0;
	step(doc, steps, "effort = %s h of learning + %s h/level × %s = %s h", fmt_num(a, ss->route.hours - m->cfg.hours_per_level * rest),
	     fmt_num(b, m->cfg.hours_per_level), fmt_num(c, rest), fmt_num(d, ss->route.hours));
}

static struct ov *gap_explain(struct out_doc *doc, const struct model *m, const struct gap_person *gp, size_t i,
			      int32_t as_of, bool text)
{
	(void)text;
	const struct skill_score *ss = &gp->score.skills[i];
	size_t n, np;
	struct rows_buf buf;
	const struct assessment *a = evidence_rows(m, gp->employee, ss->skill, &n, &buf);
	enum row_status *st = malloc((n ? n : 1) * sizeof *st);
	struct evidence_pair *pairs = malloc(EVIDENCE_PAIRS_MAX * sizeof *pairs);
	double *levels = malloc((m->nskills ? m->nskills : 1) * sizeof *levels);
	double source_value[SOURCES_MAX];
	struct ov *o = ov_obj(doc), *steps = ov_arr(doc);
	if (!st || !pairs || !levels) {
		free(st), free(pairs), free(levels);
		return ov_null(doc);
	}
	evidence_all(m, gp->employee, as_of, levels, NULL);
	struct evidence ev = evidence_explain(m, gp->employee, ss->skill, as_of, st, source_value, pairs, &np);
	ov_set(doc, o, "rows", explain_rows(doc, m, a, n, st));
	explain_level(doc, steps, m, pairs, np, source_value, ev.level, as_of);
	explain_score(doc, steps, m, ss, levels);
	ov_set(doc, o, "steps", steps);
	free(st), free(pairs), free(levels);
	return o;
}

/* The role-level sums: readiness, hours, months and the tier (2.3-2.5),
 * terms in skill order as the sums run. */
static struct ov *explain_overall(struct out_doc *doc, const struct model *m, const struct gap_person *gp)
{
	struct ov *steps = ov_arr(doc);
	char terms[2048] = "", weights[1024] = "", hours[2048] = "", a[NUM_BUF], b[NUM_BUF];
	const struct score *sc = &gp->score;
	for (size_t i = 0; i < sc->n; i++) {
		const struct skill_score *ss = &sc->skills[i];
		double met = ss->credited < ss->required ? ss->credited : ss->required;
		size_t l = strlen(terms), w = strlen(weights), h = strlen(hours);
		snprintf(terms + l, sizeof terms - l, "%s%s", l ? " + " : "", fmt_num(a, ss->weight * met / ss->required));
		snprintf(weights + w, sizeof weights - w, "%s%s", w ? " + " : "", fmt_num(a, ss->weight));
		if (ss->is_gap)
			snprintf(hours + h, sizeof hours - h, "%s%s (%s)", h ? " + " : "", fmt_num(a, ss->route.hours),
				 m->skills[ss->skill].id);
	}
	if (sc->n)
		step(doc, steps, "readiness = (%s) / (%s) = %s", terms, weights, fmt_num(a, sc->readiness));
	else
		step(doc, steps, "readiness = 1 (the role requires nothing)");
	step(doc, steps, "hours = %s = %s", *hours ? hours : "0 (no gaps)", fmt_num(a, sc->hours));
	step(doc, steps, "months = ceil(%s / %s) = %lld", fmt_num(a, sc->hours), fmt_num(b, m->cfg.learning_hours_per_month),
	     sc->months);
	char why[256];
	if (sc->nunmet)
		snprintf(why, sizeof why, "%zu essential requirement%s unmet", sc->nunmet, sc->nunmet == 1 ? "" : "s");
	else
		snprintf(why, sizeof why, "readiness %s %s %s", fmt_num(a, sc->readiness),
			 num_cmp(sc->readiness, m->cfg.ready_now_threshold) >= 0 ? ">=" : "<",
			 fmt_num(b, m->cfg.ready_now_threshold));
	if (sc->tier == TIER_READY_NOW)
		step(doc, steps, "tier = ready-now: no essential requirement unmet and %s", why);
	else
		step(doc, steps, "tier = %s: %s, and months %lld %s soon_months %d", tier_name(sc->tier), why, sc->months,
		     sc->tier == TIER_READY_SOON ? "<=" : ">", m->cfg.soon_months);
	return steps;
}

/* Text formats show each skill's rows and steps as their own tables, which
 * a view finds by key in the root: "rows:SKILL" and "steps:SKILL". */
static const struct out_col explain_row_cols[] = {
	{"line", "Line", COL_INT},	   {"date", "Date", COL_DATE},	{"source", "Source", COL_TEXT},
	{"assessor", "Assessor", COL_TEXT}, {"level", "Level", COL_INT}, {"status", "", COL_TEXT},
};
static const struct out_col explain_step_cols[] = {{NULL, "Arithmetic", COL_TEXT}};

/* Adds to root the keys its sections name; strings live in the doc. */
static int gap_explain_view(struct out_doc *doc, struct ov *root, struct out_section **secs, size_t *n)
{
	const struct ov *skills = ov_get(root, "skills");
	size_t ns = ov_len(skills);
	struct out_section *s = malloc((3 + 2 * ns) * sizeof *s);
	if (!s)
		return -1;
	memcpy(s, *secs, 2 * sizeof *s);
	*n = 2;
	for (size_t i = 0; i < ns; i++) {
		struct ov *row = ov_at(skills, i), *ex = ov_get(row, "explain");
		const char *id = ov_to_str(ov_get(row, "skill"), NULL);
		char buf[160];
		snprintf(buf, sizeof buf, "rows:%s", id);
		const char *rk = ov_to_str(ov_str(doc, buf), NULL);
		snprintf(buf, sizeof buf, "steps:%s", id);
		const char *sk = ov_to_str(ov_str(doc, buf), NULL);
		snprintf(buf, sizeof buf, "%s: evidence, required %lld", id, ov_to_int(ov_get(row, "required")));
		const char *title = ov_to_str(ov_str(doc, buf), NULL);
		if (!rk || !sk || !title)
			break;
		ov_set(doc, root, rk, ov_get(ex, "rows"));
		ov_set(doc, root, sk, ov_get(ex, "steps"));
		s[(*n)++] = (struct out_section){SEC_TABLE, title, rk, explain_row_cols, 6};
		s[(*n)++] = (struct out_section){SEC_TABLE, NULL, sk, explain_step_cols, 1};
	}
	ov_set(doc, root, "overall", ov_get(ov_get(root, "explain"), "steps"));
	s[(*n)++] = (struct out_section){SEC_TABLE, "Overall", "overall", explain_step_cols, 1};
	*secs = s;
	return 0;
}

/* ---- groups ------------------------------------------------------------ */

static int select_group(const struct model *m, const struct gap_args *a, bool quiet, uint32_t **who, size_t *n,
			struct ov **desc, struct out_doc *doc)
{
	*desc = ov_obj(doc);
	if (a->team) {
		uint32_t mgr = cmd_person(m, a->team);
		if (mgr == NONE)
			return EXIT_USAGE;
		ov_set(doc, *desc, "team", ov_str(doc, person_id(m, mgr)));
		ov_set(doc, *desc, "direct", ov_bool(doc, a->direct));
		if (org_team(m, mgr, a->direct, who, n) < 0)
			return EXIT_FAILURE_;
		if (!*n && !quiet)
			cmd_warning("'%s' manages no one", person_id(m, mgr));
		return 0;
	}
	if (a->department) {
		if (!cmd_department(m, a->department))
			return EXIT_USAGE;
		ov_set(doc, *desc, "department", ov_str(doc, a->department));
		return org_department(m, a->department, who, n) < 0 ? EXIT_FAILURE_ : 0;
	}
	ov_set(doc, *desc, "all", ov_bool(doc, true));
	return org_all(m, who, n) < 0 ? EXIT_FAILURE_ : 0;
}

/* "team of E1002 (direct reports)", "department data", "everyone" */
static struct ov *group_text(struct out_doc *doc, const struct model *m, const struct gap_args *a)
{
	char buf[256];
	if (a->team)
		snprintf(buf, sizeof buf, "team of %s%s", a->team, a->direct ? " (direct reports)" : "");
	else if (a->department)
		snprintf(buf, sizeof buf, "department %s", a->department);
	else
		snprintf(buf, sizeof buf, "everyone (%u people)", m->npeople);
	return ov_str(doc, buf);
}

/* What a people row shows, in a few bytes: a table keeps every row's until
 * it knows how wide each column is. */
struct gap_line {
	double readiness;
	long long months;
	uint32_t employee, target;
	uint32_t role;    /* measured against; NONE: nothing to measure against */
	uint32_t gaps[2]; /* the two largest gaps' skills */
	uint8_t ngaps, tier;
};
_Static_assert(sizeof(struct gap_line) <= 40, "rungs-gap(1) and the README say 40 bytes a row");

static struct gap_line gap_line_of(const struct gap_person *gp, int r)
{
	struct gap_line l = {0, 0, gp->employee, gp->target, NONE, {NONE, NONE}, 0, 0};
	if (r != 0)
		return l;
	l.readiness = gp->score.readiness;
	l.months = gp->score.months;
	l.role = gp->role;
	l.tier = (uint8_t)gp->score.tier;
	for (size_t k = 0; k < gp->score.n && l.ngaps < 2; k++)
		if (gp->score.skills[gp->order[k]].is_gap)
			l.gaps[l.ngaps++] = gp->score.skills[gp->order[k]].skill;
	return l;
}

static struct ov *person_row(struct out_doc *doc, const struct model *m, const struct gap_line *l)
{
	const struct person *p = &m->people[l->employee];
	bool measured = l->role != NONE;
	struct ov *o = ov_obj(doc), *gaps = ov_arr(doc);
	ov_add(doc, o, "employee", ov_str(doc, person_text(m, p->id)));
	ov_add(doc, o, "name", ov_str(doc, person_text(m, p->name)));
	ov_add(doc, o, "role", ov_str(doc, person_text(m, p->role_id)));
	ov_add(doc, o, "target", l->target == NONE ? ov_null(doc) : ov_str(doc, m->roles[l->target].id));
	ov_add(doc, o, "measured", measured ? ov_str(doc, m->roles[l->role].id) : ov_null(doc));
	ov_add(doc, o, "readiness", measured ? ov_num(doc, l->readiness) : ov_null(doc));
	ov_add(doc, o, "tier", measured ? ov_str(doc, tier_name((enum tier)l->tier)) : ov_null(doc));
	ov_add(doc, o, "months", measured ? ov_int(doc, l->months) : ov_null(doc));
	for (size_t k = 0; k < l->ngaps; k++)
		ov_push(doc, gaps, ov_str(doc, m->skills[l->gaps[k]].id));
	ov_add(doc, o, "gaps", gaps);
	return o;
}

static struct ov *skill_rows(struct out_doc *doc, const struct model *m, const struct gap_group *grp)
{
	struct ov *rows = ov_arr(doc);
	uint32_t *order = malloc((m->nskills ? m->nskills : 1) * sizeof *order);
	size_t n = 0;
	for (uint32_t s = 0; grp->skills && order && s < m->nskills; s++) {
		if (!grp->skills[s].people)
			continue;
		/* by total weighted gap descending, then skill id */
		size_t j = n++;
		while (j > 0 && num_cmp(grp->skills[s].total, grp->skills[order[j - 1]].total) > 0) {
			order[j] = order[j - 1];
			j--;
		}
		order[j] = s;
	}
	for (size_t i = 0; i < n; i++) {
		const struct gap_skill *gs = &grp->skills[order[i]];
		uint32_t items[3];
		size_t ni = gap_group_items(m, gs, items, 3);
		struct ov *o = ov_obj(doc);
		ov_set(doc, o, "skill", ov_str(doc, m->skills[gs->skill].id));
		ov_set(doc, o, "name", ov_str(doc, m->skills[gs->skill].name));
		ov_set(doc, o, "people", ov_int(doc, (long long)gs->people));
		ov_set(doc, o, "total", ov_num(doc, gs->total));
		ov_set(doc, o, "mean", ov_num(doc, gs->total / (double)gs->people));
		ov_set(doc, o, "essential", ov_int(doc, (long long)gs->essential));
		ov_set(doc, o, "learning", items_value(doc, m, items, ni));
		ov_push(doc, rows, o);
	}
	free(order);
	return rows;
}

static const struct out_col group_fields[] = {
	{"group_text", "Group", COL_TEXT}, {"role_text", "Measured against", COL_TEXT}, {"as_of", "As of", COL_DATE},
	{"people_count", "People", COL_INT}, {"measured", "Measured", COL_INT},
};
static const struct out_col people_cols[] = {
	{"employee", "Employee", COL_TEXT}, {"name", "Name", COL_TEXT},	{"role", "Role", COL_TEXT},
	{"target", "Target", COL_TEXT},	    {"measured", "Measured against", COL_TEXT}, {"readiness", "Readiness", COL_PCT},
	{"tier", "Tier", COL_TEXT},	    {"months", "Months", COL_INT},		{"gaps", "Largest gaps", COL_LIST},
};
static const struct out_col skill_cols[] = {
	{"skill", "Skill", COL_TEXT}, {"name", "Name", COL_TEXT},	      {"people", "People", COL_INT},
	{"total", "Total", COL_NUM},  {"mean", "Mean", COL_NUM},	      {"essential", "Essential", COL_INT},
	{"learning", "Learning that closes most", COL_LIST},
};

/* One thread's scratch for measuring people. By skill, the thread adds
 * the people it measures to a tally of its own (exact sums: merged in any
 * order, they make the totals one thread would), and hands on only what
 * the taking thread still needs of each. */
struct gap_worker {
	PAR_OWN_LINE const struct model *m;
	const uint32_t *who;
	uint32_t role;
	int32_t as_of;
	struct gap_scratch s;
	bool tally_here;
	struct gap_tally tally; /* tally_here: everyone this thread measured */
};

struct gap_result {
	int r; /* gap_person_compute's: 0 measured, 1 nothing to measure against */
	struct gap_person gp;
};

static int gap_work(void *worker, size_t i, void *slot)
{
	struct gap_worker *w = worker;
	struct gap_result *res = slot;
	if (!w->tally_here) {
		res->r = gap_person_measure(w->m, w->who[i], w->role, w->as_of, &w->s, &res->gp);
		return res->r < 0 ? -1 : 0;
	}
	res->r = gap_tally_measure(w->m, w->who[i], w->role, w->as_of, &w->s, &w->tally, &res->gp.score.tier);
	return res->r < 0 ? -1 : 0;
}

/* Where the people measured go, taken in order so that sums and rows do
 * not depend on how many threads measured them: by skill, into the group's
 * totals; by employee, row by row into the report as they come. */
struct gap_totals {
	const struct model *m;
	const struct gap_args *a;
	const struct global *g; /* for the progress line; NULL: none (rows stream to the terminal) */
	size_t n;               /* people measured */
	struct gap_group grp;   /* by skill */
	struct out_stream *s;   /* by employee */
	struct out_doc *row;    /* one row at a time */
	bool measure;           /* table, first pass: rows measured and kept in lines */
	struct gap_line *lines; /* table: one per person, written once all are measured */
	int err;                /* errno of a row that could not be written */
	bool failed;            /* someone at or below --fail-on */
};

/* One row to the report: measured (a table's first pass) or written.
 * Returns 0, or -1 with t->err set. */
static int gap_put(struct gap_totals *t, const struct gap_line *l)
{
	struct ov *row = person_row(t->row, t->m, l);
	int rc = 0;
	if (t->measure && out_doc_failed(t->row))
		t->err = ENOMEM, rc = -1; /* a row measured short would be written wider than its column */
	else if (t->measure)
		out_stream_measure(t->s, row);
	else if (out_stream_row(t->s, t->row, row) < 0)
		t->err = errno, rc = -1;
	out_doc_reset(t->row);
	return rc;
}

static int gap_take(void *ctx, size_t i, void *slot)
{
	struct gap_totals *t = ctx;
	struct gap_result *res = slot;
	if (t->g)
		cmd_progress(t->g, "measuring", i + 1, t->n);
	t->failed |= res->r == 0 && t->a->fail_set && res->gp.score.tier >= t->a->fail_on;
	if (t->a->by_skill)
		return 0; /* added up where it was measured */
	struct gap_line l = gap_line_of(&res->gp, res->r);
	if (t->measure)
		t->lines[i] = l;
	return gap_put(t, &l); /* the slot keeps its buffers for the next person */
}

static void gap_release(void *ctx, void *slot)
{
	(void)ctx;
	gap_person_free(&((struct gap_result *)slot)->gp);
}

/* Measures everyone in who over the cores; 0 or -1 (out of memory, or a
 * row that could not be written: t->err). */
static int gap_measure(const struct global *g, const struct model *m, const uint32_t *who, size_t n, uint32_t role,
		       struct gap_totals *t)
{
	unsigned nt = par_threads(g->threads);
	struct gap_worker w[PAR_MAX];
	void *workers[PAR_MAX];
	int rc = 0;
	for (unsigned k = 0; k < nt; k++) {
		w[k] = (struct gap_worker){.m = m, .who = who, .role = role, .as_of = g->as_of};
		workers[k] = &w[k];
		if (gap_scratch_init(m, &w[k].s, true) < 0)
			rc = -1;
		w[k].s.totals_only = t->a->by_skill;
		w[k].tally_here = t->a->by_skill;
	}
	struct par_job job = {n, sizeof(struct gap_result), nt, workers, gap_work, gap_take, NULL, t, 0, gap_release};
	t->n = n;
	/* rows streamed to the terminal as they are measured would be torn by it */
	struct stat out;
	bool to_file = g->output && strcmp(g->output, "-") != 0 &&
		       !(stat(g->output, &out) == 0 && S_ISCHR(out.st_mode)); /* -o /dev/stdout, /dev/tty */
	if (t->a->by_skill || t->measure || to_file || !isatty(fileno(stdout)))
		t->g = g;
	if (rc == 0)
		rc = par_run(&job);
	if (t->g)
		cmd_progress(g, "measuring", n, n);
	for (unsigned k = 0; k < nt; k++) {
		if (rc == 0 && t->a->by_skill && gap_tally_merge(m, &t->grp.tally, &w[k].tally) < 0)
			rc = -1;
		gap_tally_free(&w[k].tally);
		gap_scratch_free(&w[k].s);
	}
	if (rc == 0 && t->a->by_skill && gap_group_finish(m, &t->grp) < 0)
		rc = -1;
	return rc;
}

/* The report's root without its list of people or skills. */
static struct ov *group_head(struct out_doc *doc, const struct global *g, const struct model *m,
			     const struct gap_args *a, struct ov *desc, uint32_t role, size_t n, size_t measured)
{
	struct ov *root = ov_obj(doc);
	ov_set(doc, root, "as_of", date_value(doc, g->as_of));
	ov_set(doc, root, "group", desc);
	ov_set(doc, root, "role", role == NONE ? ov_null(doc) : ov_str(doc, m->roles[role].id));
	ov_set(doc, root, "people_count", ov_int(doc, (long long)n));
	if (g->format == OUT_TABLE || g->format == OUT_MD) {
		ov_set(doc, root, "group_text", group_text(doc, m, a));
		ov_set(doc, root, "role_text", ov_str(doc, role == NONE ? "each person's target" : m->roles[role].id));
	}
	ov_set(doc, root, "measured", ov_int(doc, (long long)measured));
	return root;
}

/* --by skill: everyone added up first, then one row per skill. */
static int gap_by_skill(const struct global *g, const struct model *m, const struct gap_args *a, const uint32_t *who,
			size_t n, uint32_t role, struct out_doc *doc, struct ov *root)
{
	struct gap_totals t = {.m = m, .a = a};
	int rc = EXIT_FAILURE_;
	if (gap_measure(g, m, who, n, role, &t) < 0) {
		cmd_error("out of memory");
	} else {
		t.grp.people = n;
		ov_set(doc, root, "measured", ov_int(doc, (long long)t.grp.measured)); /* in its place */
		ov_set(doc, root, "skills", skill_rows(doc, m, &t.grp));
		struct out_section secs[] = {
			{SEC_FIELDS, NULL, NULL, group_fields, 5},
			{SEC_TABLE, "Development priorities", "skills", skill_cols, 7},
		};
		struct out_view view = {secs, 2, "skills"};
		rc = report_write(g, doc, root, &view);
	}
	if (rc == EXIT_OK && t.failed)
		rc = EXIT_PROBLEMS;
	gap_group_free(m, &t.grp);
	return rc;
}

/* By employee: each person's row written as it is taken (a million people
 * would otherwise be a document of a million rows in memory). A table
 * measures every row first, keeping each in a gap_line, then writes them. */
static int gap_by_employee(const struct global *g, const struct model *m, const struct gap_args *a,
			   const uint32_t *who, size_t n, uint32_t role, struct out_doc *doc, struct ov *root)
{
	ov_set(doc, root, "people", ov_arr(doc));
	struct out_section secs[] = {
		{SEC_FIELDS, NULL, NULL, group_fields, 5},
		{SEC_TABLE, "People", "people", people_cols, 9},
	};
	struct out_view view = {secs, 2, "people"};
	struct report_stream *rs = report_stream_open(g, doc, root, &view);
	if (!rs)
		return EXIT_FAILURE_;
	struct gap_totals t = {.m = m, .a = a, .s = report_stream_out(rs), .row = out_doc_new()};
	t.measure = out_stream_measuring(t.s);
	int rc = -1;
	if (t.row && (!t.measure || (t.lines = malloc((n ? n : 1) * sizeof *t.lines))))
		rc = gap_measure(g, m, who, n, role, &t);
	if (rc == 0 && t.measure) { /* table: now the rows, widths known */
		t.measure = false;
		for (size_t i = 0; i < n && rc == 0; i++)
			rc = gap_put(&t, &t.lines[i]);
	}
	free(t.lines);
	out_doc_free(t.row);
	if (rc < 0 && !t.err) {
		report_stream_drop(rs);
		cmd_error("out of memory");
		return EXIT_FAILURE_;
	}
	rc = report_stream_end(g, rs, t.err);
	if (rc == EXIT_OK && t.failed)
		rc = EXIT_PROBLEMS;
	return rc;
}

static int gap_group(const struct global *g, const struct model *m, const struct gap_args *a)
{
	uint32_t role = NONE, *who = NULL;
	size_t n = 0;
	if (a->role && (role = cmd_role(m, a->role)) == NONE)
		return EXIT_USAGE;
	struct out_doc *doc = out_doc_new();
	struct ov *desc;
	int rc = select_group(m, a, g->quiet, &who, &n, &desc, doc);
	if (rc == 0) {
		/* by skill, the tally counts who it measured; rows streamed by
		 * employee follow a head that must say it first */
		struct ov *root = group_head(doc, g, m, a, desc, role, n, a->by_skill ? 0 : gap_group_measurable(m, who, n, role));
		rc = a->by_skill ? gap_by_skill(g, m, a, who, n, role, doc, root)
				 : gap_by_employee(g, m, a, who, n, role, doc, root);
	} else if (rc == EXIT_FAILURE_) {
		cmd_error("out of memory");
	}
	free(who);
	out_doc_free(doc);
	return rc;
}

/* ---- the command ------------------------------------------------------- */

static int parse_args(int argc, char **argv, struct gap_args *a)
{
	struct opt_state st;
	opt_init(&st, argc, argv);
	const char *v;
	int k;
	memset(a, 0, sizeof *a);
	while ((k = opt_next(&st, &cmd_gap_entry, &v)) != OPT_END) {
		switch (k) {
		case OPT_ERROR:
			return EXIT_USAGE;
		case O_HELP:
			cmd_print_help(stdout, &cmd_gap_entry);
			return -1;
		case O_ROLE: a->role = v; break;
		case O_EXPLAIN: a->explain = true; break;
		case O_TEAM: a->team = v; break;
		case O_DIRECT: a->direct = true; break;
		case O_DEPARTMENT: a->department = v; break;
		case O_ALL: a->all = true; break;
		case O_BY:
			if (strcmp(v, "skill") && strcmp(v, "employee")) {
				cmd_usage_error(&cmd_gap_entry, "--by takes employee or skill, not '%s'", v);
				return EXIT_USAGE;
			}
			a->by_skill = strcmp(v, "skill") == 0;
			a->by_employee = !a->by_skill;
			break;
		case O_FAILON:
			if (tier_parse(v, &a->fail_on) < 0 || a->fail_on == TIER_READY_NOW) {
				cmd_usage_error(&cmd_gap_entry, "--fail-on takes develop or ready-soon, not '%s'", v);
				return EXIT_USAGE;
			}
			a->fail_set = true;
			break;
		case OPT_ARG:
			if (a->employee) {
				cmd_usage_error(&cmd_gap_entry, "one employee at a time; for groups use --team, --department or --all");
				return EXIT_USAGE;
			}
			a->employee = v;
			break;
		}
	}
	int groups = !!a->team + !!a->department + a->all;
	bool by_given = a->by_skill || a->by_employee;
	if (groups > 1 || (groups && a->employee) || (!groups && !a->employee)) {
		cmd_usage_error(&cmd_gap_entry, groups > 1 || a->employee ? "give one of EMPLOYEE, --team, --department or --all"
									  : "missing EMPLOYEE (or --team, --department, --all)");
		return EXIT_USAGE;
	}
	if ((a->direct && !a->team) || (by_given && !groups) || (a->explain && groups)) {
		cmd_usage_error(&cmd_gap_entry, a->direct ? "--direct goes with --team"
						: a->explain ? "--explain is for one employee"
							     : "--by goes with --team, --department or --all");
		return EXIT_USAGE;
	}
	return 0;
}

static int gap_exec(struct global *g, int argc, char **argv)
{
	struct gap_args a;
	int rc = parse_args(argc, argv, &a);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	if (a.explain && (g->format == OUT_CSV || g->format == OUT_TSV)) {
		cmd_usage_error(&cmd_gap_entry, "--explain shows in table, md, json and jsonl, not in %s", out_format_name(g->format));
		return EXIT_USAGE;
	}
	struct repo *r;
	/* opportunities have no part in a gap: not read, like ladder's evidence */
	if ((rc = cmd_load_for(g, PART_ALL & ~PART_OPPORTUNITIES, PART_PEOPLE | PART_ASSESSMENTS, a.employee, &r)))
		return rc;
	rc = a.employee ? gap_one(g, r->model, &a) : gap_group(g, r->model, &a);
	cmd_done(r);
	return rc;
}

const struct cmd_entry cmd_gap_entry = {
	"gap",
	"gap EMPLOYEE [--role ROLE] [--explain]\n"
	"   or: rungs gap (--team MANAGER [--direct] | --department D | --all) [--role ROLE] [--by employee|skill]\n"
	"                 [--fail-on develop|ready-soon]",
	"How far a person or team is from a role, skill by skill, and the learning that closes each gap.",
	gap_opts,
	sizeof gap_opts / sizeof gap_opts[0],
	gap_exec,
	false,
};
