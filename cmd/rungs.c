/* rungs: the entry point. Global options may come before or after the
 * command; everything else belongs to the command named in the table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cmd.h"

const struct cmd_entry *const cmd_table[] = {
	&cmd_check_entry,
	&cmd_gap_entry,
	&cmd_ladder_entry,
	&cmd_match_entry,
	&cmd_review_entry,
	&cmd_diff_entry,
	&cmd_help_entry,
};
const size_t cmd_count = sizeof cmd_table / sizeof cmd_table[0];

static const struct opt_spec global_opts[] = {
	{"C", 'C', "DIR", "use DIR as the data repo (default: $RUNGS_DIR, the nearest rungs.yaml, or .)"},
	{"as-of", 0, "DATE", "compute as of DATE: YYYY-MM-DD, today or YYYY-Qn (default: today)"},
	{"format", 0, "FMT", "table (default), csv, tsv, json, jsonl, md; ladder also dot, mermaid"},
	{"output", 'o', "FILE", "write the report to FILE, atomically"},
	{"color", 0, "WHEN", "colour: auto (default), always or never"},
	{"no-cache", 0, NULL, "do not read or write the evidence cache"},
	{"max-errors", 0, "N", "diagnostics shown per file (default: max_errors of rungs.yaml, 100)"},
	{"quiet", 'q', NULL, "no warnings and no progress on stderr"},
	{"help", 'h', NULL, "show help"},
	{"version", 0, NULL, "show the version"},
};
static const struct cmd_entry globals = {"", "[GLOBAL OPTIONS] COMMAND [ARGS]", "", global_opts,
					 sizeof global_opts / sizeof global_opts[0], NULL, false};

const struct cmd_entry *cmd_find(const char *name)
{
	for (size_t i = 0; i < cmd_count; i++)
		if (strcmp(cmd_table[i]->name, name) == 0)
			return cmd_table[i];
	return NULL;
}

void cmd_print_overview(FILE *f)
{
	fputs("usage: rungs [GLOBAL OPTIONS] COMMAND [ARGS]\n\n"
	      "Skills-based career pathing and internal mobility: role profiles (YAML) and\n"
	      "skill records (CSV) turned into answers for development conversations.\n\n"
	      "Commands:\n",
	      f);
	for (size_t i = 0; i < cmd_count; i++)
		fprintf(f, "  %-8s %s\n", cmd_table[i]->name, cmd_table[i]->summary);
	fputs("\nGlobal options (before or after the command):\n", f);
	for (size_t i = 0; i < globals.nopts; i++) {
		const struct opt_spec *o = &global_opts[i];
		char head[40];
		if (o->name[1] == '\0')
			snprintf(head, sizeof head, "-%s %s", o->name, o->arg ? o->arg : "");
		else if (o->shortc)
			snprintf(head, sizeof head, "-%c, --%s%s%s", o->shortc, o->name, o->arg ? " " : "", o->arg ? o->arg : "");
		else
			snprintf(head, sizeof head, "    --%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
		fprintf(f, "  %-22s %s\n", head, o->help);
	}
	fputs("\nExit status: 0 ok, 1 problems found, 2 usage error, 3 invalid input data, 4 other failure.\n"
	      "See 'rungs help COMMAND' and the man pages rungs(1), rungs-data(5), rungs-scoring(7).\n",
	      f);
}

static int32_t local_today(void)
{
	time_t t = time(NULL);
	struct tm tm;
	localtime_r(&t, &tm);
	return date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

enum { G_DIR, G_ASOF, G_FORMAT, G_OUTPUT, G_COLOR, G_NOCACHE, G_MAXERR, G_QUIET, G_HELP, G_VERSION };

static int set_global(struct global *g, int k, const char *v, const char **as_of)
{
	switch (k) {
	case G_DIR:
		g->dir = v;
		break;
	case G_ASOF:
		*as_of = v;
		break;
	case G_FORMAT:
		if (out_format_parse(v, &g->format) < 0) {
			cmd_usage_error(NULL, "unknown format '%s' (table, csv, tsv, json, jsonl, md, dot, mermaid)", v);
			return -1;
		}
		g->format_set = true;
		break;
	case G_OUTPUT:
		g->output = v;
		break;
	case G_COLOR:
		if (strcmp(v, "auto") == 0)
			g->color = COLOR_AUTO;
		else if (strcmp(v, "always") == 0)
			g->color = COLOR_ALWAYS;
		else if (strcmp(v, "never") == 0)
			g->color = COLOR_NEVER;
		else {
			cmd_usage_error(NULL, "--color takes auto, always or never, not '%s'", v);
			return -1;
		}
		break;
	case G_NOCACHE:
		g->no_cache = true;
		break;
	case G_MAXERR: {
		long long n;
		if (num_parse_int(v, strlen(v), 0, 1000000, &n) != 0) {
			cmd_usage_error(NULL, "--max-errors takes a number from 0 to 1000000, not '%s'", v);
			return -1;
		}
		g->max_errors = (size_t)n;
		g->max_errors_set = true;
		break;
	}
	case G_QUIET:
		g->quiet = true;
		break;
	}
	return 0;
}

/* Pulls the global options out of argv wherever they stand (up to "--"),
 * leaving the command and its own arguments in rest. */
static int split_globals(int argc, char **argv, struct global *g, char **rest, int *nrest, bool *help, bool *version)
{
	const char *as_of = NULL;
	struct opt_state st;
	opt_init(&st, argc, argv);
	*nrest = 0;
	rest[(*nrest)++] = argv[0];
	while (st.i < argc) {
		char *a = argv[st.i];
		if (strcmp(a, "--") == 0) {
			while (st.i < argc)
				rest[(*nrest)++] = argv[st.i++];
			break;
		}
		bool global = false;
		for (size_t k = 0; k < globals.nopts && a[0] == '-' && a[1]; k++) {
			const struct opt_spec *o = &global_opts[k];
			size_t n = strlen(o->name);
			if ((a[1] == '-' && strncmp(a + 2, o->name, n) == 0 && (a[2 + n] == '\0' || a[2 + n] == '=') && o->name[1]) ||
			    (a[1] != '-' && o->shortc && a[1] == o->shortc))
				global = true;
		}
		if (!global) {
			rest[(*nrest)++] = argv[st.i++];
			continue;
		}
		const char *v;
		int k = opt_next(&st, &globals, &v);
		if (k == OPT_ERROR)
			return -1;
		if (k == G_HELP)
			*help = true;
		else if (k == G_VERSION)
			*version = true;
		else if (set_global(g, k, v, &as_of) < 0)
			return -1;
	}
	rest[*nrest] = NULL;
	g->as_of = g->today;
	if (as_of && date_parse_arg(as_of, 0, g->today, &g->as_of) < 0) {
		cmd_usage_error(NULL, "invalid --as-of date '%s' (YYYY-MM-DD, today or YYYY-Qn)", as_of);
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct global g = {0};
	g.today = local_today();
	g.env_dir = getenv("RUNGS_DIR");
	/* RUNGS_THREADS=1 gives the single-threaded run (for comparisons) */
	const char *th = getenv("RUNGS_THREADS");
	if (th && *th >= '1' && *th <= '9' && !th[1])
		g.threads = (unsigned)(*th - '0');
	const char *nc = getenv("NO_COLOR");
	g.no_color_env = nc && *nc;
	char **rest = calloc((size_t)argc + 1, sizeof *rest);
	if (!rest)
		return EXIT_FAILURE_;
	int nrest;
	bool help = false, version = false;
	if (split_globals(argc, argv, &g, rest, &nrest, &help, &version) < 0) {
		free(rest);
		return EXIT_USAGE;
	}
	int rc;
	const struct cmd_entry *cmd = nrest > 1 ? cmd_find(rest[1]) : NULL;
	if (version) {
		printf("rungs %s\n", RUNGS_VERSION);
		rc = EXIT_OK;
	} else if (help && cmd) {
		cmd_print_help(stdout, cmd);
		rc = EXIT_OK;
	} else if (help || nrest < 2) {
		cmd_print_overview(help ? stdout : stderr);
		rc = help ? EXIT_OK : EXIT_USAGE;
	} else if (!cmd && rest[1][0] == '-' && rest[1][1]) {
		cmd_usage_error(NULL, "unknown option '%s'", rest[1]);
		rc = EXIT_USAGE;
	} else if (!cmd) {
		cmd_usage_error(NULL, "unknown command '%s'", rest[1]);
		rc = EXIT_USAGE;
	} else if ((g.format == OUT_DOT || g.format == OUT_MERMAID) && !cmd->graphs) {
		cmd_usage_error(cmd, "--format %s is for graphs: rungs ladder", out_format_name(g.format));
		rc = EXIT_USAGE;
	} else {
		rc = cmd->exec(&g, nrest - 1, rest + 1);
		/* every failure but one says what it was where it happened; the
		 * library returns -1 without a word only when memory ran out */
		if (rc == EXIT_FAILURE_ && !cmd_errors_said())
			cmd_error("out of memory");
	}
	free(rest);
	if (fflush(stdout) != 0 && rc == EXIT_OK) {
		perror("rungs: writing the output");
		rc = EXIT_FAILURE_;
	}
	return rc;
}
