/* rungs match: the internal talent marketplace. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "assign.h"
#include "cmd.h"
#include "evidence.h"
#include "match.h"
#include "match_all.h"

static const struct opt_spec match_opts[] = {
	{"kind", 0, "K,...", "only these kinds: job, rotation, project, shadowing, mentorship, gig"},
	{"mentors", 0, NULL, "mentors for EMPLOYEE instead of opportunities"},
	{"limit", 0, "N", "rows per list (default 10; 3 with --all; 0: all)"},
	{"explain", 0, NULL, "each requirement: credited level, contribution, what is missing"},
	{"role", 0, "ROLE", "internal candidates for ROLE"},
	{"opening", 0, "ID", "internal candidates for the opportunity ID"},
	{"all", 0, NULL, "nightly: every employee's top jobs and development opportunities"},
	{"since", 0, "DATE", "with --all: only pairs whose tier was lower at DATE"},
	{"min-tier", 0, "TIER", "with --all: only pairs at TIER or better (ready-now, ready-soon, develop)"},
	{"assign", 0, NULL, "propose who fills which open job, optimally"},
	{"help", 'h', NULL, "show this help"},
};
enum { O_KIND, O_MENTORS, O_LIMIT, O_EXPLAIN, O_ROLE, O_OPENING, O_ALL, O_SINCE, O_MINTIER, O_ASSIGN, O_HELP };

struct match_args {
	const char *employee, *role, *opening, *since;
	int32_t since_date;
	bool kinds[6], kinds_set, mentors, explain, all, assign, limit_set, min_tier_set;
	size_t limit;
	enum tier min_tier;
};

struct ctx {
	const struct global *g;
	const struct model *m;
	struct out_doc *doc;
	bool text;
	const struct match_args *a;
};

static struct ov *str(struct ctx *c, const char *s)
{
	return ov_str(c->doc, s);
}

static struct ov *date_str(struct ctx *c, int32_t d)
{
	char buf[DATE_BUF];
	date_format(d, buf);
	return str(c, buf);
}

static struct ov *skill_or_null(struct ctx *c, uint32_t s)
{
	return s == NONE ? ov_null(c->doc) : str(c, c->m->skills[s].id);
}

/* --explain: each requirement with its credited level, its share of the
 * readiness, and what is missing. */
static struct ov *explain_reqs(struct ctx *c, const struct score *s)
{
	struct ov *list = ov_arr(c->doc);
	double wsum = 0;
	for (size_t i = 0; i < s->n; i++)
		wsum += s->skills[i].weight;
	for (size_t i = 0; i < s->n; i++) {
		const struct skill_score *ss = &s->skills[i];
		double met = ss->credited < ss->required ? ss->credited : ss->required;
		struct ov *o = ov_obj(c->doc);
		ov_set(c->doc, o, "skill", str(c, c->m->skills[ss->skill].id));
		ov_set(c->doc, o, "required", ov_int(c->doc, ss->required));
		ov_set(c->doc, o, "credited", ov_num(c->doc, ss->credited));
		ov_set(c->doc, o, "via", skill_or_null(c, ss->via));
		ov_set(c->doc, o, "weight", ov_num(c->doc, ss->weight));
		ov_set(c->doc, o, "essential", ov_bool(c->doc, ss->essential));
		ov_set(c->doc, o, "contribution", ov_num(c->doc, wsum > 0 ? ss->weight * met / ss->required / wsum : 0));
		ov_set(c->doc, o, "missing", ov_num(c->doc, ss->gap));
		ov_push(c->doc, list, o);
	}
	return list;
}

static const struct out_col explain_cols[] = {
	{"skill", "Skill", COL_TEXT},	      {"required", "Req", COL_INT},	    {"credited", "Credited", COL_LEVEL},
	{"via", "Via", COL_TEXT},	      {"weight", "Weight", COL_NUM},	    {"essential", "Essential", COL_BOOL},
	{"contribution", "Contribution", COL_PCT}, {"missing", "Missing", COL_LEVEL},
};

/* Text formats show each row's explanation as a table after the main ones;
 * sections find them by key in the root ("explain:N"). */
static int write_with_explain(struct ctx *c, struct ov *root, const struct out_section *base, size_t nbase,
			      const char *main, const char *const *list_keys, const char *id_key)
{
	struct out_section *secs = NULL;
	size_t n = nbase, rows = 0;
	for (size_t k = 0; list_keys[k]; k++)
		rows += ov_len(ov_get(root, list_keys[k]));
	if (c->a->explain && c->text) {
		secs = calloc(nbase + rows + 1, sizeof *secs);
		if (!secs)
			return EXIT_FAILURE_;
		memcpy(secs, base, nbase * sizeof *secs);
	}
	for (size_t k = 0; secs && list_keys[k]; k++) {
		const char *list_key = list_keys[k];
		const struct ov *list = ov_get(root, list_key);
		for (size_t i = 0; i < ov_len(list); i++) {
			struct ov *row = ov_at(list, i);
			char key[64], title[200];
			snprintf(key, sizeof key, "explain:%s:%zu", list_key, i);
			snprintf(title, sizeof title, "%s: requirements", ov_to_str(ov_get(row, id_key), NULL));
			const char *ek = ov_to_str(str(c, key), NULL);
			ov_set(c->doc, root, ek, ov_get(row, "explain"));
			secs[n++] = (struct out_section){SEC_TABLE, ov_to_str(str(c, title), NULL), ek, explain_cols, 8};
		}
	}
	struct out_view view = {secs ? secs : base, n, main};
	int rc = report_write(c->g, c->doc, root, &view);
	free(secs);
	return rc;
}

/* ---- opportunities for a person --------------------------------------------- */

static struct ov *opp_row(struct ctx *c, const struct opp_match *om)
{
	const struct opportunity *op = &c->m->opps[om->opp];
	struct ov *o = ov_obj(c->doc);
	ov_set(c->doc, o, "id", str(c, op->id));
	ov_set(c->doc, o, "kind", str(c, opp_kind_name(op->kind)));
	ov_set(c->doc, o, "title", str(c, op->title));
	/* score = readiness + the aspiration bonus (2.8), for every row */
	ov_set(c->doc, o, "score", ov_num(c->doc, om->score.readiness + (om->aspired ? c->m->cfg.aspiration_bonus : 0)));
	ov_set(c->doc, o, "readiness", ov_num(c->doc, om->score.readiness));
	ov_set(c->doc, o, "growth", ov_num(c->doc, om->growth));
	ov_set(c->doc, o, "tier", str(c, tier_name(om->score.tier)));
	ov_set(c->doc, o, "months", ov_int(c->doc, om->score.months));
	ov_set(c->doc, o, "helps", skill_or_null(c, om->helps));
	ov_set(c->doc, o, "holds_back", skill_or_null(c, om->holds));
	ov_set(c->doc, o, "role", op->role == NONE ? ov_null(c->doc) : str(c, c->m->roles[op->role].id));
	ov_set(c->doc, o, "aspired", ov_bool(c->doc, om->aspired));
	if (c->a->explain)
		ov_set(c->doc, o, "explain", explain_reqs(c, &om->score));
	return o;
}

static const struct out_col person_head[] = {
	{"employee", "Employee", COL_TEXT}, {"name", "Name", COL_TEXT}, {"target", "Target", COL_TEXT},
	{"as_of", "As of", COL_DATE},
};
static const struct out_col opp_cols[] = {
	{"id", "Id", COL_TEXT},	   {"kind", "Kind", COL_TEXT},	    {"title", "Title", COL_TEXT},
	{"score", "Score", COL_PCT}, {"readiness", "Readiness", COL_PCT}, {"growth", "Growth", COL_PCT},
	{"tier", "Tier", COL_TEXT},  {"months", "Months", COL_INT},	    {"helps", "Helps most", COL_TEXT},
	{"holds_back", "Holds back", COL_TEXT},
};

static size_t shown(const struct match_args *a, size_t n)
{
	return a->limit && n > a->limit ? a->limit : n;
}

static int match_one(struct ctx *c, uint32_t e)
{
	const struct model *m = c->m;
	struct person_state ps;
	struct match_lists l;
	if (person_state_init(m, e, c->g->as_of, &ps) < 0)
		return EXIT_FAILURE_;
	if (match_person(m, &ps, c->g->as_of, c->a->kinds_set ? c->a->kinds : NULL, &l) < 0) {
		person_state_free(&ps);
		return EXIT_FAILURE_;
	}
	struct ov *root = ov_obj(c->doc), *jobs = ov_arr(c->doc), *dev = ov_arr(c->doc);
	ov_set(c->doc, root, "employee", str(c, person_id(m, e)));
	ov_set(c->doc, root, "as_of", date_str(c, c->g->as_of));
	ov_set(c->doc, root, "target", ps.target == NONE ? ov_null(c->doc) : str(c, m->roles[ps.target].id));
	for (size_t i = 0; i < shown(c->a, l.njobs); i++)
		ov_push(c->doc, jobs, opp_row(c, &l.jobs[i]));
	for (size_t i = 0; i < shown(c->a, l.ndev); i++)
		ov_push(c->doc, dev, opp_row(c, &l.dev[i]));
	ov_set(c->doc, root, "jobs", jobs);
	ov_set(c->doc, root, "development", dev);
	ov_set(c->doc, root, "name", str(c, person_name(m, e)));
	/* csv, tsv and jsonl: both lists as one, each row saying which */
	struct ov *rows = ov_arr(c->doc);
	for (int k = 0; k < 2; k++) {
		struct ov *list = k ? dev : jobs;
		for (size_t i = 0; i < ov_len(list); i++) {
			struct ov *o = ov_obj(c->doc), *src = ov_at(list, i);
			/* the pinned keys first, as in the lists; then whose and which list */
			for (size_t j = 0; j < 8; j++)
				ov_set(c->doc, o, ov_key_at(src, j), ov_at(src, j));
			ov_set(c->doc, o, "employee", str(c, person_id(m, e)));
			ov_set(c->doc, o, "list", str(c, k ? "development" : "jobs"));
			for (size_t j = 8; j < ov_len(src); j++)
				ov_set(c->doc, o, ov_key_at(src, j), ov_at(src, j));
			ov_push(c->doc, rows, o);
		}
	}
	bool flat = c->g->format == OUT_CSV || c->g->format == OUT_TSV || c->g->format == OUT_JSONL;
	if (flat)
		ov_set(c->doc, root, "rows", rows);
	struct out_section secs[] = {
		{SEC_FIELDS, NULL, NULL, person_head, 4},
		{SEC_TABLE, "Jobs", "jobs", opp_cols, 10},
		{SEC_TABLE, "Development", "development", opp_cols, 10},
	};
	static const char *const lists[] = {"jobs", "development", NULL};
	int rc = write_with_explain(c, root, secs, 3, flat ? "rows" : NULL, lists, "id");
	match_lists_free(&l);
	person_state_free(&ps);
	return rc;
}

/* ---- mentors ----------------------------------------------------------------- */

static const struct out_col mentor_cols[] = {
	{"employee", "Employee", COL_TEXT}, {"name", "Name", COL_TEXT},	      {"value", "Covers", COL_PCT},
	{"skills", "Skills", COL_LIST},	    {"mentees", "Mentees", COL_INT}, {"role", "Role", COL_TEXT},
};

static int match_mentors_cmd(struct ctx *c, uint32_t e)
{
	const struct model *m = c->m;
	struct person_state ps;
	struct mentor *v;
	size_t n;
	if (person_state_init(m, e, c->g->as_of, &ps) < 0)
		return EXIT_FAILURE_;
	if (match_mentors(m, &ps, c->g->as_of, &v, &n) < 0) {
		person_state_free(&ps);
		return EXIT_FAILURE_;
	}
	struct ov *root = ov_obj(c->doc), *list = ov_arr(c->doc);
	ov_set(c->doc, root, "employee", str(c, person_id(m, e)));
	ov_set(c->doc, root, "as_of", date_str(c, c->g->as_of));
	for (size_t i = 0; i < shown(c->a, n); i++) {
		struct ov *o = ov_obj(c->doc), *sk = ov_arr(c->doc);
		ov_set(c->doc, o, "employee", str(c, person_id(m, v[i].employee)));
		ov_set(c->doc, o, "name", str(c, person_name(m, v[i].employee)));
		ov_set(c->doc, o, "value", ov_num(c->doc, v[i].value));
		for (size_t k = 0; k < v[i].nskills; k++)
			ov_push(c->doc, sk, str(c, m->skills[v[i].skills[k]].id));
		ov_set(c->doc, o, "skills", sk);
		ov_set(c->doc, o, "mentees", ov_int(c->doc, v[i].mentees));
		ov_set(c->doc, o, "role", str(c, person_text(m, m->people[v[i].employee].role_id)));
		ov_push(c->doc, list, o);
	}
	ov_set(c->doc, root, "mentors", list);
	ov_set(c->doc, root, "target", ps.target == NONE ? ov_null(c->doc) : str(c, m->roles[ps.target].id));
	ov_set(c->doc, root, "name", str(c, person_name(m, e)));
	if (ps.target == NONE && !c->g->quiet)
		cmd_warning("'%s' has no target, so no gap a mentor could cover", person_id(m, e));
	struct out_section secs[] = {{SEC_FIELDS, NULL, NULL, person_head, 4},
				     {SEC_TABLE, "Mentors, by the share of the gap to target they cover", "mentors", mentor_cols, 6}};
	struct out_view view = {secs, 2, "mentors"};
	int rc = report_write(c->g, c->doc, root, &view);
	mentors_free(v, n);
	person_state_free(&ps);
	return rc;
}

/* ---- candidates for a role or an opening -------------------------------------- */

static const struct out_col bench_head[] = {
	{"role", "Role", COL_TEXT},		{"opening", "Opening", COL_TEXT}, {"as_of", "As of", COL_DATE},
	{"incumbents", "Incumbents", COL_INT}, {"ready_now", "Ready now", COL_INT}, {"ready_soon", "Ready soon", COL_INT},
};
static const struct out_col candidate_cols[] = {
	{"employee", "Employee", COL_TEXT},  {"name", "Name", COL_TEXT}, {"role", "Current role", COL_TEXT},
	{"readiness", "Readiness", COL_PCT}, {"tier", "Tier", COL_TEXT}, {"months", "Months", COL_INT},
};

static int match_for(struct ctx *c, uint32_t role, uint32_t opening)
{
	const struct model *m = c->m;
	const struct requirement *reqs;
	size_t nreq;
	if (opening != NONE) {
		const struct opportunity *o = &m->opps[opening];
		role = o->role;
		reqs = m->reqs ? m->reqs + o->req_off : NULL;
		nreq = o->req_n;
	} else {
		reqs = role_reqs(m, role);
		nreq = m->roles[role].req_n;
	}
	struct candidate *cand;
	size_t n;
	if (match_candidates(m, reqs, nreq, role, role == NONE ? -1 : m->roles[role].level, c->g->as_of, &cand, &n) < 0)
		return EXIT_FAILURE_;
	size_t incumbents = 0, now = 0, soon = 0;
	for (uint32_t p = 0; role != NONE && p < m->npeople; p++)
		incumbents += m->people[p].role == role;
	for (size_t i = 0; i < n; i++)
		now += cand[i].tier == TIER_READY_NOW, soon += cand[i].tier == TIER_READY_SOON;
	struct ov *root = ov_obj(c->doc), *bench = ov_obj(c->doc), *list = ov_arr(c->doc);
	ov_set(c->doc, root, "role", role == NONE ? ov_null(c->doc) : str(c, m->roles[role].id));
	ov_set(c->doc, root, "as_of", date_str(c, c->g->as_of));
	ov_set(c->doc, bench, "incumbents", ov_int(c->doc, (long long)incumbents));
	ov_set(c->doc, bench, "ready_now", ov_int(c->doc, (long long)now));
	ov_set(c->doc, bench, "ready_soon", ov_int(c->doc, (long long)soon));
	ov_set(c->doc, root, "bench", bench);
	for (size_t i = 0; i < shown(c->a, n); i++) {
		const struct person *p = &m->people[cand[i].employee];
		struct ov *o = ov_obj(c->doc);
		ov_set(c->doc, o, "employee", str(c, person_text(m, p->id)));
		ov_set(c->doc, o, "name", str(c, person_text(m, p->name)));
		ov_set(c->doc, o, "role", str(c, person_text(m, p->role_id)));
		ov_set(c->doc, o, "readiness", ov_num(c->doc, cand[i].readiness));
		ov_set(c->doc, o, "tier", str(c, tier_name(cand[i].tier)));
		ov_set(c->doc, o, "months", ov_int(c->doc, cand[i].months));
		if (c->a->explain) { /* scored again: the ranking kept only its keys */
			struct score sc;
			if (match_candidate_score(m, reqs, nreq, cand[i].employee, c->g->as_of, &sc) < 0) {
				candidates_free(cand);
				return EXIT_FAILURE_;
			}
			ov_set(c->doc, o, "explain", explain_reqs(c, &sc));
			score_free(&sc);
		}
		ov_push(c->doc, list, o);
	}
	ov_set(c->doc, root, "candidates", list);
	if (opening != NONE)
		ov_set(c->doc, root, "opening", str(c, m->opps[opening].id));
	bool critical = role != NONE && m->roles[role].critical;
	ov_set(c->doc, root, "critical", ov_bool(c->doc, critical));
	if (c->text) { /* the bench summary opens the report for critical roles */
		ov_set(c->doc, root, "incumbents", ov_get(bench, "incumbents"));
		ov_set(c->doc, root, "ready_now", ov_get(bench, "ready_now"));
		ov_set(c->doc, root, "ready_soon", ov_get(bench, "ready_soon"));
	}
	struct out_section secs[] = {{SEC_FIELDS, critical ? "Succession bench (critical role)" : NULL, NULL, bench_head,
				      critical ? 6u : 3u},
				     {SEC_TABLE, "Internal candidates", "candidates", candidate_cols, 6}};
	static const char *const lists[] = {"candidates", NULL};
	int rc = write_with_explain(c, root, secs, 2, "candidates", lists, "employee");
	candidates_free(cand);
	return rc;
}

/* ---- nightly: everyone ---------------------------------------------------------- */

static const struct out_col pair_cols[] = {
	{"employee", "Employee", COL_TEXT}, {"list", "List", COL_TEXT},	     {"id", "Id", COL_TEXT},
	{"kind", "Kind", COL_TEXT},	    {"readiness", "Readiness", COL_PCT}, {"growth", "Growth", COL_PCT},
	{"tier", "Tier", COL_TEXT},	    {"months", "Months", COL_INT},	     {"previous_tier", "Was", COL_TEXT},
};

/* A pair's row in d: every key for json, jsonl, csv and tsv; for table
 * and md, the columns they show. */
static struct ov *pair_row(const struct ctx *c, struct out_doc *d, const struct match_pair *p)
{
	const struct model *m = c->m;
	const struct opportunity *op = &m->opps[p->opp];
	struct ov *o = ov_obj(d);
	ov_add(d, o, "employee", ov_str(d, person_id(m, p->employee)));
	if (!c->text)
		ov_add(d, o, "name", ov_str(d, person_name(m, p->employee)));
	ov_add(d, o, "list", ov_str(d, p->development ? "development" : "jobs"));
	ov_add(d, o, "id", ov_str(d, op->id));
	ov_add(d, o, "kind", ov_str(d, opp_kind_name(op->kind)));
	if (!c->text) {
		ov_add(d, o, "title", ov_str(d, op->title));
		/* score = readiness + the aspiration bonus (2.8), as for one person */
		ov_add(d, o, "score", ov_num(d, p->readiness + (p->aspired ? m->cfg.aspiration_bonus : 0)));
	}
	ov_add(d, o, "readiness", ov_num(d, p->readiness));
	ov_add(d, o, "growth", ov_num(d, p->growth));
	ov_add(d, o, "tier", ov_str(d, tier_name(p->tier)));
	ov_add(d, o, "months", ov_int(d, p->months));
	if (!c->text) {
		ov_add(d, o, "helps", p->helps == NONE ? ov_null(d) : ov_str(d, m->skills[p->helps].id));
		ov_add(d, o, "holds_back", p->holds == NONE ? ov_null(d) : ov_str(d, m->skills[p->holds].id));
		ov_add(d, o, "role", op->role == NONE ? ov_null(d) : ov_str(d, m->roles[op->role].id));
		ov_add(d, o, "aspired", ov_bool(d, p->aspired));
	}
	if (p->previous >= 0)
		ov_add(d, o, "previous_tier", ov_str(d, tier_name((enum tier)p->previous)));
	return o;
}

/* A pair as the table shows it, kept from measuring to writing: 32 bytes,
 * so that the table of a large organisation takes little memory. */
struct kept_pair {
	double readiness, growth;
	uint32_t employee, opp, months;
	uint8_t tier, previous, development, spare; /* previous: 3 for none */
};

static bool keep_pair(struct kept_pair *k, const struct match_pair *p)
{
	if (p->months < 0 || (unsigned long long)p->months > UINT32_MAX)
		return false;
	*k = (struct kept_pair){p->readiness, p->growth, p->employee, p->opp, (uint32_t)p->months,
			       (uint8_t)p->tier, (uint8_t)(p->previous < 0 ? 3 : p->previous), p->development, 0};
	return true;
}

static struct match_pair kept_pair_back(const struct kept_pair *k)
{
	return (struct match_pair){k->employee, k->opp, k->readiness, k->growth, k->months, NONE, NONE,
				   (enum tier)k->tier, k->previous == 3 ? -1 : k->previous, k->development, false};
}

/* The rows of match --all on their way out. json, jsonl, csv, tsv and md
 * write each block of pairs as it comes. table measures every row first:
 * the pairs are kept in 32 bytes each meanwhile, as long as they take no
 * more than `budget`; past it (or for a pair that does not fit in 32
 * bytes), they are computed a second time to be written. */
struct all_out {
	struct ctx *c;
	struct out_stream *s;
	struct out_doc *row; /* one row at a time */
	const char *what;    /* for the progress line */
	int err;             /* errno of a row that could not be written */
	bool measure;        /* table, first pass */
	bool keeping;        /* table: every pair so far is in kept */
	struct kept_pair *kept;
	size_t nkept, cap, budget;
};

static int write_pair(struct all_out *ao, const struct match_pair *p)
{
	struct ov *row = pair_row(ao->c, ao->row, p);
	int rc = 0;
	if (ao->measure && out_doc_failed(ao->row))
		ao->err = ENOMEM, rc = 1; /* a row measured short */
	else if (ao->measure)
		out_stream_measure(ao->s, row);
	else if (out_stream_row(ao->s, ao->row, row) < 0)
		ao->err = errno, rc = 1;
	out_doc_reset(ao->row);
	return rc;
}

static void keep_block(struct all_out *ao, const struct match_pair *pairs, size_t n)
{
	if (n > (ao->budget - ao->nkept * sizeof *ao->kept) / sizeof *ao->kept) {
		ao->keeping = false;
		return;
	}
	if (ao->nkept + n > ao->cap) {
		size_t cap = ao->cap ? ao->cap : 4096;
		while (cap < ao->nkept + n)
			cap *= 2;
		struct kept_pair *v = realloc(ao->kept, cap * sizeof *v);
		if (!v) { /* no memory to keep them: computed again instead */
			ao->keeping = false;
			return;
		}
		ao->kept = v, ao->cap = cap;
	}
	for (size_t i = 0; i < n && ao->keeping; i++)
		ao->keeping = keep_pair(&ao->kept[ao->nkept++], &pairs[i]);
}

static int all_block(void *ctx, const struct match_pair *pairs, size_t n, uint32_t end)
{
	struct all_out *ao = ctx;
	cmd_progress(ao->c->g, ao->what, end, ao->c->m->npeople);
	if (ao->measure && ao->keeping)
		keep_block(ao, pairs, n);
	if (ao->measure && !ao->keeping && ao->kept) {
		free(ao->kept);
		ao->kept = NULL, ao->nkept = ao->cap = 0;
	}
	for (size_t i = 0; i < n; i++) /* table rows show only what a kept pair holds */
		if (write_pair(ao, &pairs[i]))
			return 1;
	return 0;
}

static int match_all(struct ctx *c)
{
	const struct model *m = c->m;
	const struct match_args *a = c->a;
	int32_t since = a->since ? a->since_date : DATE_NONE;
	struct ov *root = ov_obj(c->doc);
	ov_set(c->doc, root, "as_of", date_str(c, c->g->as_of));
	ov_set(c->doc, root, "since", since == DATE_NONE ? ov_null(c->doc) : date_str(c, since));
	ov_set(c->doc, root, "pairs", ov_arr(c->doc));
	struct out_section sec = {SEC_TABLE, NULL, "pairs", pair_cols, since == DATE_NONE ? 8u : 9u};
	struct out_view view = {&sec, 1, "pairs"};
	struct match_all_opts o = {c->g->as_of, since, a->kinds_set ? a->kinds : NULL, a->limit, a->min_tier_set,
				   a->min_tier, c->g->threads};
	struct report_stream *rs = report_stream_open(c->g, c->doc, root, &view);
	if (!rs)
		return EXIT_FAILURE_;
	/* table keeps its rows up to half the memory the evidence takes (16
	 * bytes a row), at least 32 MiB */
	size_t budget = m->nrows < SIZE_MAX / 8 ? m->nrows * 8 : SIZE_MAX;
	struct all_out ao = {c, report_stream_out(rs), out_doc_new(), "matching", 0, false, false, NULL, 0, 0,
			     budget > ((size_t)32 << 20) ? budget : (size_t)32 << 20};
	ao.measure = ao.keeping = out_stream_measuring(ao.s);
	int rc = ao.row ? match_all_run(m, &o, all_block, &ao) : -1;
	if (rc == 0 && ao.measure) { /* table: now the rows, widths known */
		ao.measure = false;
		ao.what = "writing";
		for (size_t i = 0; ao.keeping && i < ao.nkept && rc == 0; i++) {
			struct match_pair p = kept_pair_back(&ao.kept[i]);
			rc = write_pair(&ao, &p);
		}
		if (!ao.keeping) /* computed again to be written */
			rc = match_all_run(m, &o, all_block, &ao);
	}
	cmd_progress(c->g, "matching", m->npeople, m->npeople);
	free(ao.kept);
	out_doc_free(ao.row);
	if (rc < 0) {
		report_stream_drop(rs);
		cmd_error("out of memory");
		return EXIT_FAILURE_;
	}
	return report_stream_end(c->g, rs, ao.err);
}

/* ---- assignment ------------------------------------------------------------------ */

static const struct out_col assign_cols[] = {
	{"opening", "Opening", COL_TEXT}, {"title", "Title", COL_TEXT},	  {"employee", "Employee", COL_TEXT},
	{"name", "Name", COL_TEXT},	  {"readiness", "Readiness", COL_PCT}, {"tier", "Tier", COL_TEXT},
};
static const struct out_col assign_head[] = {
	{"as_of", "As of", COL_DATE}, {"openings", "Openings", COL_INT}, {"assigned", "Assigned", COL_INT},
	{"total_readiness", "Total readiness", COL_NUM},
};

/* Every (person, open job) pair at ready-soon or better, person by person
 * so each person's levels are folded once. */
static int assign_edges(struct ctx *c, const uint32_t *openings, uint32_t no, struct assign_edge **edges, size_t *ne,
			enum tier **tiers)
{
	const struct model *m = c->m;
	size_t cap = 0;
	double *levels = malloc((m->nskills ? m->nskills : 1) * sizeof *levels);
	struct route_cache routes, *cache = &routes; /* routes depend on no person: kept for all */
	route_cache_init(cache);
	*edges = NULL, *ne = 0, *tiers = NULL;
	if (!levels)
		return -1;
	for (uint32_t e = 0; e < m->npeople; e++) {
		const struct person *p = &m->people[e];
		cmd_progress(c->g, "assigning", e, m->npeople);
		evidence_all(m, e, c->g->as_of, levels, NULL);
		for (uint32_t k = 0; k < no; k++) {
			const struct opportunity *o = &m->opps[openings[k]];
			if (o->role != NONE && (p->role == o->role || p->role == NONE ||
						m->roles[p->role].level < m->roles[o->role].level - m->cfg.max_level_jump))
				continue;
			struct score s;
			if (score_reqs_cached(m, levels, m->reqs ? m->reqs + o->req_off : NULL, o->req_n, cache, &s) < 0)
				goto fail;
			enum tier t = s.tier;
			double r = s.readiness;
			score_free(&s);
			if (t == TIER_DEVELOP)
				continue;
			if (!VEC_PUSH(*edges, *ne, cap) || !(*tiers = realloc(*tiers, cap * sizeof **tiers)))
				goto fail;
			(*edges)[*ne] = (struct assign_edge){k, e, llround(num_r(r) * 1e9)};
			(*tiers)[(*ne)++] = t;
		}
	}
	cmd_progress(c->g, "assigning", m->npeople, m->npeople);
	free(levels), route_cache_free(cache);
	return 0;
fail:
	free(levels), route_cache_free(cache);
	return -1;
}

static int match_assign(struct ctx *c)
{
	const struct model *m = c->m;
	uint32_t *openings = malloc((m->nopps ? m->nopps : 1) * sizeof *openings), no = 0;
	uint32_t *capacity = malloc((m->nopps ? m->nopps : 1) * sizeof *capacity);
	struct assign_edge *edges = NULL;
	enum tier *tiers = NULL;
	size_t ne = 0, *chosen = NULL, nchosen = 0;
	int rc = EXIT_FAILURE_;
	if (!openings || !capacity)
		goto out;
	for (uint32_t o = 0; o < m->nopps; o++)
		if (m->opps[o].kind == OPP_JOB && opportunity_open(&m->opps[o], c->g->as_of)) {
			capacity[no] = (uint32_t)m->opps[o].capacity;
			openings[no++] = o;
		}
	if (assign_edges(c, openings, no, &edges, &ne, &tiers) < 0)
		goto out;
	struct assign_problem p = {no, m->npeople, capacity, edges, ne};
	if (assign_solve(&p, &chosen, &nchosen) < 0)
		goto out;
	struct ov *root = ov_obj(c->doc), *list = ov_arr(c->doc);
	int64_t total = 0;
	for (size_t i = 0; i < nchosen; i++) { /* edges are by person then opening; show by opening */
		size_t best = i;
		for (size_t k = i + 1; k < nchosen; k++)
			if (edges[chosen[k]].opening < edges[chosen[best]].opening ||
			    (edges[chosen[k]].opening == edges[chosen[best]].opening &&
			     edges[chosen[k]].person < edges[chosen[best]].person))
				best = k;
		size_t t = chosen[i];
		chosen[i] = chosen[best];
		chosen[best] = t;
	}
	for (size_t i = 0; i < nchosen; i++) {
		const struct assign_edge *e = &edges[chosen[i]];
		const struct opportunity *o = &m->opps[openings[e->opening]];
		struct ov *x = ov_obj(c->doc);
		ov_set(c->doc, x, "opening", str(c, o->id));
		ov_set(c->doc, x, "title", str(c, o->title));
		ov_set(c->doc, x, "employee", str(c, person_id(m, e->person)));
		ov_set(c->doc, x, "name", str(c, person_name(m, e->person)));
		ov_set(c->doc, x, "readiness", ov_num(c->doc, (double)e->value / 1e9));
		ov_set(c->doc, x, "tier", str(c, tier_name(tiers[chosen[i]])));
		ov_push(c->doc, list, x);
		total += e->value;
	}
	ov_set(c->doc, root, "as_of", date_str(c, c->g->as_of));
	ov_set(c->doc, root, "openings", ov_int(c->doc, no));
	ov_set(c->doc, root, "assigned", ov_int(c->doc, (long long)nchosen));
	ov_set(c->doc, root, "total_readiness", ov_num(c->doc, (double)total / 1e9));
	ov_set(c->doc, root, "assignments", list);
	struct out_section secs[] = {{SEC_FIELDS, NULL, NULL, assign_head, 4},
				     {SEC_TABLE, "Proposed assignment", "assignments", assign_cols, 6}};
	struct out_view view = {secs, 2, "assignments"};
	rc = report_write(c->g, c->doc, root, &view);
out:
	if (rc == EXIT_FAILURE_ && !chosen)
		cmd_error("out of memory");
	free(openings), free(capacity), free(edges), free(tiers), free(chosen);
	return rc;
}

/* ---- the command -------------------------------------------------------------------- */

static int parse_kinds(const char *v, bool *kinds)
{
	static const char *const names[] = {"job", "rotation", "project", "shadowing", "mentorship", "gig"};
	char buf[256];
	if (!*v) {
		cmd_usage_error(&cmd_match_entry, "--kind needs at least one kind");
		return -1;
	}
	snprintf(buf, sizeof buf, "%s", v);
	for (char *save = NULL, *tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		size_t k = 0;
		while (k < 6 && strcmp(tok, names[k]))
			k++;
		if (k == 6) {
			cmd_usage_error(&cmd_match_entry, "unknown kind '%s' (job, rotation, project, shadowing, mentorship, gig)", tok);
			return -1;
		}
		kinds[k] = true;
	}
	return 0;
}

static int parse_args(int argc, char **argv, int32_t today, struct match_args *a)
{
	struct opt_state st;
	opt_init(&st, argc, argv);
	const char *v;
	long long x;
	int k;
	memset(a, 0, sizeof *a);
	a->limit = 10;
	while ((k = opt_next(&st, &cmd_match_entry, &v)) != OPT_END) {
		switch (k) {
		case OPT_ERROR: return EXIT_USAGE;
		case O_HELP: cmd_print_help(stdout, &cmd_match_entry); return -1;
		case O_KIND:
			if (parse_kinds(v, a->kinds) < 0)
				return EXIT_USAGE;
			a->kinds_set = true;
			break;
		case O_MENTORS: a->mentors = true; break;
		case O_EXPLAIN: a->explain = true; break;
		case O_ROLE: a->role = v; break;
		case O_OPENING: a->opening = v; break;
		case O_ALL: a->all = true; break;
		case O_SINCE: a->since = v; break;
		case O_ASSIGN: a->assign = true; break;
		case O_MINTIER:
			if (tier_parse(v, &a->min_tier) < 0) {
				cmd_usage_error(&cmd_match_entry, "--min-tier takes ready-now, ready-soon or develop, not '%s'", v);
				return EXIT_USAGE;
			}
			a->min_tier_set = true;
			break;
		case O_LIMIT:
			if (num_parse_int(v, strlen(v), 0, 1000000, &x) != 0) {
				cmd_usage_error(&cmd_match_entry, "--limit takes a number from 0, not '%s'", v);
				return EXIT_USAGE;
			}
			a->limit = (size_t)x;
			a->limit_set = true;
			break;
		case OPT_ARG:
			if (a->employee) {
				cmd_usage_error(&cmd_match_entry, "one employee at a time; for everyone use --all");
				return EXIT_USAGE;
			}
			a->employee = v;
			break;
		}
	}
	if (a->all && !a->limit_set)
		a->limit = 3;
	int modes = !!a->employee + !!a->role + !!a->opening + a->all + a->assign;
	const char *bad = modes == 0 ? "give EMPLOYEE, --role, --opening, --all or --assign"
			  : modes > 1 ? "give only one of EMPLOYEE, --role, --opening, --all, --assign"
			  : (a->since || a->min_tier_set) && !a->all ? "--since and --min-tier go with --all"
			  : a->mentors && !a->employee ? "--mentors goes with EMPLOYEE"
			  : a->kinds_set && !(a->employee || a->all) ? "--kind goes with EMPLOYEE or --all"
			  : a->assign && a->limit_set ? "--assign proposes every assignment: --limit does not apply"
			  : a->explain && (a->all || a->assign || a->mentors) ? "--explain goes with EMPLOYEE, --role or --opening"
									     : NULL;
	if (bad) {
		cmd_usage_error(&cmd_match_entry, "%s", bad);
		return EXIT_USAGE;
	}
	if (a->since && date_parse_arg(a->since, 0, today, &a->since_date) < 0) {
		cmd_usage_error(&cmd_match_entry, "invalid --since date '%s' (YYYY-MM-DD, today or YYYY-Qn)", a->since);
		return EXIT_USAGE;
	}
	return 0;
}

static int run(struct ctx *c)
{
	const struct match_args *a = c->a;
	const struct model *m = c->m;
	if (a->all)
		return match_all(c);
	if (a->assign)
		return match_assign(c);
	if (a->role) {
		uint32_t r = cmd_role(m, a->role);
		return r == NONE ? EXIT_USAGE : match_for(c, r, NONE);
	}
	if (a->opening) {
		uint32_t o = model_opportunity(m, a->opening);
		if (o == NONE) {
			const char *s = suggest_in(a->opening, strlen(a->opening), m->opps, m->nopps, sizeof *m->opps);
			cmd_error("unknown opportunity '%s'%s%s%s", a->opening, s ? " (did you mean '" : "", s ? s : "",
				s ? "'?)" : "");
			return EXIT_USAGE;
		}
		return match_for(c, NONE, o);
	}
	uint32_t e = cmd_person(m, a->employee);
	if (e == NONE)
		return EXIT_USAGE;
	return a->mentors ? match_mentors_cmd(c, e) : match_one(c, e);
}

static int match_exec(struct global *g, int argc, char **argv)
{
	struct match_args a;
	int rc = parse_args(argc, argv, g->today, &a);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	if (a.explain && (g->format == OUT_CSV || g->format == OUT_TSV)) {
		cmd_usage_error(&cmd_match_entry, "--explain shows in table, md, json and jsonl, not in %s", out_format_name(g->format));
		return EXIT_USAGE;
	}
	struct repo *r;
	if ((rc = cmd_load(g, PART_ALL, PART_PEOPLE | PART_ASSESSMENTS, &r)))
		return rc;
	struct ctx c = {g, r->model, out_doc_new(), g->format == OUT_TABLE || g->format == OUT_MD, &a};
	rc = c.doc ? run(&c) : EXIT_FAILURE_;
	out_doc_free(c.doc);
	cmd_done(r);
	return rc;
}

const struct cmd_entry cmd_match_entry = {
	"match",
	"match EMPLOYEE [--kind K,...] [--mentors] [--limit N] [--explain]\n"
	"   or: rungs match (--role ROLE | --opening ID) [--limit N] [--explain]\n"
	"   or: rungs match --all [--since DATE] [--min-tier T] [--limit N] | --assign",
	"Which opportunities fit a person, who fits an opening, mentors, nightly matches, assignment.",
	match_opts,
	sizeof match_opts / sizeof match_opts[0],
	match_exec,
	false,
};
