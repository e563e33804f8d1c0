/* vars.c - export, readonly, unset (their operands are handled as declare's, declare.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../parser/parser.h"
#include "../shell/error.h"
#include "../shell/expand.h"
#include "../shell/funcs.h"
#include "../shell/shell.h"
#include "../shell/vars.h"
#include "../shell/vars_print.h"
#include "../shell/xalloc.h"
#include "builtins.h"
#include "declare.h"
#include "../shell/quote.h"

struct listing {
	unsigned flag;
	const char *cmd;
};

/* One line of export -p / readonly -p: `export NAME='value'` as dash and POSIX write it; an
 * array as bash --posix writes it (`readonly -a a=([0]="x")`), which reads back as the array. */
static void print_flagged(void *ctx, const struct var *v)
{
	const struct listing *l = ctx;
	if (!(var_flags(v) & l->flag))
		return;
	const char *kind = var_array(v) ? " -a" : var_assoc(v) ? " -A" : "";
	printf("%s%s %s", l->cmd, kind, var_name(v));
	if (*kind && var_is_set(v)) {
		putchar('=');
		var_print_value(stdout, v);
	} else if (!*kind && var_scalar(v)) {
		putchar('=');
		print_quoted(stdout, var_scalar(v));
	}
	putchar('\n');
}

/* export and readonly: NAME[=VALUE]... with the flag, or -p listing. */
static int set_flagged(struct shell *sh, int argc, char **argv, unsigned flag)
{
	int i = 1;
	bool unexport = false;
	unsigned kind = 0;  /* readonly/export -a / -A: the operands are arrays (bash) */
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
			if (*p == 'a' || *p == 'A') {
				kind = *p == 'a' ? VAR_ARRAY : VAR_ASSOC;
				continue;
			}
			sh_error(sh, "%s: -%c: invalid option", argv[0], *p);
			fprintf(stderr, "%s: usage: %s [-p] [name[=value] ...]\n", argv[0], argv[0]);
			return 2;
		}
	}
	if (i >= argc) {
		struct listing l = { flag, flag == VAR_EXPORT ? "export" : "readonly" };
		vars_each_var_sorted(sh->vars, print_flagged, &l);
		return 0;
	}
	int status = 0;
	struct decl_opts o = { .cmd = argv[0], .on = flag | kind };
	for (; i < argc; i++) {
		if (unexport && strchr(argv[i], '=')) {  /* export -n x=v: assigns, then unexports (bash) */
			struct decl_opts un = { .cmd = argv[0], .off = VAR_EXPORT };
			status |= declare_operand(sh, &un, argv[i]);
		} else if (unexport) {
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
		const char *e = expand_subscript_text(sh, s);
		int rc = e ? shell_unset_element(sh, name, e) : -1;
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
