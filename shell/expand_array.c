/* expand_array.c - the values of array parameters: ${a[i]}, ${m[key]}, "${a[@]}" and
 * ${a[*]} (fields made directly from the elements, never joined and split again), ${!a[@]}
 * (indices and keys), ${!prefix*} (variable names) and the slices of ${a[@]:offset:length}. */
#include <stdio.h>
#include <string.h>

#include "../parser/arena.h"
#include "array.h"
#include "assoc.h"
#include "error.h"
#include "expand_priv.h"
#include "shell.h"
#include "vars.h"

/* Makes v a list of n items (and, for an indexed array, their indices) in the arena. */
static void make_list(struct shell *sh, struct pval *v, size_t n, bool indexed, char all)
{
	v->is_list = true;
	v->star = all == '*';
	v->set = n > 0;
	v->n = 0;
	v->list = arena_alloc(sh->cmd_arena, (n + 1) * sizeof(char *));
	v->index = indexed ? arena_alloc(sh->cmd_arena, (n + 1) * sizeof(intmax_t)) : NULL;
}

/* All elements (or indices/keys) of var: copied into the arena, since expanding a later
 * operand (a pattern, a default) may change the array. */
static void all_elements(struct shell *sh, const struct var *var, char all, bool keys, struct pval *v)
{
	struct array *a = var ? var_array(var) : NULL;
	struct assoc *m = var ? var_assoc(var) : NULL;
	if (a) {
		make_list(sh, v, array_count(a), true, all);
		size_t pos = 0;
		intmax_t i;
		const char *s;
		while (array_next(a, &pos, &i, &s)) {
			char buf[X_INT_BUF];
			if (keys)
				x_format_int(buf, i);
			v->index[v->n] = i;
			v->list[v->n++] = arena_strdup(sh->cmd_arena, keys ? buf : s);
		}
	} else if (m) {
		make_list(sh, v, assoc_count(m), false, all);
		size_t pos = 0;
		const char *k, *s;
		while (assoc_next(m, &pos, &k, &s))
			v->list[v->n++] = arena_strdup(sh->cmd_arena, keys ? k : s);
	} else {
		const char *s = var ? var_scalar(var) : NULL;
		make_list(sh, v, s ? 1 : 0, true, all);
		if (s) {
			v->index[0] = 0;
			v->list[v->n++] = arena_strdup(sh->cmd_arena, keys ? "0" : s);
		}
	}
}

int x_subscript_value(struct shell *sh, const char *name, char all, const char *sub, bool keys,
                      struct pval *v)
{
	if (!all) {
		const char *s;
		if (shell_get_element(sh, name, sub, &s) < 0) {
			sh->status = 1;
			if (sh->expand_error < 1)
				sh->expand_error = 1;
			return -1;
		}
		v->s = s;
		v->set = s != NULL;
		return 0;
	}
	const char *elem_ref;
	struct var *var = shell_find_var(sh, name, &elem_ref);
	if (elem_ref) {
		/* a nameref to an element: the array it is in */
		size_t len = strcspn(elem_ref, "[");
		char *base = arena_strndup(sh->cmd_arena, elem_ref, len);
		var = shell_find_var(sh, base, &elem_ref);
	}
	all_elements(sh, var, all, keys, v);
	return 0;
}

struct names {
	struct shell *sh;
	struct pval *v;
	size_t cap;
};

static void add_name(void *ctx, const struct var *var)
{
	struct names *nm = ctx;
	if (!var_is_set(var) || (var_flags(var) & VAR_NAMEREF && !var_scalar(var)))
		return;
	if (nm->v->n == nm->cap) {
		size_t cap = nm->cap * 2 + 8;
		char **l = arena_alloc(nm->sh->cmd_arena, (cap + 1) * sizeof(char *));
		memcpy(l, nm->v->list, nm->v->n * sizeof(char *));
		nm->v->list = l;
		nm->cap = cap;
	}
	nm->v->list[nm->v->n++] = arena_strdup(nm->sh->cmd_arena, var_name(var));
}

void x_names_value(struct shell *sh, const char *prefix, bool star, struct pval *v)
{
	struct names nm = { sh, v, 0 };
	v->is_list = true;
	v->star = star;
	v->n = 0;
	v->list = NULL;
	vars_each_prefixed(sh->vars, prefix, add_name, &nm);
	v->set = v->n > 0;
}

int x_slice_list(struct shell *sh, const struct param_exp *pe, const struct pval *v,
                 size_t *from, size_t *count)
{
	intmax_t off, len = 0;
	if (x_eval_arith(sh, pe->arg, &off) < 0 || (pe->arg2 && x_eval_arith(sh, pe->arg2, &len) < 0))
		return -1;
	*from = 0;
	*count = 0;
	if (pe->arg2 && len < 0) {
		x_error(sh, 1, "%jd: substring expression < 0", len);
		return -1;
	}
	size_t start;
	if (v->index) {
		/* by index: from the first element whose index is >= offset */
		if (off < 0)
			off += v->n ? v->index[v->n - 1] + 1 : 0;
		if (off < 0)
			return 0;
		size_t lo = 0, hi = v->n;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (v->index[mid] < off)
				lo = mid + 1;
			else
				hi = mid;
		}
		start = lo;
	} else {
		intmax_t n = (intmax_t)v->n + v->positional;
		if (off < 0)
			off += n;
		if (off < 0 || off > n)
			return 0;
		start = (size_t)off;
	}
	size_t total = v->n + (v->index ? 0 : v->positional);
	if (start > total)
		return 0;
	*from = start;
	*count = total - start;
	if (pe->arg2 && (uintmax_t)len < *count)
		*count = (size_t)len;
	return 0;
}

void x_put_result(struct xctx *x, const struct pval *v, char **list, bool quoted)
{
	if (v->is_list)
		x_put_list(x, list, v->n, v->star, quoted);
	else
		x_put_exp(x, list[0], strlen(list[0]), quoted);
}
