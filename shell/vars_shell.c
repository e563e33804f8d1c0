/* vars_shell.c - variables as the shell sees them: namerefs followed, attributes applied on
 * assignment (-i -l -u), readonly refused with a message, array elements by subscript. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arith.h"
#include "array.h"
#include "assoc.h"
#include "error.h"
#include "expand.h"
#include "shell.h"
#include "vars.h"
#include "vars_priv.h"
#include "xalloc.h"

static bool is_name(const char *s, size_t len)
{
	if (len == 0 || isdigit((unsigned char)s[0]))
		return false;
	for (size_t i = 0; i < len; i++)
		if (!(isalnum((unsigned char)s[i]) || s[i] == '_'))
			return false;
	return true;
}

bool var_ref_split(const char *ref, size_t *namelen, const char **sub, size_t *sublen)
{
	const char *lb = strchr(ref, '[');
	size_t len = strlen(ref);
	if (!lb || len < 2 || ref[len - 1] != ']' || !is_name(ref, (size_t)(lb - ref)))
		return false;
	*namelen = (size_t)(lb - ref);
	*sub = lb + 1;
	*sublen = (size_t)(ref + len - 1 - (lb + 1));
	return true;
}

/* Converts s in place for -l / -u (bytes: the shell runs in the C locale). */
static void convert_case(char *s, unsigned flags)
{
	if (flags & VAR_UPPER)
		for (; *s; s++)
			*s = (char)toupper((unsigned char)*s);
	else if (flags & VAR_LOWER)
		for (; *s; s++)
			*s = (char)tolower((unsigned char)*s);
}

/* The string to store for value under attributes flags (old: the current value for +=):
 * malloc'd, NULL after an arithmetic error (reported). */
static char *attr_value(struct shell *sh, unsigned flags, const char *old, const char *value,
                        bool append)
{
	char *r;
	if (flags & VAR_INTEGER) {
		intmax_t n, o = 0;
		if (arith_eval(sh, value, &n) < 0 || (append && old && arith_eval(sh, old, &o) < 0))
			return NULL;
		r = xmalloc(24);
		snprintf(r, 24, "%jd", (intmax_t)((uintmax_t)n + (uintmax_t)o));
	} else if (append && old) {
		size_t a = strlen(old), b = strlen(value);
		r = xmalloc(a + b + 1);
		memcpy(r, old, a);
		memcpy(r + a, value, b + 1);
	} else {
		r = xstrdup(value);
	}
	convert_case(r, flags);
	return r;
}

static int readonly_error(struct shell *sh, const char *name)
{
	sh_error(sh, "%s: readonly variable", name);
	return -1;
}

/* Copies the name reached from name through namerefs into a malloc'd string; NULL (after a
 * message) for a circular reference. */
static char *resolve_copy(struct shell *sh, const char *name)
{
	const char *target = vars_resolve(sh->vars, name);
	if (!target) {
		sh_error(sh, "%s: circular name reference", name);
		return NULL;
	}
	return xstrdup(target);
}

/* True when value may be the target of a nameref: a name or a name[subscript]. */
static bool valid_ref(const char *value)
{
	size_t nl, sl;
	const char *sub;
	return is_name(value, strlen(value)) || var_ref_split(value, &nl, &sub, &sl);
}

int vars_assign(struct shell *sh, const char *name, const char *value, bool append)
{
	struct var_table *t = sh->vars;
	struct var *v = vars_lookup(t, name);
	if (v && (var_flags(v) & VAR_NAMEREF) && var_scalar(v)) {
		char *target = resolve_copy(sh, name);
		if (!target)
			return -1;
		int r = shell_set_ref(sh, NULL, target, value, append);
		free(target);
		return r;
	}
	if (!v)
		v = vars_lookup_or_add(t, name);
	return shell_assign_var(sh, v, value, append);
}

int shell_assign_var(struct shell *sh, struct var *v, const char *value, bool append)
{
	struct var_table *t = sh->vars;
	const char *name = var_name(v);
	unsigned flags = var_flags(v);
	if (flags & VAR_READONLY)
		return readonly_error(sh, name);
	if (flags & VAR_NAMEREF) {
		/* an unset nameref: the value is its target */
		if (!valid_ref(value) || strcmp(value, name) == 0) {
			sh_error(sh, "%s: `%s': invalid variable name for name reference", name, value);
			return -1;
		}
		var_store(t, v, value);
		return 0;
	}
	if (flags & VAR_DYNAMIC)
		vars_dynamic_assigned(sh, v, value);
	char *nv = attr_value(sh, flags, append ? var_scalar(v) : NULL, value, append);
	if (!nv)
		return -1;
	var_store(t, v, nv);
	free(nv);
	if (sh->opt.allexport)
		var_set_flags(t, v, VAR_EXPORT, 0);
	return 0;
}

int shell_appendvar(struct shell *sh, const char *name, const char *value)
{
	return vars_assign(sh, name, value, true);
}

const char *vars_get_slow(struct shell *sh, struct var *v)
{
	unsigned flags = var_flags(v);
	if (flags & VAR_DYNAMIC)
		vars_dynamic_update(sh, v);
	if (!(flags & VAR_NAMEREF) || !var_scalar(v))
		return var_scalar(v);
	const char *target = vars_resolve(sh->vars, var_name(v));
	if (!target) {
		sh_error(sh, "warning: %s: circular name reference", var_name(v));
		return NULL;
	}
	const char *value = NULL;
	if (strchr(target, '[')) {
		char *copy = xstrdup(target);
		if (shell_get_ref(sh, copy, &value) < 0)
			value = NULL;
		free(copy);
		return value;
	}
	struct var *w = vars_lookup(sh->vars, target);
	if (!w || (var_flags(w) & VAR_NAMEREF))
		return NULL;
	if (var_flags(w) & VAR_DYNAMIC)
		vars_dynamic_update(sh, w);
	return var_scalar(w);
}

struct var *shell_find_var(struct shell *sh, const char *name, const char **elem_ref)
{
	*elem_ref = NULL;
	const char *target = vars_resolve(sh->vars, name);
	if (!target) {
		sh_error(sh, "warning: %s: circular name reference", name);
		return NULL;
	}
	if (target != name && strchr(target, '[')) {
		*elem_ref = target;
		return NULL;
	}
	struct var *v = vars_lookup(sh->vars, target);
	if (!v || (var_flags(v) & VAR_NAMEREF))
		return NULL;
	if (var_flags(v) & VAR_DYNAMIC)
		vars_dynamic_update(sh, v);
	return v;
}

/* ---- elements ---- */

/* The variable an element access of name is about (namerefs followed; the base name of an
 * element reference). NULL after a message (circular), else a malloc'd name. */
static char *element_base(struct shell *sh, const char *name)
{
	char *target = resolve_copy(sh, name);
	char *lb = target ? strchr(target, '[') : NULL;
	if (lb)
		*lb = '\0';
	return target;
}

/* Evaluates an indexed subscript; a negative one counts back from max + 1. *ok is false
 * when it stays negative. -1 after an arithmetic error. */
static int eval_index(struct shell *sh, const char *sub, intmax_t max, intmax_t *idx, bool *ok)
{
	if (arith_eval(sh, sub, idx) < 0)
		return -1;
	*ok = true;
	if (*idx < 0) {
		*idx += max + 1;
		*ok = *idx >= 0;
	}
	return 0;
}

static bool is_all(const char *sub)
{
	return (sub[0] == '@' || sub[0] == '*') && sub[1] == '\0';
}

int shell_get_element(struct shell *sh, const char *name, const char *subscript, const char **value)
{
	*value = NULL;
	char *base = element_base(sh, name);
	if (!base)
		return -1;
	struct var *v = vars_lookup(sh->vars, base);
	int rc = 0;
	if (v && (var_flags(v) & VAR_DYNAMIC))
		vars_dynamic_update(sh, v);
	if (v && var_assoc(v)) {
		if (!*subscript) {
			sh_error(sh, "%s: bad array subscript", base);
			rc = -1;
		} else {
			*value = assoc_get(var_assoc(v), subscript);
		}
	} else {
		struct array *a = v ? var_array(v) : NULL;
		intmax_t max = a ? array_max_index(a) : v && var_scalar(v) ? 0 : -1;
		intmax_t i;
		bool ok;
		if (eval_index(sh, subscript, max, &i, &ok) < 0) {
			rc = -1;
		} else if (!ok) {
			/* bash: a message, and the element is taken as unset */
			sh_error(sh, "%s: bad array subscript", base);
		} else if (v) {
			v = vars_lookup(sh->vars, base);  /* the subscript may have changed it */
			a = v ? var_array(v) : NULL;
			*value = a ? array_get(a, i) : v && i == 0 && !var_assoc(v) ? var_scalar(v) : NULL;
		}
	}
	free(base);
	return rc;
}

int shell_set_element(struct shell *sh, const char *name, const char *subscript,
                      const char *value, bool append)
{
	struct var_table *t = sh->vars;
	char *base = element_base(sh, name);
	if (!base)
		return -1;
	int rc = -1;
	struct var *v = vars_lookup(t, base);
	unsigned flags = v ? var_flags(v) : 0;
	if (flags & VAR_READONLY) {
		readonly_error(sh, base);
		goto out;
	}
	if (flags & VAR_NAMEREF) {
		sh_error(sh, "%s: reference variable cannot be an array", base);
		goto out;
	}
	if (v && var_assoc(v)) {
		if (!*subscript) {
			sh_error(sh, "%s[]: bad array subscript", base);
			goto out;
		}
		char *nv = attr_value(sh, flags, append ? assoc_get(var_assoc(v), subscript) : NULL, value,
		                      append);
		if (!nv)
			goto out;
		v = vars_lookup(t, base);
		assoc_set_owned(var_make_assoc(t, v), subscript, nv);
		var_touched(t, v);
		rc = 0;
		goto out;
	}
	struct array *a = v ? var_array(v) : NULL;
	intmax_t max = a ? array_max_index(a) : v && var_scalar(v) ? 0 : -1;
	intmax_t i;
	bool ok;
	if (eval_index(sh, subscript, max, &i, &ok) < 0)
		goto out;
	if (!ok) {
		sh_error(sh, "%s[%s]: bad array subscript", base, subscript);
		goto out;
	}
	v = vars_lookup_or_add(t, base);
	flags = var_flags(v);
	if (flags & VAR_READONLY) {
		readonly_error(sh, base);
		goto out;
	}
	a = var_make_array(t, v);
	char *nv = attr_value(sh, flags, append ? array_get(a, i) : NULL, value, append);
	if (!nv)
		goto out;
	v = vars_lookup_or_add(t, base);  /* -i evaluated value: it may have changed v */
	array_set_owned(var_make_array(t, v), i, nv);
	var_touched(t, v);
	if (sh->opt.allexport)
		var_set_flags(t, v, VAR_EXPORT, 0);
	rc = 0;
out:
	free(base);
	return rc;
}

int shell_element_isset(struct shell *sh, const char *name, const char *subscript, bool *isset)
{
	*isset = false;
	char *base = element_base(sh, name);
	if (!base)
		return -1;
	struct var *v = vars_lookup(sh->vars, base);
	int rc = 0;
	if (v && (var_flags(v) & VAR_DYNAMIC))
		vars_dynamic_update(sh, v);
	if (is_all(subscript)) {
		*isset = v && var_is_set(v) && !(var_flags(v) & VAR_NAMEREF);
	} else if (v && var_assoc(v)) {
		*isset = assoc_get(var_assoc(v), subscript) != NULL;
	} else {
		struct array *a = v ? var_array(v) : NULL;
		intmax_t max = a ? array_max_index(a) : v && var_scalar(v) ? 0 : -1;
		intmax_t i;
		bool ok;
		if (eval_index(sh, subscript, max, &i, &ok) < 0) {
			rc = -1;
		} else if (ok && (v = vars_lookup(sh->vars, base))) {
			a = var_array(v);
			*isset = a ? array_get(a, i) != NULL : i == 0 && var_scalar(v) != NULL;
		}
	}
	free(base);
	return rc;
}

int shell_unset_element(struct shell *sh, const char *name, const char *subscript)
{
	char *base = element_base(sh, name);
	if (!base)
		return -1;
	struct var *v = vars_lookup(sh->vars, base);
	int rc = 0;
	if (!v) {
		/* nothing to unset (the subscript is not evaluated, as in bash) */
	} else if (var_flags(v) & VAR_READONLY) {
		sh_error(sh, "unset: %s: cannot unset: readonly variable", base);
		rc = -1;
	} else if (is_all(subscript)) {
		rc = vars_unset(sh->vars, base);
	} else if (var_assoc(v)) {
		if (*subscript)
			assoc_unset(var_assoc(v), subscript);
	} else if (!var_array(v)) {
		intmax_t i;
		bool ok;
		if (eval_index(sh, subscript, 0, &i, &ok) < 0) {
			rc = -1;
		} else if (!ok || i != 0) {
			sh_error(sh, "unset: %s: not an array variable", base);
			rc = -1;
		} else {
			rc = vars_unset(sh->vars, base);
		}
	} else {
		intmax_t i;
		bool ok;
		if (eval_index(sh, subscript, array_max_index(var_array(v)), &i, &ok) < 0) {
			rc = -1;
		} else if (!ok) {
			sh_error(sh, "unset: [%s]: bad array subscript", subscript);
			rc = -1;
		} else if ((v = vars_lookup(sh->vars, base)) && var_array(v)) {
			array_unset(var_array(v), i);
			var_touched(sh->vars, v);
		}
	}
	free(base);
	return rc;
}

int shell_set_array(struct shell *sh, const char *name, char *const *values, size_t n)
{
	char *base = element_base(sh, name);
	if (!base)
		return -1;
	struct var_table *t = sh->vars;
	struct var *v = vars_lookup_or_add(t, base);
	int rc = 0;
	if (var_flags(v) & VAR_READONLY) {
		rc = readonly_error(sh, base);
	} else {
		if (var_assoc(v))
			var_clear_value(t, v);
		var_clear_value(t, v);
		struct array *a = var_make_array(t, v);
		for (size_t i = 0; i < n; i++)
			array_set(a, (intmax_t)i, values[i]);
		var_touched(t, v);
	}
	free(base);
	return rc;
}

/* ---- references "name" or "name[subscript]" from builtins ---- */

/* Splits ref into a malloc'd name and subscript (*sub NULL for a plain name); false when ref
 * is neither a name nor a name[subscript]. A subscript holding $ or ` is expanded first. */
static bool split_ref(struct shell *sh, const char *ref, char **name, char **sub)
{
	size_t nl, sl;
	const char *s;
	*sub = NULL;
	if (is_name(ref, strlen(ref))) {
		*name = xstrdup(ref);
		return true;
	}
	if (!var_ref_split(ref, &nl, &s, &sl))
		return false;
	*name = xstrndup(ref, nl);
	*sub = xstrndup(s, sl);
	if (strpbrk(*sub, "$`")) {
		char *e = expand_text(sh, *sub);
		free(*sub);
		*sub = e ? xstrdup(e) : NULL;
		if (!*sub) {
			free(*name);
			return false;
		}
	}
	return true;
}

int shell_get_ref(struct shell *sh, const char *ref, const char **value)
{
	char *name, *sub;
	*value = NULL;
	if (!split_ref(sh, ref, &name, &sub)) {
		sh_error(sh, "`%s': not a valid identifier", ref);
		return -1;
	}
	int rc = 0;
	if (sub)
		rc = shell_get_element(sh, name, sub, value);
	else
		*value = shell_getvar(sh, name);
	free(name);
	free(sub);
	return rc;
}

int shell_set_ref(struct shell *sh, const char *who, const char *ref, const char *value, bool append)
{
	char *name, *sub;
	if (!split_ref(sh, ref, &name, &sub)) {
		if (who)
			sh_error(sh, "%s: `%s': not a valid identifier", who, ref);
		else
			sh_error(sh, "`%s': not a valid identifier", ref);
		return -1;
	}
	int rc = sub ? shell_set_element(sh, name, sub, value, append)
	             : vars_assign(sh, name, value, append);
	free(name);
	free(sub);
	return rc;
}
