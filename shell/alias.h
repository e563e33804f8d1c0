/* alias.h - the alias table and the parser's look-up callback. */
#ifndef MINISH_ALIAS_H
#define MINISH_ALIAS_H

struct alias_table;

/* Makes an empty table. */
struct alias_table *alias_new(void);
/* Frees the table. */
void alias_free(struct alias_table *t);
/* Defines or replaces name=value. */
void alias_set(struct alias_table *t, const char *name, const char *value);
/* Returns the value of name, or NULL. */
const char *alias_get(const struct alias_table *t, const char *name);
/* Removes name; returns -1 when it was not defined. */
int alias_unset(struct alias_table *t, const char *name);
/* Removes every alias. */
void alias_clear(struct alias_table *t);
/* Calls fn for each alias in name order. */
void alias_each(const struct alias_table *t, void (*fn)(void *ctx, const char *name, const char *value), void *ctx);
/* parse_input.alias_lookup adapter: ctx is the table. */
const char *alias_lookup_cb(void *ctx, const char *name);

#endif
