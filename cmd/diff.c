/* rungs diff: what a change to the role definitions does to people. The
 * definitions (skills, roles, opportunities) at two git revisions, or at a
 * revision and in the working tree, each loaded with today's people,
 * assessments and learning catalog; the definition changes, then everyone
 * whose readiness or tier for a changed role moves. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "diff.h"
#include "gitrev.h"
#include "impact.h"

extern char **environ;

static const struct opt_spec diff_opts[] = {
	{"people", 0, NULL, "name the people whose readiness or tier moves"},
	{"limit", 0, "N", "top candidates per role looked at in each version (default 10; 0: all)"},
	{"fail-on", 0, "WHAT", "exit 1 when anyone drops a tier: tier-drop"},
	{"help", 'h', NULL, "show this help"},
};
enum { O_PEOPLE, O_LIMIT, O_FAILON, O_HELP };

struct diff_args {
	const char *rev[2]; /* as given; rev[1] NULL: the working tree */
	bool merge_base;    /* A...B: from the common ancestor of A and B */
	bool people, fail_drop;
	size_t limit;
};

/* One version: the revision (or the working tree) and the repo loaded with it. */
struct side {
	const char *label; /* in paths and reports; NULL: the working tree */
	char *oid, *short_oid;
	struct gitrev *rev;
	struct repo *repo;
};

/* ---- arguments --------------------------------------------------------------- */

/* "A..B" and "A...B" as git reads them: an empty side is HEAD. */
static int split_range(const char *arg, struct diff_args *a, char **buf)
{
	const char *dots = strstr(arg, "..");
	if (!dots)
		return 0;
	bool three = dots[2] == '.';
	const char *right = dots + (three ? 3 : 2);
	if (strstr(right, "..")) {
		cmd_usage_error(&cmd_diff_entry, "invalid range '%s' (REV1..REV2 or REV1...REV2)", arg);
		return -1;
	}
	size_t n = (size_t)(dots - arg);
	*buf = malloc(n + 1);
	if (!*buf) {
		cmd_error("out of memory");
		return -2;
	}
	memcpy(*buf, arg, n);
	(*buf)[n] = '\0';
	a->rev[0] = n ? *buf : "HEAD";
	a->rev[1] = *right ? right : "HEAD";
	a->merge_base = three;
	return 1;
}

static int parse_args(int argc, char **argv, struct diff_args *a, char **buf)
{
	struct opt_state st;
	opt_init(&st, argc, argv);
	const char *v;
	const char *ops[3];
	int k, nops = 0;
	long long x;
	memset(a, 0, sizeof *a);
	a->limit = 10;
	while ((k = opt_next(&st, &cmd_diff_entry, &v)) != OPT_END) {
		switch (k) {
		case OPT_ERROR: return EXIT_USAGE;
		case O_HELP: cmd_print_help(stdout, &cmd_diff_entry); return -1;
		case O_PEOPLE: a->people = true; break;
		case O_LIMIT:
			if (num_parse_int(v, strlen(v), 0, 1000000, &x) != 0) {
				cmd_usage_error(&cmd_diff_entry, "--limit takes a number from 0, not '%s'", v);
				return EXIT_USAGE;
			}
			a->limit = (size_t)x;
			break;
		case O_FAILON:
			if (strcmp(v, "tier-drop") != 0) {
				cmd_usage_error(&cmd_diff_entry, "--fail-on takes tier-drop, not '%s'", v);
				return EXIT_USAGE;
			}
			a->fail_drop = true;
			break;
		case OPT_ARG:
			if (nops == 2) {
				cmd_usage_error(&cmd_diff_entry, "at most two revisions");
				return EXIT_USAGE;
			}
			if (!*v) {
				cmd_usage_error(&cmd_diff_entry, "empty revision");
				return EXIT_USAGE;
			}
			ops[nops++] = v;
			break;
		}
	}
	a->rev[0] = nops ? ops[0] : "HEAD";
	a->rev[1] = nops > 1 ? ops[1] : NULL;
	int r = nops == 1 ? split_range(ops[0], a, buf) : 0;
	if (r < 0)
		return r == -1 ? EXIT_USAGE : EXIT_FAILURE_;
	if (nops == 2 && (strstr(ops[0], "..") || strstr(ops[1], ".."))) {
		cmd_usage_error(&cmd_diff_entry, "a range goes alone: REV1..REV2 or REV1 REV2");
		return EXIT_USAGE;
	}
	return 0;
}

/* ---- git -------------------------------------------------------------------------- */

static int git_error(enum git_status st, const char *dir, char *why)
{
	int rc;
	switch (st) {
	case GIT_NOT_REPO:
		cmd_error("not a git repository: '%s' (rungs diff compares git revisions of the definitions)", dir);
		rc = EXIT_DATA;
		break;
	case GIT_BAD_REV:
		cmd_error("%s", why ? why : "unknown revision");
		rc = EXIT_USAGE;
		break;
	default:
		cmd_error("%s", why ? why : "git failed");
		rc = EXIT_FAILURE_;
		break;
	}
	free(why);
	return rc;
}

/* The commit of a revision; "HEAD" in a repository without one says so. */
static int resolve(const struct git_repo *gr, const char *rev, char **oid)
{
	char *why;
	enum git_status st = git_commit(gr, rev, oid, &why);
	if (st == GIT_BAD_REV && strcmp(rev, "HEAD") == 0) {
		free(why);
		why = strdup("unknown revision 'HEAD' (no commit yet?)");
	}
	return st == GIT_OK ? 0 : git_error(st, gr->dir, why);
}

/* Sets each side's revision: label, commit, and the definitions read. */
static int open_revisions(const struct diff_args *a, const struct git_repo *gr, const struct config *cfg,
			  struct side s[2])
{
	int rc;
	char *why;
	if ((rc = resolve(gr, a->rev[0], &s[0].oid)) || (a->rev[1] && (rc = resolve(gr, a->rev[1], &s[1].oid))))
		return rc;
	s[0].label = a->rev[0];
	s[1].label = a->rev[1];
	if (a->merge_base) {
		char *base;
		enum git_status st = git_merge_base(gr, s[0].oid, s[1].oid, &base, &why);
		if (st == GIT_BAD_REV && !why) {
			cmd_error("no common ancestor of '%s' and '%s'", a->rev[0], a->rev[1]);
			return EXIT_USAGE;
		}
		if (st != GIT_OK)
			return git_error(st, gr->dir, why);
		free(s[0].oid);
		s[0].oid = base;
	}
	const char *rels[] = {cfg->path[PATH_SKILLS], cfg->path[PATH_ROLES], cfg->path[PATH_OPPORTUNITIES]};
	for (int k = 0; k < 2; k++) {
		if (!s[k].oid)
			continue;
		enum git_status st = git_short(gr, s[k].oid, &s[k].short_oid, &why);
		if (st != GIT_OK)
			return git_error(st, gr->dir, why);
		if (k == 0 && a->merge_base)
			s[k].label = s[k].short_oid; /* the merge base has no name of its own */
		if ((st = gitrev_load(gr, s[k].label, s[k].oid, rels, 3, &s[k].rev, &why)) != GIT_OK)
			return git_error(st, gr->dir, why);
	}
	return 0;
}

/* ---- loading ------------------------------------------------------------------------ */

enum { DIFF_PARTS = PART_SKILLS | PART_ROLES | PART_LEARNING | PART_OPPORTUNITIES | PART_PEOPLE | PART_ASSESSMENTS };

static int load_side(const struct global *g, const char *dir, struct side *s, struct diag_list *d)
{
	struct repo_opts ro = {.dir = dir, .parts = DIFF_PARTS, .required = PART_PEOPLE | PART_ASSESSMENTS,
			       .max_errors = g->max_errors, .max_errors_set = g->max_errors_set,
			       .load = {.today = g->today}, .progress = report_progress(g),
			       .defs = s->rev ? gitrev_source(s->rev) : NULL};
	return repo_load(&ro, d, &s->repo);
}

/* Today's records (people, assessments, learning) are read against both
 * versions; what they say against the old one is not news. */
static bool todays_record(const struct repo *r, const char *file)
{
	for (size_t i = 0; file && r && i < r->nfiles; i++) {
		enum repo_path k = r->files[i].kind;
		if ((k == PATH_PEOPLE || k == PATH_ASSESSMENTS || k == PATH_LEARNING || k == PATH_PLANS) &&
		    r->files[i].src == &filesrc_disk && strcmp(r->files[i].display, file) == 0)
			return true;
	}
	return false;
}

static bool same_diag(const struct diag *x, const struct diag *y)
{
	return x->severity == y->severity && x->line == y->line && x->col == y->col &&
	       (x->file == y->file || (x->file && y->file && strcmp(x->file, y->file) == 0)) &&
	       strcmp(x->message, y->message) == 0;
}

/* The new version's diagnostics, and the errors of the old one's own files. */
static void merge_old(struct diag_list *into, const struct diag_list *old, const struct repo *r)
{
	size_t n0 = into->n;
	for (size_t i = 0; i < old->n; i++) {
		const struct diag *x = &old->v[i];
		if (x->severity != DIAG_ERROR || todays_record(r, x->file))
			continue;
		bool dup = false;
		for (size_t j = 0; j < n0 && !dup; j++)
			dup = same_diag(x, &into->v[j]);
		if (!dup)
			diag_add(into, x->severity, x->file, x->line, x->col, "%s", x->message);
	}
}

/* ---- the report ---------------------------------------------------------------------- */

struct ctx {
	const struct global *g;
	const struct diff_args *a;
	const struct model *ma, *mb;
	struct out_doc *doc;
	bool text;
};

static struct ov *str(struct ctx *c, const char *s)
{
	return ov_str(c->doc, s);
}

static struct ov *dval(struct ctx *c, const struct dval *v)
{
	char buf[DATE_BUF];
	switch (v->t) {
	case DV_INT: return ov_int(c->doc, v->i);
	case DV_NUM: return ov_num(c->doc, v->x);
	case DV_BOOL: return ov_bool(c->doc, v->i != 0);
	case DV_STR: return str(c, v->s);
	case DV_DATE: date_format((int32_t)v->i, buf); return str(c, buf);
	default: return ov_null(c->doc);
	}
}

static struct ov *tier_value(struct ctx *c, int t)
{
	return t == TIER_NONE ? ov_null(c->doc) : str(c, tier_name((enum tier)t));
}

static struct ov *changes_list(struct ctx *c, const struct diff *d)
{
	struct ov *list = ov_arr(c->doc);
	for (size_t i = 0; i < d->n; i++) {
		const struct diff_change *ch = &d->v[i];
		struct ov *o = ov_obj(c->doc);
		ov_set(c->doc, o, "kind", str(c, diff_what_name(ch->what)));
		ov_set(c->doc, o, "id", str(c, ch->id));
		ov_set(c->doc, o, "change", str(c, diff_kind_name(ch->kind)));
		ov_set(c->doc, o, "subject", str(c, ch->subject));
		ov_set(c->doc, o, "from", dval(c, &ch->from));
		ov_set(c->doc, o, "to", dval(c, &ch->to));
		ov_set(c->doc, o, "inherited_from", str(c, ch->inherited));
		ov_push(c->doc, list, o);
	}
	return list;
}

static struct ov *movement_text(struct ctx *c, int from, int to)
{
	char buf[64];
	snprintf(buf, sizeof buf, "%s → %s", from == TIER_NONE ? "-" : tier_name((enum tier)from),
		 to == TIER_NONE ? "-" : tier_name((enum tier)to));
	return str(c, buf);
}

static struct ov *relation(struct ctx *c, unsigned rel)
{
	struct ov *a = ov_arr(c->doc);
	if (rel & REL_INCUMBENT)
		ov_push(c->doc, a, str(c, "incumbent"));
	if (rel & REL_ASPIRANT)
		ov_push(c->doc, a, str(c, "aspirant"));
	if (rel & REL_CANDIDATE)
		ov_push(c->doc, a, str(c, "candidate"));
	return a;
}

static void impact_lists(struct ctx *c, const struct diff *d, const struct impact *im, struct ov *moves,
			 struct ov *people)
{
	for (size_t i = 0; i < im->n; i++) {
		const struct impact_role *ir = &im->v[i];
		const char *role = d->roles[ir->role].id;
		for (size_t k = 0; k < ir->nmoves; k++) {
			const struct impact_move *mv = &ir->moves[k];
			struct ov *o = ov_obj(c->doc);
			ov_set(c->doc, o, "role", str(c, role));
			ov_set(c->doc, o, "tier_before", tier_value(c, mv->from));
			ov_set(c->doc, o, "tier_after", tier_value(c, mv->to));
			ov_set(c->doc, o, "people", ov_int(c->doc, (long long)mv->people));
			ov_set(c->doc, o, "tier_drop", ov_bool(c->doc, impact_is_drop(mv->from, mv->to)));
			if (c->text)
				ov_set(c->doc, o, "movement", movement_text(c, mv->from, mv->to));
			ov_push(c->doc, moves, o);
		}
		for (size_t k = 0; people && k < ir->n; k++) {
			const struct impact_person *p = &ir->people[k];
			const struct person *who = &c->mb->people[p->employee];
			struct ov *o = ov_obj(c->doc);
			ov_set(c->doc, o, "role", str(c, role));
			ov_set(c->doc, o, "employee", str(c, person_text(c->mb, who->id)));
			ov_set(c->doc, o, "name", str(c, person_text(c->mb, who->name)));
			ov_set(c->doc, o, "relation", relation(c, p->rel));
			bool before = p->tier_before != TIER_NONE, after = p->tier_after != TIER_NONE;
			ov_set(c->doc, o, "readiness_before", before ? ov_num(c->doc, p->readiness_before) : ov_null(c->doc));
			ov_set(c->doc, o, "readiness_after", after ? ov_num(c->doc, p->readiness_after) : ov_null(c->doc));
			ov_set(c->doc, o, "tier_before", tier_value(c, p->tier_before));
			ov_set(c->doc, o, "tier_after", tier_value(c, p->tier_after));
			ov_set(c->doc, o, "months_before", before ? ov_int(c->doc, p->months_before) : ov_null(c->doc));
			ov_set(c->doc, o, "months_after", after ? ov_int(c->doc, p->months_after) : ov_null(c->doc));
			ov_set(c->doc, o, "tier_drop", ov_bool(c->doc, impact_is_drop(p->tier_before, p->tier_after)));
			if (c->text)
				ov_set(c->doc, o, "movement", movement_text(c, p->tier_before, p->tier_after));
			ov_push(c->doc, people, o);
		}
	}
}

static struct ov *side_text(struct ctx *c, const struct side *s)
{
	char buf[512];
	if (!s->oid)
		return str(c, "working tree");
	if (strcmp(s->label, s->short_oid) == 0)
		return str(c, s->label);
	snprintf(buf, sizeof buf, "%s (%s)", s->label, s->short_oid);
	return str(c, buf);
}

static const struct out_col head_cols[] = {
	{"from_text", "From", COL_TEXT}, {"to_text", "To", COL_TEXT}, {"as_of", "As of", COL_DATE},
	{"changes_count", "Changes", COL_INT}, {"people_moved", "People moved", COL_INT}, {"tier_drops", "Tier drops", COL_INT},
};
static const struct out_col change_cols[] = {
	{"kind", "Kind", COL_TEXT}, {"id", "Id", COL_TEXT}, {"change", "Change", COL_TEXT}, {"subject", "Subject", COL_TEXT},
	{"from", "From", COL_TEXT}, {"to", "To", COL_TEXT}, {"inherited_from", "Inherited from", COL_TEXT},
};
static const struct out_col move_cols[] = {
	{"role", "Role", COL_TEXT}, {"movement", "Tier before → after", COL_TEXT}, {"people", "People", COL_INT},
};
static const struct out_col people_cols[] = {
	{"role", "Role", COL_TEXT},		   {"employee", "Employee", COL_TEXT},
	{"name", "Name", COL_TEXT},		   {"relation", "Relation", COL_LIST},
	{"readiness_before", "Before", COL_PCT}, {"readiness_after", "After", COL_PCT},
	{"movement", "Tier before → after", COL_TEXT},
};

/* csv and tsv name their columns by key even without rows: the keys of the rows */
static const struct out_col move_keys[] = {
	{"role", NULL, COL_TEXT}, {"tier_before", NULL, COL_TEXT}, {"tier_after", NULL, COL_TEXT},
	{"people", NULL, COL_INT}, {"tier_drop", NULL, COL_BOOL},
};
static const struct out_col people_keys[] = {
	{"role", NULL, COL_TEXT},	     {"employee", NULL, COL_TEXT},	{"name", NULL, COL_TEXT},
	{"relation", NULL, COL_LIST},	     {"readiness_before", NULL, COL_PCT}, {"readiness_after", NULL, COL_PCT},
	{"tier_before", NULL, COL_TEXT},     {"tier_after", NULL, COL_TEXT},	{"months_before", NULL, COL_INT},
	{"months_after", NULL, COL_INT},     {"tier_drop", NULL, COL_BOOL},
};

static int report(struct ctx *c, const struct side s[2], const struct diff *d, const struct impact *im)
{
	char date[DATE_BUF];
	struct ov *root = ov_obj(c->doc);
	ov_set(c->doc, root, "from", str(c, s[0].label));
	ov_set(c->doc, root, "from_commit", str(c, s[0].oid));
	ov_set(c->doc, root, "to", str(c, s[1].label));
	ov_set(c->doc, root, "to_commit", str(c, s[1].oid));
	date_format(c->g->as_of, date);
	ov_set(c->doc, root, "as_of", str(c, date));
	ov_set(c->doc, root, "people_moved", ov_int(c->doc, (long long)im->people));
	ov_set(c->doc, root, "tier_drops", ov_int(c->doc, (long long)im->drops));
	if (c->text) {
		ov_set(c->doc, root, "from_text", side_text(c, &s[0]));
		ov_set(c->doc, root, "to_text", side_text(c, &s[1]));
		ov_set(c->doc, root, "changes_count", ov_int(c->doc, (long long)d->n));
	}
	ov_set(c->doc, root, "changes", changes_list(c, d));
	struct ov *moves = ov_arr(c->doc), *people = c->a->people ? ov_arr(c->doc) : NULL;
	impact_lists(c, d, im, moves, people);
	ov_set(c->doc, root, "movements", moves);
	if (people)
		ov_set(c->doc, root, "people", people);
	struct out_section secs[] = {
		{SEC_FIELDS, NULL, NULL, head_cols, sizeof head_cols / sizeof head_cols[0]},
		{SEC_TABLE, "Definition changes", "changes", change_cols, sizeof change_cols / sizeof change_cols[0]},
		{SEC_TABLE, "Impact on people", "movements", c->text ? move_cols : move_keys,
		 c->text ? sizeof move_cols / sizeof move_cols[0] : sizeof move_keys / sizeof move_keys[0]},
		{SEC_TABLE, "People", "people", c->text ? people_cols : people_keys,
		 c->text ? sizeof people_cols / sizeof people_cols[0] : sizeof people_keys / sizeof people_keys[0]},
	};
	struct out_view view = {secs, 4, people ? "people" : "movements"};
	return report_write(c->g, c->doc, root, &view);
}

/* ---- the command ------------------------------------------------------------------------ */

static int run(struct global *g, const struct diff_args *a, const char *dir, struct side s[2])
{
	/* where the definitions are, from today's rungs.yaml */
	struct repo *probe;
	struct diag_list d;
	diag_init(&d, 0);
	struct repo_opts po = {.dir = dir, .paths_only = true, .max_errors = g->max_errors, .max_errors_set = g->max_errors_set};
	int rc = repo_load(&po, &d, &probe);
	if (rc < 0) {
		report_diagnostics(g, &d);
		diag_free(&d);
		repo_free(probe);
		return EXIT_DATA;
	}
	diag_free(&d);
	struct git_repo gr;
	char *why;
	enum git_status st = git_repo_open(dir, environ, &gr, &why);
	if (st != GIT_OK) {
		repo_free(probe);
		return git_error(st, dir, why);
	}
	rc = open_revisions(a, &gr, &probe->model->cfg, s);
	git_repo_free(&gr);
	repo_free(probe);
	if (rc)
		return rc;
	/* both versions, with today's records; the old one's own errors count too */
	struct diag_list dold;
	diag_init(&d, 0);
	diag_init(&dold, 0);
	int rc1 = load_side(g, dir, &s[1], &d);
	int rc0 = load_side(g, dir, &s[0], &dold);
	cmd_progress_clear();
	/* each side failed without an error of its own only when memory ran
	 * out (the old side's errors may be left out of d: not news) */
	bool ran_out = (rc1 < 0 && d.errors == 0) || (rc0 < 0 && dold.errors == 0);
	merge_old(&d, &dold, s[0].repo);
	size_t errors = d.errors;
	d.oom |= dold.oom || ran_out;
	bool oom = cmd_load_oom(0, &d);
	if (!oom)
		report_diagnostics(g, &d);
	diag_free(&d);
	diag_free(&dold);
	if (oom)
		return EXIT_FAILURE_;
	if (errors || !s[0].repo || !s[1].repo || s[0].repo->missing || s[1].repo->missing)
		return EXIT_DATA;
	struct diff df;
	struct impact im;
	const struct model *ma = s[0].repo->model, *mb = s[1].repo->model;
	if (diff_defs(ma, mb, &df) < 0) {
		cmd_error("out of memory");
		return EXIT_FAILURE_;
	}
	if (impact_compute(ma, mb, &df, g->as_of, a->limit, &im) < 0) {
		diff_free(&df);
		cmd_error("out of memory");
		return EXIT_FAILURE_;
	}
	struct ctx c = {g, a, ma, mb, out_doc_new(), g->format == OUT_TABLE || g->format == OUT_MD};
	rc = c.doc ? report(&c, s, &df, &im) : EXIT_FAILURE_;
	if (rc == EXIT_OK && a->fail_drop && im.drops)
		rc = EXIT_PROBLEMS;
	out_doc_free(c.doc);
	impact_free(&im);
	diff_free(&df);
	return rc;
}

static int diff_exec(struct global *g, int argc, char **argv)
{
	struct diff_args a;
	char *buf = NULL;
	int rc = parse_args(argc, argv, &a, &buf);
	if (rc) {
		free(buf);
		return rc < 0 ? EXIT_OK : rc;
	}
	char *dir = repo_find(g->dir, g->env_dir);
	struct side s[2] = {{0}, {0}};
	rc = dir ? run(g, &a, dir, s) : EXIT_FAILURE_;
	if (!dir)
		cmd_error("out of memory");
	for (int k = 0; k < 2; k++) {
		repo_free(s[k].repo);
		gitrev_free(s[k].rev);
		free(s[k].oid);
		free(s[k].short_oid);
	}
	free(dir);
	free(buf);
	return rc;
}

const struct cmd_entry cmd_diff_entry = {
	"diff",
	"diff [REV1 [REV2]] [--people] [--limit N] [--fail-on tier-drop]\n"
	"   or: rungs diff (REV1..REV2 | REV1...REV2) [--people] [--limit N] [--fail-on tier-drop]",
	"What a change to the role definitions does to people: changes, and who moves tier.",
	diff_opts,
	sizeof diff_opts / sizeof diff_opts[0],
	diff_exec,
	false,
};
