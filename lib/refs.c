/* Named references between files, with a "did you mean" when unknown. */
#include <stdlib.h>
#include <string.h>

#include "load.h"

static uint32_t ref(struct yctx *y, const struct ynode *n, const char *what, const struct idmap *ids,
		    const void *base, size_t count, size_t stride, const char *kind, bool loaded)
{
	const char *id;
	if (!yid(y, n, what, &id))
		return NONE;
	uint32_t v = idmap_get(ids, id, n->len);
	if (v != NONE || !loaded)
		return v; /* a file that could not be read was reported once */
	/* candidates are gathered only for a diagnostic somebody will see */
	const char *s = diag_room(y->d, y->file) ? suggest_in(id, n->len, base, count, stride) : NULL;
	if (s)
		yerr(y, n, "unknown %s '%s' (did you mean '%s'?)", kind, id, s);
	else
		yerr(y, n, "unknown %s '%s'", kind, id);
	return NONE;
}

uint32_t load_skill_ref(struct model *m, struct yctx *y, const struct ynode *n, const char *what)
{
	return ref(y, n, what, &m->skill_ids, m->skill_names, m->nskill_names, sizeof *m->skill_names, "skill",
		   m->loaded & PART_SKILLS);
}

uint32_t load_role_ref(struct model *m, struct yctx *y, const struct ynode *n, const char *what)
{
	return ref(y, n, what, &m->role_ids, m->roles, m->nroles, sizeof *m->roles, "role", m->loaded & PART_ROLES);
}

uint32_t load_person_ref(struct model *m, struct yctx *y, const struct ynode *n, const char *what)
{
	return ref(y, n, what, &m->person_ids, m->people, m->npeople, sizeof *m->people, "employee", m->loaded & PART_PEOPLE);
}
