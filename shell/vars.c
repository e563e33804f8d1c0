/* vars.c - the variable table: a hash table with export/readonly flags and function-local scopes. */
#include "vars.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "shell.h"
#include "xalloc.h"

enum { VARS_INITIAL_BUCKETS = 64 };

struct var {
	struct var *next;  /* hash chain */
	char *value;       /* malloc'd buffer of cap bytes, or NULL when declared but unset */
	size_t cap;
	unsigned flags;
	char name[];
};

/* One saved outer value, restored when its scope closes. */
struct saved_var {
	struct saved_var *next;
	char *value;       /* malloc'd copy or NULL */
	unsigned flags;
	bool existed;
	char name[];
};

struct scope {
	struct scope *up;
	struct saved_var *saved;
};

struct var_table {
	struct var **buckets;
	size_t nbuckets;   /* a power of two */
	size_t count;
	struct scope *scope;
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
	t->env = NULL;
	t->env_stale = true;
	return t;
}

static void free_var(struct var *v)
{
	free(v->value);
	free(v);
}

void vars_free(struct var_table *t)
{
	if (!t)
		return;
	while (t->scope)
		vars_pop_scope(t);
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

/* Returns the variable called name, creating an unset, flagless one when absent. */
static struct var *lookup_or_add(struct var_table *t, const char *name)
{
	struct var **pp = find_slot(t, name);
	if (*pp)
		return *pp;
	size_t len = strlen(name);
	struct var *v = xmalloc(sizeof(*v) + len + 1);
	memcpy(v->name, name, len + 1);
	v->value = NULL;
	v->cap = 0;
	v->flags = 0;
	v->next = NULL;
	*pp = v;
	if (++t->count > t->nbuckets)
		grow(t);
	return v;
}

/* Stores value in v, reusing its buffer when it is big enough. */
static void store_value(struct var *v, const char *value)
{
	if (!value) {
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
		free(v->value);
		v->value = p;
		v->cap = cap;
		return;
	}
	memmove(v->value, value, n);
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
		if (!(v->flags & VAR_READONLY)) {
			store_value(v, eq + 1);
			v->flags |= VAR_EXPORT;
		}
		if (name != stackname)
			free(name);
	}
}

const char *vars_get(const struct var_table *t, const char *name)
{
	struct var *v = find(t, name);
	return v ? v->value : NULL;
}

unsigned vars_flags(const struct var_table *t, const char *name)
{
	struct var *v = find(t, name);
	return v ? v->flags : 0;
}

int vars_set(struct var_table *t, const char *name, const char *value, unsigned flags)
{
	struct var *v = lookup_or_add(t, name);
	bool was_exported = v->flags & VAR_EXPORT;
	if (v->flags & VAR_READONLY) {
		if (value)
			return -1;
	} else if (value) {
		store_value(v, value);
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
	v->flags &= ~flags;
}

static void remove_var(struct var_table *t, const char *name)
{
	struct var **pp = find_slot(t, name);
	if (!*pp)
		return;
	struct var *v = *pp;
	*pp = v->next;
	if (v->flags & VAR_EXPORT)
		t->env_stale = true;
	free_var(v);
	t->count--;
}

int vars_unset(struct var_table *t, const char *name)
{
	struct var *v = find(t, name);
	if (!v)
		return 0;
	if (v->flags & VAR_READONLY)
		return -1;
	remove_var(t, name);
	return 0;
}

void vars_push_scope(struct var_table *t)
{
	struct scope *s = xmalloc(sizeof(*s));
	s->up = t->scope;
	s->saved = NULL;
	t->scope = s;
}

bool vars_make_local(struct var_table *t, const char *name)
{
	struct scope *s = t->scope;
	if (!s)
		return false;
	for (struct saved_var *sv = s->saved; sv; sv = sv->next)
		if (strcmp(sv->name, name) == 0)
			return false;
	size_t len = strlen(name);
	struct saved_var *sv = xmalloc(sizeof(*sv) + len + 1);
	memcpy(sv->name, name, len + 1);
	struct var *v = find(t, name);
	sv->existed = v != NULL;
	sv->value = v && v->value ? xstrdup(v->value) : NULL;
	sv->flags = v ? v->flags : 0;
	sv->next = s->saved;
	s->saved = sv;
	return true;
}

void vars_pop_scope(struct var_table *t)
{
	struct scope *s = t->scope;
	if (!s)
		return;
	t->scope = s->up;
	struct saved_var *sv = s->saved;
	while (sv) {
		struct saved_var *next = sv->next;
		if (sv->existed) {
			struct var *v = lookup_or_add(t, sv->name);
			if ((v->flags | sv->flags) & VAR_EXPORT)
				t->env_stale = true;
			free(v->value);
			v->value = sv->value;
			v->cap = sv->value ? strlen(sv->value) + 1 : 0;
			v->flags = sv->flags;
		} else {
			remove_var(t, sv->name);
			free(sv->value);
		}
		free(sv);
		sv = next;
	}
	free(s);
}

char **vars_environ(struct var_table *t)
{
	if (t->env && !t->env_stale)
		return t->env;
	size_t n = 0, bytes = 0;
	for (size_t i = 0; i < t->nbuckets; i++)
		for (struct var *v = t->buckets[i]; v; v = v->next)
			if ((v->flags & VAR_EXPORT) && v->value) {
				n++;
				bytes += strlen(v->name) + strlen(v->value) + 2;
			}
	free(t->env);
	t->env = xmalloc((n + 1) * sizeof(char *) + bytes);
	char *s = (char *)(t->env + n + 1);
	size_t k = 0;
	for (size_t i = 0; i < t->nbuckets; i++)
		for (struct var *v = t->buckets[i]; v; v = v->next) {
			if (!(v->flags & VAR_EXPORT) || !v->value)
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

void vars_each_sorted(const struct var_table *t, void (*fn)(void *ctx, const char *name,
                      const char *value, unsigned flags), void *ctx)
{
	struct var **all = xmalloc((t->count + 1) * sizeof(*all));
	size_t n = 0;
	for (size_t i = 0; i < t->nbuckets; i++)
		for (struct var *v = t->buckets[i]; v; v = v->next)
			all[n++] = v;
	qsort(all, n, sizeof(*all), cmp_var);
	for (size_t i = 0; i < n; i++)
		fn(ctx, all[i]->name, all[i]->value, all[i]->flags);
	free(all);
}

int shell_setvar(struct shell *sh, const char *name, const char *value)
{
	unsigned flags = sh->opt.allexport ? VAR_EXPORT : 0;
	if (vars_set(sh->vars, name, value, flags) < 0) {
		sh_error(sh, "%s: readonly variable", name);
		return -1;
	}
	return 0;
}

const char *shell_getvar(struct shell *sh, const char *name)
{
	if (name[0] == 'L' && strcmp(name, "LINENO") == 0) {
		struct var *v = find(sh->vars, name);
		if (v && (v->flags & VAR_READONLY))
			return v->value;
		char buf[32];
		snprintf(buf, sizeof(buf), "%d", sh->lineno);
		vars_set(sh->vars, name, buf, 0);
	}
	return vars_get(sh->vars, name);
}
