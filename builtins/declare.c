/* declare.c - declare, typeset and local: attributes (-a -A -i -l -u -n -r -x, +X to clear),
 * -g for a global from a function, -p listings that read back as the same variables, -f/-F
 * for functions; and the operand handling export and readonly share. */
#include "declare.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../parser/arena.h"
#include "../parser/ast.h"
#include "../parser/parser.h"
#include "../shell/array.h"
#include "../shell/assign.h"
#include "../shell/error.h"
#include "../shell/expand.h"
#include "../shell/funcs.h"
#include "../shell/quote.h"
#include "../shell/shell.h"
#include "../shell/vars.h"
#include "../shell/vars_print.h"
#include "../shell/xalloc.h"
#include "builtins.h"

/* An operand split: NAME, [sub], += or =, value. */
struct operand {
	char *name;
	char *sub;          /* NULL when there is no [sub] */
	bool append;
	const char *value;  /* NULL for a bare NAME */
};

static bool name_start(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool name_char(char c)
{
	return name_start(c) || (c >= '0' && c <= '9');
}

/* Splits arg; false when it is not NAME[[sub]][[+]=value]. */
static bool split_operand(struct shell *sh, const char *arg, struct operand *op)
{
	memset(op, 0, sizeof(*op));
	if (!name_start(arg[0]))
		return false;
	size_t k = 1;
	while (name_char(arg[k]))
		k++;
	op->name = arena_strndup(sh->cmd_arena, arg, k);
	const char *p = arg + k;
	if (*p == '[') {
		int depth = 0;
		const char *q = p + 1;
		for (; *q && !(*q == ']' && depth == 0); q++)
			depth += *q == '[' ? 1 : *q == ']' ? -1 : 0;
		if (!*q)
			return false;
		op->sub = arena_strndup(sh->cmd_arena, p + 1, (size_t)(q - p - 1));
		p = q + 1;
	}
	if (p[0] == '+' && p[1] == '=') {
		op->append = true;
		op->value = p + 2;
	} else if (p[0] == '=') {
		op->value = p + 1;
	} else if (p[0] != '\0') {
		return false;
	}
	return true;
}

static bool valid_ref(const char *s)
{
	size_t nl, sl;
	const char *sub;
	if (var_ref_split(s, &nl, &sub, &sl))
		return true;
	if (!name_start(s[0]))
		return false;
	for (s++; *s; s++)
		if (!name_char(*s))
			return false;
	return true;
}

/* NAME=( ... ) given as text: parsed and expanded now (declare -a a="(1 2)" in bash, and
 * the operands the parser read as compound assignments, whose values are quoted already). */
static int assign_text_compound(struct shell *sh, const struct decl_opts *o, const char *name,
                                const char *text, bool append)
{
	struct parse_error err;
	bool ok;
	struct assign_elem *elems = parse_compound_text(sh->cmd_arena, text, strlen(text), &ok, &err);
	if (!ok) {
		sh_error(sh, "%s: %s: %s", o->cmd, text, err.message);
		return 1;
	}
	struct xelem *x;
	size_t n;
	if (assign_expand_elems(sh, elems, &x, &n) < 0)
		return 1;
	return assign_compound(sh, name, x, n, append) < 0 ? 1 : 0;
}

/* The variable an operand works on: a new local, the global, or the visible one. */
static struct var *operand_var(struct shell *sh, const struct decl_opts *o, const char *name)
{
	struct var_table *t = sh->vars;
	if (o->global)
		return vars_lookup_global(t, name, true);
	if (o->local && vars_scope_depth(t) > 0) {
		struct var *v = vars_lookup(t, name);
		if (v && (var_flags(v) & VAR_READONLY)) {
			sh_error(sh, "%s: %s: readonly variable", o->cmd, name);
			return NULL;
		}
		vars_make_local(t, name);
	}
	return vars_lookup_or_add(t, name);
}

/* Changes the attributes of v as o says; 1 after a message. */
static int set_attributes(struct shell *sh, const struct decl_opts *o, struct var *v, bool value)
{
	struct var_table *t = sh->vars;
	unsigned fl = var_flags(v);
	const char *name = var_name(v);
	if ((fl & VAR_READONLY) && (value || (o->off & fl & ~(unsigned)VAR_EXPORT) ||
	                            (o->on & ~fl & ~(unsigned)(VAR_EXPORT | VAR_READONLY)))) {
		sh_error(sh, "%s: %s: readonly variable", o->cmd, name);
		return 1;
	}
	if ((o->on & VAR_ARRAY) && var_assoc(v)) {
		sh_error(sh, "%s: %s: cannot convert associative to indexed array", o->cmd, name);
		return 1;
	}
	if ((o->on & VAR_ASSOC) && var_array(v) && array_count(var_array(v)) > 0) {
		sh_error(sh, "%s: %s: cannot convert indexed to associative array", o->cmd, name);
		return 1;
	}
	if ((o->on & VAR_NAMEREF) && (var_array(v) || var_assoc(v) || (o->on & (VAR_ARRAY | VAR_ASSOC)))) {
		sh_error(sh, "%s: %s: reference variable cannot be an array", o->cmd, name);
		return 1;
	}
	if ((o->on & VAR_NAMEREF) && !value && var_scalar(v) && !valid_ref(var_scalar(v))) {
		sh_error(sh, "%s: `%s': invalid variable name for name reference", o->cmd, var_scalar(v));
		return 1;
	}
	if (o->on & VAR_ARRAY)
		var_make_array(t, v);
	if (o->on & VAR_ASSOC)
		var_make_assoc(t, v);
	unsigned on = o->on & ~(unsigned)(VAR_READONLY | VAR_ARRAY | VAR_ASSOC);
	unsigned off = o->off & ~(unsigned)VAR_READONLY;
	if ((on & VAR_CASE_FLAGS) == VAR_CASE_FLAGS) {
		/* -l and -u together: bash keeps neither */
		on &= ~(unsigned)VAR_CASE_FLAGS;
		off |= VAR_CASE_FLAGS;
	} else if (on & VAR_LOWER) {
		off |= VAR_UPPER;
	} else if (on & VAR_UPPER) {
		off |= VAR_LOWER;
	}
	var_set_flags(t, v, on, off);
	return 0;
}

/* Stores the value of an operand into v (target: v's name as the name-based calls see it). */
static int assign_operand(struct shell *sh, const struct decl_opts *o, struct var *v,
                          const char *target, const char *arg, const struct operand *op)
{
	const char *value = op->value;
	size_t len = strlen(value);
	bool compound = !op->sub && len >= 2 && value[0] == '(' && value[len - 1] == ')' &&
	                (assign_is_compound_operand(sh, arg) || var_array(v) || var_assoc(v) ||
	                 (o->on & (VAR_ARRAY | VAR_ASSOC)));
	if (compound) {
		if (var_flags(v) & VAR_NAMEREF) {
			sh_error(sh, "%s: %s: reference variable cannot be an array", o->cmd, target);
			return 1;
		}
		return assign_text_compound(sh, o, target, value, op->append);
	}
	if (op->sub) {  /* declare 'm[$k]=v': the subscript is expanded, as in bash */
		const char *sub = expand_subscript_text(sh, op->sub);
		return !sub || shell_set_element(sh, target, sub, value, op->append) < 0 ? 1 : 0;
	}
	if (var_flags(v) & VAR_NAMEREF) {
		if (!valid_ref(value)) {
			sh_error(sh, "%s: `%s': invalid variable name for name reference", o->cmd, value);
			return 1;
		}
		if (strcmp(value, target) == 0) {
			sh_error(sh, "%s: %s: nameref variable self references not allowed", o->cmd, target);
			return 1;
		}
		var_store(sh->vars, v, value);
		return 0;
	}
	return shell_assign_var(sh, v, value, op->append) < 0 ? 1 : 0;
}

int declare_operand(struct shell *sh, const struct decl_opts *o, const char *arg)
{
	struct operand op;
	if (!split_operand(sh, arg, &op)) {
		sh_error(sh, "%s: `%s': not a valid identifier", o->cmd, arg);
		return 1;
	}
	if ((o->on & VAR_NAMEREF) && op.value && !op.sub && strcmp(op.value, op.name) == 0) {
		sh_error(sh, "%s: %s: nameref variable self references not allowed", o->cmd, op.name);
		return 1;
	}
	const char *target = op.name;
	if (!((o->on | o->off) & VAR_NAMEREF)) {
		/* through namerefs to the variable they name */
		const char *t = vars_resolve(sh->vars, op.name);
		if (!t) {
			sh_error(sh, "%s: %s: circular name reference", o->cmd, op.name);
			return 1;
		}
		if (strchr(t, '[')) {
			char *ref = arena_strdup(sh->cmd_arena, t);
			if (!op.value)
				return 0;
			return shell_set_ref(sh, o->cmd, ref, op.value, op.append) < 0 ? 1 : 0;
		}
		target = arena_strdup(sh->cmd_arena, t);
	}
	struct var *v = operand_var(sh, o, target);
	if (!v || set_attributes(sh, o, v, op.value != NULL) != 0)
		return 1;
	if (op.value && assign_operand(sh, o, v, target, arg, &op) != 0)
		return 1;
	if (o->on & VAR_READONLY)
		var_set_flags(sh->vars, v, VAR_READONLY, 0);
	return 0;
}

/* ---- listings ---- */

struct listing {
	unsigned want;      /* only variables with all these attributes */
	bool set_style;     /* `declare` alone: NAME=value as `set` prints */
	bool locals;        /* `local` alone: unset locals are listed too (bash) */
};

static void list_var(void *ctx, const struct var *v)
{
	const struct listing *l = ctx;
	unsigned fl = var_flags(v) & ~(unsigned)VAR_LOCAL;
	if ((fl & l->want) != l->want || (!fl && !var_is_set(v) && !l->locals))
		return;
	if (!l->set_style) {
		var_print_declare(stdout, v);
	} else if (var_is_set(v)) {
		printf("%s=", var_name(v));
		if (var_array(v) || var_assoc(v))
			var_print_value(stdout, v);
		else
			print_quoted(stdout, var_scalar(v));
		putchar('\n');
	}
}

static void print_function(const struct func *f, bool names_only)
{
	if (names_only) {
		printf("declare -f %s\n", f->name);
		return;
	}
	printf("%s () ", f->name);
	ast_print_source(stdout, f->body);
	putchar('\n');
}

static void list_function(void *ctx, const struct func *f)
{
	print_function(f, *(const bool *)ctx);
}

/* declare -f / -F [NAME...]. */
static int functions(struct shell *sh, const char *cmd, bool names_only, int argc, char **argv)
{
	if (argc == 0) {
		funcs_each_sorted(sh->funcs, list_function, &names_only);
		return 0;
	}
	int status = 0;
	for (int i = 0; i < argc; i++) {
		const struct func *f = funcs_find(sh->funcs, argv[i]);
		if (!f) {
			status = 1;
			continue;
		}
		if (names_only)
			printf("%s\n", f->name);
		else
			print_function(f, false);
	}
	(void)cmd;
	return status;
}

/* declare -p NAME...: each as declare would make it again. */
static int print_names(struct shell *sh, const char *cmd, int argc, char **argv)
{
	int status = 0;
	for (int i = 0; i < argc; i++) {
		struct var *v = vars_lookup(sh->vars, argv[i]);
		if (!v) {
			sh_error(sh, "%s: %s: not found", cmd, argv[i]);
			status = 1;
			continue;
		}
		shell_refresh_var(sh, v);
		var_print_declare(stdout, v);
	}
	return status;
}

/* ---- the builtins ---- */

static int usage(struct shell *sh, const char *cmd, char c)
{
	sh_error(sh, "%s: -%c: invalid option", cmd, c);
	fprintf(stderr, "%s: usage: %s [-aAfFgilnprux] [-p] [name[=value] ...]\n", cmd, cmd);
	return 2;
}

static int run_declare(struct shell *sh, int argc, char **argv, bool local)
{
	const char *cmd = argv[0];
	struct decl_opts o = { .cmd = cmd, .local = true };
	bool print = false, funcs = false, func_names = false;
	int i = 1;
	for (; i < argc && (argv[i][0] == '-' || argv[i][0] == '+') && argv[i][1]; i++) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		bool off = argv[i][0] == '+';
		for (const char *p = argv[i] + 1; *p; p++) {
			unsigned f = 0;
			switch (*p) {
			case 'a': f = VAR_ARRAY; break;
			case 'A': f = VAR_ASSOC; break;
			case 'i': f = VAR_INTEGER; break;
			case 'l': f = VAR_LOWER; break;
			case 'u': f = VAR_UPPER; break;
			case 'n': f = VAR_NAMEREF; break;
			case 'r': f = VAR_READONLY; break;
			case 'x': f = VAR_EXPORT; break;
			case 't': break;
			case 'p': print = true; break;
			case 'f': funcs = true; break;
			case 'F': funcs = func_names = true; break;
			case 'g':
				if (local)
					return usage(sh, cmd, *p);
				o.global = true;
				break;
			default:
				return usage(sh, cmd, *p);
			}
			if (off)
				o.off |= f;
			else
				o.on |= f;
		}
	}
	if (local && vars_scope_depth(sh->vars) == 0) {
		sh_error(sh, "%s: can only be used in a function", cmd);
		return 1;
	}
	if ((o.on | o.off) & (VAR_ARRAY | VAR_ASSOC) & o.off) {
		sh_error(sh, "%s: cannot destroy array variables in this way", cmd);
		return 1;
	}
	if ((o.on & VAR_ARRAY) && (o.on & VAR_ASSOC)) {
		sh_error(sh, "%s: cannot make a variable both indexed and associative", cmd);
		return 1;
	}
	if (funcs)
		return functions(sh, cmd, func_names, argc - i, argv + i);
	if (i >= argc) {
		struct listing l = { o.on, !print && !o.on && !local, local };
		if (local)  /* `local`, `local -p`: this function's locals as declare -p writes them */
			vars_each_local(sh->vars, list_var, &l);
		else
			vars_each_var_sorted(sh->vars, list_var, &l);
		return 0;
	}
	if (print)
		return print_names(sh, cmd, argc - i, argv + i);
	int status = 0;
	for (; i < argc; i++)
		status |= declare_operand(sh, &o, argv[i]);
	return status;
}

int bi_declare(struct shell *sh, int argc, char **argv)
{
	return run_declare(sh, argc, argv, false);
}

int bi_local(struct shell *sh, int argc, char **argv)
{
	return run_declare(sh, argc, argv, true);
}
