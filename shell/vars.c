/* vars.c - the variable table: a hash table of variables (a scalar, an indexed array or an
 * associative array, with attributes), function-local scopes, the exported environment. */
#include "vars.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "assoc.h"
#include "error.h"
#include "shell.h"
#include "vars_priv.h"
#include "xalloc.h"

enum { VARS_INITIAL_BUCKETS = 128 };

struct var {
	struct var *next;    /* hash chain */
	char *value;         /* scalar or NULL; a nameref's target name: malloc'd, cap bytes, or
	                        with cap 0 the string of the environment the shell started with
	                        (never freed: importing it costs no copy) */
	size_t cap;
	unsigned flags;
	int depth;           /* the scope that made it: 0 for a global */
	bool detached;       /* a local unset from a deeper scope: out of the chain until its
	                        scope closes and frees it */
	struct var *outer;   /* the variable this local hides, or NULL */
	union {
		struct array *arr;  /* VAR_ARRAY */
		struct assoc *map;  /* VAR_ASSOC */
	} u;
	char name[];
};

/* The locals one function call made, in the order it made them. */
struct scope {
	struct scope *up;
	struct var **locals;
	size_t n, cap;
};

struct var_table {
	struct var **buckets;
	size_t nbuckets;   /* a power of two */
	size_t count;      /* variables in the chains */
	struct scope *scope;
	struct scope *spare;  /* the last closed scope, kept for the next call (no malloc per call) */
	int depth;         /* open scopes */
	char **env;        /* the exported variables as NAME=value (one block), or NULL */
	bool env_stale;    /* an exported variable changed since env was built */
};

/* FNV-1a over the name. */
static size_t hash_name(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static bool valid_name(const char *s, size_t len)
{
	if (len == 0 || (s[0] >= '0' && s[0] <= '9'))
		return false;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
			return false;
	}
	return true;
}

struct var_table *vars_new(void)
{
	struct var_table *t = xmalloc(sizeof(*t));
	t->nbuckets = VARS_INITIAL_BUCKETS;
	t->buckets = xcalloc(t->nbuckets, sizeof(*t->buckets));
	t->count = 0;
	t->scope = NULL;
	t->spare = NULL;
	t->depth = 0;
	t->env = NULL;
	t->env_stale = true;
	return t;
}

/* Frees the value of v, scalar or array. */
static void drop_value(struct var *v)
{
	if (v->cap)
		free(v->value);
	v->value = NULL;
	v->cap = 0;
	if (v->flags & VAR_ARRAY)
		array_free(v->u.arr);
	else if (v->flags & VAR_ASSOC)
		assoc_free(v->u.map);
	v->flags &= ~(unsigned)(VAR_ARRAY | VAR_ASSOC);
	v->u.arr = NULL;
}

/* Frees v and the outer variables it hides. */
static void free_var(struct var *v)
{
	while (v) {
		struct var *outer = v->outer;
		drop_value(v);
		free(v);
		v = outer;
	}
}

void vars_free(struct var_table *t)
{
	if (!t)
		return;
	while (t->scope)
		vars_pop_scope(t);
	if (t->spare) {
		free(t->spare->locals);
		free(t->spare);
	}
	for (size_t i = 0; i < t->nbuckets; i++) {
		struct var *v = t->buckets[i];
		while (v) {
			struct var *next = v->next;
			free_var(v);
			v = next;
		}
	}
	free(t->buckets);
	free(t->env);
	free(t);
}

static struct var **find_slot(const struct var_table *t, const char *name)
{
	struct var **pp = &t->buckets[hash_name(name) & (t->nbuckets - 1)];
	while (*pp && strcmp((*pp)->name, name) != 0)
		pp = &(*pp)->next;
	return pp;
}

static struct var *find(const struct var_table *t, const char *name)
{
	return *find_slot(t, name);
}

static void grow(struct var_table *t)
{
	size_t n = t->nbuckets * 2;
	struct var **b = xcalloc(n, sizeof(*b));
	for (size_t i = 0; i < t->nbuckets; i++) {
		struct var *v = t->buckets[i];
		while (v) {
			struct var *next = v->next;
			size_t h = hash_name(v->name) & (n - 1);
			v->next = b[h];
			b[h] = v;
			v = next;
		}
	}
	free(t->buckets);
	t->buckets = b;
	t->nbuckets = n;
}

static struct var *new_var(const char *name, size_t len)
{
	struct var *v = xcalloc(1, sizeof(*v) + len + 1);
	memcpy(v->name, name, len + 1);
	return v;
}

/* Returns the variable called name, creating an unset, flagless one when absent. */
static struct var *lookup_or_add(struct var_table *t, const char *name)
{
	struct var **pp = find_slot(t, name);
	if (*pp)
		return *pp;
	struct var *v = new_var(name, strlen(name));
	*pp = v;
	if (++t->count > t->nbuckets)
		grow(t);
	return v;
}

/* Stores value as v's scalar, reusing its buffer when it is big enough. */
static void store_scalar(struct var *v, const char *value)
{
	if (!value) {
		if (v->cap)
			free(v->value);
		v->value = NULL;
		v->cap = 0;
		return;
	}
	size_t n = strlen(value) + 1;
	if (!v->value || v->cap < n) {
		size_t cap = n < 16 ? 16 : n;
		char *p = xmalloc(cap);
		memcpy(p, value, n);
		if (v->cap)
			free(v->value);
		v->value = p;
		v->cap = cap;
		return;
	}
	memmove(v->value, value, n);
}

static void mark_changed(struct var_table *t, const struct var *v)
{
	if (v->flags & VAR_EXPORT)
		t->env_stale = true;
}

void var_store(struct var_table *t, struct var *v, const char *value)
{
	if (v->flags & VAR_ARRAY) {
		if (value)
			array_set(v->u.arr, 0, value);
		else
			array_unset(v->u.arr, 0);
	} else if (v->flags & VAR_ASSOC) {
		if (value)
			assoc_set(v->u.map, "0", value);
		else
			assoc_unset(v->u.map, "0");
	} else {
		store_scalar(v, value);
	}
	mark_changed(t, v);
}

void vars_import_environ(struct var_table *t, char **env)
{
	for (; env && *env; env++) {
		const char *eq = strchr(*env, '=');
		if (!eq || !valid_name(*env, (size_t)(eq - *env)))
			continue;
		size_t len = (size_t)(eq - *env);
		char stackname[128];
		char *name = len < sizeof(stackname) ? stackname : xmalloc(len + 1);
		memcpy(name, *env, len);
		name[len] = '\0';
		struct var *v = lookup_or_add(t, name);
		t->env_stale = true;
		if (!(v->flags & VAR_READONLY) && !(v->flags & (VAR_ARRAY | VAR_ASSOC)) && !v->value) {
			/* the usual case, a name first seen: the value stays in the environment */
			v->value = (char *)(eq + 1);
			v->flags |= VAR_EXPORT;
		} else if (!(v->flags & VAR_READONLY)) {
			var_store(t, v, eq + 1);
			v->flags |= VAR_EXPORT;
		}
		if (name != stackname)
			free(name);
	}
}

/* ---- one variable ---- */

struct var *vars_lookup(const struct var_table *t, const char *name)
{
	return find(t, name);
}

struct var *vars_lookup_or_add(struct var_table *t, const char *name)
{
	return lookup_or_add(t, name);
}

struct var *vars_lookup_global(struct var_table *t, const char *name, bool create)
{
	struct var *v = find(t, name);
	if (!v)
		return create ? lookup_or_add(t, name) : NULL;
	while (v->outer)
		v = v->outer;
	if (v->depth == 0)
		return v;
	if (!create)
		return NULL;
	/* only locals so far: the global goes under the outermost one, shown when it ends */
	v->outer = new_var(name, strlen(name));
	return v->outer;
}

const char *var_name(const struct var *v)
{
	return v->name;
}

unsigned var_flags(const struct var *v)
{
	return v->flags;
}

const char *var_scalar(const struct var *v)
{
	if (v->flags & VAR_ARRAY)
		return array_get(v->u.arr, 0);
	if (v->flags & VAR_ASSOC)
		return assoc_get(v->u.map, "0");
	return v->value;
}

bool var_is_set(const struct var *v)
{
	if (v->flags & VAR_ARRAY)
		return array_count(v->u.arr) > 0;
	if (v->flags & VAR_ASSOC)
		return assoc_count(v->u.map) > 0;
	return v->value != NULL;
}

struct array *var_array(const struct var *v)
{
	return v->flags & VAR_ARRAY ? v->u.arr : NULL;
}

struct assoc *var_assoc(const struct var *v)
{
	return v->flags & VAR_ASSOC ? v->u.map : NULL;
}

struct array *var_make_array(struct var_table *t, struct var *v)
{
	if (v->flags & VAR_ARRAY)
		return v->u.arr;
	struct array *a = array_new();
	if (v->flags & VAR_ASSOC) {
		/* bash refuses this conversion; callers check first */
		assoc_free(v->u.map);
	} else if (v->value) {
		array_set_owned(a, 0, v->cap ? v->value : xstrdup(v->value));
		v->value = NULL;
		v->cap = 0;
	}
	v->flags = (v->flags & ~(unsigned)VAR_ASSOC) | VAR_ARRAY;
	v->u.arr = a;
	mark_changed(t, v);
	return a;
}

struct assoc *var_make_assoc(struct var_table *t, struct var *v)
{
	if (v->flags & VAR_ASSOC)
		return v->u.map;
	struct assoc *m = assoc_new();
	if (v->flags & VAR_ARRAY) {
		array_free(v->u.arr);
	} else if (v->value) {
		assoc_set_owned(m, "0", v->cap ? v->value : xstrdup(v->value));
		v->value = NULL;
		v->cap = 0;
	}
	v->flags = (v->flags & ~(unsigned)VAR_ARRAY) | VAR_ASSOC;
	v->u.map = m;
	mark_changed(t, v);
	return m;
}

void var_clear_value(struct var_table *t, struct var *v)
{
	mark_changed(t, v);
	if (v->flags & VAR_ARRAY)
		array_clear(v->u.arr);
	else if (v->flags & VAR_ASSOC)
		assoc_clear(v->u.map);
	else
		store_scalar(v, NULL);
}

void var_set_flags(struct var_table *t, struct var *v, unsigned on, unsigned off)
{
	off &= ~(unsigned)(VAR_ARRAY | VAR_ASSOC | VAR_LOCAL);
	on &= ~(unsigned)(VAR_ARRAY | VAR_ASSOC | VAR_LOCAL);
	if ((v->flags | on) & VAR_EXPORT)
		t->env_stale = true;
	v->flags = (v->flags | on) & ~off;
}

void var_touched(struct var_table *t, struct var *v)
{
	mark_changed(t, v);
}

/* ---- by name ---- */

const char *vars_get(const struct var_table *t, const char *name)
{
	struct var *v = find(t, name);
	return v ? var_scalar(v) : NULL;
}

unsigned vars_flags(const struct var_table *t, const char *name)
{
	struct var *v = find(t, name);
	return v ? v->flags & ~(unsigned)VAR_LOCAL : 0;
}

int vars_set(struct var_table *t, const char *name, const char *value, unsigned flags)
{
	struct var *v = lookup_or_add(t, name);
	bool was_exported = v->flags & VAR_EXPORT;
	if (v->flags & VAR_READONLY) {
		if (value)
			return -1;
	} else if (value) {
		var_store(t, v, value);
	}
	v->flags |= flags;
	if ((v->flags & VAR_EXPORT) && (value || !was_exported))
		t->env_stale = true;
	return 0;
}

void vars_clear_flags(struct var_table *t, const char *name, unsigned flags)
{
	struct var *v = find(t, name);
	if (!v)
		return;
	if (v->flags & flags & VAR_EXPORT)
		t->env_stale = true;
	v->flags &= ~(flags & ~(unsigned)(VAR_ARRAY | VAR_ASSOC | VAR_LOCAL));
}

/* Takes v (visible) out of the chain, putting the variable it hides back in its place. */
static void unchain(struct var_table *t, struct var *v)
{
	struct var **pp = find_slot(t, v->name);
	if ((v->flags & VAR_EXPORT) || (v->outer && (v->outer->flags & VAR_EXPORT)))
		t->env_stale = true;
	if (v->outer) {
		v->outer->next = v->next;
		*pp = v->outer;
		v->outer = NULL;
	} else {
		*pp = v->next;
		t->count--;
	}
}

int vars_unset(struct var_table *t, const char *name)
{
	struct var *v = find(t, name);
	if (!v)
		return 0;
	if (v->flags & VAR_READONLY)
		return -1;
	mark_changed(t, v);
	if (v->depth == 0) {
		unchain(t, v);
		free_var(v);
	} else if (v->depth == t->depth) {
		/* bash: a local unset in its own function stays local, declared and unset */
		drop_value(v);
		v->flags = VAR_LOCAL;
	} else {
		/* unset from a function it called: the hidden variable shows again */
		unchain(t, v);
		drop_value(v);
		v->detached = true;
	}
	return 0;
}

/* ---- scopes ---- */

void vars_push_scope(struct var_table *t)
{
	struct scope *s = t->spare;
	if (s)
		t->spare = NULL;
	else
		s = xcalloc(1, sizeof(*s));
	s->up = t->scope;
	t->scope = s;
	t->depth++;
}

int vars_scope_depth(const struct var_table *t)
{
	return t->depth;
}

void vars_make_local(struct var_table *t, const char *name)
{
	struct scope *s = t->scope;
	if (!s)
		return;
	struct var **pp = find_slot(t, name);
	struct var *old = *pp;
	if (old && old->depth == t->depth)
		return;
	struct var *v = new_var(name, strlen(name));
	v->depth = t->depth;
	v->flags = VAR_LOCAL | (old ? old->flags & VAR_EXPORT : 0);
	if (old) {
		v->next = old->next;
		v->outer = old;
		old->next = NULL;
		*pp = v;
	} else {
		*pp = v;
		if (++t->count > t->nbuckets)
			grow(t);
	}
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 4;
		s->locals = xrealloc(s->locals, s->cap * sizeof(*s->locals));
	}
	s->locals[s->n++] = v;
	if (old && (old->flags & VAR_EXPORT))
		t->env_stale = true;  /* the exported value is hidden */
}

void vars_pop_scope(struct var_table *t)
{
	struct scope *s = t->scope;
	if (!s)
		return;
	for (size_t i = s->n; i-- > 0;) {
		struct var *v = s->locals[i];
		if (!v->detached)
			unchain(t, v);
		drop_value(v);
		free(v);
	}
	t->scope = s->up;
	t->depth--;
	if (!t->spare) {
		s->n = 0;
		t->spare = s;
		return;
	}
	free(s->locals);
	free(s);
}

/* ---- the environment and listings ---- */

/* True when v goes to the environment of programs: exported, set, not an array. */
static bool exportable(const struct var *v)
{
	return (v->flags & VAR_EXPORT) && v->value && !(v->flags & (VAR_ARRAY | VAR_ASSOC));
}

char **vars_environ(struct var_table *t)
{
	if (t->env && !t->env_stale)
		return t->env;
	size_t n = 0, bytes = 0;
	for (size_t i = 0; i < t->nbuckets; i++)
		for (struct var *v = t->buckets[i]; v; v = v->next)
			if (exportable(v)) {
				n++;
				bytes += strlen(v->name) + strlen(v->value) + 2;
			}
	free(t->env);
	t->env = xmalloc((n + 1) * sizeof(char *) + bytes);
	char *s = (char *)(t->env + n + 1);
	size_t k = 0;
	for (size_t i = 0; i < t->nbuckets; i++)
		for (struct var *v = t->buckets[i]; v; v = v->next) {
			if (!exportable(v))
				continue;
			size_t nl = strlen(v->name), vl = strlen(v->value);
			t->env[k++] = s;
			memcpy(s, v->name, nl);
			s[nl] = '=';
			memcpy(s + nl + 1, v->value, vl + 1);
			s += nl + vl + 2;
		}
	t->env[k] = NULL;
	t->env_stale = false;
	return t->env;
}

static int cmp_var(const void *a, const void *b)
{
	const struct var *x = *(const struct var *const *)a;
	const struct var *y = *(const struct var *const *)b;
	return strcmp(x->name, y->name);
}

/* The visible variables whose names start with prefix, sorted (malloc'd; *n of them). */
static struct var **sorted(const struct var_table *t, const char *prefix, size_t *n)
{
	struct var **all = xmalloc((t->count + 1) * sizeof(*all));
	size_t k = 0, plen = strlen(prefix);
	for (size_t i = 0; i < t->nbuckets; i++)
		for (struct var *v = t->buckets[i]; v; v = v->next)
			if (strncmp(v->name, prefix, plen) == 0)
				all[k++] = v;
	qsort(all, k, sizeof(*all), cmp_var);
	*n = k;
	return all;
}

void vars_each_sorted(const struct var_table *t, void (*fn)(void *ctx, const char *name,
                      const char *value, unsigned flags), void *ctx)
{
	size_t n;
	struct var **all = sorted(t, "", &n);
	for (size_t i = 0; i < n; i++)
		fn(ctx, all[i]->name, var_scalar(all[i]), all[i]->flags & ~(unsigned)VAR_LOCAL);
	free(all);
}

void vars_each_var_sorted(const struct var_table *t, void (*fn)(void *ctx, const struct var *v),
                          void *ctx)
{
	vars_each_prefixed(t, "", fn, ctx);
}

void vars_each_prefixed(const struct var_table *t, const char *prefix,
                        void (*fn)(void *ctx, const struct var *v), void *ctx)
{
	size_t n;
	struct var **all = sorted(t, prefix, &n);
	for (size_t i = 0; i < n; i++)
		fn(ctx, all[i]);
	free(all);
}

void vars_each_local(const struct var_table *t, void (*fn)(void *ctx, const struct var *v),
                     void *ctx)
{
	const struct scope *s = t->scope;
	if (!s)
		return;
	struct var **all = xmalloc((s->n + 1) * sizeof(*all));
	size_t k = 0;
	for (size_t i = 0; i < s->n; i++)
		if (!s->locals[i]->detached)
			all[k++] = s->locals[i];
	qsort(all, k, sizeof(*all), cmp_var);
	for (size_t i = 0; i < k; i++)
		fn(ctx, all[i]);
	free(all);
}

/* ---- namerefs ---- */

const char *vars_resolve(const struct var_table *t, const char *name)
{
	for (int hops = 0;; hops++) {
		const struct var *v = find(t, name);
		if (!v || !(v->flags & VAR_NAMEREF) || !v->value)
			return name;
		if (hops == NAMEREF_MAX_HOPS)
			return NULL;
		name = v->value;
		if (strchr(name, '['))
			return name;
	}
}

/* ---- the shell-level fast paths (the rest is in vars_shell.c) ---- */

/* Attributes that need more than storing the string. */
enum { SLOW_SET = VAR_READONLY | VAR_INTEGER | VAR_LOWER | VAR_UPPER | VAR_NAMEREF | VAR_ARRAY |
                  VAR_ASSOC | VAR_DYNAMIC,
       SLOW_GET = VAR_NAMEREF | VAR_ARRAY | VAR_ASSOC | VAR_DYNAMIC };

int shell_setvar(struct shell *sh, const char *name, const char *value)
{
	struct var *v = find(sh->vars, name);
	if (v && !(v->flags & SLOW_SET) && !sh->opt.allexport) {
		store_scalar(v, value);
		mark_changed(sh->vars, v);
		return 0;
	}
	return vars_assign(sh, name, value, false);
}

const char *shell_getvar(struct shell *sh, const char *name)
{
	struct var *v = find(sh->vars, name);
	if (!v)
		return NULL;
	if (!(v->flags & SLOW_GET))
		return v->value;
	return vars_get_slow(sh, v);
}
