/* declare.h - what the declaration builtins share (declare.c; export and readonly in vars.c). */
#ifndef MINISH_DECLARE_H
#define MINISH_DECLARE_H

#include <stdbool.h>

struct shell;

/* How one operand of a declaration builtin is treated. */
struct decl_opts {
	const char *cmd;    /* the builtin's name, for messages */
	unsigned on, off;   /* attributes to set (-x) and to clear (+x) */
	bool global;        /* declare -g, export, readonly: never a new local */
	bool local;         /* in a function: the variable becomes local (declare, local) */
};

/* Applies one operand NAME, NAME=value, NAME+=value, NAME[sub]=value or NAME=( ... ) with
 * the attributes of o. Returns 0, or 1 after a message. */
int declare_operand(struct shell *sh, const struct decl_opts *o, const char *arg);

#endif
