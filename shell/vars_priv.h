/* vars_priv.h - internal to the variable files (vars.c, vars_shell.c, vars_dynamic.c): the
 * slow paths of shell_setvar/shell_getvar and the dynamic variables. */
#ifndef MINISH_VARS_PRIV_H
#define MINISH_VARS_PRIV_H

#include <stdbool.h>

struct shell;
struct var;

/* name=value (or name+=value) through namerefs, attributes, readonly and set -a. */
int vars_assign(struct shell *sh, const char *name, const char *value, bool append);
/* The value of v (a nameref, an array or a dynamic variable) as shell_getvar returns it. */
const char *vars_get_slow(struct shell *sh, struct var *v);

/* vars_dynamic.c: stores the current value of the dynamic variable v (RANDOM, SECONDS ...). */
void vars_dynamic_update(struct shell *sh, struct var *v);
/* vars_dynamic.c: an assignment of value to the dynamic variable v (seeds RANDOM, resets
 * SECONDS ...) before it is stored. */
void vars_dynamic_assigned(struct shell *sh, struct var *v, const char *value);

#endif
