/* opportunities.yaml: open internal opportunities (SPEC 1.6). */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "load.h"

static const char *const kind_names[] = {"job", "rotation", "project", "shadowing", "mentorship", "gig"};
static const char *const status_names[] = {"open", "filled", "closed"};

const char *opp_kind_name(enum opp_kind k)
{
	return kind_names[k];
}

static bool take_enum(struct yctx *y, const struct ynode *n, const char *what, const char *const *names, size_t nn,
		      int *out)
{
	for (size_t i = 0; i < nn; i++)
		if (ynode_text_is(n, names[i])) {
			*out = (int)i;
			return true;
		}
	const char *got = ynode_describe(n, y->d);
	const char *hint = n && n->type == YN_SCALAR ? suggest_closest(n->text, names, nn) : NULL;
	if (hint)
		yerr(y, n, "%s: unknown value %s (did you mean '%s'?)", what, got, hint);
	else
		yerr(y, n, "%s: unknown value %s", what, got);
	return false;
}

struct opp_src {
	struct opportunity o;
	const struct ynode *id;
};

static int cmp_opp(const void *a, const void *b)
{
	const struct opp_src *x = a, *y = b;
	int c = strcmp(x->o.id, y->o.id);
	return c ? c : (x->id->line < y->id->line ? -1 : x->id->line > y->id->line);
}

static bool take_opp(struct model *m, struct yctx *y, const struct ynode *n, struct opp_src *s)
{
	struct yfield f[] = {{"id", NULL},	 {"kind", NULL},     {"title", NULL},  {"role", NULL},
			     {"skills", NULL},	 {"department", NULL}, {"location", NULL}, {"opens", NULL},
			     {"closes", NULL}, {"capacity", NULL}, {"status", NULL}};
	memset(s, 0, sizeof *s);
	s->o.opens = s->o.closes = DATE_NONE;
	s->o.capacity = 1;
	s->o.role = NONE;
	int errors0 = y->errors;
	if (!yfields(y, n, f, 11, "an opportunity"))
		return false;
	if (!f[0].val) {
		yerr(y, n, "opportunity has no 'id'");
		return false;
	}
	if (!yid(y, f[0].val, "opportunity id", &s->o.id))
		return false;
	s->id = f[0].val;
	int v;
	if (f[1].val && take_enum(y, f[1].val, "kind", kind_names, 6, &v))
		s->o.kind = (enum opp_kind)v;
	s->o.title = s->o.id;
	if (f[2].val)
		ytext(y, f[2].val, "title", &s->o.title);
	if (f[3].val)
		s->o.role = load_role_ref(m, y, f[3].val, "role");
	if (!f[3].val && !f[4].val)
		yerr(y, n, "opportunity '%s' needs 'role' or 'skills'", s->o.id);
	struct req_entry *e = NULL;
	size_t ne = 0;
	if (reqs_parse(m, y, f[4].val, &e, &ne) == 0) {
		const struct requirement *base = s->o.role != NONE ? role_reqs(m, s->o.role) : NULL;
		size_t nbase = s->o.role != NONE ? m->roles[s->o.role].req_n : 0;
		reqs_apply(m, y, base, nbase, e, ne, &s->o.req_off, &s->o.req_n);
		/* without skills.yaml no skill resolves: that file's error says it all */
		if (!f[3].val && f[4].val && s->o.req_n == 0 && y->errors == errors0 && (m->loaded & PART_SKILLS))
			yerr(y, ykey(n, "skills"), "opportunity '%s' needs 'role' or 'skills', and its 'skills' are empty",
			     s->o.id);
	}
	free(e);
	if (f[5].val)
		ytext(y, f[5].val, "department", &s->o.department);
	if (f[6].val)
		ytext(y, f[6].val, "location", &s->o.location);
	if (f[7].val)
		ydate(y, f[7].val, "opens", &s->o.opens);
	if (f[8].val)
		ydate(y, f[8].val, "closes", &s->o.closes);
	if (s->o.opens != DATE_NONE && s->o.closes != DATE_NONE && s->o.closes < s->o.opens)
		yerr(y, f[8].val, "opportunity '%s' closes before it opens", s->o.id);
	long long cap;
	if (f[9].val && yint(y, f[9].val, "capacity", 1, 1000000, &cap))
		s->o.capacity = (int)cap;
	if (f[10].val && take_enum(y, f[10].val, "status", status_names, 3, &v))
		s->o.status = (enum opp_status)v;
	return y->errors == errors0;
}

int opportunities_load(struct model *m, const struct filesrc *from, const char *path, const char *display,
		       struct diag_list *d)
{
	struct ynode *root;
	struct yctx y = {d, &m->arena, display, 0};
	if (filesrc_yaml(from, path, display, &m->arena, d, &root) < 0)
		return -1;
	if (!root || ynode_is_null(root))
		return 0; /* no opportunities open */
	if (!yexpect(&y, root, YN_SEQ, "opportunities.yaml"))
		return -1;
	struct opp_src *src = calloc(root->nkids ? root->nkids : 1, sizeof *src);
	if (!src)
		return -1;
	size_t n = 0;
	for (size_t i = 0; i < root->nkids; i++)
		if (take_opp(m, &y, root->kids[i], &src[n]))
			n++;
	qsort(src, n, sizeof *src, cmp_opp);
	m->opps = arena_calloc(&m->arena, (n ? n : 1) * sizeof *m->opps);
	if (!m->opps) {
		free(src);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		if (m->nopps && strcmp(m->opps[m->nopps - 1].id, src[i].o.id) == 0) {
			yerr(&y, src[i].id, "duplicate opportunity '%s' (first at line %u)", src[i].o.id, src[i - 1].id->line);
			continue;
		}
		m->opps[m->nopps] = src[i].o;
		idmap_put(&m->opp_ids, src[i].o.id, strlen(src[i].o.id), m->nopps);
		m->nopps++;
	}
	free(src);
	return y.errors ? -1 : 0;
}

bool opportunity_open(const struct opportunity *o, int32_t d)
{
	return o->status == OPP_OPEN && (o->opens == DATE_NONE || o->opens <= d) && (o->closes == DATE_NONE || d <= o->closes);
}
