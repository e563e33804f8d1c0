/* assign.c - assignments: expanding NAME=value, NAME+=value, NAME[sub]=value and
 * NAME=( ... ) words and applying them (compound ones build indexed or associative arrays). */
#include "assign.h"

#include <stdlib.h>
#include <string.h>

#include "../parser/arena.h"
#include "../parser/ast.h"
#include "arith.h"
#include "array.h"
#include "error.h"
#include "expand.h"
#include "quote.h"
#include "shell.h"
#include "strvec.h"
#include "vars.h"
#include "xalloc.h"

/* The operands assign_declaration_text made for the command being run. */
struct decl_compound {
	const char *arg;
	struct decl_compound *next;
};

int assign_expand_elems(struct shell *sh, const struct assign_elem *e, struct xelem **out, size_t *n)
{
	size_t cap = 8, k = 0;
	struct xelem *v = arena_alloc(sh->cmd_arena, cap * sizeof(*v));
	for (; e; e = e->next) {
		struct strvec fields;
		strvec_init(&fields, sh->cmd_arena);
		struct xelem one = { .append = e->append };
		if (e->key) {
			one.key = expand_word_str(sh, e->key);
			one.value = e->value ? expand_word_str(sh, e->value) : "";
			if (!one.key || !one.value)
				return -1;
		} else if (expand_words(sh, e->value, &fields) < 0) {
			return -1;
		}
		size_t add = e->key ? 1 : fields.n;
		if (k + add > cap) {
			while (k + add > cap)
				cap *= 2;
			struct xelem *nv = arena_alloc(sh->cmd_arena, cap * sizeof(*nv));
			memcpy(nv, v, k * sizeof(*v));
			v = nv;
		}
		if (e->key) {
			v[k++] = one;
		} else {
			for (size_t i = 0; i < fields.n; i++)
				v[k++] = (struct xelem){ .value = fields.v[i] };
		}
	}
	*out = v;
	*n = k;
	return 0;
}

int assign_expand_one(struct shell *sh, const struct assign *as, struct xassign *out)
{
	memset(out, 0, sizeof(*out));
	out->name = as->name;
	out->append = as->append;
	out->compound = as->compound;
	if (as->compound)
		return assign_expand_elems(sh, as->elems, &out->elems, &out->nelems);
	if (as->subscript) {
		out->sub = expand_word_str(sh, as->subscript);
		if (!out->sub)
			return -1;
	}
	out->value = as->value ? expand_word_str(sh, as->value) : "";
	return out->value ? 0 : -1;
}

/* The name a compound assignment to name changes (namerefs followed): malloc'd, NULL after a
 * message. */
static char *compound_target(struct shell *sh, const char *name)
{
	const char *target = vars_resolve(sh->vars, name);
	if (!target) {
		sh_error(sh, "%s: circular name reference", name);
		return NULL;
	}
	if (strchr(target, '[')) {
		sh_error(sh, "%s: cannot assign list to array member", target);
		return NULL;
	}
	return xstrdup(target);
}

static int assign_assoc(struct shell *sh, const char *name, const struct xelem *elems, size_t n)
{
	bool keyed = false;
	int rc = 0;
	for (size_t i = 0; i < n; i++)
		keyed |= elems[i].key != NULL;
	if (!keyed) {
		/* bash 5.1: key value key value ... */
		for (size_t i = 0; i < n; i += 2)
			if (shell_set_element(sh, name, elems[i].value, i + 1 < n ? elems[i + 1].value : "",
			                      false) < 0)
				rc = -1;
		return rc;
	}
	for (size_t i = 0; i < n; i++) {
		if (!elems[i].key) {
			sh_error(sh, "%s: %s: must use subscript when assigning associative array", name,
			         elems[i].value);
			rc = -1;
		} else if (shell_set_element(sh, name, elems[i].key, elems[i].value, elems[i].append) < 0) {
			rc = -1;
		}
	}
	return rc;
}

static int assign_indexed(struct shell *sh, const char *name, struct var *v,
                          const struct xelem *elems, size_t n, bool append)
{
	struct var_table *t = sh->vars;
	if (!append)
		var_clear_value(t, v);
	struct array *a = var_make_array(t, v);
	intmax_t next = append ? array_max_index(a) + 1 : 0;
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		intmax_t idx = next;
		if (elems[i].key) {
			if (!*elems[i].key) {
				sh_error(sh, "%s[]: bad array subscript", name);
				rc = -1;
				continue;
			}
			if (arith_eval(sh, elems[i].key, &idx) < 0) {
				rc = -1;
				continue;
			}
		}
		char num[32];
		snprintf(num, sizeof(num), "%jd", idx);
		if (shell_set_element(sh, name, num, elems[i].value, elems[i].append) < 0) {
			rc = -1;
			continue;
		}
		v = vars_lookup(t, name);
		a = v ? var_array(v) : NULL;
		next = a && idx < 0 ? array_max_index(a) + 1 : idx + 1;
	}
	return rc;
}

int assign_compound(struct shell *sh, const char *name, const struct xelem *elems, size_t n,
                    bool append)
{
	char *target = compound_target(sh, name);
	if (!target)
		return -1;
	struct var *v = vars_lookup_or_add(sh->vars, target);
	int rc;
	if ((var_flags(v) & (VAR_NAMEREF | VAR_READONLY)) == VAR_NAMEREF) {
		/* a nameref with no target yet becomes the array (bash warns the same way) */
		sh_error(sh, "warning: %s: removing nameref attribute", target);
		var_set_flags(sh->vars, v, 0, VAR_NAMEREF);
	}
	if (var_flags(v) & VAR_READONLY) {
		sh_error(sh, "%s: readonly variable", target);
		rc = -1;
	} else if (var_assoc(v)) {
		if (!append)
			var_clear_value(sh->vars, v);
		rc = assign_assoc(sh, target, elems, n);
	} else {
		rc = assign_indexed(sh, target, v, elems, n, append);
	}
	if (rc == 0 && sh->opt.allexport)
		vars_set(sh->vars, target, NULL, VAR_EXPORT);
	free(target);
	return rc;
}

int assign_apply(struct shell *sh, const struct xassign *xa, unsigned flags)
{
	int rc;
	if (xa->compound)
		rc = assign_compound(sh, xa->name, xa->elems, xa->nelems, xa->append);
	else if (xa->sub)
		rc = shell_set_element(sh, xa->name, xa->sub, xa->value, xa->append);
	else if (xa->append)
		rc = shell_appendvar(sh, xa->name, xa->value);
	else
		rc = shell_setvar(sh, xa->name, xa->value);
	if (rc == 0 && flags)
		vars_set(sh->vars, xa->name, NULL, flags);
	return rc;
}

/* Writes the elements of a compound assignment as (e1 [k]=e2 ...), each value quoted with
 * quote (NULL: as they are). */
static void write_elems(FILE *out, const struct xelem *e, size_t n, void (*quote)(FILE *, const char *))
{
	fputc('(', out);
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			fputc(' ', out);
		if (e[i].key) {
			fputc('[', out);
			if (quote)
				quote(out, e[i].key);
			else
				fputs(e[i].key, out);
			fputs(e[i].append ? "]+=" : "]=", out);
		}
		if (quote)
			quote(out, e[i].value);
		else
			fputs(e[i].value, out);
	}
	fputc(')', out);
}

const char *assign_temp_value(struct shell *sh, const struct xassign *xa)
{
	if (xa->sub) {
		sh_error(sh, "`%s[%s]': not a valid identifier", xa->name, xa->sub);
		return NULL;
	}
	if (!xa->compound && !xa->append)
		return xa->value;
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	if (!f)
		return NULL;
	if (xa->compound) {
		write_elems(f, xa->elems, xa->nelems, NULL);
	} else {
		const char *old = shell_getvar(sh, xa->name);
		fprintf(f, "%s%s", old ? old : "", xa->value);
	}
	fclose(f);
	char *r = arena_strndup(sh->cmd_arena, text ? text : "", len);
	free(text);
	return r;
}

static void quote_trace(FILE *out, const char *s)
{
	print_quoted(out, s);
}

void assign_trace(FILE *out, const struct xassign *xa)
{
	fputs(xa->name, out);
	if (xa->sub)
		fprintf(out, "[%s]", xa->sub);
	fputs(xa->append ? "+=" : "=", out);
	if (xa->compound)
		write_elems(out, xa->elems, xa->nelems, quote_trace);
	else
		print_quoted(out, xa->value);
}

char *assign_declaration_text(struct shell *sh, const struct word *w)
{
	struct xelem *elems;
	size_t n;
	if (assign_expand_elems(sh, w->compound->elems, &elems, &n) < 0)
		return NULL;
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	if (!f)
		return NULL;
	fprintf(f, "%s%s=", w->compound->name, w->compound->append ? "+" : "");
	write_elems(f, elems, n, quote_single);
	fclose(f);
	char *r = arena_strndup(sh->cmd_arena, text ? text : "", len);
	free(text);
	struct decl_compound *d = arena_alloc(sh->cmd_arena, sizeof(*d));
	d->arg = r;
	d->next = sh->decl_compounds;
	sh->decl_compounds = d;
	return r;
}

bool assign_is_compound_operand(const struct shell *sh, const char *arg)
{
	for (const struct decl_compound *d = sh->decl_compounds; d; d = d->next)
		if (d->arg == arg)
			return true;
	return false;
}

void assign_forget_operands(struct shell *sh)
{
	sh->decl_compounds = NULL;
}
