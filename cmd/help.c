/* rungs help [COMMAND] */
#include <stdio.h>
#include <string.h>

#include "cmd.h"

void cmd_print_help(FILE *f, const struct cmd_entry *cmd)
{
	fprintf(f, "usage: rungs %s\n\n%s\n", cmd->usage, cmd->summary);
	if (cmd->nopts)
		fputs("\nOptions:\n", f);
	for (size_t i = 0; i < cmd->nopts; i++) {
		const struct opt_spec *o = &cmd->opts[i];
		char head[48];
		if (o->shortc)
			snprintf(head, sizeof head, "-%c, --%s%s%s", o->shortc, o->name, o->arg ? " " : "", o->arg ? o->arg : "");
		else
			snprintf(head, sizeof head, "    --%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
		fprintf(f, "  %-24s %s\n", head, o->help);
	}
	fprintf(f, "\nGlobal options are listed by 'rungs --help'; see also 'man rungs-%s'.\n", cmd->name);
}

static const struct opt_spec help_opts[] = {
	{"help", 'h', NULL, "show this help"},
};

static int help_exec(struct global *g, int argc, char **argv)
{
	(void)g;
	struct opt_state st;
	opt_init(&st, argc, argv);
	const char *arg, *topic = NULL;
	int k;
	while ((k = opt_next(&st, &cmd_help_entry, &arg)) != OPT_END) {
		if (k == OPT_ERROR)
			return EXIT_USAGE;
		if (k == OPT_ARG) {
			if (topic) {
				cmd_usage_error(&cmd_help_entry, "too many arguments");
				return EXIT_USAGE;
			}
			topic = arg;
		}
	}
	if (!topic) {
		cmd_print_overview(stdout);
		return EXIT_OK;
	}
	const struct cmd_entry *cmd = cmd_find(topic);
	if (!cmd) {
		cmd_usage_error(&cmd_help_entry, "unknown command '%s'", topic);
		return EXIT_USAGE;
	}
	cmd_print_help(stdout, cmd);
	return EXIT_OK;
}

const struct cmd_entry cmd_help_entry = {
	"help", "help [COMMAND]", "Show the help of rungs or of one command.", help_opts,
	sizeof help_opts / sizeof help_opts[0], help_exec, false,
};
