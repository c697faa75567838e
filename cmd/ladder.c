/* rungs ladder: the job architecture and the career paths through it. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "outfile.h"
#include "ladder.h"
#include "outgraph.h"

static const struct opt_spec ladder_opts[] = {
	{"from", 0, "ROLE", "the tree of moves from ROLE (with --to: the routes to a role)"},
	{"to", 0, "ROLE", "with --from or --for: the routes to ROLE"},
	{"depth", 0, "N", "moves to follow (default 3)"},
	{"limit", 0, "N", "routes or suggestions to show (default 10; 0: up to 1000)"},
	{"suggest", 0, NULL, "with --from: roles not in `next` whose requirements overlap most"},
	{"for", 0, "EMPLOYEE", "with --to: routes from EMPLOYEE's role ranked by the effort they need"},
	{"tracks", 0, NULL, "with --for: the best route ending in each track at the level of --to"},
	{"help", 'h', NULL, "show this help"},
};
enum { O_FROM, O_TO, O_DEPTH, O_LIMIT, O_SUGGEST, O_FOR, O_TRACKS, O_HELP };

struct ladder_args {
	const char *family, *from, *to, *who;
	int depth;
	size_t limit;
	bool suggest, tracks;
};

struct ctx {
	const struct global *g;
	const struct model *m;
	struct out_doc *doc;
	bool text; /* table or md */
};

static struct ov *str(struct ctx *c, const char *s)
{
	return ov_str(c->doc, s);
}

/* ---- deltas ---------------------------------------------------------------- */

/* "new python 2; sql 3→4; dropped excel; weight sql 1→2; essential python" */
static struct ov *delta_text(struct ctx *c, const struct delta *d)
{
	char buf[1024] = "", a[NUM_BUF], b[NUM_BUF];
	for (size_t i = 0; i < d->n; i++) {
		const struct delta_item *it = &d->v[i];
		const char *id = c->m->skills[it->skill].id;
		size_t l = strlen(buf);
		const char *sep = l ? "; " : "";
		num_format(it->from, a);
		num_format(it->to, b);
		switch (it->kind) {
		case DELTA_NEW: snprintf(buf + l, sizeof buf - l, "%snew %s %s", sep, id, b); break;
		case DELTA_RAISED:
		case DELTA_LOWERED: snprintf(buf + l, sizeof buf - l, "%s%s %s→%s", sep, id, a, b); break;
		case DELTA_DROPPED: snprintf(buf + l, sizeof buf - l, "%sdropped %s", sep, id); break;
		case DELTA_WEIGHT: snprintf(buf + l, sizeof buf - l, "%sweight %s %s→%s", sep, id, a, b); break;
		case DELTA_ESSENTIAL:
			snprintf(buf + l, sizeof buf - l, "%s%s %s", sep, it->to ? "essential" : "not essential", id);
			break;
		}
	}
	return ov_str(c->doc, buf);
}

static struct ov *delta_value(struct ctx *c, const struct delta *d)
{
	if (c->text)
		return delta_text(c, d);
	struct ov *o = ov_obj(c->doc), *lists[6];
	ov_set(c->doc, o, "increase", ov_num(c->doc, d->increase));
	for (int k = 0; k < 6; k++) {
		lists[k] = ov_arr(c->doc);
		ov_set(c->doc, o, delta_kind_name((enum delta_kind)k), lists[k]);
	}
	for (size_t i = 0; i < d->n; i++) {
		const struct delta_item *it = &d->v[i];
		struct ov *x = ov_obj(c->doc);
		ov_set(c->doc, x, "skill", str(c, c->m->skills[it->skill].id));
		if (it->kind == DELTA_NEW || it->kind == DELTA_DROPPED) {
			ov_set(c->doc, x, "level", ov_num(c->doc, it->kind == DELTA_NEW ? it->to : it->from));
		} else if (it->kind == DELTA_ESSENTIAL) {
			ov_set(c->doc, x, "from", ov_bool(c->doc, it->from != 0));
			ov_set(c->doc, x, "to", ov_bool(c->doc, it->to != 0));
		} else {
			ov_set(c->doc, x, "from", ov_num(c->doc, it->from));
			ov_set(c->doc, x, "to", ov_num(c->doc, it->to));
		}
		ov_push(c->doc, lists[it->kind], x);
	}
	return o;
}

static struct ov *move_delta(struct ctx *c, uint32_t a, uint32_t b)
{
	struct delta d;
	if (ladder_delta(c->m, a, b, &d) < 0)
		return ov_null(c->doc);
	struct ov *v = delta_value(c, &d);
	delta_free(&d);
	return v;
}

/* ---- graphs (dot, mermaid) ------------------------------------------------- */

struct gbuild {
	struct graph_node *nodes;
	size_t nn, ncap;
	struct graph_edge *edges;
	size_t ne, ecap;
	uint32_t *node_of; /* role -> node + 1 */
	char **details;
	struct idmap seen; /* "from,to" of the edges drawn, so each is drawn once */
	struct arena keys;
};

static size_t gnode(struct gbuild *b, const struct model *m, uint32_t r)
{
	if (b->node_of[r])
		return b->node_of[r] - 1;
	if (!VEC_PUSH(b->nodes, b->nn, b->ncap))
		return 0;
	char *detail = malloc(64);
	if (detail)
		snprintf(detail, 64, "level %d · %s", m->roles[r].level, m->roles[r].track);
	b->details = realloc(b->details, (b->nn + 1) * sizeof *b->details);
	if (b->details)
		b->details[b->nn] = detail;
	b->nodes[b->nn] = (struct graph_node){m->roles[r].id, detail, m->roles[r].family};
	b->node_of[r] = (uint32_t)++b->nn;
	return b->nn - 1;
}

static void gedge(struct gbuild *b, const struct model *m, uint32_t from, uint32_t to, enum move_type t)
{
	static const enum edge_style style[] = {EDGE_SOLID, EDGE_DASHED, EDGE_DOTTED, EDGE_BOLD};
	size_t x = gnode(b, m, from), y = gnode(b, m, to);
	char *key = arena_printf(&b->keys, "%zu,%zu", x, y);
	if (!key || idmap_put(&b->seen, key, strlen(key), (uint32_t)b->ne) != (uint32_t)b->ne)
		return;
	if (VEC_PUSH(b->edges, b->ne, b->ecap))
		b->edges[b->ne++] = (struct graph_edge){x, y, move_type_name(t), style[t]};
}

static enum move_type type_of(const struct model *m, uint32_t from, uint32_t to)
{
	const struct role *r = &m->roles[from];
	for (uint32_t i = 0; i < r->next_n; i++)
		if (m->moves[r->next_off + i].role == to)
			return m->moves[r->next_off + i].type;
	return MOVE_LATERAL;
}

static int graph_write(const struct global *g, struct gbuild *b)
{
	struct out_graph gr = {b->nodes, b->nn, b->edges, b->ne};
	struct outfile *of;
	int rc = EXIT_OK;
	char eb[128];
	if (outfile_open(g->output, &of) < 0) {
		cmd_error("%s: cannot write: %s", g->output, errno_text(errno, eb));
		rc = EXIT_FAILURE_;
	} else if (out_graph_write(outfile_stream(of), &gr, g->format) < 0) {
		int e = errno;
		outfile_abort(of);
		cmd_error("cannot write: %s", errno_text(e, eb));
		rc = EXIT_FAILURE_;
	} else if (outfile_commit(of) < 0) {
		cmd_error("cannot write: %s", errno_text(errno, eb));
		rc = EXIT_FAILURE_;
	}
	for (size_t i = 0; i < b->nn && b->details; i++)
		free(b->details[i]);
	free(b->details), free(b->nodes), free(b->edges), free(b->node_of);
	idmap_free(&b->seen);
	arena_free(&b->keys);
	return rc;
}

static bool graph_format(const struct global *g)
{
	return g->format == OUT_DOT || g->format == OUT_MERMAID;
}

/* ---- the grid and one family ---------------------------------------------- */

static int cmp_role_grid(const void *pa, const void *pb, const struct model *m)
{
	const struct role *a = &m->roles[*(const uint32_t *)pa], *b = &m->roles[*(const uint32_t *)pb];
	int c = strcmp(a->family, b->family);
	if (c)
		return c;
	if (a->level != b->level)
		return a->level < b->level ? -1 : 1;
	return strcmp(a->id, b->id);
}

/* Roles by family, level and id (insertion sort keeps qsort's lack of a
 * context argument out of the way; architectures have thousands of roles). */
static uint32_t *roles_sorted(const struct model *m)
{
	uint32_t *v = malloc((m->nroles ? m->nroles : 1) * sizeof *v);
	for (uint32_t i = 0; v && i < m->nroles; i++) {
		uint32_t j = i;
		while (j > 0 && cmp_role_grid(&i, &v[j - 1], m) < 0) {
			v[j] = v[j - 1];
			j--;
		}
		v[j] = i;
	}
	return v;
}

static size_t *incumbents(const struct model *m)
{
	size_t *n = calloc(m->nroles ? m->nroles : 1, sizeof *n);
	for (uint32_t p = 0; n && p < m->npeople; p++)
		if (m->people[p].role != NONE)
			n[m->people[p].role]++;
	return n;
}

static struct ov *role_row(struct ctx *c, uint32_t r, const size_t *inc)
{
	const struct role *ro = &c->m->roles[r];
	struct ov *o = ov_obj(c->doc);
	ov_set(c->doc, o, "family", str(c, ro->family));
	ov_set(c->doc, o, "level", ov_int(c->doc, ro->level));
	ov_set(c->doc, o, "role", str(c, ro->id));
	ov_set(c->doc, o, "title", str(c, ro->title));
	ov_set(c->doc, o, "track", str(c, ro->track));
	ov_set(c->doc, o, "critical", ov_bool(c->doc, ro->critical));
	ov_set(c->doc, o, "incumbents", ov_int(c->doc, (long long)inc[r]));
	return o;
}

static struct ov *moves_value(struct ctx *c, uint32_t r)
{
	const struct role *ro = &c->m->roles[r];
	struct ov *a = ov_arr(c->doc);
	for (uint32_t i = 0; i < ro->next_n; i++) {
		const struct move *mv = &c->m->moves[ro->next_off + i];
		if (c->text) {
			char buf[160];
			snprintf(buf, sizeof buf, "%s (%s)", c->m->roles[mv->role].id, move_type_name(mv->type));
			ov_push(c->doc, a, str(c, buf));
		} else {
			struct ov *o = ov_obj(c->doc);
			ov_set(c->doc, o, "to", str(c, c->m->roles[mv->role].id));
			ov_set(c->doc, o, "type", str(c, move_type_name(mv->type)));
			ov_push(c->doc, a, o);
		}
	}
	return a;
}

static void graph_roles(struct gbuild *b, const struct model *m, const uint32_t *roles, size_t n, bool with_moves)
{
	for (size_t i = 0; i < n; i++) {
		gnode(b, m, roles[i]);
		const struct role *r = &m->roles[roles[i]];
		for (uint32_t k = 0; with_moves && k < r->next_n; k++)
			gedge(b, m, roles[i], m->moves[r->next_off + k].role, m->moves[r->next_off + k].type);
	}
}

static int write_doc(struct ctx *c, struct ov *root, const struct out_section *secs, size_t nsecs, const char *main)
{
	struct out_view view = {secs, nsecs, main};
	return report_write(c->g, c->doc, root, &view);
}

/* rungs ladder: families by levels, each cell the roles there. */
static int ladder_grid(struct ctx *c)
{
	const struct model *m = c->m;
	uint32_t *order = roles_sorted(m);
	size_t *inc = incumbents(m);
	if (!order || !inc) {
		free(order), free(inc);
		return EXIT_FAILURE_;
	}
	if (graph_format(c->g)) {
		struct gbuild b = {.node_of = calloc(m->nroles + 1, sizeof(uint32_t))};
		graph_roles(&b, m, order, m->nroles, true);
		free(order), free(inc);
		return graph_write(c->g, &b);
	}
	int lo = 0, hi = 0;
	for (uint32_t r = 0; r < m->nroles; r++) {
		if (!r || m->roles[r].level < lo)
			lo = m->roles[r].level;
		if (!r || m->roles[r].level > hi)
			hi = m->roles[r].level;
	}
	struct ov *root = ov_obj(c->doc), *roles = ov_arr(c->doc), *grid = ov_arr(c->doc);
	struct ov *row = NULL;
	const char *fam = NULL;
	for (uint32_t i = 0; i < m->nroles; i++) {
		const struct role *r = &m->roles[order[i]];
		ov_push(c->doc, roles, role_row(c, order[i], inc));
		if (!fam || strcmp(fam, r->family)) {
			fam = r->family;
			row = ov_obj(c->doc);
			ov_set(c->doc, row, "family", str(c, fam));
			ov_push(c->doc, grid, row);
		}
		char key[16], cell[200];
		snprintf(key, sizeof key, "%d", r->level);
		snprintf(cell, sizeof cell, "%s (%s, %zu)", r->id, r->track, inc[order[i]]);
		struct ov *list = ov_get(row, key);
		if (!list) {
			list = ov_arr(c->doc);
			ov_set(c->doc, row, key, list);
		}
		ov_push(c->doc, list, str(c, cell));
	}
	ov_set(c->doc, root, "roles", roles);
	int rc;
	if (c->text) {
		ov_set(c->doc, root, "grid", grid);
		size_t ncols = (size_t)(hi - lo + 2);
		struct out_col *cols = calloc(ncols, sizeof *cols);
		if (!cols) {
			free(order), free(inc);
			return EXIT_FAILURE_;
		}
		cols[0] = (struct out_col){"family", "Family", COL_TEXT};
		for (int l = lo; l <= hi; l++) {
			char key[16], label[24];
			snprintf(key, sizeof key, "%d", l);
			snprintf(label, sizeof label, "Level %d", l);
			cols[l - lo + 1] = (struct out_col){ov_to_str(str(c, key), NULL), ov_to_str(str(c, label), NULL), COL_LIST};
		}
		struct out_section sec = {SEC_TABLE, "Job architecture: role (track, incumbents)", "grid", cols, ncols};
		rc = write_doc(c, root, &sec, 1, "grid");
		free(cols);
	} else {
		static const struct out_col cols[] = {{"family", NULL, COL_TEXT}};
		struct out_section sec = {SEC_TABLE, NULL, "roles", cols, 1};
		rc = write_doc(c, root, &sec, 1, "roles");
	}
	free(order), free(inc);
	return rc;
}

static const char *family_hint(const struct model *m, const char *word)
{
	const char **names = malloc((m->nroles ? m->nroles : 1) * sizeof *names);
	if (!names)
		return NULL;
	for (uint32_t r = 0; r < m->nroles; r++)
		names[r] = m->roles[r].family;
	const char *s = suggest_closest(word, names, m->nroles);
	free(names);
	return s;
}

static const struct out_col family_cols[] = {
	{"level", "Level", COL_INT},	     {"role", "Role", COL_TEXT},	     {"title", "Title", COL_TEXT},
	{"track", "Track", COL_TEXT},	     {"incumbents", "Incumbents", COL_INT}, {"moves", "Moves", COL_LIST},
};

/* rungs ladder FAMILY: its roles in level order, with the moves out of each. */
static int ladder_family(struct ctx *c, const char *family)
{
	const struct model *m = c->m;
	uint32_t *order = roles_sorted(m);
	size_t *inc = incumbents(m), n = 0;
	if (!order || !inc) {
		free(order), free(inc);
		return EXIT_FAILURE_;
	}
	for (uint32_t i = 0; i < m->nroles; i++)
		if (strcmp(m->roles[order[i]].family, family) == 0)
			order[n++] = order[i];
	int rc;
	if (!n) {
		const char *hint = family_hint(m, family);
		if (hint)
			cmd_error("no roles in family '%s' (did you mean '%s'?)", family, hint);
		else
			cmd_error("no roles in family '%s'", family);
		rc = EXIT_USAGE;
	} else if (graph_format(c->g)) {
		struct gbuild b = {.node_of = calloc(m->nroles + 1, sizeof(uint32_t))};
		graph_roles(&b, m, order, n, true);
		rc = graph_write(c->g, &b);
	} else {
		struct ov *root = ov_obj(c->doc), *roles = ov_arr(c->doc);
		ov_set(c->doc, root, "family", str(c, family));
		for (size_t i = 0; i < n; i++) {
			struct ov *o = role_row(c, order[i], inc);
			ov_set(c->doc, o, "moves", moves_value(c, order[i]));
			ov_push(c->doc, roles, o);
		}
		ov_set(c->doc, root, "roles", roles);
		struct out_section sec = {SEC_TABLE, NULL, "roles", family_cols, 6};
		rc = write_doc(c, root, &sec, 1, "roles");
	}
	free(order), free(inc);
	return rc;
}

/* ---- the tree of moves ----------------------------------------------------- */

/* "│  ├─ " style prefixes from each node's ancestors being last children. */
static void tree_prefix(const struct tree_node *v, size_t n, size_t i, const bool *last, char *buf, size_t cap)
{
	(void)n;
	const char *parts[64];
	size_t np = 0;
	for (uint32_t k = (uint32_t)i; v[k].parent != NONE && np < 64; k = v[k].parent)
		parts[np++] = k == i ? (last[k] ? "└─ " : "├─ ") : (last[k] ? "   " : "│  ");
	buf[0] = '\0';
	while (np-- > 0 && strlen(buf) + 8 < cap)
		strcat(buf, parts[np]);
}

static const char *const state_note[] = {"", "cycle: not followed", "shown elsewhere", ""};
static const struct out_col tree_cols[] = {
	{"tree", "Move", COL_TEXT}, {"type", "Type", COL_TEXT},	  {"level", "Level", COL_INT},
	{"note", "", COL_TEXT},	    {"delta", "Skill delta", COL_TEXT},
};

static int ladder_from(struct ctx *c, uint32_t root, int depth)
{
	const struct model *m = c->m;
	struct tree_node *v;
	size_t n;
	if (ladder_tree(m, root, depth, &v, &n) < 0)
		return EXIT_FAILURE_;
	if (graph_format(c->g)) {
		struct gbuild b = {.node_of = calloc(m->nroles + 1, sizeof(uint32_t))};
		gnode(&b, m, root);
		for (size_t i = 1; i < n; i++)
			gedge(&b, m, v[v[i].parent].role, v[i].role, v[i].type);
		free(v);
		return graph_write(c->g, &b);
	}
	bool *last = calloc(n, 1);
	for (size_t i = 0; last && i < n; i++) {
		last[i] = true;
		for (size_t k = i + 1; k < n && last[i]; k++)
			last[i] = v[k].parent != v[i].parent;
	}
	struct ov *root_o = ov_obj(c->doc), *moves = ov_arr(c->doc);
	ov_set(c->doc, root_o, "from", str(c, m->roles[root].id));
	ov_set(c->doc, root_o, "depth", ov_int(c->doc, depth));
	for (size_t i = 0; last && i < n; i++) {
		struct ov *o = ov_obj(c->doc);
		uint32_t parent = v[i].parent == NONE ? NONE : v[v[i].parent].role;
		if (c->text) {
			char pre[512], line[700];
			tree_prefix(v, n, i, last, pre, sizeof pre);
			snprintf(line, sizeof line, "%s%s", pre, m->roles[v[i].role].id);
			ov_set(c->doc, o, "tree", str(c, line));
		}
		ov_set(c->doc, o, "role", str(c, m->roles[v[i].role].id));
		ov_set(c->doc, o, "parent", parent == NONE ? ov_null(c->doc) : str(c, m->roles[parent].id));
		ov_set(c->doc, o, "type", parent == NONE ? ov_null(c->doc) : str(c, move_type_name(v[i].type)));
		ov_set(c->doc, o, "depth", ov_int(c->doc, v[i].depth));
		ov_set(c->doc, o, "level", ov_int(c->doc, m->roles[v[i].role].level));
		static const char *const states[] = {"expanded", "cycle", "seen", "leaf"};
		ov_set(c->doc, o, c->text ? "note" : "state", str(c, c->text ? state_note[v[i].state] : states[v[i].state]));
		ov_set(c->doc, o, "delta", parent == NONE ? ov_null(c->doc) : move_delta(c, parent, v[i].role));
		ov_push(c->doc, moves, o);
	}
	ov_set(c->doc, root_o, "moves", moves);
	free(last);
	free(v);
	struct out_section sec = {SEC_TABLE, NULL, "moves", tree_cols, 5};
	return write_doc(c, root_o, &sec, 1, "moves");
}

/* ---- suggestions ------------------------------------------------------------ */

static const struct out_col suggest_cols[] = {
	{"role", "Role", COL_TEXT},	      {"family", "Family", COL_TEXT}, {"level", "Level", COL_INT},
	{"type", "Move", COL_TEXT},	      {"similarity", "Overlap", COL_PCT}, {"delta", "Skill delta", COL_TEXT},
};

static int ladder_suggestions(struct ctx *c, uint32_t from, size_t limit)
{
	const struct model *m = c->m;
	struct suggestion *s;
	size_t n;
	if (ladder_suggest(m, from, limit, &s, &n) < 0)
		return EXIT_FAILURE_;
	int rc;
	if (graph_format(c->g)) {
		struct gbuild b = {.node_of = calloc(m->nroles + 1, sizeof(uint32_t))};
		gnode(&b, m, from);
		for (size_t i = 0; i < n; i++) {
			const struct role *x = &m->roles[from], *y = &m->roles[s[i].role];
			enum move_type t = strcmp(x->family, y->family) ? MOVE_CROSS_FUNCTIONAL
					   : y->level > x->level	 ? MOVE_PROMOTION
					   : y->level == x->level	 ? MOVE_LATERAL
									 : MOVE_STEP_BACK;
			gedge(&b, m, from, s[i].role, t);
		}
		rc = graph_write(c->g, &b);
	} else {
		struct ov *root = ov_obj(c->doc), *list = ov_arr(c->doc);
		ov_set(c->doc, root, "from", str(c, m->roles[from].id));
		for (size_t i = 0; i < n; i++) {
			const struct role *x = &m->roles[from], *y = &m->roles[s[i].role];
			const char *t = strcmp(x->family, y->family) ? "cross-functional"
					: y->level > x->level	      ? "promotion"
					: y->level == x->level	      ? "lateral"
								      : "step-back";
			struct ov *o = ov_obj(c->doc);
			ov_set(c->doc, o, "role", str(c, y->id));
			ov_set(c->doc, o, "family", str(c, y->family));
			ov_set(c->doc, o, "level", ov_int(c->doc, y->level));
			ov_set(c->doc, o, "type", str(c, t));
			ov_set(c->doc, o, "similarity", ov_num(c->doc, s[i].similarity));
			ov_set(c->doc, o, "delta", move_delta(c, from, s[i].role));
			ov_push(c->doc, list, o);
		}
		ov_set(c->doc, root, "suggestions", list);
		struct out_section sec = {SEC_TABLE, "Moves not in `next`, by overlap of requirements", "suggestions", suggest_cols, 6};
		rc = write_doc(c, root, &sec, 1, "suggestions");
	}
	free(s);
	return rc;
}

/* ---- routes ----------------------------------------------------------------- */

/* "a →promotion→ b →lateral→ c" for the text formats; ids for the others. */
static struct ov *route_value(struct ctx *c, const struct ladder_route *r)
{
	if (!c->text) {
		struct ov *a = ov_arr(c->doc);
		for (size_t i = 0; i < r->n; i++)
			ov_push(c->doc, a, str(c, c->m->roles[r->roles[i]].id));
		return a;
	}
	char buf[2048] = "";
	for (size_t i = 0; i < r->n; i++) {
		size_t l = strlen(buf);
		if (i)
			snprintf(buf + l, sizeof buf - l, " →%s→ ", move_type_name(type_of(c->m, r->roles[i - 1], r->roles[i])));
		l = strlen(buf);
		snprintf(buf + l, sizeof buf - l, "%s", c->m->roles[r->roles[i]].id);
	}
	return str(c, buf);
}

static const struct out_col route_cols[] = {
	{"rank", "#", COL_INT}, {"steps", "Steps", COL_INT}, {"increase", "Increase", COL_NUM}, {"route", "Route", COL_TEXT},
};

static int ladder_between(struct ctx *c, uint32_t a, uint32_t b, int depth, size_t limit)
{
	const struct model *m = c->m;
	struct ladder_route *r;
	size_t n;
	if (ladder_routes(m, a, b, depth, limit, &r, &n) < 0)
		return EXIT_FAILURE_;
	int rc;
	if (!n) {
		cmd_error("no route from '%s' to '%s' within %d step%s%s", m->roles[a].id, m->roles[b].id, depth,
			depth == 1 ? "" : "s", a == b ? " (they are the same role)" : "");
		rc = EXIT_PROBLEMS;
	} else if (graph_format(c->g)) {
		struct gbuild bb = {.node_of = calloc(m->nroles + 1, sizeof(uint32_t))};
		for (size_t i = 0; i < n; i++)
			for (size_t k = 0; k + 1 < r[i].n; k++)
				gedge(&bb, m, r[i].roles[k], r[i].roles[k + 1], type_of(m, r[i].roles[k], r[i].roles[k + 1]));
		rc = graph_write(c->g, &bb);
	} else {
		struct ov *root = ov_obj(c->doc), *list = ov_arr(c->doc);
		ov_set(c->doc, root, "from", str(c, m->roles[a].id));
		ov_set(c->doc, root, "to", str(c, m->roles[b].id));
		for (size_t i = 0; i < n; i++) {
			struct ov *o = ov_obj(c->doc);
			ov_set(c->doc, o, "rank", ov_int(c->doc, (long long)i + 1));
			ov_set(c->doc, o, "steps", ov_int(c->doc, (long long)r[i].n - 1));
			ov_set(c->doc, o, "increase", ov_num(c->doc, r[i].increase));
			ov_set(c->doc, o, "route", route_value(c, &r[i]));
			ov_push(c->doc, list, o);
		}
		ov_set(c->doc, root, "delta", move_delta(c, a, b));
		ov_set(c->doc, root, "routes", list);
		static const struct out_col head[] = {{"from", "From", COL_TEXT}, {"to", "To", COL_TEXT},
						      {"delta", "Skill delta", COL_TEXT}};
		struct out_section secs[] = {{SEC_FIELDS, NULL, NULL, head, 3}, {SEC_TABLE, "Routes", "routes", route_cols, 4}};
		rc = write_doc(c, root, c->text ? secs : secs + 1, c->text ? 2 : 1, "routes");
	}
	ladder_routes_free(r, n);
	return rc;
}

/* ---- scenario planning for a person ------------------------------------------ */

static struct ov *milestones(struct ctx *c, const struct score *s)
{
	const struct model *m = c->m;
	struct ov *list = ov_arr(c->doc);
	char a[NUM_BUF], b[NUM_BUF];
	for (size_t i = 0; i < s->n; i++) {
		const struct skill_score *ss = &s->skills[i];
		if (!ss->is_gap)
			continue;
		if (c->text) {
			char buf[512], items[300] = "";
			for (size_t k = 0; k < ss->route.nitems; k++) {
				size_t l = strlen(items);
				snprintf(items + l, sizeof items - l, "%s%s", k ? ", " : "", m->items[ss->route.items[k]].id);
			}
			num_format_fixed(ss->credited, 2, true, a);
			num_format(ss->route.hours, b);
			snprintf(buf, sizeof buf, "%s %s→%d (%s%s%s h)", m->skills[ss->skill].id, a, ss->required, items,
				 *items ? ", " : "", b);
			ov_push(c->doc, list, str(c, buf));
			continue;
		}
		struct ov *o = ov_obj(c->doc), *it = ov_arr(c->doc);
		ov_set(c->doc, o, "skill", str(c, m->skills[ss->skill].id));
		ov_set(c->doc, o, "from", ov_num(c->doc, ss->credited));
		ov_set(c->doc, o, "to", ov_int(c->doc, ss->required));
		ov_set(c->doc, o, "hours", ov_num(c->doc, ss->route.hours));
		for (size_t k = 0; k < ss->route.nitems; k++)
			ov_push(c->doc, it, str(c, m->items[ss->route.items[k]].id));
		ov_set(c->doc, o, "learning", it);
		ov_push(c->doc, list, o);
	}
	return list;
}

static struct ov *scenario_value(struct ctx *c, const struct scenario *s, size_t rank)
{
	const struct model *m = c->m;
	struct ov *o = ov_obj(c->doc), *steps = ov_arr(c->doc);
	ov_set(c->doc, o, "rank", ov_int(c->doc, (long long)rank));
	ov_set(c->doc, o, "steps", ov_int(c->doc, (long long)s->route.n - 1));
	ov_set(c->doc, o, "hours", ov_num(c->doc, s->hours));
	ov_set(c->doc, o, "months", ov_int(c->doc, s->months));
	ov_set(c->doc, o, "route", route_value(c, &s->route));
	for (size_t i = 0; i + 1 < s->route.n; i++) {
		const struct scenario_step *st = &s->steps[i];
		struct ov *x = ov_obj(c->doc);
		ov_set(c->doc, x, "step", ov_int(c->doc, (long long)i + 1));
		ov_set(c->doc, x, "role", str(c, m->roles[st->role].id));
		ov_set(c->doc, x, "type", str(c, move_type_name(type_of(m, s->route.roles[i], st->role))));
		ov_set(c->doc, x, "readiness", ov_num(c->doc, st->score.readiness));
		ov_set(c->doc, x, "hours", ov_num(c->doc, st->score.hours));
		ov_set(c->doc, x, "months", ov_int(c->doc, st->score.months));
		ov_set(c->doc, x, "milestones", milestones(c, &st->score));
		ov_push(c->doc, steps, x);
	}
	ov_set(c->doc, o, "plan", steps);
	return o;
}

static int cmp_scenario(const struct scenario *a, const struct scenario *b)
{
	int k = num_cmp(a->hours, b->hours);
	if (k)
		return k;
	if (a->route.n != b->route.n)
		return a->route.n < b->route.n ? -1 : 1;
	for (size_t i = 0; i < a->route.n; i++)
		if (a->route.roles[i] != b->route.roles[i])
			return a->route.roles[i] < b->route.roles[i] ? -1 : 1;
	return 0;
}

/* Effort is not a cost along the route (what a step costs depends on the
 * steps before it), so scenarios are ranked among the routes with the
 * fewest steps and least increase: this many of them, per target. */
#define ROUTE_POOL 200
#define TRACK_POOL 50

/* The routes from e's role to each target, as scenarios ranked by effort. */
static int scenarios(const struct ctx *c, uint32_t e, const uint32_t *targets, size_t nt, int depth, size_t pool,
		     struct scenario **out, size_t *n, struct ladder_route **routes, size_t *nroutes)
{
	const struct model *m = c->m;
	uint32_t from = m->people[e].role;
	*out = NULL, *n = 0, *routes = NULL, *nroutes = 0;
	size_t cap = 0;
	for (size_t t = 0; t < nt; t++) {
		struct ladder_route *r;
		size_t nr;
		/* effort ranks differently from steps: look at more routes than shown */
		if (ladder_routes(m, from, targets[t], depth, pool, &r, &nr) < 0)
			return -1;
		if (!nr)
			continue;
		struct ladder_route *all = realloc(*routes, (*nroutes + nr + 1) * sizeof **routes);
		if (!all) {
			ladder_routes_free(r, nr);
			return -1;
		}
		*routes = all;
		memcpy(all + *nroutes, r, nr * sizeof *r);
		*nroutes += nr;
		free(r);
	}
	for (size_t i = 0; i < *nroutes; i++) {
		if (!VEC_PUSH(*out, *n, cap) || ladder_scenario(m, e, c->g->as_of, &(*routes)[i], &(*out)[*n]) < 0)
			return -1;
		(*n)++;
	}
	for (size_t i = 1; i < *n; i++) /* few dozen: insertion sort */
		for (size_t j = i; j > 0 && cmp_scenario(&(*out)[j], &(*out)[j - 1]) < 0; j--) {
			struct scenario t = (*out)[j];
			(*out)[j] = (*out)[j - 1];
			(*out)[j - 1] = t;
		}
	return 0;
}

static void scenarios_free(struct scenario *s, size_t n, struct ladder_route *r, size_t nr)
{
	for (size_t i = 0; i < n; i++)
		scenario_free(&s[i]);
	free(s);
	ladder_routes_free(r, nr);
}

static const struct out_col plan_cols[] = {
	{"rank", "#", COL_INT},	   {"steps", "Steps", COL_INT}, {"hours", "Hours", COL_NUM},
	{"months", "Months", COL_INT}, {"route", "Route", COL_TEXT},
};
static const struct out_col step_cols[] = {
	{"step", "Step", COL_INT},	    {"role", "Role", COL_TEXT},	       {"type", "Move", COL_TEXT},
	{"readiness", "Readiness", COL_PCT}, {"hours", "Hours", COL_NUM},	       {"months", "Months", COL_INT},
	{"milestones", "Milestones", COL_LIST},
};
static const struct out_col track_cols[] = {
	{"track", "Track", COL_TEXT},	{"role", "Ends in", COL_TEXT}, {"steps", "Steps", COL_INT},
	{"hours", "Hours", COL_NUM},	{"months", "Months", COL_INT}, {"route", "Route", COL_TEXT},
};

static int write_scenarios(struct ctx *c, uint32_t e, uint32_t to, struct scenario *s, size_t n, size_t limit)
{
	const struct model *m = c->m;
	struct ov *root = ov_obj(c->doc), *list = ov_arr(c->doc);
	ov_set(c->doc, root, "employee", str(c, person_id(m, e)));
	ov_set(c->doc, root, "from", str(c, m->roles[m->people[e].role].id));
	ov_set(c->doc, root, "to", str(c, m->roles[to].id));
	char date[DATE_BUF];
	date_format(c->g->as_of, date);
	ov_set(c->doc, root, "as_of", str(c, date));
	size_t shown = n < limit ? n : limit;
	struct out_section *secs = calloc(2 + shown, sizeof *secs);
	if (!secs)
		return EXIT_FAILURE_;
	static const struct out_col head[] = {{"employee", "Employee", COL_TEXT}, {"from", "From", COL_TEXT},
					      {"to", "To", COL_TEXT}, {"as_of", "As of", COL_DATE}};
	secs[0] = (struct out_section){SEC_FIELDS, NULL, NULL, head, 4};
	secs[1] = (struct out_section){SEC_TABLE, "Routes by the effort they would take", "routes", plan_cols, 5};
	for (size_t i = 0; i < shown; i++) {
		struct ov *sv = scenario_value(c, &s[i], i + 1);
		ov_push(c->doc, list, sv);
		char key[32], title[64];
		snprintf(key, sizeof key, "plan:%zu", i + 1);
		snprintf(title, sizeof title, "Route %zu, step by step", i + 1);
		const char *k = ov_to_str(str(c, key), NULL);
		if (c->text)
			ov_set(c->doc, root, k, ov_get(sv, "plan"));
		secs[2 + i] = (struct out_section){SEC_TABLE, ov_to_str(str(c, title), NULL), k, step_cols, 7};
	}
	ov_set(c->doc, root, "routes", list);
	int rc = write_doc(c, root, secs, c->text ? 2 + shown : 0, "routes");
	free(secs);
	return rc;
}

static int write_tracks(struct ctx *c, uint32_t e, uint32_t to, int depth)
{
	const struct model *m = c->m;
	struct ov *root = ov_obj(c->doc), *list = ov_arr(c->doc);
	ov_set(c->doc, root, "employee", str(c, person_id(m, e)));
	ov_set(c->doc, root, "from", str(c, m->roles[m->people[e].role].id));
	ov_set(c->doc, root, "level", ov_int(c->doc, m->roles[to].level));
	/* tracks in byte order; for each, every role of it at the level of `to` */
	const char **tracks = malloc((m->nroles ? m->nroles : 1) * sizeof *tracks);
	uint32_t *targets = malloc((m->nroles ? m->nroles : 1) * sizeof *targets);
	size_t nt = 0;
	int rc = EXIT_OK;
	for (uint32_t r = 0; tracks && r < m->nroles; r++) {
		bool seen = false;
		for (size_t k = 0; k < nt && !seen; k++)
			seen = strcmp(tracks[k], m->roles[r].track) == 0;
		if (!seen && m->roles[r].level == m->roles[to].level)
			tracks[nt++] = m->roles[r].track;
	}
	if (tracks && nt)
		qsort(tracks, nt, sizeof *tracks, cmp_str_ptr);
	for (size_t t = 0; tracks && targets && t < nt; t++) {
		size_t ntg = 0;
		for (uint32_t r = 0; r < m->nroles; r++)
			if (m->roles[r].level == m->roles[to].level && strcmp(m->roles[r].track, tracks[t]) == 0 &&
			    r != m->people[e].role)
				targets[ntg++] = r;
		struct scenario *s;
		struct ladder_route *routes;
		size_t n, nr;
		if (scenarios(c, e, targets, ntg, depth, TRACK_POOL, &s, &n, &routes, &nr) < 0) {
			rc = EXIT_FAILURE_;
			break;
		}
		struct ov *o = ov_obj(c->doc);
		ov_set(c->doc, o, "track", str(c, tracks[t]));
		ov_set(c->doc, o, "role", n ? str(c, m->roles[s[0].route.roles[s[0].route.n - 1]].id) : ov_null(c->doc));
		ov_set(c->doc, o, "steps", n ? ov_int(c->doc, (long long)s[0].route.n - 1) : ov_null(c->doc));
		ov_set(c->doc, o, "hours", n ? ov_num(c->doc, s[0].hours) : ov_null(c->doc));
		ov_set(c->doc, o, "months", n ? ov_int(c->doc, s[0].months) : ov_null(c->doc));
		ov_set(c->doc, o, "route", n ? route_value(c, &s[0].route) : ov_null(c->doc));
		ov_push(c->doc, list, o);
		scenarios_free(s, n, routes, nr);
	}
	free(tracks);
	free(targets);
	if (rc != EXIT_OK)
		return rc;
	ov_set(c->doc, root, "tracks", list);
	struct out_section sec = {SEC_TABLE, "The best route ending in each track, at the level of the target", "tracks",
				  track_cols, 6};
	return write_doc(c, root, &sec, 1, "tracks");
}

static int ladder_for(struct ctx *c, uint32_t e, uint32_t to, int depth, size_t limit, bool tracks)
{
	const struct model *m = c->m;
	const struct person *p = &m->people[e];
	if (p->role == NONE) {
		cmd_error("the role of '%s' ('%s') has no profile, so there is no route from it", person_text(m, p->id),
			person_text(m, p->role_id));
		return EXIT_USAGE;
	}
	if (graph_format(c->g)) {
		cmd_usage_error(&cmd_ladder_entry, "--for shows in table, md, json, jsonl, csv and tsv");
		return EXIT_USAGE;
	}
	if (tracks)
		return write_tracks(c, e, to, depth);
	struct scenario *s;
	struct ladder_route *routes;
	size_t n, nr;
	if (scenarios(c, e, &to, 1, depth, ROUTE_POOL, &s, &n, &routes, &nr) < 0)
		return EXIT_FAILURE_;
	int rc;
	if (!n) {
		cmd_error("no route from '%s' ('%s') to '%s' within %d step%s", person_text(m, p->id), m->roles[p->role].id,
			m->roles[to].id, depth, depth == 1 ? "" : "s");
		rc = EXIT_PROBLEMS;
	} else {
		rc = write_scenarios(c, e, to, s, n, limit);
	}
	scenarios_free(s, n, routes, nr);
	return rc;
}

/* ---- the command ------------------------------------------------------------- */

static int parse_count(const char *opt, const char *v, long long lo, long long hi, long long *out)
{
	if (num_parse_int(v, strlen(v), lo, hi, out) == 0)
		return 0;
	cmd_usage_error(&cmd_ladder_entry, "%s takes a number from %lld to %lld, not '%s'", opt, lo, hi, v);
	return EXIT_USAGE;
}

static int parse_args(int argc, char **argv, struct ladder_args *a)
{
	struct opt_state st;
	opt_init(&st, argc, argv);
	const char *v;
	long long x;
	int k;
	*a = (struct ladder_args){.depth = 3, .limit = 10};
	while ((k = opt_next(&st, &cmd_ladder_entry, &v)) != OPT_END) {
		switch (k) {
		case OPT_ERROR: return EXIT_USAGE;
		case O_HELP: cmd_print_help(stdout, &cmd_ladder_entry); return -1;
		case O_FROM: a->from = v; break;
		case O_TO: a->to = v; break;
		case O_FOR: a->who = v; break;
		case O_SUGGEST: a->suggest = true; break;
		case O_TRACKS: a->tracks = true; break;
		case O_DEPTH:
			if (parse_count("--depth", v, 1, 20, &x))
				return EXIT_USAGE;
			a->depth = (int)x;
			break;
		case O_LIMIT:
			if (parse_count("--limit", v, 0, 1000, &x))
				return EXIT_USAGE;
			a->limit = x ? (size_t)x : 1000;
			break;
		case OPT_ARG:
			if (a->family) {
				cmd_usage_error(&cmd_ladder_entry, "one family at a time");
				return EXIT_USAGE;
			}
			a->family = v;
			break;
		}
	}
	const char *bad = NULL;
	if (a->family && (a->from || a->who))
		bad = "FAMILY goes alone";
	else if (a->from && a->who)
		bad = "--from and --for go separately";
	else if (a->to && !a->from && !a->who)
		bad = "--to goes with --from or --for";
	else if (a->who && !a->to)
		bad = "--for needs --to ROLE";
	else if (a->suggest && (!a->from || a->to))
		bad = "--suggest goes with --from alone";
	else if (a->tracks && !a->who)
		bad = "--tracks goes with --for";
	if (bad) {
		cmd_usage_error(&cmd_ladder_entry, "%s", bad);
		return EXIT_USAGE;
	}
	return 0;
}

static int run(struct ctx *c, const struct ladder_args *a)
{
	const struct model *m = c->m;
	if (a->who) {
		uint32_t e = cmd_person(m, a->who), to = e == NONE ? NONE : cmd_role(m, a->to);
		return to == NONE ? EXIT_USAGE : ladder_for(c, e, to, a->depth, a->limit, a->tracks);
	}
	if (a->from) {
		uint32_t from = cmd_role(m, a->from), to = NONE;
		if (from == NONE || (a->to && (to = cmd_role(m, a->to)) == NONE))
			return EXIT_USAGE;
		if (a->suggest)
			return ladder_suggestions(c, from, a->limit);
		return a->to ? ladder_between(c, from, to, a->depth, a->limit) : ladder_from(c, from, a->depth);
	}
	return a->family ? ladder_family(c, a->family) : ladder_grid(c);
}

static int ladder_exec(struct global *g, int argc, char **argv)
{
	struct ladder_args a;
	int rc = parse_args(argc, argv, &a);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	struct repo *r;
	/* people for incumbents; plans, opportunities and assessments only
	 * for --for (a ladder of a large organisation reads no evidence) */
	unsigned parts = PART_SKILLS | PART_ROLES | PART_LEARNING | PART_PEOPLE | (a.who ? PART_ALL : 0);
	if ((rc = cmd_load(g, parts, a.who ? PART_PEOPLE | PART_ASSESSMENTS : 0, &r)))
		return rc;
	struct ctx c = {g, r->model, out_doc_new(), g->format == OUT_TABLE || g->format == OUT_MD};
	rc = c.doc ? run(&c, &a) : EXIT_FAILURE_;
	out_doc_free(c.doc);
	cmd_done(r);
	return rc;
}

const struct cmd_entry cmd_ladder_entry = {
	"ladder",
	"ladder [FAMILY] | --from ROLE [--to ROLE] [--depth N] [--limit N] [--suggest]\n"
	"   or: rungs ladder --for EMPLOYEE --to ROLE [--tracks] [--depth N] [--limit N]",
	"The job architecture and the career paths through it: moves, routes, skill deltas.",
	ladder_opts,
	sizeof ladder_opts / sizeof ladder_opts[0],
	ladder_exec,
	true,
};
