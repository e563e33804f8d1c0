/* alias.c - the alias table: a sorted array of name/value pairs. */
#include "alias.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

struct alias {
	char *name, *value;
};

struct alias_table {
	struct alias *v;
	size_t n, cap;
};

struct alias_table *alias_new(void)
{
	return xcalloc(1, sizeof(struct alias_table));
}

void alias_clear(struct alias_table *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->v[i].name);
		free(t->v[i].value);
	}
	t->n = 0;
}

void alias_free(struct alias_table *t)
{
	if (!t)
		return;
	alias_clear(t);
	free(t->v);
	free(t);
}

static size_t slot(const struct alias_table *t, const char *name, int *found)
{
	size_t lo = 0, hi = t->n;
	*found = 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(name, t->v[mid].name);
		if (!c) {
			*found = 1;
			return mid;
		}
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

void alias_set(struct alias_table *t, const char *name, const char *value)
{
	int found;
	size_t i = slot(t, name, &found);
	if (found) {
		free(t->v[i].value);
		t->v[i].value = xstrdup(value);
		return;
	}
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 8;
		t->v = xrealloc(t->v, t->cap * sizeof(*t->v));
	}
	memmove(&t->v[i + 1], &t->v[i], (t->n - i) * sizeof(*t->v));
	t->v[i] = (struct alias){ xstrdup(name), xstrdup(value) };
	t->n++;
}

const char *alias_get(const struct alias_table *t, const char *name)
{
	int found;
	size_t i = slot(t, name, &found);
	return found ? t->v[i].value : NULL;
}

int alias_unset(struct alias_table *t, const char *name)
{
	int found;
	size_t i = slot(t, name, &found);
	if (!found)
		return -1;
	free(t->v[i].name);
	free(t->v[i].value);
	memmove(&t->v[i], &t->v[i + 1], (t->n - i - 1) * sizeof(*t->v));
	t->n--;
	return 0;
}

void alias_each(const struct alias_table *t, void (*fn)(void *ctx, const char *name, const char *value), void *ctx)
{
	for (size_t i = 0; i < t->n; i++)
		fn(ctx, t->v[i].name, t->v[i].value);
}

const char *alias_lookup_cb(void *ctx, const char *name)
{
	const struct alias_table *t = ctx;
	return t->n ? alias_get(t, name) : NULL;
}
