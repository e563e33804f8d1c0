/* funcs.c - the function table: a sorted array, small and simple. */
#include "funcs.h"

#include <stdlib.h>
#include <string.h>

#include "../parser/arena.h"
#include "xalloc.h"

struct func_table {
	struct func *v;
	size_t n, cap;
	char **files;  /* every file a function was defined in, once each */
	size_t nfiles;
};

struct func_table *funcs_new(void)
{
	return xcalloc(1, sizeof(struct func_table));
}

void funcs_free(struct func_table *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n; i++) {
		free(t->v[i].name);
		arena_unref(t->v[i].arena);
	}
	free(t->v);
	for (size_t i = 0; i < t->nfiles; i++)
		free(t->files[i]);
	free(t->files);
	free(t);
}

/* Returns the table's own copy of file name (NULL stays NULL); a script defines its functions
 * from a handful of files, so a linear search is enough. */
static const char *intern_file(struct func_table *t, const char *file)
{
	if (!file)
		return NULL;
	for (size_t i = t->nfiles; i > 0; i--)
		if (strcmp(t->files[i - 1], file) == 0)
			return t->files[i - 1];
	t->files = xrealloc(t->files, (t->nfiles + 1) * sizeof(*t->files));
	t->files[t->nfiles] = xstrdup(file);
	return t->files[t->nfiles++];
}

/* Returns the index where name is or would be inserted; *found tells which. */
static size_t find_slot(const struct func_table *t, const char *name, int *found)
{
	size_t lo = 0, hi = t->n;
	*found = 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(name, t->v[mid].name);
		if (c == 0) {
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

const struct func *funcs_find(const struct func_table *t, const char *name)
{
	int found;
	size_t i = find_slot(t, name, &found);
	return found ? &t->v[i] : NULL;
}

void funcs_define(struct func_table *t, const char *name, const struct node *body, struct arena *arena,
                  const char *file)
{
	int found;
	size_t i = find_slot(t, name, &found);
	arena_ref(arena);
	file = intern_file(t, file);
	if (found) {
		arena_unref(t->v[i].arena);
		t->v[i].body = body;
		t->v[i].arena = arena;
		t->v[i].file = file;
		return;
	}
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 16;
		t->v = xrealloc(t->v, t->cap * sizeof(*t->v));
	}
	memmove(&t->v[i + 1], &t->v[i], (t->n - i) * sizeof(*t->v));
	t->v[i] = (struct func){ xstrdup(name), body, arena, file };
	t->n++;
}

int funcs_unset(struct func_table *t, const char *name)
{
	int found;
	size_t i = find_slot(t, name, &found);
	if (!found)
		return -1;
	free(t->v[i].name);
	arena_unref(t->v[i].arena);
	memmove(&t->v[i], &t->v[i + 1], (t->n - i - 1) * sizeof(*t->v));
	t->n--;
	return 0;
}

void funcs_each_sorted(const struct func_table *t, void (*fn)(void *ctx, const struct func *f), void *ctx)
{
	for (size_t i = 0; i < t->n; i++)
		fn(ctx, &t->v[i]);
}
