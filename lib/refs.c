/* Named references between files, with a "did you mean" when unknown. */
#include <stdlib.h>
#include <string.h>

#include "load.h"

typedef uint32_t (*ref_find)(const struct model *m, const char *id, size_t n);
typedef const char *(*ref_suggest)(const struct model *m, const char *id, size_t n);

static uint32_t ref(struct yctx *y, const struct ynode *n, const char *what, const struct model *m, ref_find find,
		    ref_suggest suggest, const char *kind, bool loaded)
{
	const char *id;
	if (!yid(y, n, what, &id))
		return NONE;
	uint32_t v = find(m, id, n->len);
	if (v != NONE || !loaded)
		return v; /* a file that could not be read was reported once */
	/* candidates are gathered only for a diagnostic somebody will see */
	const char *s = diag_room(y->d, y->file) ? suggest(m, id, n->len) : NULL;
	if (s)
		yerr(y, n, "unknown %s '%s' (did you mean '%s'?)", kind, id, s);
	else
		yerr(y, n, "unknown %s '%s'", kind, id);
	return NONE;
}

static uint32_t find_skill(const struct model *m, const char *id, size_t n)
{
	return idmap_get(&m->skill_ids, id, n);
}

static uint32_t find_role(const struct model *m, const char *id, size_t n)
{
	return idmap_get(&m->role_ids, id, n);
}

static const char *suggest_skill(const struct model *m, const char *id, size_t n)
{
	return suggest_in(id, n, m->skill_names, m->nskill_names, sizeof *m->skill_names);
}

static const char *suggest_role(const struct model *m, const char *id, size_t n)
{
	return suggest_in(id, n, m->roles, m->nroles, sizeof *m->roles);
}

uint32_t load_skill_ref(struct model *m, struct yctx *y, const struct ynode *n, const char *what)
{
	return ref(y, n, what, m, find_skill, suggest_skill, "skill",
		   m->loaded & PART_SKILLS);
}

uint32_t load_role_ref(struct model *m, struct yctx *y, const struct ynode *n, const char *what)
{
	return ref(y, n, what, m, find_role, suggest_role, "role", m->loaded & PART_ROLES);
}

uint32_t load_person_ref(struct model *m, struct yctx *y, const struct ynode *n, const char *what)
{
	return ref(y, n, what, m, model_person_n, model_person_suggest, "employee",
		   m->loaded & PART_PEOPLE);
}
