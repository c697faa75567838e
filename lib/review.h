/* Quarterly reviews: the window, milestone status, and the evidence that
 * changed, went stale or is unverified. */
#ifndef RUNGS_REVIEW_H
#define RUNGS_REVIEW_H

#include <stdbool.h>
#include <stdint.h>

#include "evidence.h"
#include "model.h"

/* The quarter before the one holding as_of: (from, to] with from the day
 * before it starts and to its last day. */
void review_default_window(int32_t as_of, int32_t *from, int32_t *to);

enum milestone_status { MS_DONE, MS_ON_TRACK, MS_DUE_SOON, MS_OVERDUE };
#define DUE_SOON_DAYS 30

const char *milestone_status_name(enum milestone_status s);

/* The status on `date`: done (a done date on or before it, or a skill
 * milestone whose skill's effective level reaches its level), overdue (due
 * before it), due-soon (due within DUE_SOON_DAYS days from it), on-track. */
enum milestone_status review_milestone(const struct model *m, uint32_t e, const struct milestone *ms, int32_t date);

/* Evidence that stands behind a level but is older than stale_days on date. */
bool review_stale(const struct model *m, const struct evidence *ev, int32_t date);

/* Skills required by e's current role or target, as a mask of m->nskills. */
bool *review_required(const struct model *m, uint32_t e, uint32_t target);

#endif
