#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "yload.h"

const char *const repo_path_key[PATH__COUNT] = {"skills", "roles", "people", "assessments",
						"learning", "opportunities", "plans"};
static const char *const default_path[PATH__COUNT] = {"skills.yaml", "roles", "people.csv", "assessments.csv",
						      "learning.csv", "opportunities.yaml", "plans"};
const char *const csv_file_key[CSVF__COUNT] = {"people", "assessments", "learning"};
const char *const csv_column_name[CSVF__COUNT][CSV_COLS_MAX] = {
	{"id", "name", "role", "manager", "department", "location", "aspirations"},
	{"employee", "skill", "level", "date", "source", "assessor", "note"},
	{"id", "title", "kind", "skill", "from", "to", "hours"},
};

void config_defaults(struct config *c)
{
	memset(c, 0, sizeof *c);
	for (int i = 0; i < PATH__COUNT; i++)
		c->path[i] = default_path[i];
	static const struct source def[] = {{"self", 1, false},	   {"peer", 1, false},
					    {"manager", 2, false}, {"course", 2, true},
					    {"test", 3, false},	   {"demonstration", 3, false},
					    {"certification", 3, true}};
	c->nsources = sizeof def / sizeof def[0];
	memcpy(c->sources, def, sizeof def);
	c->evidence_max_age_days = 730;
	c->stale_days = 365;
	c->ready_now_threshold = 0.90;
	c->soon_months = 12;
	c->hours_per_level = 40;
	c->learning_hours_per_month = 8;
	c->mentor_min_level = 4;
	c->max_mentees = 3;
	c->max_level_jump = 2;
	c->aspiration_bonus = 0.05;
	c->min_group_size = 5;
	c->max_errors = 100;
}

int config_source(const struct config *c, const char *name, size_t n)
{
	for (size_t i = 0; i < c->nsources; i++)
		if (c->sources[i].name[0] == (n ? name[0] : '\0') && strlen(c->sources[i].name) == n &&
		    memcmp(c->sources[i].name, name, n) == 0)
			return (int)i;
	return -1;
}

static void load_paths(struct yctx *y, struct config *c, const struct ynode *n)
{
	struct yfield f[PATH__COUNT];
	for (int i = 0; i < PATH__COUNT; i++)
		f[i].key = repo_path_key[i];
	if (!yfields(y, n, f, PATH__COUNT, "paths"))
		return;
	for (int i = 0; i < PATH__COUNT; i++)
		if (f[i].val)
			ytext(y, f[i].val, repo_path_key[i], &c->path[i]);
}

static void load_columns(struct yctx *y, struct config *c, const struct ynode *n)
{
	struct yfield f[CSVF__COUNT];
	for (int i = 0; i < CSVF__COUNT; i++)
		f[i].key = csv_file_key[i];
	if (!yfields(y, n, f, CSVF__COUNT, "columns"))
		return;
	for (int i = 0; i < CSVF__COUNT; i++) {
		if (!f[i].val)
			continue;
		struct yfield cf[CSV_COLS_MAX];
		size_t nc = 0;
		while (nc < CSV_COLS_MAX && csv_column_name[i][nc])
			cf[nc].key = csv_column_name[i][nc], nc++;
		char what[64];
		snprintf(what, sizeof what, "columns of %s", csv_file_key[i]);
		if (!yfields(y, f[i].val, cf, nc, what))
			continue;
		for (size_t j = 0; j < nc; j++)
			if (cf[j].val)
				ytext(y, cf[j].val, cf[j].key, &c->column[i][j]);
	}
}

static void load_source(struct yctx *y, struct source *s, const struct ynode *v)
{
	if (v->type == YN_SCALAR) {
		ynum_pos(y, v, "source weight", &s->weight);
		return;
	}
	struct yfield f[] = {{"weight", NULL}, {"combine", NULL}};
	if (!yfields(y, v, f, 2, "a source"))
		return;
	if (f[0].val)
		ynum_pos(y, f[0].val, "weight", &s->weight);
	else
		yerr(y, v, "source '%s' has no weight", s->name);
	if (f[1].val) {
		if (ynode_text_is(f[1].val, "max"))
			s->combine_max = true;
		else if (!ynode_text_is(f[1].val, "mean"))
			yerr(y, f[1].val, "combine: expected 'mean' or 'max', found %s", ynode_describe(f[1].val, y->d));
	}
}

static void load_sources(struct yctx *y, struct config *c, const struct ynode *n)
{
	if (!yexpect(y, n, YN_MAP, "sources"))
		return;
	size_t ns = ynode_map_len(n);
	if (ns == 0) {
		yerr(y, n, "sources: at least one source is needed");
		return;
	}
	if (ns > SOURCES_MAX) {
		yerr(y, n, "sources: more than %d sources", SOURCES_MAX);
		return;
	}
	c->nsources = 0;
	for (size_t i = 0; i < ns; i++) {
		const char *name;
		if (!yid(y, ynode_key(n, i), "source name", &name))
			continue;
		struct source *s = &c->sources[c->nsources++];
		*s = (struct source){name, 1, false};
		load_source(y, s, ynode_val(n, i));
	}
}

enum pol_type { POL_DAYS, POL_FRACTION, POL_COUNT, POL_HOURS };
struct policy {
	const char *key;
	enum pol_type type;
	size_t off;
};

#define POL(k, t) {#k, t, offsetof(struct config, k)}
static const struct policy policies[] = {
	POL(evidence_max_age_days, POL_DAYS), POL(stale_days, POL_DAYS),
	POL(ready_now_threshold, POL_FRACTION), POL(soon_months, POL_COUNT),
	POL(hours_per_level, POL_HOURS), POL(learning_hours_per_month, POL_HOURS),
	POL(mentor_min_level, POL_COUNT), POL(max_mentees, POL_COUNT),
	POL(max_level_jump, POL_COUNT), POL(aspiration_bonus, POL_FRACTION),
	POL(min_group_size, POL_COUNT), POL(max_errors, POL_COUNT),
};

static void load_policy(struct yctx *y, struct config *c, const struct policy *p, const struct ynode *v)
{
	char *dst = (char *)c + p->off;
	long long i;
	double x;
	switch (p->type) {
	case POL_DAYS:
		if (yint(y, v, p->key, 1, 100000, &i))
			*(int *)dst = (int)i;
		break;
	case POL_COUNT:
		if (yint(y, v, p->key, 0, 1000000, &i))
			*(int *)dst = (int)i;
		break;
	case POL_FRACTION:
		if (ynum_range(y, v, p->key, 0, 1, false, &x))
			*(double *)dst = x;
		break;
	case POL_HOURS:
		if (ynum_pos(y, v, p->key, &x))
			*(double *)dst = x;
		break;
	}
}

int config_load(struct config *c, const char *path, const char *display, struct arena *a, struct diag_list *d)
{
	config_defaults(c);
	struct stat st;
	if (stat(path, &st) != 0 && errno == ENOENT)
		return 0;
	struct ynode *root;
	if (ydoc_load(path, display, a, d, &root) < 0)
		return -1;
	if (!root)
		return 0; /* an empty rungs.yaml: all defaults */
	struct yctx y = {d, a, display, 0};
	size_t npol = sizeof policies / sizeof policies[0];
	struct yfield f[3 + sizeof policies / sizeof policies[0]];
	f[0].key = "paths";
	f[1].key = "columns";
	f[2].key = "sources";
	for (size_t i = 0; i < npol; i++)
		f[3 + i].key = policies[i].key;
	if (!yfields(&y, root, f, 3 + npol, "rungs.yaml"))
		return -1;
	if (f[0].val)
		load_paths(&y, c, f[0].val);
	if (f[1].val)
		load_columns(&y, c, f[1].val);
	if (f[2].val)
		load_sources(&y, c, f[2].val);
	for (size_t i = 0; i < npol; i++)
		if (f[3 + i].val)
			load_policy(&y, c, &policies[i], f[3 + i].val);
	return y.errors ? -1 : 0;
}
