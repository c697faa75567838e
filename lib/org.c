#include "org.h"

#include <stdlib.h>
#include <string.h>

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* Reports of each manager as a CSR index: one linear pass, then a walk down
 * the tree that visits each person once (manager loops were cut at load). */
int org_team(const struct model *m, uint32_t manager, bool direct, uint32_t **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	size_t np = m->npeople;
	size_t *off = calloc(np + 2, sizeof *off);
	uint32_t *kids = malloc((np ? np : 1) * sizeof *kids);
	uint32_t *list = malloc((np ? np : 1) * sizeof *list);
	if (!off || !kids || !list) {
		free(off), free(kids), free(list);
		return -1;
	}
	for (size_t i = 0; i < np; i++)
		if (m->people[i].manager != NONE)
			off[m->people[i].manager + 2]++;
	for (size_t i = 0; i < np; i++)
		off[i + 2] += off[i + 1];
	for (size_t i = 0; i < np; i++)
		if (m->people[i].manager != NONE)
			kids[off[m->people[i].manager + 1]++] = (uint32_t)i;
	/* off[k+1] is now the end of k's reports, off[k] their start */
	size_t count = 0;
	for (size_t k = off[manager]; k < off[manager + 1]; k++)
		list[count++] = kids[k];
	for (size_t head = 0; !direct && head < count; head++) {
		uint32_t p = list[head];
		for (size_t k = off[p]; k < off[p + 1] && count < np; k++)
			list[count++] = kids[k];
	}
	free(off);
	free(kids);
	qsort(list, count, sizeof *list, cmp_u32);
	*out = list;
	*n = count;
	return 0;
}

int org_department(const struct model *m, const char *department, uint32_t **out, size_t *n)
{
	*n = 0;
	*out = malloc((m->npeople ? m->npeople : 1) * sizeof **out);
	if (!*out)
		return -1;
	uint32_t g = strtab_find(&m->groups, department, strlen(department));
	for (uint32_t i = 0; g != NONE && i < m->npeople; i++)
		if (m->people[i].department == g)
			(*out)[(*n)++] = i;
	return 0;
}

int org_all(const struct model *m, uint32_t **out, size_t *n)
{
	*n = m->npeople;
	*out = malloc((m->npeople ? m->npeople : 1) * sizeof **out);
	if (!*out)
		return -1;
	for (uint32_t i = 0; i < m->npeople; i++)
		(*out)[i] = i;
	return 0;
}
