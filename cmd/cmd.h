/* What every command shares: the global options, the command table entry,
 * option parsing, and the ends of a run (diagnostics, report output). */
#ifndef RUNGS_CMD_H
#define RUNGS_CMD_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "out.h"
#include "rungs.h"

enum exit_code { EXIT_OK = 0, EXIT_PROBLEMS = 1, EXIT_USAGE = 2, EXIT_DATA = 3, EXIT_FAILURE_ = 4 };
enum color_mode { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

struct global {
	const char *dir;     /* -C */
	const char *env_dir; /* $RUNGS_DIR */
	int32_t today;
	int32_t as_of;
	enum out_format format;
	bool format_set;
	const char *output; /* -o */
	enum color_mode color;
	bool no_color_env; /* NO_COLOR set and not empty */
	bool no_cache;
	unsigned threads; /* $RUNGS_THREADS: 0 = as many as pay */
	size_t max_errors; /* when max_errors_set; 0 = no limit */
	bool max_errors_set;
	bool quiet;
};

/* One option of a command: its long name, short letter (or 0), the name of
 * its argument (NULL for a flag) and its help line, side by side. */
struct opt_spec {
	const char *name;
	char shortc;
	const char *arg;
	const char *help;
};

struct cmd_entry {
	const char *name;
	const char *usage;   /* the synopsis after "rungs " */
	const char *summary; /* one line for `rungs --help` */
	const struct opt_spec *opts;
	size_t nopts;
	int (*exec)(struct global *g, int argc, char **argv);
	bool graphs; /* accepts --format dot and mermaid */
};

extern const struct cmd_entry cmd_check_entry;
extern const struct cmd_entry cmd_diff_entry;
extern const struct cmd_entry cmd_gap_entry;
extern const struct cmd_entry cmd_ladder_entry;
extern const struct cmd_entry cmd_match_entry;
extern const struct cmd_entry cmd_review_entry;
extern const struct cmd_entry cmd_help_entry;

const struct cmd_entry *cmd_find(const char *name);
extern const struct cmd_entry *const cmd_table[];
extern const size_t cmd_count;

/* Option parsing over argv[1..]: returns the index of the option found in
 * specs with *arg set to its argument, OPT_ARG for an operand (in *arg),
 * OPT_END, or OPT_ERROR after printing a usage error. */
#define OPT_END (-1)
#define OPT_ARG (-2)
#define OPT_ERROR (-3)
struct opt_state {
	int argc, i;
	char **argv;
	bool only_args; /* after "--" */
};
void opt_init(struct opt_state *st, int argc, char **argv);
int opt_next(struct opt_state *st, const struct cmd_entry *cmd, const char **arg);

void cmd_usage_error(const struct cmd_entry *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cmd_print_help(FILE *f, const struct cmd_entry *cmd);
void cmd_print_overview(FILE *f);

/* Prints collected diagnostics to stderr (warnings and notes not under -q). */
void report_diagnostics(const struct global *g, struct diag_list *d);

/* "rungs: MESSAGE" on stderr. Ids, names and paths in messages come from the
 * command line or the data: whatever in the message could act on the
 * terminal is shown escaped (utf8_escape). */
void cmd_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "rungs: warning: ..." on stderr; not an error (cmd_errors_said). */
void cmd_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Long work over many people shows "rungs: WHAT  42%" on stderr when it is
 * a terminal and -q is not given (fewer than 1 000 show nothing); done ==
 * total clears the line. */
void cmd_progress(const struct global *g, const char *what, size_t done, size_t total);
/* Clears a progress line left on the terminal (a file's reading may end
 * without its 100 %): after a load, before anything else is said. */
void cmd_progress_clear(void);
/* How many errors cmd_error has said this run. */
unsigned cmd_errors_said(void);
/* The same for a message already formatted, without the "rungs: ". */
void cmd_put_escaped(FILE *f, const char *msg);
/* Writes a report document to stdout or -o FILE atomically. Returns an exit code. */
int report_write(const struct global *g, const struct out_doc *doc, const struct ov *root, const struct out_view *view);
/* report_write for a report whose main list is streamed row by row
 * (out_stream_* of lib/out.h) to -o FILE, still atomically, or to stdout.
 * Open: NULL after printing the error. End: err 0 finishes the report,
 * else (the errno of a row that failed) drops it and prints that error;
 * returns the exit code. Drop: abandons it without a word (the caller
 * reports why). */
struct report_stream;
struct report_stream *report_stream_open(const struct global *g, const struct out_doc *doc, const struct ov *root,
					 const struct out_view *view);
struct out_stream *report_stream_out(struct report_stream *rs);
int report_stream_end(const struct global *g, struct report_stream *rs, int err);
void report_stream_drop(struct report_stream *rs);
bool color_enabled(const struct global *g, FILE *f);
/* Loads the repo for a data command: diagnostics printed; returns 0, or the
 * exit code (3 for invalid or missing data). */
/* After repo_load returned rc with diagnostics d: true, having said "out
 * of memory", when memory ran out (d->oom, or a failure with no error to
 * show for it): exit 4, and d is not to be shown. */
struct diag_list;
bool cmd_load_oom(int rc, const struct diag_list *d);
int cmd_load(const struct global *g, unsigned parts, unsigned required, struct repo **r);
/* The same, for a command that reads the evidence of one employee only. */
int cmd_load_for(const struct global *g, unsigned parts, unsigned required, const char *evidence_of, struct repo **r);
/* A command done with its repo: repo_done, freeing the memory only in
 * builds that look for leaks (RUNGS_LEAVE_TO_EXIT is set in Release). */
void cmd_done(struct repo *r);
/* True (and reported) when -o names a file the repo was loaded from. */
bool cmd_output_is_input(const struct global *g, const struct repo *r);
/* An id named on the command line, or NONE after a clear error. */
uint32_t cmd_person(const struct model *m, const char *id);
uint32_t cmd_role(const struct model *m, const char *id);
/* A department someone is in, or false after a clear error with a hint. */
bool cmd_department(const struct model *m, const char *name);

/* Progress on stderr for big files, only when stderr is a terminal and not -q. */
struct csv_progress report_progress(const struct global *g);

#endif
