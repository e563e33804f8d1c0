/* vars.c - export, readonly, unset (their operands are handled as declare's, declare.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../parser/parser.h"
#include "../shell/error.h"
#include "../shell/funcs.h"
#include "../shell/shell.h"
#include "../shell/vars.h"
#include "../shell/xalloc.h"
#include "builtins.h"
#include "declare.h"
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
	struct decl_opts o = { .cmd = argv[0], .on = flag };
	for (; i < argc; i++) {
		if (unexport) {
			if (!is_name(argv[i], strlen(argv[i]))) {
				sh_error(sh, "%s: `%s': not a valid identifier", argv[0], argv[i]);
				status = 1;
				continue;
			}
			vars_clear_flags(sh->vars, argv[i], VAR_EXPORT);
		} else {
			status |= declare_operand(sh, &o, argv[i]);
		}
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

/* unset of one variable NAME or element NAME[SUB] (namerefs followed unless nameref). */
static int unset_var(struct shell *sh, const char *arg, bool nameref)
{
	size_t nl, sl;
	const char *sub;
	if (!nameref && var_ref_split(arg, &nl, &sub, &sl)) {
		char *name = xstrndup(arg, nl);
		char *s = xstrndup(sub, sl);
		int rc = shell_unset_element(sh, name, s);
		free(name);
		free(s);
		return rc < 0 ? 1 : 0;
	}
	if (!is_name(arg, strlen(arg))) {
		sh_error(sh, "unset: `%s': not a valid identifier", arg);
		return 1;
	}
	const char *target = nameref ? arg : vars_resolve(sh->vars, arg);
	if (!target) {
		sh_error(sh, "unset: %s: circular name reference", arg);
		return 1;
	}
	if (strchr(target, '[')) {
		char *ref = xstrdup(target);
		int rc = unset_var(sh, ref, false);
		free(ref);
		return rc;
	}
	if (vars_flags(sh->vars, target) & VAR_READONLY) {
		sh_error(sh, "unset: %s: cannot unset: readonly variable", target);
		return 1;
	}
	vars_unset(sh->vars, target);
	return 0;
}

int bi_unset(struct shell *sh, int argc, char **argv)
{
	bool funcs = false, vars_only = false, nameref = false;
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
			else if (*p == 'n')
				nameref = true;
			else {
				sh_error(sh, "unset: -%c: invalid option", *p);
				fputs("unset: usage: unset [-f] [-v] [-n] [name ...]\n", stderr);
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
		if (vars_lookup(sh->vars, argv[i]) || vars_only || nameref || strchr(argv[i], '[') ||
		    !funcs_find(sh->funcs, argv[i]))
			status |= unset_var(sh, argv[i], nameref);
		else
			funcs_unset(sh->funcs, argv[i]);
	}
	return status;
}
