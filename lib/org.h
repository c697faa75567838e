/* Groups of people for team, department and organisation reports. */
#ifndef RUNGS_ORG_H
#define RUNGS_ORG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model.h"

/* Everyone under manager (directly, or only directly when `direct`), in id
 * order. *out is malloc'd. Returns -1 without memory. */
int org_team(const struct model *m, uint32_t manager, bool direct, uint32_t **out, size_t *n);
/* Everyone in the department named (exact text), in id order. */
int org_department(const struct model *m, const char *department, uint32_t **out, size_t *n);
/* Everyone, in id order. */
int org_all(const struct model *m, uint32_t **out, size_t *n);

#endif
