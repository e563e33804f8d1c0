/* vars.h - variables: a value (a string, an indexed array or an associative array) with
 * attributes; export, readonly, function-local scopes, namerefs, array elements. */
#ifndef MINISH_VARS_H
#define MINISH_VARS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct shell;
struct var_table;
struct var;
struct array;
struct assoc;

enum var_flags {
	VAR_EXPORT = 1u << 0,
	VAR_READONLY = 1u << 1,
	VAR_INTEGER = 1u << 2,   /* declare -i: assignments are evaluated arithmetically */
	VAR_LOWER = 1u << 3,     /* declare -l: assignments are lowercased */
	VAR_UPPER = 1u << 4,     /* declare -u: assignments are uppercased */
	VAR_NAMEREF = 1u << 5,   /* declare -n: the value names another variable */
	VAR_ARRAY = 1u << 6,     /* declare -a: an indexed array (var_array) */
	VAR_ASSOC = 1u << 7,     /* declare -A: an associative array (var_assoc) */
	VAR_DYNAMIC = 1u << 8,   /* RANDOM, SECONDS, ...: the value is made when read (vars_dynamic.c) */
	VAR_LOCAL = 1u << 9,     /* made by local/declare in a function (read only: set by the table) */
};

/* The attributes a `declare` flag letter may set or clear (not READONLY/DYNAMIC/LOCAL). */
enum { VAR_CASE_FLAGS = VAR_LOWER | VAR_UPPER };

/* ---- the table, by name (no nameref is followed here) ---- */

/* Makes an empty table. */
struct var_table *vars_new(void);
/* Frees the table and every variable. */
void vars_free(struct var_table *t);
/* Imports every NAME=value of environ as exported variables; the values are not copied, so the
 * strings must outlive the table (the process's own environment does). */
void vars_import_environ(struct var_table *t, char **environ);
/* Returns the value of a set variable or NULL when unset: a scalar's value, element 0 of an
 * indexed array, key "0" of an associative one, a nameref's target name. */
const char *vars_get(const struct var_table *t, const char *name);
/* Returns the flags of name, or 0 when unset. */
unsigned vars_flags(const struct var_table *t, const char *name);
/* Sets name=value (value NULL: declared but unset, e.g. "export x"); ORs in flags. An array
 * gets value as element 0 (key "0"). Returns 0, or -1 (message printed by the caller) when
 * name is readonly. */
int vars_set(struct var_table *t, const char *name, const char *value, unsigned flags);
/* Clears flags on name (e.g. export -n).  No effect when unset. */
void vars_clear_flags(struct var_table *t, const char *name, unsigned flags);
/* Unsets name (the whole array).  Returns 0, or -1 when it is readonly. */
int vars_unset(struct var_table *t, const char *name);
/* Makes name local to the innermost function scope: the outer variable is hidden until the
 * scope closes, and the local one starts unset, keeping only the export attribute (bash).
 * No effect outside functions or when name is already local there. */
void vars_make_local(struct var_table *t, const char *name);
/* Opens a function scope for `local`. */
void vars_push_scope(struct var_table *t);
/* Closes the innermost scope, bringing back the variables its locals hid. */
void vars_pop_scope(struct var_table *t);
/* Returns how many function scopes are open (0 at top level). */
int vars_scope_depth(const struct var_table *t);
/* Returns the NULL-terminated NAME=value array of exported set variables (arrays are not
 * exported, as in bash), owned by the table and rebuilt only after an exported variable
 * changed; valid until the next call. */
char **vars_environ(struct var_table *t);
/* Calls fn for each set-or-declared variable in name order (for `set`, `export -p`), with the
 * value vars_get returns. */
void vars_each_sorted(const struct var_table *t, void (*fn)(void *ctx, const char *name,
                      const char *value, unsigned flags), void *ctx);
/* Calls fn for each visible variable in name order. */
void vars_each_var_sorted(const struct var_table *t, void (*fn)(void *ctx, const struct var *v),
                          void *ctx);
/* Calls fn for each local of the innermost function scope, in name order (`local`). */
void vars_each_local(const struct var_table *t, void (*fn)(void *ctx, const struct var *v),
                     void *ctx);
/* Calls fn for each visible variable whose name starts with prefix, in name order. */
void vars_each_prefixed(const struct var_table *t, const char *prefix,
                        void (*fn)(void *ctx, const struct var *v), void *ctx);

/* ---- one variable (a handle is valid until the variable is unset or its scope closes) ---- */

/* Returns the visible variable called name (a nameref itself, not its target), or NULL. */
struct var *vars_lookup(const struct var_table *t, const char *name);
/* Returns the global variable called name, hidden or not by locals; with create, makes an
 * unset one when there is none. NULL when there is none and !create. */
struct var *vars_lookup_global(struct var_table *t, const char *name, bool create);
/* Returns the visible variable called name, making an unset, flagless one if needed. */
struct var *vars_lookup_or_add(struct var_table *t, const char *name);
/* The variable's name. */
const char *var_name(const struct var *v);
/* The variable's flags. */
unsigned var_flags(const struct var *v);
/* True when the variable has a value: a set scalar, or an array with any element. */
bool var_is_set(const struct var *v);
/* The scalar's value (element 0 / key "0" of an array), NULL when unset. */
const char *var_scalar(const struct var *v);
/* The indexed array of a VAR_ARRAY variable, else NULL. */
struct array *var_array(const struct var *v);
/* The associative array of a VAR_ASSOC variable, else NULL. */
struct assoc *var_assoc(const struct var *v);
/* Stores value (NULL: unset) as the scalar value, or as element 0 / key "0" of an array.
 * The caller checks VAR_READONLY. */
void var_store(struct var_table *t, struct var *v, const char *value);
/* Turns v into an indexed array (a scalar value becomes element 0) and returns it. */
struct array *var_make_array(struct var_table *t, struct var *v);
/* Turns v into an associative array (a scalar value becomes key "0") and returns it. */
struct assoc *var_make_assoc(struct var_table *t, struct var *v);
/* Drops v's value (scalar or array), keeping the variable and its attributes. */
void var_clear_value(struct var_table *t, struct var *v);
/* Sets (on) or clears (off) attribute flags; clearing ARRAY/ASSOC is refused (ignored). */
void var_set_flags(struct var_table *t, struct var *v, unsigned on, unsigned off);
/* Tells the table that an element of v's array changed (exported arrays are not exported,
 * so this only matters for the export cache). */
void var_touched(struct var_table *t, struct var *v);

/* ---- namerefs ---- */

enum { NAMEREF_MAX_HOPS = 16 };
/* Follows namerefs from name: returns the name finally reached (name itself when it is no
 * nameref, or a nameref with no target yet), which may be an element reference "a[sub]";
 * it points into name or into the table (valid until the next change). NULL when the chain
 * is longer than NAMEREF_MAX_HOPS (a circular reference). */
const char *vars_resolve(const struct var_table *t, const char *name);

/* ---- shell level: namerefs followed, attributes applied, errors reported ---- */

/* Shell-level setter: follows namerefs; -i evaluates, -l/-u convert; an array gets element 0.
 * Prints "minish: NAME: readonly variable" (and the like) on failure and returns -1; honours
 * set -a. */
int shell_setvar(struct shell *sh, const char *name, const char *value);
/* Assigns value (append: appends it) to the variable v itself, not following a nameref that
 * has a target (-i -l -u applied; an array gets element 0); -1 after a message. */
int shell_assign_var(struct shell *sh, struct var *v, const char *value, bool append);
/* name+=value: appends to the string (adds for -i). -1 after a message. */
int shell_appendvar(struct shell *sh, const char *name, const char *value);
/* Shell-level getter: follows namerefs, computes dynamic variables ($RANDOM, $LINENO ...);
 * an array gives element 0 (key "0"). NULL when unset. */
const char *shell_getvar(struct shell *sh, const char *name);

/* The variable name refers to, namerefs followed and a dynamic value brought up to date; NULL
 * when there is none (or the chain is circular: warned). When the chain ends at an element
 * reference "a[sub]", *elem_ref points at it (in the table: copy it before any change) and
 * NULL is returned. */
struct var *shell_find_var(struct shell *sh, const char *name, const char **elem_ref);

/* Brings the value of a dynamic variable (RANDOM, PIPESTATUS ...) up to date; no effect on
 * others. */
void shell_refresh_var(struct shell *sh, struct var *v);

/* The element API (for arithmetic, [[ -v ]], BASH_REMATCH, read -a, printf -v ...). name may
 * be a nameref; subscript is expanded text: evaluated arithmetically for an indexed array or
 * a scalar (a negative index counts back from the end), taken as the key of an associative
 * array. Each returns -1 after printing a message ("a: bad array subscript", arithmetic
 * errors, "a: readonly variable"). */

/* Reads name[subscript] into *value (NULL when unset). */
int shell_get_element(struct shell *sh, const char *name, const char *subscript, const char **value);
/* Sets name[subscript]=value; an unset or scalar name becomes an indexed array (a scalar's
 * value stays as element 0), as in bash. append: name[subscript]+=value. */
int shell_set_element(struct shell *sh, const char *name, const char *subscript,
                      const char *value, bool append);
/* Sets *isset to whether name[subscript] is set ("@" and "*": whether any element is). */
int shell_element_isset(struct shell *sh, const char *name, const char *subscript, bool *isset);
/* Unsets name[subscript] (unset 'a[i]'). */
int shell_unset_element(struct shell *sh, const char *name, const char *subscript);
/* Replaces name with the indexed array values[0..n-1] (keeping its attributes, e.g. for
 * BASH_REMATCH). -1 after a message when name is readonly. */
int shell_set_array(struct shell *sh, const char *name, char *const *values, size_t n);

/* Splits a reference "name[subscript]" (as in unset 'a[1]', printf -v 'a[k]', [[ -v a[i] ]],
 * read a[2]): true when ref is a valid name followed by a [...] that ends the text; then
 * *namelen is the name's length and sub/sublen the text between the brackets. */
bool var_ref_split(const char *ref, size_t *namelen, const char **sub, size_t *sublen);
/* Reads a name or a "name[subscript]" reference (see var_ref_split); NULL when unset. -1
 * after a message (bad name, bad subscript). */
int shell_get_ref(struct shell *sh, const char *ref, const char **value);
/* Assigns to (append: appends to) a name or a "name[subscript]" reference; -1 after a
 * message (including "who: `REF': not a valid identifier", who being e.g. "printf"). */
int shell_set_ref(struct shell *sh, const char *who, const char *ref, const char *value,
                  bool append);

/* vars_dynamic.c: makes bash's variables: the dynamic ones (RANDOM, SRANDOM, SECONDS,
 * EPOCHSECONDS, EPOCHREALTIME, BASHPID, LINENO, PIPESTATUS, _) and UID, EUID, PPID, HOSTNAME,
 * HOSTTYPE, OSTYPE, MACHTYPE, SHLVL, MINISH_VERSION. */
void vars_init_shell(struct shell *sh);
/* vars_dynamic.c: $_ becomes arg, the last word of the simple command just run ("" for one
 * without words), as in bash. */
void vars_set_last_arg(struct shell *sh, const char *arg);

#endif
