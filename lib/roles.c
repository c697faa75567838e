/* roles/: one profile per file; extends resolved with per-field override
 * and cycle detection; next edges typed by family and level (SPEC 1.2). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load.h"

struct role_src {
	struct role r;
	const struct ynode *id, *extends, *skills, *next;
	struct yctx y;
	struct req_entry *req;
	size_t nreq;
	int state; /* 0 unresolved, 1 on the current chain, 2 resolved */
};

static int cmp_role_src(const void *a, const void *b)
{
	int c = strcmp(((const struct role_src *)a)->r.id, ((const struct role_src *)b)->r.id);
	return c ? c : strcmp(((const struct role_src *)a)->r.file, ((const struct role_src *)b)->r.file);
}

/* "roles/data/analyst-2.yaml" -> is its base name "analyst-2"? */
static bool file_matches_id(const char *path, const char *id)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *dot = strrchr(base, '.');
	size_t n = dot ? (size_t)(dot - base) : strlen(base);
	return strlen(id) == n && memcmp(base, id, n) == 0;
}

static int take_role(struct model *m, const struct filesrc *from, struct role_src *s, const char *path, const char *display,
		     struct diag_list *d)
{
	struct ynode *root;
	memset(s, 0, sizeof *s);
	s->y = (struct yctx){d, &m->arena, display, 0};
	s->r.file = display;
	if (filesrc_yaml(from, path, display, &m->arena, d, &root) < 0)
		return -1;
	if (!root || ynode_is_null(root)) {
		yerr(&s->y, NULL, "file is empty; expected a role profile");
		return -1;
	}
	struct yfield f[] = {{"id", NULL},	 {"title", NULL},   {"family", NULL}, {"track", NULL}, {"level", NULL},
			     {"critical", NULL}, {"extends", NULL}, {"skills", NULL}, {"next", NULL}};
	if (!yfields(&s->y, root, f, 9, "a role"))
		return -1;
	if (!f[0].val) {
		yerr(&s->y, root, "role has no 'id'");
		return -1;
	}
	if (!yid(&s->y, f[0].val, "role id", &s->r.id))
		return -1;
	s->id = f[0].val;
	if (!file_matches_id(display, s->r.id))
		ywarn(&s->y, f[0].val, "role id '%s' differs from the file name", s->r.id);
	s->r.title = s->r.id;
	if (f[1].val)
		ytext(&s->y, f[1].val, "title", &s->r.title);
	if (!f[2].val)
		yerr(&s->y, root, "role '%s' has no 'family'", s->r.id);
	else
		ytext(&s->y, f[2].val, "family", &s->r.family);
	s->r.track = "ic";
	if (f[3].val)
		ytext(&s->y, f[3].val, "track", &s->r.track);
	long long lv = 1;
	if (!f[4].val)
		yerr(&s->y, root, "role '%s' has no 'level'", s->r.id);
	else
		yint(&s->y, f[4].val, "level", 1, 1000, &lv);
	s->r.level = (int)lv;
	if (f[5].val)
		ybool(&s->y, f[5].val, "critical", &s->r.critical);
	s->extends = f[6].val && !ynode_is_null(f[6].val) ? f[6].val : NULL;
	s->skills = f[7].val;
	s->next = f[8].val;
	if (!s->r.family)
		s->r.family = "";
	return 0;
}

/* Resolves the extends chain above role i without recursion: climbs to a
 * resolved ancestor (or a cycle), then resolves back down. */
static void resolve_chain(struct model *m, struct role_src *src, uint32_t i, uint32_t *chain)
{
	size_t n = 0;
	uint32_t cur = i;
	while (cur != NONE && src[cur].state == 0) {
		src[cur].state = 1;
		chain[n++] = cur;
		cur = src[cur].r.extends;
	}
	if (cur != NONE && src[cur].state == 1) {
		/* a cycle: report it once, at the role of the cycle that has the smallest id */
		size_t at = 0;
		while (chain[at] != cur)
			at++;
		uint32_t least = cur;
		for (size_t k = at; k < n; k++)
			if (chain[k] < least)
				least = chain[k];
		char path[1024] = "";
		size_t len = 0;
		uint32_t c = least;
		do {
			len += (size_t)snprintf(path + len, len < sizeof path ? sizeof path - len : 0, "%s -> ", src[c].r.id);
			c = src[c].r.extends;
		} while (c != least && len < sizeof path);
		if (len < sizeof path)
			snprintf(path + len, sizeof path - len, "%s", src[least].r.id);
		yerr(&src[least].y, src[least].extends, "extends cycle: %s", path);
		for (size_t k = at; k < n; k++)
			src[chain[k]].r.extends = NONE; /* resolved from their own entries */
	}
	while (n-- > 0) {
		struct role_src *s = &src[chain[n]];
		const struct requirement *base = NULL;
		size_t nbase = 0;
		if (s->r.extends != NONE) {
			base = m->reqs ? m->reqs + src[s->r.extends].r.req_off : NULL;
			nbase = src[s->r.extends].r.req_n;
		}
		reqs_apply(m, &s->y, base, nbase, s->req, s->nreq, &s->r.req_off, &s->r.req_n);
		s->state = 2;
	}
}

static enum move_type move_type_of(const struct role *from, const struct role *to)
{
	if (strcmp(from->family, to->family) != 0)
		return MOVE_CROSS_FUNCTIONAL;
	return to->level > from->level ? MOVE_PROMOTION : to->level == from->level ? MOVE_LATERAL : MOVE_STEP_BACK;
}

static void load_next(struct model *m, struct role_src *src, uint32_t i)
{
	struct role_src *s = &src[i];
	s->r.next_off = (uint32_t)m->nmoves;
	if (!s->next || ynode_is_null(s->next) || !yexpect(&s->y, s->next, YN_SEQ, "next"))
		return;
	for (size_t k = 0; k < s->next->nkids; k++) {
		const struct ynode *n = s->next->kids[k];
		uint32_t t = load_role_ref(m, &s->y, n, "next role");
		if (t == NONE)
			continue;
		if (t == i) {
			yerr(&s->y, n, "role '%s' lists itself in 'next'", s->r.id);
			continue;
		}
		bool twice = false;
		for (size_t q = s->r.next_off; q < m->nmoves; q++)
			twice |= m->moves[q].role == t;
		if (twice) {
			ywarn(&s->y, n, "role '%s' is listed twice in 'next'", src[t].r.id);
			continue;
		}
		if (!VEC_PUSH(m->moves, m->nmoves, m->moves_cap))
			return;
		m->moves[m->nmoves++] = (struct move){t, move_type_of(&s->r, &src[t].r), n->line, n->col};
		s->r.next_n++;
	}
}

int roles_load(struct model *m, const struct filesrc *from, const char *const *paths, const char *const *displays,
	       size_t n, struct diag_list *d)
{
	struct role_src *src = calloc(n ? n : 1, sizeof *src);
	uint32_t *chain = calloc(n ? n : 1, sizeof *chain);
	if (!src || !chain) {
		free(src);
		free(chain);
		return -1;
	}
	size_t errors0 = d->errors;
	uint32_t nr = 0;
	m->loaded |= PART_ROLES;
	for (size_t i = 0; i < n; i++)
		if (take_role(m, from, &src[nr], paths[i], displays[i], d) == 0)
			nr++;
	qsort(src, nr, sizeof *src, cmp_role_src);
	uint32_t kept = 0;
	for (uint32_t i = 0; i < nr; i++) {
		if (kept && strcmp(src[kept - 1].r.id, src[i].r.id) == 0) {
			yerr(&src[i].y, src[i].id, "duplicate role '%s' (also defined in %s)", src[i].r.id, src[kept - 1].r.file);
			continue;
		}
		src[kept++] = src[i];
	}
	nr = kept;
	m->roles = arena_calloc(&m->arena, (nr ? nr : 1) * sizeof *m->roles);
	if (!m->roles)
		goto out;
	m->nroles = nr;
	for (uint32_t i = 0; i < nr; i++) {
		m->roles[i] = src[i].r; /* ids first, so references can resolve */
		idmap_put(&m->role_ids, src[i].r.id, strlen(src[i].r.id), i);
	}
	for (uint32_t i = 0; i < nr; i++) {
		src[i].r.extends = src[i].extends ? load_role_ref(m, &src[i].y, src[i].extends, "extends") : NONE;
		if (src[i].r.extends == i) {
			yerr(&src[i].y, src[i].extends, "role '%s' extends itself", src[i].r.id);
			src[i].r.extends = NONE;
		}
		reqs_parse(m, &src[i].y, src[i].skills, &src[i].req, &src[i].nreq);
	}
	for (uint32_t i = 0; i < nr; i++)
		if (src[i].state == 0)
			resolve_chain(m, src, i, chain);
	for (uint32_t i = 0; i < nr; i++)
		load_next(m, src, i);
	for (uint32_t i = 0; i < nr; i++)
		m->roles[i] = src[i].r;
out:
	for (uint32_t i = 0; i < n && i < nr; i++)
		free(src[i].req);
	free(src);
	free(chain);
	return d->errors > errors0 ? -1 : 0;
}
