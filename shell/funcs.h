/* funcs.h - the function table; a body keeps its parse arena alive. */
#ifndef MINISH_FUNCS_H
#define MINISH_FUNCS_H

struct arena;
struct node;
struct func_table;

struct func {
	char *name;               /* malloc'd */
	const struct node *body;  /* lives in arena */
	struct arena *arena;      /* referenced with arena_ref while the function exists */
	const char *file;         /* the script or sourced file it was defined in, owned by the table
	                           * (kept as long as the table is); NULL: none (typed at the prompt) */
};

/* Makes an empty table. */
struct func_table *funcs_new(void);
/* Frees the table, dropping every arena reference. */
void funcs_free(struct func_table *t);
/* Returns the function called name, or NULL. */
const struct func *funcs_find(const struct func_table *t, const char *name);
/* Defines or replaces name, defined in file (may be NULL); takes a reference on arena. */
void funcs_define(struct func_table *t, const char *name, const struct node *body, struct arena *arena,
                  const char *file);
/* Removes name; returns 0, or -1 when there was no such function. */
int funcs_unset(struct func_table *t, const char *name);
/* Calls fn for each function in name order. */
void funcs_each_sorted(const struct func_table *t, void (*fn)(void *ctx, const struct func *f), void *ctx);

#endif
