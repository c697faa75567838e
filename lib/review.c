#include "review.h"

#include <stdlib.h>

#include "date.h"
#include "num.h"

void review_default_window(int32_t as_of, int32_t *from, int32_t *to)
{
	int y, mo, d;
	date_to_ymd(as_of, &y, &mo, &d);
	int q = (mo - 1) / 3; /* 0-based quarter of as_of */
	int py = q ? y : y - 1, pq = q ? q - 1 : 3;
	*from = date_from_ymd(py, 3 * pq + 1, 1) - 1;
	*to = date_from_ymd(y, 3 * q + 1, 1) - 1;
}

const char *milestone_status_name(enum milestone_status s)
{
	static const char *const names[] = {"done", "on-track", "due-soon", "overdue"};
	return names[s];
}

enum milestone_status review_milestone(const struct model *m, uint32_t e, const struct milestone *ms, int32_t date)
{
	if (ms->done != DATE_NONE && ms->done <= date)
		return MS_DONE;
	if (ms->skill != NONE && e != NONE) {
		struct evidence ev = evidence_fold(m, e, ms->skill, date, NULL, NULL);
		if (num_cmp(ev.level, ms->level) >= 0)
			return MS_DONE;
	}
	if (ms->due == DATE_NONE)
		return MS_ON_TRACK;
	if (ms->due < date)
		return MS_OVERDUE;
	return ms->due - date <= DUE_SOON_DAYS ? MS_DUE_SOON : MS_ON_TRACK;
}

bool review_stale(const struct model *m, const struct evidence *ev, int32_t date)
{
	return ev->rows && date - ev->newest > m->cfg.stale_days;
}

bool *review_required(const struct model *m, uint32_t e, uint32_t target)
{
	bool *req = calloc(m->nskills ? m->nskills : 1, 1);
	uint32_t roles[2] = {m->people[e].role, target};
	for (int k = 0; req && k < 2; k++) {
		if (roles[k] == NONE)
			continue;
		const struct requirement *rq = role_reqs(m, roles[k]);
		for (size_t i = 0; i < m->roles[roles[k]].req_n; i++)
			req[rq[i].skill] = true;
	}
	return req;
}
