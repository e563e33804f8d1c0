/* getopts.c - the getopts builtin: POSIX option parsing with OPTIND/OPTARG. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../parser/parser.h"
#include "../shell/error.h"
#include "../shell/shell.h"
#include "../shell/vars.h"
#include "builtins.h"

/* The position inside a group of options (-abc) survives between calls in
 * sh->getopts_*; it only counts while OPTIND and the argument text are unchanged. */

/* Returns the offset inside args[ind - 1] where the last call stopped, or 1 (a fresh start). */
static size_t load_offset(struct shell *sh, long ind, const char *arg)
{
	size_t off = sh->getopts_off;
	if (!sh->getopts_arg || sh->getopts_ind != ind || strcmp(sh->getopts_arg, arg) != 0 ||
	    off < 1 || off >= strlen(arg))
		return 1;
	return off;
}

static void save_offset(struct shell *sh, long ind, size_t off, const char *arg)
{
	char *copy = strdup(arg);
	if (!copy)
		return;
	free(sh->getopts_arg);
	sh->getopts_arg = copy;
	sh->getopts_ind = ind;
	sh->getopts_off = off;
}

static int set_optind(struct shell *sh, long ind)
{
	char buf[32];
	snprintf(buf, sizeof(buf), "%ld", ind);
	return shell_setvar(sh, "OPTIND", buf);
}

/* Prints a getopts diagnostic as bash does: "$0: MESSAGE -- C" (unless OPTERR=0). */
static void complain(struct shell *sh, const char *msg, char c)
{
	const char *opterr = shell_getvar(sh, "OPTERR");
	if (opterr && strcmp(opterr, "0") == 0)
		return;
	fflush(stdout);
	fprintf(stderr, "%s: %s -- %c\n", sh->arg0 ? sh->arg0 : "minish", msg, c);
}

/* Sets NAME, OPTARG (NULL: unset) and OPTIND; returns the builtin's status. */
static int result(struct shell *sh, const char *name, char c, const char *optarg, long ind)
{
	char opt[2] = { c, '\0' };
	int status = 0;

	if (!is_name(name, strlen(name))) {
		sh_error(sh, "getopts: `%s': not a valid identifier", name);
		status = 2;  /* dash: the scan goes on, OPTARG and OPTIND are set */
	} else if (shell_setvar(sh, name, opt) < 0) {
		status = 1;
	}
	if (optarg || c != '?') {
		/* an option without an argument empties OPTARG (dash; bash unsets it) */
		if (shell_setvar(sh, "OPTARG", optarg ? optarg : "") < 0)
			status = 1;
	} else if (vars_unset(sh->vars, "OPTARG") < 0) {
		sh_error(sh, "OPTARG: readonly variable");
		status = 1;
	}
	if (set_optind(sh, ind) < 0 && status == 0)
		status = 1;
	return status;
}

int bi_getopts(struct shell *sh, int argc, char **argv)
{
	const char *optstring, *name, *arg, *spec, *val;
	char **args;
	int nargs;
	long ind;
	size_t off;
	bool silent;
	char c, optbuf[2] = { 0 };
	char *end;

	if (argc < 3) {
		sh_warn("getopts: usage: getopts optstring name [arg ...]");
		return 2;
	}
	optstring = argv[1];
	name = argv[2];
	silent = optstring[0] == ':';
	if (silent)
		optstring++;
	args = argc > 3 ? argv + 3 : sh->pos.argv;
	nargs = argc > 3 ? argc - 3 : sh->pos.argc;

	val = shell_getvar(sh, "OPTIND");
	ind = val ? strtol(val, &end, 10) : 1;
	if (!val || *end || end == val || ind < 1)
		ind = 1;
	if (ind > (long)nargs + 1)
		ind = (long)nargs + 1;

	arg = ind <= nargs ? args[ind - 1] : NULL;
	off = arg ? load_offset(sh, ind, arg) : 1;
	if (off == 1) {
		if (!arg || arg[0] != '-' || arg[1] == '\0' || strcmp(arg, "--") == 0) {
			int r = result(sh, name, '?', NULL, arg && strcmp(arg, "--") == 0 ? ind + 1 : ind);
			return r ? r : 1;
		}
	}

	c = arg[off++];
	optbuf[0] = c;
	spec = c != ':' ? strchr(optstring, c) : NULL;
	if (!spec) {
		if (arg[off] == '\0') {
			ind++;
			off = 1;
		}
		save_offset(sh, ind, off, ind <= nargs ? args[ind - 1] : "");
		if (silent)
			return result(sh, name, '?', optbuf, ind);
		complain(sh, "illegal option", c);
		return result(sh, name, '?', NULL, ind);
	}
	if (spec[1] != ':') {
		if (arg[off] == '\0') {
			ind++;
			off = 1;
		}
		save_offset(sh, ind, off, ind <= nargs ? args[ind - 1] : "");
		return result(sh, name, c, NULL, ind);
	}
	save_offset(sh, 0, 1, "");
	if (arg[off] != '\0')
		return result(sh, name, c, arg + off, ind + 1);
	if (ind < nargs)
		return result(sh, name, c, args[ind], ind + 2);
	if (silent)
		return result(sh, name, ':', optbuf, ind + 1);
	complain(sh, "option requires an argument", c);
	return result(sh, name, '?', NULL, ind + 1);
}
