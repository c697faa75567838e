/* The two ends of every run: diagnostics on stderr, the report on stdout
 * or in -o FILE (written atomically). */
#include <stdarg.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd.h"
#include "outfile.h"
#include "utf8.h"

bool color_enabled(const struct global *g, FILE *f)
{
	if (g->color == COLOR_ALWAYS)
		return true;
	if (g->color == COLOR_NEVER || g->no_color_env)
		return false;
	const char *term = getenv("TERM");
	return isatty(fileno(f)) && !(term && strcmp(term, "dumb") == 0);
}

void cmd_put_escaped(FILE *f, const char *msg)
{
	size_t n = strlen(msg), cap = 4 * n + 1; /* \xNN is the longest escape per byte */
	char *e = malloc(cap);
	if (!e) {
		fputs("(a message that could not be shown: out of memory)", f);
		return;
	}
	utf8_escape(e, cap, msg, n);
	fputs(e, f);
	free(e);
}

static unsigned errors_said;

unsigned cmd_errors_said(void)
{
	return errors_said;
}

static void say(const char *prefix, const char *fmt, va_list ap)
{
	cmd_progress_clear();
	char buf[1024];
	vsnprintf(buf, sizeof buf, fmt, ap);
	fputs(prefix, stderr);
	cmd_put_escaped(stderr, buf);
	fputc('\n', stderr);
}

void cmd_error(const char *fmt, ...)
{
	errors_said++;
	va_list ap;
	va_start(ap, fmt);
	say("rungs: ", fmt, ap);
	va_end(ap);
}

void cmd_warning(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	say("rungs: warning: ", fmt, ap);
	va_end(ap);
}

void report_diagnostics(const struct global *g, struct diag_list *d)
{
	cmd_progress_clear();
	diag_finish(d);
	bool color = color_enabled(g, stderr);
	struct arena a = {0};
	for (size_t i = 0; i < d->n; i++) {
		const struct diag *dg = &d->v[i];
		if (g->quiet && dg->severity == DIAG_WARNING)
			continue; /* notes stay: "… and N more" may count errors */
		char *line = diag_format(dg, &a);
		if (!line)
			break;
		if (color) {
			/* colour the severity word, like compilers do */
			const char *sev = diag_severity_name(dg->severity);
			char needle[16];
			snprintf(needle, sizeof needle, "%s: ", sev);
			char *at = strstr(line, needle);
			const char *c = dg->severity == DIAG_ERROR ? "\033[1;31m" : dg->severity == DIAG_WARNING ? "\033[1;35m" : "\033[1;36m";
			if (at) {
				fprintf(stderr, "\033[1m%.*s\033[0m%s%s\033[0m%s\n", (int)(at - line), line, c, sev, at + strlen(sev));
				continue;
			}
		}
		fprintf(stderr, "%s\n", line);
	}
	arena_free(&a);
}

int report_write(const struct global *g, const struct out_doc *doc, const struct ov *root, const struct out_view *view)
{
	char eb[128];
	struct outfile *of;
	if (outfile_open(g->output, &of) < 0) {
		cmd_error("%s: cannot write: %s", g->output, errno_text(errno, eb));
		return EXIT_FAILURE_;
	}
	FILE *f = outfile_stream(of);
	struct out_opts o = {g->format, g->format == OUT_TABLE && !g->output && color_enabled(g, stdout)};
	if (out_write(f, doc, root, view, &o) < 0) {
		int e = errno;
		outfile_abort(of);
		cmd_error("%s: cannot write: %s", g->output ? g->output : "standard output", errno_text(e, eb));
		return EXIT_FAILURE_;
	}
	if (outfile_commit(of) < 0) {
		cmd_error("%s: cannot write: %s", g->output ? g->output : "standard output", errno_text(errno, eb));
		return EXIT_FAILURE_;
	}
	return EXIT_OK;
}

struct report_stream {
	struct outfile *of;
	struct out_stream *s;
};

struct report_stream *report_stream_open(const struct global *g, const struct out_doc *doc, const struct ov *root,
					 const struct out_view *view)
{
	char eb[128];
	struct report_stream *rs = calloc(1, sizeof *rs);
	if (!rs) {
		cmd_error("out of memory");
		return NULL;
	}
	if (outfile_open(g->output, &rs->of) < 0) {
		cmd_error("%s: cannot write: %s", g->output, errno_text(errno, eb));
		free(rs);
		return NULL;
	}
	struct out_opts o = {g->format, g->format == OUT_TABLE && !g->output && color_enabled(g, stdout)};
	if (!(rs->s = out_stream_open(outfile_stream(rs->of), doc, root, view, &o))) {
		int e = errno;
		outfile_abort(rs->of);
		free(rs);
		cmd_error("%s: cannot write: %s", g->output ? g->output : "standard output", errno_text(e, eb));
		return NULL;
	}
	return rs;
}

struct out_stream *report_stream_out(struct report_stream *rs)
{
	return rs->s;
}

int report_stream_end(const struct global *g, struct report_stream *rs, int err)
{
	char eb[128];
	const char *name = g->output ? g->output : "standard output";
	if (err)
		out_stream_abort(rs->s);
	else if (out_stream_close(rs->s) < 0)
		err = errno;
	if (err) {
		outfile_abort(rs->of);
		free(rs);
		cmd_error("%s: cannot write: %s", name, errno_text(err, eb));
		return EXIT_FAILURE_;
	}
	int rc = outfile_commit(rs->of);
	free(rs);
	if (rc < 0) {
		cmd_error("%s: cannot write: %s", name, errno_text(errno, eb));
		return EXIT_FAILURE_;
	}
	return EXIT_OK;
}

void report_stream_drop(struct report_stream *rs)
{
	if (!rs)
		return;
	out_stream_abort(rs->s);
	outfile_abort(rs->of);
	free(rs);
}

/* Whether a progress line is on the terminal, to be cleared before
 * anything else is said there. */
static bool progress_shown;

void cmd_progress_clear(void)
{
	if (progress_shown)
		fputs("\r\033[K", stderr);
	progress_shown = false;
}

static void show_progress(void *ctx, const char *file, size_t done, size_t total)
{
	(void)ctx;
	if (done >= total) {
		cmd_progress_clear(); /* finished */
	} else {
		fputs("\r\033[Krungs: reading ", stderr); /* over a longer line before it */
		cmd_put_escaped(stderr, file);
		fprintf(stderr, " %3d%%", (int)(100.0 * (double)done / (double)total));
		progress_shown = true;
	}
	fflush(stderr);
}

void cmd_progress(const struct global *g, const char *what, size_t done, size_t total)
{
	static int tty = -1, last = -1; /* one command a process */
	static const char *last_what;
	if (tty < 0)
		tty = isatty(fileno(stderr));
	if (g->quiet || !tty || total < 1000)
		return;
	if (what != last_what) /* another phase: from its own 0 % */
		last = -1, last_what = what;
	int pct = (int)(done * 100 / total);
	if (done >= total) {
		cmd_progress_clear();
		last = -1;
	} else if (pct != last) {
		fprintf(stderr, "\r\033[Krungs: %s %3d%%", what, pct);
		progress_shown = true;
		last = pct;
	}
}

struct csv_progress report_progress(const struct global *g)
{
	struct csv_progress p = {NULL, NULL};
	if (!g->quiet && isatty(fileno(stderr)))
		p.fn = show_progress;
	return p;
}

/* -o naming one of the files just read (a slip of the hand: -o
 * assessments.csv) would replace the data with a report: refused. */
bool cmd_output_is_input(const struct global *g, const struct repo *r)
{
	struct stat out, in;
	if (!g->output || strcmp(g->output, "-") == 0 || !r || stat(g->output, &out) != 0 || !S_ISREG(out.st_mode))
		return false;
	for (size_t i = 0; i < r->nfiles; i++) {
		if (stat(r->files[i].path, &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
			cmd_error("-o %s: that is %s, an input of the data repo; not overwritten", g->output,
				  r->files[i].display);
			return true;
		}
	}
	return false;
}

bool cmd_load_oom(int rc, const struct diag_list *d)
{
	/* a load fails without saying why only when memory ran out; and when
	 * it ran out, what the load found of the data (a manager "not in the
	 * file" that was not read yet) is not to be believed: only that is said */
	if (!d->oom && (rc >= 0 || d->errors))
		return false;
	cmd_error("out of memory");
	return true;
}

/* The report goes to a pipe or socket, whose reader may close it early. */
static bool output_to_pipe(const struct global *g)
{
	struct stat st;
	bool out = !g->output || strcmp(g->output, "-") == 0;
	if (out ? fstat(STDOUT_FILENO, &st) != 0 : stat(g->output, &st) != 0)
		return false;
	return S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode);
}

int cmd_load(const struct global *g, unsigned parts, unsigned required, struct repo **r)
{
	return cmd_load_for(g, parts, required, NULL, r);
}

void cmd_done(struct repo *r)
{
#ifdef RUNGS_LEAVE_TO_EXIT
	repo_done(r, false);
#else
	repo_done(r, true);
#endif
}

int cmd_load_for(const struct global *g, unsigned parts, unsigned required, const char *evidence_of, struct repo **r)
{
	char *dir = repo_find(g->dir, g->env_dir);
	if (!dir) {
		cmd_error("out of memory");
		return EXIT_FAILURE_;
	}
	struct repo_opts ro = {.dir = dir, .parts = parts, .required = required, .max_errors = g->max_errors,
			       .max_errors_set = g->max_errors_set, .load = {.today = g->today, .threads = g->threads, .evidence_of = evidence_of},
			       .cache = !g->no_cache, .store_first = output_to_pipe(g),
			       .progress = report_progress(g)};
	struct diag_list d;
	diag_init(&d, 0);
	int rc = repo_load(&ro, &d, r);
	cmd_progress_clear(); /* a file's reading may end without its 100 % */
	bool oom = cmd_load_oom(rc, &d);
	if (!oom)
		report_diagnostics(g, &d);
	bool bad = rc < 0 || d.errors;
	diag_free(&d);
	free(dir);
	if (oom) {
		repo_free(*r);
		*r = NULL;
		return EXIT_FAILURE_;
	}
	if (!bad && cmd_output_is_input(g, *r)) {
		repo_free(*r);
		*r = NULL;
		return EXIT_USAGE;
	}
	if (!bad)
		return 0;
	repo_free(*r);
	*r = NULL;
	return EXIT_DATA;
}

static uint32_t named(const char *id, const char *kind, uint32_t v, const char *s)
{
	if (v != NONE)
		return v;
	if (s)
		cmd_error("unknown %s '%s' (did you mean '%s'?)", kind, id, s);
	else
		cmd_error("unknown %s '%s'", kind, id);
	return NONE;
}

uint32_t cmd_person(const struct model *m, const char *id)
{
	uint32_t e = model_person(m, id);
	return named(id, "employee", e, e == NONE ? model_person_suggest(m, id, strlen(id)) : NULL);
}

uint32_t cmd_role(const struct model *m, const char *id)
{
	uint32_t r = model_role(m, id);
	return named(id, "role", r, r == NONE ? suggest_in(id, strlen(id), m->roles, m->nroles, sizeof *m->roles) : NULL);
}

/* The closest department name anyone has, for a mistyped --department. */
static const char *department_hint(const struct model *m, const char *word)
{
	const char **names = malloc((m->groups.n ? m->groups.n : 1) * sizeof *names);
	bool *seen = calloc(m->groups.n ? m->groups.n : 1, 1);
	size_t k = 0;
	const char *hint = NULL;
	if (names && seen) {
		for (uint32_t i = 0; i < m->npeople; i++) {
			uint32_t d = m->people[i].department;
			if (d != NONE && !seen[d]) {
				seen[d] = true;
				names[k++] = m->groups.strs[d];
			}
		}
		hint = suggest_closest(word, names, k);
		if (!hint) /* "Data" for "data": differing only in case */
			for (size_t i = 0; i < k && !hint; i++)
				if (strcasecmp(names[i], word) == 0)
					hint = names[i];
	}
	free(names);
	free(seen);
	return hint;
}

bool cmd_department(const struct model *m, const char *name)
{
	/* locations share the name table: only a department someone is in counts */
	uint32_t d = strtab_find(&m->groups, name, strlen(name));
	for (uint32_t p = 0; d != NONE && p < m->npeople; p++)
		if (m->people[p].department == d)
			return true;
	const char *hint = department_hint(m, name);
	if (hint)
		cmd_error("no one is in department '%s' (did you mean '%s'?)", name, hint);
	else
		cmd_error("no one is in department '%s'", name);
	return false;
}
