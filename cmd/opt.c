/* Command options: --name, --name=value, --name value, -x, -xVALUE, -x VALUE, --. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

#include "cmd.h"

void opt_init(struct opt_state *st, int argc, char **argv)
{
	*st = (struct opt_state){argc, 1, argv, false};
}

static int take_value(struct opt_state *st, const struct cmd_entry *cmd, const struct opt_spec *o, const char *inline_val,
		      const char **arg)
{
	if (!o->arg) {
		if (inline_val) {
			cmd_usage_error(cmd, "option '--%s' takes no value", o->name);
			return OPT_ERROR;
		}
		*arg = NULL;
		return 0;
	}
	if (inline_val) {
		*arg = inline_val;
		return 0;
	}
	if (st->i >= st->argc) {
		cmd_usage_error(cmd, "option '%s%s' needs a value (%s)", o->name[1] || !o->shortc ? "--" : "-", o->name, o->arg);
		return OPT_ERROR;
	}
	*arg = st->argv[st->i++];
	return 0;
}

int opt_next(struct opt_state *st, const struct cmd_entry *cmd, const char **arg)
{
	if (st->i >= st->argc)
		return OPT_END;
	char *a = st->argv[st->i++];
	if (st->only_args || a[0] != '-' || a[1] == '\0') {
		*arg = a;
		return OPT_ARG;
	}
	if (strcmp(a, "--") == 0) {
		st->only_args = true;
		return opt_next(st, cmd, arg);
	}
	for (size_t k = 0; k < cmd->nopts; k++) {
		const struct opt_spec *o = &cmd->opts[k];
		if (a[1] == '-') {
			size_t n = strlen(o->name);
			if (strncmp(a + 2, o->name, n) == 0 && (a[2 + n] == '\0' || a[2 + n] == '='))
				return take_value(st, cmd, o, a[2 + n] == '=' ? a + 3 + n : NULL, arg) < 0 ? OPT_ERROR : (int)k;
		} else if (o->shortc && a[1] == o->shortc) {
			if (a[2] && !o->arg) {
				cmd_usage_error(cmd, "unknown option '%s'", a);
				return OPT_ERROR;
			}
			return take_value(st, cmd, o, a[2] ? a + 2 : NULL, arg) < 0 ? OPT_ERROR : (int)k;
		}
	}
	cmd_usage_error(cmd, "unknown option '%s'", a);
	return OPT_ERROR;
}

void cmd_usage_error(const struct cmd_entry *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char buf[1024];
	vsnprintf(buf, sizeof buf, fmt, ap); /* may quote the command line: shown escaped */
	va_end(ap);
	fputs("rungs: ", stderr);
	cmd_put_escaped(stderr, buf);
	fputc('\n', stderr);
	if (cmd)
		fprintf(stderr, "usage: rungs %s\n", cmd->usage);
	else
		fputs("usage: rungs [GLOBAL OPTIONS] COMMAND [ARGS]  (see 'rungs --help')\n", stderr);
}
