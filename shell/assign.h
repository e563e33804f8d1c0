/* assign.h - assignments of simple commands and declaration utilities: NAME=value,
 * NAME+=value, NAME[subscript]=value and the compound NAME=( [key]=value value ... ). */
#ifndef MINISH_ASSIGN_H
#define MINISH_ASSIGN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct shell;
struct assign;
struct assign_elem;
struct word;

/* One element of a compound assignment after expansion. */
struct xelem {
	const char *key;    /* [key]=: the expanded key; NULL for a plain element */
	const char *value;
	bool append;        /* [key]+=value */
};

/* An assignment after expansion (strings in the command arena). */
struct xassign {
	const char *name;
	const char *sub;          /* NAME[sub]=: the expanded subscript; NULL otherwise */
	const char *value;        /* the value; NULL for a compound assignment */
	bool append;              /* += */
	struct xelem *elems;      /* a compound assignment's elements */
	size_t nelems;
	bool compound;
};

/* The expanded assignments of one command. */
struct xassigns {
	struct xassign *v;
	size_t n;
};

/* Expands one assignment into *out. 0, or -1 after an error. */
int assign_expand_one(struct shell *sh, const struct assign *as, struct xassign *out);
/* Applies one expanded assignment, ORing flags into the variable's attributes; -1 after a
 * message (readonly variable, bad subscript ...). */
int assign_apply(struct shell *sh, const struct xassign *xa, unsigned flags);
/* The value a temporary assignment of xa before a command gives its variable (a compound one
 * becomes the text "(v1 v2 ...)", as in bash); NULL (after a message) for a subscripted one. */
const char *assign_temp_value(struct shell *sh, const struct xassign *xa);
/* Writes xa as set -x shows it (NAME=value quoted, NAME[sub]=value, NAME=(...)). */
void assign_trace(FILE *out, const struct xassign *xa);

/* Expands the elements of a compound assignment (plain elements are split and globbed,
 * keyed ones are not) into *out (*n of them, in the command arena). -1 after an error. */
int assign_expand_elems(struct shell *sh, const struct assign_elem *e, struct xelem **out, size_t *n);
/* NAME=( elems ) or NAME+=( elems ): an indexed array, or an associative one when NAME is
 * one ([key]=value elements, or key value pairs). -1 after a message. */
int assign_compound(struct shell *sh, const char *name, const struct xelem *elems, size_t n,
                    bool append);

/* For a NAME=( ... ) operand of a declaration utility (w->compound): expands the elements and
 * returns the operand text "NAME=('v1' ['k']='v2' ...)", remembered (for the command being
 * run) as coming from a compound assignment; NULL after an error. */
char *assign_declaration_text(struct shell *sh, const struct word *w);
/* True when arg is an operand assign_declaration_text made for the command being run. */
bool assign_is_compound_operand(const struct shell *sh, const char *arg);
/* Forgets the operands of the previous command (at the start and end of each command). */
void assign_forget_operands(struct shell *sh);

#endif
