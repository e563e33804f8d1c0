/* vars.c - export, readonly, unset, local. */
#include <stdio.h>
#include <string.h>

#include "../parser/parser.h"
#include "../shell/error.h"
#include "../shell/funcs.h"
#include "../shell/shell.h"
#include "../shell/vars.h"
#include "builtins.h"
#include "../shell/quote.h"

struct listing {
	unsigned flag;
	const char *cmd;
};

static void print_flagged(void *ctx, const char *name, const char *value, unsigned flags)
{
	const struct listing *l = ctx;
	if (!(flags & l->flag))
		return;
	printf("%s %s", l->cmd, name);
	if (value) {
		putchar('=');
		print_quoted(stdout, value);
	}
	putchar('\n');
}

/* export and readonly: NAME[=VALUE]... with the flag, or -p listing. */
static int set_flagged(struct shell *sh, int argc, char **argv, unsigned flag)
{
	int i = 1;
	bool unexport = false;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		for (const char *p = argv[i] + 1; *p; p++) {
			if (*p == 'p')
				continue;
			if (*p == 'n' && flag == VAR_EXPORT) {
				unexport = true;
				continue;
			}
			sh_error(sh, "%s: -%c: invalid option", argv[0], *p);
			fprintf(stderr, "%s: usage: %s [-p] [name[=value] ...]\n", argv[0], argv[0]);
			return 2;
		}
	}
	if (i >= argc) {
		struct listing l = { flag, flag == VAR_EXPORT ? "export" : "readonly" };
		vars_each_sorted(sh->vars, print_flagged, &l);
		return 0;
	}
	int status = 0;
	for (; i < argc; i++) {
		char *eq = strchr(argv[i], '=');
		size_t nl = eq ? (size_t)(eq - argv[i]) : strlen(argv[i]);
		if (!is_name(argv[i], nl)) {
			sh_error(sh, "%s: `%s': not a valid identifier", argv[0], argv[i]);
			status = 1;
			continue;
		}
		if (eq)
			*eq = '\0';
		if (unexport) {
			vars_clear_flags(sh->vars, argv[i], VAR_EXPORT);
		} else if (eq) {
			if (shell_setvar(sh, argv[i], eq + 1) < 0)
				status = 1;
			else
				vars_set(sh->vars, argv[i], eq + 1, flag);
		} else {
			const char *old = vars_get(sh->vars, argv[i]);
			vars_set(sh->vars, argv[i], old, flag);
		}
		if (eq)
			*eq = '=';
	}
	return status;
}

int bi_export(struct shell *sh, int argc, char **argv)
{
	return set_flagged(sh, argc, argv, VAR_EXPORT);
}

int bi_readonly(struct shell *sh, int argc, char **argv)
{
	return set_flagged(sh, argc, argv, VAR_READONLY);
}

int bi_unset(struct shell *sh, int argc, char **argv)
{
	bool funcs = false, vars_only = false;
	int i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		for (const char *p = argv[i] + 1; *p; p++) {
			if (*p == 'f')
				funcs = true;
			else if (*p == 'v')
				vars_only = true;
			else {
				sh_error(sh, "unset: -%c: invalid option", *p);
				fputs("unset: usage: unset [-f] [-v] [name ...]\n", stderr);
				return 2;
			}
		}
	}
	int status = 0;
	for (; i < argc; i++) {
		if (funcs && !vars_only) {
			funcs_unset(sh->funcs, argv[i]);
			continue;
		}
		if (!is_name(argv[i], strlen(argv[i]))) {
			sh_error(sh, "unset: `%s': not a valid identifier", argv[i]);
			status = 1;
			continue;
		}
		if (vars_flags(sh->vars, argv[i]) & VAR_READONLY) {
			sh_error(sh, "unset: %s: cannot unset: readonly variable", argv[i]);
			status = 1;
			continue;
		}
		if (vars_get(sh->vars, argv[i]) || vars_flags(sh->vars, argv[i]) || vars_only)
			vars_unset(sh->vars, argv[i]);
		else
			funcs_unset(sh->funcs, argv[i]);
	}
	return status;
}

int bi_local(struct shell *sh, int argc, char **argv)
{
	if (sh->func_depth == 0) {
		sh_error(sh, "local: can only be used in a function");
		return 1;
	}
	int status = 0;
	for (int i = 1; i < argc; i++) {
		char *eq = strchr(argv[i], '=');
		size_t nl = eq ? (size_t)(eq - argv[i]) : strlen(argv[i]);
		if (!is_name(argv[i], nl)) {
			sh_error(sh, "local: `%s': not a valid identifier", argv[i]);
			status = 1;
			continue;
		}
		if (eq)
			*eq = '\0';
		if (vars_make_local(sh->vars, argv[i]) && !eq)
			vars_unset(sh->vars, argv[i]);  /* bash: `local x` starts unset; again, it keeps its value */
		if (eq) {
			if (shell_setvar(sh, argv[i], eq + 1) < 0)
				status = 1;
			*eq = '=';
		}
	}
	return status;
}
