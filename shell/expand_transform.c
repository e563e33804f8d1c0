/* expand_transform.c - bash's value transformations: case conversion ${v^p} ${v^^p} ${v,p}
 * ${v,,p} ${v~p} ${v~~p} and the @ operators ${v@Q} ${v@E} ${v@P} ${v@A} ${v@a} ${v@K}
 * ${v@k} ${v@U} ${v@u} ${v@L}, applied to each element of a list. Case conversion works on
 * bytes (the shell runs in the C locale). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../parser/arena.h"
#include "expand.h"
#include "expand_priv.h"
#include "prompt.h"
#include "quote.h"
#include "shell.h"
#include "vars.h"
#include "vars_print.h"

/* The items of v (one for a scalar: its value, "" when unset). */
static char **items_of(const struct pval *v, size_t *n, char **one)
{
	if (v->is_list) {
		*n = v->n;
		return v->list;
	}
	*one = (char *)(v->set ? v->s : "");
	*n = 1;
	return one;
}

static int convert_char(int c, enum param_op op)
{
	switch (op) {
	case PARAM_UPPER_FIRST:
	case PARAM_UPPER_ALL:
		return toupper(c);
	case PARAM_LOWER_FIRST:
	case PARAM_LOWER_ALL:
		return tolower(c);
	case PARAM_TOGGLE_FIRST:
	case PARAM_TOGGLE_ALL:
		return isupper(c) ? tolower(c) : toupper(c);
	case PARAM_PLAIN:
	case PARAM_LENGTH:
	case PARAM_DEFAULT:
	case PARAM_ASSIGN:
	case PARAM_ERROR:
	case PARAM_ALTERNATE:
	case PARAM_TRIM_SUFFIX:
	case PARAM_TRIM_SUFFIX_MAX:
	case PARAM_TRIM_PREFIX:
	case PARAM_TRIM_PREFIX_MAX:
	case PARAM_SUBSTRING:
	case PARAM_REPLACE:
	case PARAM_REPLACE_ALL:
	case PARAM_REPLACE_PREFIX:
	case PARAM_REPLACE_SUFFIX:
	case PARAM_TRANSFORM:
	case PARAM_NAMES:
		break;
	}
	return c;
}

int x_case_convert(struct xctx *x, const struct param_exp *pe, const struct pval *v, bool quoted)
{
	struct shell *sh = x->sh;
	char *pat = x_expand_to_string(sh, pe->arg, XM_PATTERN);
	if (!pat)
		return -1;
	bool all = pe->op == PARAM_UPPER_ALL || pe->op == PARAM_LOWER_ALL || pe->op == PARAM_TOGGLE_ALL;
	char *one;
	size_t n;
	char **in = items_of(v, &n, &one);
	char **out = arena_alloc(sh->cmd_arena, (n + 1) * sizeof(char *));
	for (size_t i = 0; i < n; i++) {
		char *s = arena_strdup(sh->cmd_arena, in[i]);
		for (char *p = s; *p; p++) {
			char c[2] = { *p, '\0' };
			if (!*pat || pattern_match(pat, c))
				*p = (char)convert_char((unsigned char)*p, pe->op);
			if (!all)
				break;
		}
		out[i] = s;
	}
	x_put_result(x, v, out, quoted);
	return 0;
}

/* The text of fn's output into a FILE, in the command arena. */
static char *capture(struct shell *sh, void (*fn)(FILE *, const char *), const char *s)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f)
		return arena_strdup(sh->cmd_arena, "");
	fn(f, s);
	fclose(f);
	char *r = arena_strndup(sh->cmd_arena, buf ? buf : "", len);
	free(buf);
	return r;
}

/* One item of ${v@X} for the letters that work item by item. */
static char *transform_item(struct shell *sh, char t, const char *s)
{
	char *r;
	switch (t) {
	case 'Q':
		return capture(sh, quote_single, s);
	case 'E':
		r = arena_alloc(sh->cmd_arena, strlen(s) + 1);
		decode_ansi_c(s, r);
		return r;
	case 'P': {
		char *p = prompt_expand_string(sh, s);
		r = arena_strdup(sh->cmd_arena, p ? p : "");
		free(p);
		return r;
	}
	case 'U':
	case 'u':
	case 'L':
		r = arena_strdup(sh->cmd_arena, s);
		for (char *p = r; *p; p++) {
			*p = (char)(t == 'L' ? tolower((unsigned char)*p) : toupper((unsigned char)*p));
			if (t == 'u')
				break;
		}
		return r;
	default:
		return arena_strdup(sh->cmd_arena, s);
	}
}

/* The variable a transformation is about (namerefs followed), or NULL. */
static struct var *subject_var(struct shell *sh, const struct param_exp *pe)
{
	const char *elem_ref;
	return pe->indirect ? NULL : shell_find_var(sh, pe->name, &elem_ref);
}

/* ${a[@]@K} / ${a[@]@k}: key value pairs, the values quoted (K) or not (k). */
static int key_value_pairs(struct xctx *x, const struct param_exp *pe, const struct pval *v, bool quoted)
{
	struct shell *sh = x->sh;
	struct pval keys = { 0 };
	if (x_subscript_value(sh, pe->name, '@', NULL, true, &keys) < 0)
		return -1;
	bool upper = pe->transform == 'K';
	if (upper || !v->is_list) {
		/* K: one item per element "key value"; joined like the list */
		char **out = arena_alloc(sh->cmd_arena, (v->n + 1) * sizeof(char *));
		for (size_t i = 0; i < v->n && i < keys.n; i++) {
			char *q = capture(sh, quote_double, v->list[i]);
			size_t len = strlen(keys.list[i]) + strlen(q) + 2;
			out[i] = arena_alloc(sh->cmd_arena, len);
			snprintf(out[i], len, "%s %s", keys.list[i], q);
		}
		x_put_list(x, out, v->n < keys.n ? v->n : keys.n, v->star, quoted);
		return 0;
	}
	char **out = arena_alloc(sh->cmd_arena, (2 * v->n + 1) * sizeof(char *));
	size_t k = 0;
	for (size_t i = 0; i < v->n && i < keys.n; i++) {
		out[k++] = keys.list[i];
		out[k++] = v->list[i];
	}
	x_put_list(x, out, k, v->star, quoted);
	return 0;
}

int x_transform(struct xctx *x, const struct param_exp *pe, const struct pval *v, bool quoted)
{
	struct shell *sh = x->sh;
	char t = pe->transform;
	struct var *var = NULL;
	bool whole = pe->subscript && pe->index && pe->index->parts && !pe->index->parts->next &&
	             pe->index->parts->kind == WP_LITERAL &&
	             (strcmp(pe->index->parts->u.lit.text, "@") == 0 ||
	              strcmp(pe->index->parts->u.lit.text, "*") == 0);
	if (t == 'a' || t == 'A' || ((t == 'K' || t == 'k') && whole))
		var = subject_var(sh, pe);
	if ((t == 'K' || t == 'k') && whole && var && (var_array(var) || var_assoc(var)))
		return key_value_pairs(x, pe, v, quoted);
	if (t == 'K' || t == 'k')
		t = 'Q';
	if (t == 'a') {
		char flags[16];
		var_attribute_letters(var, flags);
		if (!v->set && !(var && var_flags(var)))
			return 0;
		x_put_exp(x, flags, strlen(flags), quoted);
		return 0;
	}
	if (t == 'A') {
		if (!v->set || !var)
			return 0;
		char *text = NULL;
		size_t len = 0;
		FILE *f = open_memstream(&text, &len);
		if (f) {
			var_print_assignment(f, var, whole);
			fclose(f);
			x_put_exp(x, text, len, quoted);
		}
		free(text);
		return 0;
	}
	if (!v->set && !v->is_list)
		return 0;
	char *one;
	size_t n;
	char **in = items_of(v, &n, &one);
	char **out = arena_alloc(sh->cmd_arena, (n + 1) * sizeof(char *));
	for (size_t i = 0; i < n; i++)
		out[i] = transform_item(sh, t, in[i]);
	x_put_result(x, v, out, quoted);
	return 0;
}
