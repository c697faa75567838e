/* Diagnostics collected while loading and checking: file, line, column,
 * severity and message. The library collects; cmd/ decides what to print. */
#ifndef RUNGS_DIAG_H
#define RUNGS_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

enum diag_severity { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE };

struct diag {
	const char *file; /* display path; NULL for a message about no file */
	uint32_t line, col; /* 1-based; 0 when not applicable */
	enum diag_severity severity;
	const char *message;
	uint32_t seq; /* order of discovery, the last sort key */
};

struct diag_file_count {
	const char *file;
	size_t shown, hidden, hidden_errors;
};

struct diag_list {
	struct arena arena;
	struct diag *v;
	size_t n, cap;
	size_t max_per_file; /* 0 = unlimited */
	size_t errors, warnings; /* all of them, shown or not */
	struct diag_file_count *files;
	size_t nfiles, files_cap;
	bool finished;
	bool oom; /* memory ran out: what was found is only part of it */
};

void diag_init(struct diag_list *d, size_t max_per_file);
/* Memory ran out while reading file (NULL: no file in particular): an
 * error, and d->oom, which the command turns into exit status 4. */
void diag_oom(struct diag_list *d, const char *file);
void diag_free(struct diag_list *d);

void diag_add(struct diag_list *d, enum diag_severity sev, const char *file, uint32_t line,
	      uint32_t col, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* Adds src's diagnostics to d, their lines moved by line_offset (for a
 * part of a file read apart from its start). */
void diag_merge(struct diag_list *d, const struct diag_list *src, uint32_t line_offset);

/* Would one more diagnostic for `file` be shown? Callers skip costly work
 * (like "did you mean") for diagnostics nobody will see. */
bool diag_room(const struct diag_list *d, const char *file);

/* Sorts by file, line, column and discovery, and adds one note per file
 * counting the diagnostics past max_per_file. Call once, before printing. */
void diag_finish(struct diag_list *d);

/* "file:line:col: severity: message", with control characters escaped. */
char *diag_format(const struct diag *dg, struct arena *a);
const char *diag_severity_name(enum diag_severity s);

/* Writes 'text' quoted with control characters escaped, for messages. */
const char *diag_quote(struct diag_list *d, const char *s, size_t n);

#endif
