/* vars.h - variables, export, readonly, function-local scopes. */
#ifndef MINISH_VARS_H
#define MINISH_VARS_H

#include <stdbool.h>

struct shell;
struct var_table;

enum var_flags {
	VAR_EXPORT = 1u << 0,
	VAR_READONLY = 1u << 1,
};

/* Makes an empty table. */
struct var_table *vars_new(void);
/* Frees the table and every variable. */
void vars_free(struct var_table *t);
/* Imports every NAME=value of environ as exported variables. */
void vars_import_environ(struct var_table *t, char **environ);
/* Returns the value of a set variable or NULL when unset (no special parameters here). */
const char *vars_get(const struct var_table *t, const char *name);
/* Returns the flags of name, or 0 when unset. */
unsigned vars_flags(const struct var_table *t, const char *name);
/* Sets name=value (value NULL: declared but unset, e.g. "export x"); ORs in flags.
 * Returns 0, or -1 (message printed by the caller) when name is readonly. */
int vars_set(struct var_table *t, const char *name, const char *value, unsigned flags);
/* Clears flags on name (e.g. export -n).  No effect when unset. */
void vars_clear_flags(struct var_table *t, const char *name, unsigned flags);
/* Unsets name.  Returns 0, or -1 when it is readonly. */
int vars_unset(struct var_table *t, const char *name);
/* Makes name local to the innermost function scope (saving the outer value); returns false
 * when it already was local to that scope (or there is no scope). */
bool vars_make_local(struct var_table *t, const char *name);
/* Opens a function scope for `local`. */
void vars_push_scope(struct var_table *t);
/* Closes the innermost scope, restoring the values its locals hid. */
void vars_pop_scope(struct var_table *t);
/* Returns the NULL-terminated NAME=value array of exported set variables, owned by the table
 * and rebuilt only after an exported variable changed; valid until the next call. */
char **vars_environ(struct var_table *t);
/* Calls fn for each set-or-declared variable in name order (for `set`, `export -p`). */
void vars_each_sorted(const struct var_table *t, void (*fn)(void *ctx, const char *name,
                      const char *value, unsigned flags), void *ctx);

/* Shell-level setter: prints "minish: NAME: readonly variable" on failure; honours set -a. */
int shell_setvar(struct shell *sh, const char *name, const char *value);
/* Shell-level getter: ordinary variables plus $LINENO-like dynamic ones; NULL when unset. */
const char *shell_getvar(struct shell *sh, const char *name);

#endif
