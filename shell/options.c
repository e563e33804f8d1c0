/* options.c - the shell's single-letter and -o options. */
#include "options.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "jobctl.h"
#include "shell.h"
#include "signals.h"
#include "trace.h"
#include "vars.h"

struct option_desc {
	const char *name;  /* -o name, NULL for letter-only */
	char letter;       /* 0 for -o only */
	size_t offset;     /* of the bool in struct shell_options */
};

#define OPT(name, letter, field) { name, letter, offsetof(struct shell_options, field) }
static const struct option_desc table[] = {
	OPT("allexport", 'a', allexport),
	OPT("braceexpand", 'B', braceexpand),
	OPT("notify", 'b', notify),
	OPT("noclobber", 'C', noclobber),
	OPT("errexit", 'e', errexit),
	OPT("noglob", 'f', noglob),
	OPT("hashall", 'h', hashall),
	OPT("histexpand", 'H', histexpand),
	OPT("history", 0, history),
	OPT("interactive", 'i', interactive),
	OPT("monitor", 'm', monitor),
	OPT("noexec", 'n', noexec),
	OPT("stdin", 's', stdin_mode),
	OPT("nounset", 'u', nounset),
	OPT("verbose", 'v', verbose),
	OPT("xtrace", 'x', xtrace),
	OPT("ignoreeof", 0, ignoreeof),
	OPT("pipefail", 0, pipefail),
	OPT("vi", 0, vi),
	OPT("emacs", 0, emacs),
	OPT("fdtrace", 0, fdtrace),
	OPT("jobtrace", 0, jobtrace),
	OPT("dumpast", 0, dumpast),
	OPT("errtrace", 'E', errtrace),
	OPT("functrace", 'T', functrace),
	OPT("onecmd", 't', onecmd),
	OPT("posix", 0, posix),
	OPT("privileged", 'p', privileged),
};
#undef OPT

enum { NOPTIONS = sizeof(table) / sizeof(table[0]) };

static bool *field(struct shell *sh, const struct option_desc *d)
{
	return (bool *)((char *)&sh->opt + d->offset);
}

/* Applies side effects of options that change how the shell runs. */
static void changed(struct shell *sh, const struct option_desc *d, bool on)
{
	if (d->letter == 'm')
		jobctl_set_monitor(sh, on);
	if (d->letter == 'b' && sh->opt.interactive)
		signals_watch_children(on);
	if (on && (!strcmp(d->name, "fdtrace") || !strcmp(d->name, "jobtrace")))
		trace_open(sh);
	if (!strcmp(d->name, "vi") && on)
		sh->opt.emacs = false;
	if (!strcmp(d->name, "emacs") && on)
		sh->opt.vi = false;
	if (!strcmp(d->name, "vi") || !strcmp(d->name, "emacs"))
		jobctl_set_editing_mode(sh);
	if (!strcmp(d->name, "ignoreeof") && on)
		shell_setvar(sh, "IGNOREEOF", "10");  /* as bash: the variable says how many Ctrl-Ds */
	else if (!strcmp(d->name, "ignoreeof"))
		vars_unset(sh->vars, "IGNOREEOF");
}

int options_set_letter(struct shell *sh, char c, bool on)
{
	for (size_t i = 0; i < NOPTIONS; i++)
		if (table[i].letter == c && c != 'i' && c != 's') {
			*field(sh, &table[i]) = on;
			changed(sh, &table[i], on);
			return 0;
		}
	return -1;
}

int options_set_long(struct shell *sh, const char *name, bool on)
{
	for (size_t i = 0; i < NOPTIONS; i++)
		if (!strcmp(table[i].name, name)) {
			*field(sh, &table[i]) = on;
			changed(sh, &table[i], on);
			return 0;
		}
	sh_error(sh, "set: %s: invalid option name", name);
	return -1;
}

int options_lookup(const struct shell *sh, const char *name)
{
	for (size_t i = 0; i < NOPTIONS; i++)
		if (!strcmp(table[i].name, name))
			return *(const bool *)((const char *)&sh->opt + table[i].offset);
	return -1;
}

void options_print(struct shell *sh, bool as_commands)
{
	for (size_t i = 0; i < NOPTIONS; i++) {
		bool on = *field(sh, &table[i]);
		if (as_commands)
			printf("set %co %s\n", on ? '-' : '+', table[i].name);
		else
			printf("%-15s\t%s\n", table[i].name, on ? "on" : "off");
	}
}

void options_letters(const struct shell *sh, char *buf)
{
	static const char order[] = "abCefhimHnsuvx";
	size_t n = 0;
	for (const char *c = order; *c; c++)
		for (size_t i = 0; i < NOPTIONS; i++)
			if (table[i].letter == *c && *(const bool *)((const char *)&sh->opt + table[i].offset))
				buf[n++] = *c;
	buf[n] = '\0';
}
