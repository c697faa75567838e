/* rungs check: validates the data repo, for pre-commit hooks and CI. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "ladder.h"
#include "outfile.h"

static const struct opt_spec check_opts[] = {
	{"strict", 0, NULL, "fail on warnings too"},
	{"defs", 0, NULL, "check only the definitions: skills, roles, opportunities, learning, plans"},
	{"help", 'h', NULL, "show this help"},
};
enum { O_STRICT, O_DEFS, O_HELP };

struct named {
	char **real; /* realpath of each FILE given, NULL when it does not exist */
	const char **arg;
	size_t n;
};

/* A diagnostic's file is named when it is a FILE given, or lies in a folder given. */
static bool is_named(const struct named *nf, const char *path)
{
	char buf[PATH_MAX];
	if (!path || !realpath(path, buf))
		return false;
	for (size_t i = 0; i < nf->n; i++) {
		size_t n = nf->real[i] ? strlen(nf->real[i]) : 0;
		if (n && strncmp(nf->real[i], buf, n) == 0 && (buf[n] == '\0' || buf[n] == '/'))
			return true;
	}
	return false;
}

/* With FILE arguments, the other files are read as context and say nothing. */
static void keep_named(struct diag_list *d, const struct named *nf)
{
	size_t k = 0;
	d->errors = d->warnings = 0;
	for (size_t i = 0; i < d->n; i++) {
		if (!is_named(nf, d->v[i].file))
			continue;
		d->errors += d->v[i].severity == DIAG_ERROR;
		d->warnings += d->v[i].severity == DIAG_WARNING;
		d->v[k++] = d->v[i];
	}
	d->n = k;
	for (size_t i = 0; i < d->nfiles; i++) {
		struct diag_file_count *fc = &d->files[i];
		if (!is_named(nf, fc->file)) {
			fc->hidden = fc->hidden_errors = 0;
			continue;
		}
		d->errors += fc->hidden_errors;
		d->warnings += fc->hidden - fc->hidden_errors;
	}
}

/* Which parts a set of named files needs loaded. */
static unsigned parts_for(const struct named *nf, struct repo *probe)
{
	unsigned parts = PART_DEFS;
	for (size_t i = 0; i < nf->n; i++)
		for (size_t j = 0; j < probe->nfiles; j++) {
			char buf[PATH_MAX];
			size_t n;
			if (!nf->real[i] || !realpath(probe->files[j].path, buf) || strncmp(nf->real[i], buf, n = strlen(buf)) != 0 ||
			    (nf->real[i][n] != '\0' && nf->real[i][n] != '/'))
				continue;
			if (probe->files[j].kind == PATH_PEOPLE || probe->files[j].kind == PATH_PLANS)
				parts |= PART_PEOPLE;
			if (probe->files[j].kind == PATH_ASSESSMENTS)
				parts |= PART_PEOPLE | PART_ASSESSMENTS;
		}
	return parts;
}

static void warn_strangers(struct diag_list *d, const struct named *nf, const struct repo *r)
{
	for (size_t i = 0; i < nf->n; i++) {
		bool known = false;
		for (size_t j = 0; j < r->nfiles && nf->real[i] && !known; j++) {
			char buf[PATH_MAX];
			known = realpath(r->files[j].path, buf) && strcmp(buf, nf->real[i]) == 0;
		}
		if (!nf->real[i])
			diag_add(d, DIAG_WARNING, nf->arg[i], 0, 0, "file not found; not checked");
		else if (!known)
			diag_add(d, DIAG_WARNING, nf->arg[i], 0, 0, "not a data file of this repo; not checked");
	}
}

static int print_json(const struct global *g, const struct diag_list *d)
{
	struct out_doc *doc = out_doc_new();
	struct ov *root = ov_obj(doc), *list = ov_arr(doc);
	ov_set(doc, root, "errors", ov_int(doc, (long long)d->errors));
	ov_set(doc, root, "warnings", ov_int(doc, (long long)d->warnings));
	for (size_t i = 0; i < d->n; i++) {
		const struct diag *dg = &d->v[i];
		struct ov *o = ov_obj(doc);
		ov_set(doc, o, "file", dg->file ? ov_str(doc, dg->file) : ov_null(doc));
		ov_set(doc, o, "line", ov_int(doc, dg->line == UINT32_MAX ? 0 : dg->line));
		ov_set(doc, o, "col", ov_int(doc, dg->col));
		ov_set(doc, o, "severity", ov_str(doc, diag_severity_name(dg->severity)));
		ov_set(doc, o, "message", ov_str(doc, dg->message));
		ov_push(doc, list, o);
	}
	ov_set(doc, root, "diagnostics", list);
	static const struct out_col cols[] = {
		{"file", "file", COL_TEXT}, {"line", "line", COL_INT}, {"col", "col", COL_INT},
		{"severity", "severity", COL_TEXT}, {"message", "message", COL_TEXT},
	};
	static const struct out_section secs[] = {{SEC_TABLE, NULL, "diagnostics", cols, 5}};
	static const struct out_view view = {secs, 1, "diagnostics"};
	int rc = report_write(g, doc, root, &view);
	out_doc_free(doc);
	return rc;
}

/* check -o FILE: the diagnostic lines go to the file instead of stderr. */
static int write_lines(const struct global *g, struct diag_list *d)
{
	char eb[128];
	struct outfile *of;
	if (outfile_open(g->output, &of) < 0) {
		cmd_error("%s: cannot write: %s", g->output, errno_text(errno, eb));
		return EXIT_FAILURE_;
	}
	diag_finish(d);
	struct arena a = {0};
	for (size_t i = 0; i < d->n; i++) {
		char *line = diag_format(&d->v[i], &a);
		if (line && !(g->quiet && d->v[i].severity == DIAG_WARNING))
			fprintf(outfile_stream(of), "%s\n", line);
	}
	arena_free(&a);
	if (outfile_commit(of) < 0) {
		cmd_error("%s: cannot write: %s", g->output, errno_text(errno, eb));
		return EXIT_FAILURE_;
	}
	return EXIT_OK;
}

static int check_exec(struct global *g, int argc, char **argv)
{
	bool strict = false, defs = false;
	struct named nf = {calloc((size_t)argc, sizeof(char *)), calloc((size_t)argc, sizeof(char *)), 0};
	struct opt_state st;
	opt_init(&st, argc, argv);
	const char *arg;
	int k, rc = EXIT_OK;
	while ((k = opt_next(&st, &cmd_check_entry, &arg)) != OPT_END) {
		if (k == OPT_ERROR) {
			rc = EXIT_USAGE;
			goto out;
		}
		if (k == O_HELP) {
			cmd_print_help(stdout, &cmd_check_entry);
			goto out;
		}
		if (k == O_STRICT)
			strict = true;
		else if (k == O_DEFS)
			defs = true;
		else if (k == OPT_ARG) {
			nf.arg[nf.n] = arg;
			nf.real[nf.n++] = realpath(arg, NULL);
		}
	}
	char *dir = repo_find(g->dir, g->env_dir);
	if (!dir) { /* not "." in its place: that may be another repo */
		rc = EXIT_FAILURE_;
		cmd_error("out of memory");
		goto out;
	}
	struct repo_opts ro = {.dir = dir, .parts = defs ? PART_DEFS : PART_ALL, .max_errors = g->max_errors,
			       .max_errors_set = g->max_errors_set,
			       .load = {.today = g->today, .warn_future = true, .threads = g->threads}, .cache = !g->no_cache, .progress = report_progress(g)};
	struct diag_list d;
	diag_init(&d, 0);
	if (nf.n && !defs) {
		/* a first look at where the files are, to load only what is named */
		struct repo *probe;
		struct diag_list quiet;
		diag_init(&quiet, 1);
		struct repo_opts po = ro;
		po.paths_only = true;
		repo_load(&po, &quiet, &probe);
		ro.parts = parts_for(&nf, probe);
		repo_free(probe);
		diag_free(&quiet);
	}
	struct repo *r;
	int loaded = repo_load(&ro, &d, &r);
	cmd_progress_clear();
	if (cmd_load_oom(loaded, &d)) { /* a check that could not look is no pass */
		rc = EXIT_FAILURE_;
		repo_free(r);
		diag_free(&d);
		free(dir);
		goto out;
	}
	if (cmd_output_is_input(g, r)) {
		rc = EXIT_USAGE;
		repo_free(r);
		diag_free(&d);
		free(dir);
		goto out;
	}
	if (r && (r->model->loaded & PART_ROLES))
		ladder_check(r->model, &d); /* the architecture as a whole */
	if (nf.n) {
		keep_named(&d, &nf);
		warn_strangers(&d, &nf, r);
	}
	if (g->format_set && g->format != OUT_TABLE) {
		diag_finish(&d);
		rc = print_json(g, &d);
	} else if (g->output) {
		rc = write_lines(g, &d);
	} else {
		/* under --strict warnings fail the run, so they are shown even with -q */
		struct global shown = *g;
		shown.quiet = g->quiet && !strict;
		report_diagnostics(&shown, &d);
	}
	if (rc == EXIT_OK && (d.errors || (strict && d.warnings)))
		rc = EXIT_PROBLEMS;
	repo_free(r);
	diag_free(&d);
	free(dir);
out:
	for (size_t i = 0; i < nf.n; i++)
		free(nf.real[i]);
	free(nf.real);
	free(nf.arg);
	return rc;
}

const struct cmd_entry cmd_check_entry = {
	"check", "check [--strict] [--defs] [FILE...]",
	"Validate the data repo: every problem, compiler style; exit 1 on errors.", check_opts,
	sizeof check_opts / sizeof check_opts[0], check_exec, false,
};
